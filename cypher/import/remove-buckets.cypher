// Purpose: take these articles' relation edges out of the timeline's month
// buckets (see add-buckets) before delete-articles-content removes the edges
// themselves, or before a merge or split moves them to other dyads (same
// transaction). A bucket left with no edge goes. The edges are found through
// the per-type indexes on articleId (schema/006), one branch per type, as
// remove-ties finds them; the dyad and month are the edge's own stored dyad
// and effectiveDate, the ones add-buckets counted it under.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
CALL (articleId) {
  MATCH ()-[r:MET {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:VISITED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HOSTED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:NEGOTIATED_WITH {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:REASSURED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED_AGREEMENT_WITH {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SEEKS_COOPERATION_WITH {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:TRADES_WITH {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ALIGNING_WITH {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:RELATIONS_IMPROVING {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SANCTIONED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:REJECTED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:FAILED_TO_SUPPORT {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:DRIFTING_FROM {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:RELATIONS_WORSENING {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LOSING_INFLUENCE_OVER {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:THREATENED {articleId: articleId}]->() RETURN r
  UNION ALL
  MATCH ()-[r:INVADED {articleId: articleId}]->() RETURN r
}
// Each edge counts in its type's bucket and in the all-types ('*') one.
UNWIND [type(r), '*'] AS type
WITH r.dyad AS dyad, type, date.truncate('month', r.effectiveDate) AS month, count(r) AS n,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS w
MATCH (k:TimelineBucket {dyad: dyad, type: type, month: month})
SET k.count = k.count - n, k.weight = k.weight - w
WITH k WHERE k.count <= 0
DELETE k
