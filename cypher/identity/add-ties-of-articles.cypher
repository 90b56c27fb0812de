// Purpose: put these articles' relation edges back into the actor-to-actor
// projection after a merge or split moved them (the mirror of
// import/remove-ties, which took them out in the same transaction), with their
// pairs' TIED counts (schema/013).
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
WITH s, t, tie, n, sources, polaritySum, score, first, last, tie.count = 0 AS fresh
SET tie.count = tie.count + n, tie.sources = tie.sources + sources,
    tie.polaritySum = tie.polaritySum + polaritySum, tie.score = tie.score + score,
    tie.firstDate = CASE WHEN first IS NULL OR (tie.firstDate IS NOT NULL AND tie.firstDate <= first) THEN tie.firstDate ELSE first END,
    tie.lastDate = CASE WHEN last IS NULL OR (tie.lastDate IS NOT NULL AND tie.lastDate >= last) THEN tie.lastDate ELSE last END
WITH s, t, fresh
CALL (s, t, fresh) {
  WITH s, t WHERE fresh AND s <> t
  WITH CASE WHEN s.id < t.id THEN s ELSE t END AS lo, CASE WHEN s.id < t.id THEN t ELSE s END AS hi
  MERGE (lo)-[pair:TIED]->(hi)
  ON CREATE SET pair.dyad = lo.id + '|' + hi.id, pair.ties = 0
  SET pair.ties = pair.ties + 1
}
