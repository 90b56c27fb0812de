// Purpose: the actor-to-actor projection the importer maintains, in the
// columns of ties-recomputed, plus the relationship type it is stored under
// and the ends' ids it stores (which must be its ends': schema/007 indexes them).
// Parameters: none. Columns: as ties-recomputed, and tieType, storedSourceId, storedTargetId.
MATCH (s:Actor)-[tie]->(t:Actor)
WHERE type(tie) STARTS WITH 'TIE_'
RETURN s.id AS sourceId, t.id AS targetId, tie.type AS type, type(tie) AS tieType, tie.count AS count, tie.sources AS sources,
       tie.polaritySum AS polaritySum, tie.score AS score, tie.firstDate AS firstDate, tie.lastDate AS lastDate,
       tie.sourceId AS storedSourceId, tie.targetId AS storedTargetId
ORDER BY sourceId, targetId, type
