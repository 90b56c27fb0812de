// Purpose: the timeline's month buckets as they should be, recounted from the
// evidence edges: the dyad from the edges' ends and the month from their date
// (else their article's), not from the dyad and effectiveDate they store, so
// that a bucket kept under a stale key shows. Each edge counts under its type
// and under '*' (all types).
// Parameters: none. Columns: dyad, type, month, count, weight.
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.articleId IS NOT NULL AND r.polarity IS NOT NULL
UNWIND [type(r), '*'] AS type
WITH CASE WHEN s.id < t.id THEN s.id + '|' + t.id ELSE t.id + '|' + s.id END AS dyad, type,
     date.truncate('month', coalesce(r.date, r.reportedAt, date('+999999999-12-31'))) AS month, r
RETURN dyad, type, month, count(r) AS count,
       sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS weight
ORDER BY dyad, type, month
