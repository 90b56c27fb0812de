// Purpose: add a batch's relation edges to the actor-to-actor projection: one
// TIE_<TYPE> relationship per (source, target, type) holding the count of
// assertions, how many articles make them, the first and last dates, the
// polarity sum and the modality-weighted score. Runs in the import transaction
// after write-articles, so the projection never disagrees with the evidence.
// Parameters: ties (TieDelta list, see src/graph/ties.ts). Columns: none.
UNWIND $ties AS d
MATCH (s:Actor {id: d.sourceId})
MATCH (t:Actor {id: d.targetId})
MERGE (s)-[tie:$(d.tieType)]->(t)
ON CREATE SET tie.type = d.type, tie.count = 0, tie.sources = 0, tie.polaritySum = 0.0, tie.score = 0.0
SET tie.count = tie.count + d.count,
    tie.sources = tie.sources + d.sources,
    tie.polaritySum = tie.polaritySum + d.polaritySum,
    tie.score = tie.score + d.score,
    tie.firstDate = CASE WHEN d.firstDate IS NULL OR (tie.firstDate IS NOT NULL AND tie.firstDate <= date(d.firstDate)) THEN tie.firstDate ELSE date(d.firstDate) END,
    tie.lastDate = CASE WHEN d.lastDate IS NULL OR (tie.lastDate IS NOT NULL AND tie.lastDate >= date(d.lastDate)) THEN tie.lastDate ELSE date(d.lastDate) END
