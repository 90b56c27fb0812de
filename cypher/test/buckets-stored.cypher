// Purpose: the timeline's month buckets the importer maintains (schema/010),
// in the columns of buckets-recomputed, to check them against it.
// Parameters: none. Columns: dyad, type, month, count, weight.
MATCH (k:TimelineBucket)
RETURN k.dyad AS dyad, k.type AS type, k.month AS month, k.count AS count, k.weight AS weight
ORDER BY dyad, type, month
