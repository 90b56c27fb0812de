// Purpose: the pairs of tied actors as they should be, recomputed from scratch
// from the evidence edges: each pair of two actors with an edge between them,
// from the smaller id to the other, with how many ties (distinct direction and
// type) join them.
// Parameters: none. Columns: dyad, lo, hi, ties.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.articleId IS NOT NULL AND s <> t
WITH DISTINCT s.id AS source, t.id AS target, type(r) AS type
WITH CASE WHEN source < target THEN source ELSE target END AS lo,
     CASE WHEN source < target THEN target ELSE source END AS hi, count(*) AS ties
RETURN lo + '|' + hi AS dyad, lo, hi, ties
ORDER BY dyad, lo, hi
