// Purpose: the import benchmark's baseline, part 5: the actor-to-actor
// projection for a batch's edges (one tie per source, target and type), the
// same rows the importer writes, with plain UNWIND and MERGE.
// Parameters: ties (TieDelta list, src/graph/ties.ts). Columns: none.
UNWIND $ties AS d
MATCH (s:Actor {id: d.sourceId})
MATCH (t:Actor {id: d.targetId})
MERGE (s)-[tie:$(d.tieType)]->(t)
ON CREATE SET tie.type = d.type, tie.count = 0, tie.sources = 0, tie.polaritySum = 0.0, tie.score = 0.0
SET tie.count = tie.count + d.count, tie.sources = tie.sources + d.sources,
    tie.polaritySum = tie.polaritySum + d.polaritySum, tie.score = tie.score + d.score,
    tie.firstDate = CASE WHEN d.firstDate IS NULL OR (tie.firstDate IS NOT NULL AND tie.firstDate <= date(d.firstDate)) THEN tie.firstDate ELSE date(d.firstDate) END,
    tie.lastDate = CASE WHEN d.lastDate IS NULL OR (tie.lastDate IS NOT NULL AND tie.lastDate >= date(d.lastDate)) THEN tie.lastDate ELSE date(d.lastDate) END
