// Purpose: put these articles' relation edges back into the actor-to-actor
// projection after a merge or split moved them (the mirror of
// import/remove-ties, which took them out in the same transaction).
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
// An article that named both actors of a merge mentions the survivor twice (the moved MENTIONS is kept for a
// split): each actor once, or its edges would count twice.
MATCH (:Article {id: articleId})-[:MENTIONS]->(s:Actor)
WITH DISTINCT articleId, s
MATCH (s)-[r]->(t:Actor)
WHERE r.articleId = articleId AND r.polarity IS NOT NULL
WITH s, t, type(r) AS type, count(r) AS n, count(DISTINCT r.articleId) AS sources, sum(r.polarity) AS polaritySum,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS score,
     min(coalesce(r.date, r.reportedAt)) AS first, max(coalesce(r.date, r.reportedAt)) AS last
MERGE (s)-[tie:$('TIE_' + type)]->(t)
ON CREATE SET tie.type = type, tie.sourceId = s.id, tie.targetId = t.id,
    tie.dyad = CASE WHEN s.id < t.id THEN s.id + '|' + t.id ELSE t.id + '|' + s.id END, tie.count = 0, tie.sources = 0, tie.polaritySum = 0.0, tie.score = 0.0
SET tie.count = tie.count + n, tie.sources = tie.sources + sources,
    tie.polaritySum = tie.polaritySum + polaritySum, tie.score = tie.score + score,
    tie.firstDate = CASE WHEN first IS NULL OR (tie.firstDate IS NOT NULL AND tie.firstDate <= first) THEN tie.firstDate ELSE first END,
    tie.lastDate = CASE WHEN last IS NULL OR (tie.lastDate IS NOT NULL AND tie.lastDate >= last) THEN tie.lastDate ELSE last END
