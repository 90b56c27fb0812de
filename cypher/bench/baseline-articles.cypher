// Purpose: the import benchmark's baseline, part 1: articles, outlets and
// mentions for a batch of articles with plain UNWIND (no idempotency checks).
// MERGE on the article id, as the importer does.
// Parameters: articles (list of ArticleRow with planHash, mentionIds). Columns: none.
UNWIND $articles AS a
MERGE (art:Article {id: a.id})
SET art.url = a.url, art.title = a.title, art.language = a.language, art.text = a.text, art.textHash = a.textHash,
    art.sentences = a.sentences, art.publishedAt = date(a.publishedAt), art.planHash = a.planHash,
    art.extracted = a.extracted, art.reviewed = a.reviewed
WITH art, a
MATCH (o:Actor {id: a.outletId})
CREATE (art)-[:PUBLISHED_BY]->(o)
WITH art, a
UNWIND a.mentionIds AS mid
MATCH (x:Actor {id: mid})
CREATE (art)-[:MENTIONS]->(x)
