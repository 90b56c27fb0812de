// Purpose: the actor-to-actor projection as it should be, recomputed from
// scratch from the evidence edges, to check the one the importer maintains.
// Parameters: none. Columns: sourceId, targetId, type, count, sources,
//   polaritySum, score, firstDate, lastDate.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.articleId IS NOT NULL
RETURN s.id AS sourceId, t.id AS targetId, type(r) AS type, count(r) AS count, count(DISTINCT r.articleId) AS sources,
       sum(r.polarity) AS polaritySum, sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS score,
       min(coalesce(r.date, r.reportedAt)) AS firstDate, max(coalesce(r.date, r.reportedAt)) AS lastDate
ORDER BY sourceId, targetId, type
