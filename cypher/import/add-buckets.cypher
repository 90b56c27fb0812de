// Purpose: add a batch's relation edges to the timeline's month buckets: one
// TimelineBucket per (dyad, type, month of effectiveDate) holding the count of
// edges and the sum of their modality-weighted polarity (the trend's weight),
// and one per (dyad, month) with type '*' counting every type.
// Runs in the import transaction after write-articles and add-ties, so the
// buckets never disagree with the evidence; queries/relation-timeline-recent
// finds the month of a dyad's middle entry through them (schema/010). An
// undated edge's effectiveDate is the last date Neo4j has (write-articles), so
// its month is that date's.
// Parameters: buckets (BucketDelta list, see src/graph/timeline-buckets.ts). Columns: none.
UNWIND $buckets AS d
WITH d, CASE WHEN d.aId < d.bId THEN d.aId + '|' + d.bId ELSE d.bId + '|' + d.aId END AS dyad,
     CASE WHEN d.month IS NULL THEN date('+999999999-12-01') ELSE date(d.month) END AS month
// A count arrives from JavaScript as a float; the trend indexes lists by counts, so it is stored as an integer.
MERGE (k:TimelineBucket {dyad: dyad, type: d.type, month: month})
ON CREATE SET k.count = 0, k.weight = 0.0
SET k.count = k.count + toInteger(d.count), k.weight = k.weight + d.weight
