// Purpose: which of the actor ids an article defines the graph already holds
// (then the article shares that node, no matching needed), and which an
// analyst merged into another actor (then the article follows the merge).
// Parameters: ids (list). Columns: id, mergedInto (null for a live actor).
UNWIND $ids AS id
OPTIONAL MATCH (x:Actor {id: id})
OPTIONAL MATCH (m:MergedActor {id: id})
WITH id, x, m WHERE x IS NOT NULL OR m IS NOT NULL
RETURN id, CASE WHEN x IS NULL THEN m.mergedInto END AS mergedInto
