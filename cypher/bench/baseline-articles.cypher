// Purpose: the import benchmark's baseline, part 1: articles, outlets and
// mentions for a batch of articles with plain UNWIND (no idempotency checks).
// Parameters: articles (list of {id, title, text, textHash, sentences, publishedAt, outletId, mentionIds}).
// Columns: none.
UNWIND $articles AS a
CREATE (art:Article {id: a.id})
SET art.title = a.title, art.text = a.text, art.textHash = a.textHash, art.sentences = a.sentences,
    art.publishedAt = date(a.publishedAt), art.planHash = a.planHash
WITH art, a
MATCH (o:Actor {id: a.outletId})
CREATE (art)-[:PUBLISHED_BY]->(o)
WITH art, a
UNWIND a.mentionIds AS mid
MATCH (x:Actor {id: mid})
CREATE (art)-[:MENTIONS]->(x)
