// The timeline's month buckets: one TimelineBucket per (dyad, relation type,
// month of effectiveDate) with the count of the dyad's edges of that type in
// that month and the sum of their modality-weighted polarity, and one per
// (dyad, month) with type '*' over every type, kept by the importer
// (import/add-buckets, remove-buckets; identity/add-buckets-of-articles on a
// merge or split). The trend (queries/relation-timeline-recent) reads a dyad's
// buckets, finds the month of the middle entry from their counts and reads
// only that month's edges, instead of every edge of the dyad (5,024 for the
// bench's hub dyad at 1M edges). A timeline of every type (the default) reads
// the '*' buckets, at most one per month: that dyad has 2,248 per-type ones.
// The uniqueness constraint is what MERGE finds a bucket by, and its index is
// what the trend reads a dyad's buckets by. The backfill counts the edges of
// graphs written before this migration, one type at a time and then all types
// together, in batches of 10,000 buckets (auto-commit: migrate runs a
// statement with IN TRANSACTIONS on its own). It sets each bucket to its
// count rather than adding to it, so a backfill cut short and run again is
// exact.
CREATE CONSTRAINT timeline_bucket_key IF NOT EXISTS FOR (k:TimelineBucket) REQUIRE (k.dyad, k.type, k.month) IS UNIQUE;
MATCH ()-[r:MET]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'MET', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:VISITED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'VISITED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:HOSTED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'HOSTED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:NEGOTIATED_WITH]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'NEGOTIATED_WITH', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:REASSURED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'REASSURED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'SIGNED_AGREEMENT_WITH', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'SEEKS_COOPERATION_WITH', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:TRADES_WITH]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'TRADES_WITH', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:ALIGNING_WITH]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'ALIGNING_WITH', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:SUPPORTED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'SUPPORTED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'RELATIONS_IMPROVING', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:MEMBER_OF]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'MEMBER_OF', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'COMPLIES_WITH_SANCTIONS_AGAINST', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:SANCTIONED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'SANCTIONED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:CRITICIZED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'CRITICIZED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:REJECTED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'REJECTED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'FAILED_TO_SUPPORT', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:DRIFTING_FROM]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'DRIFTING_FROM', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:RELATIONS_WORSENING]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'RELATIONS_WORSENING', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'LOSING_INFLUENCE_OVER', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:THREATENED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'THREATENED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:INVADED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: 'INVADED', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:MET|VISITED|HOSTED|NEGOTIATED_WITH|REASSURED|SIGNED_AGREEMENT_WITH|SEEKS_COOPERATION_WITH|TRADES_WITH|ALIGNING_WITH|SUPPORTED|RELATIONS_IMPROVING|MEMBER_OF|COMPLIES_WITH_SANCTIONS_AGAINST|SANCTIONED|CRITICIZED|REJECTED|FAILED_TO_SUPPORT|DRIFTING_FROM|RELATIONS_WORSENING|LOSING_INFLUENCE_OVER|THREATENED|INVADED]->() WHERE r.dyad IS NOT NULL AND r.effectiveDate IS NOT NULL
WITH r.dyad AS dyad, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
  CALL (dyad, month, n, w) {
    MERGE (k:TimelineBucket {dyad: dyad, type: '*', month: month})
    SET k.count = n, k.weight = w
  } IN TRANSACTIONS OF 10000 ROWS;
