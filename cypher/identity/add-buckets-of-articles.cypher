// Purpose: put these articles' relation edges back into the timeline's month
// buckets after a merge or split moved them (the mirror of
// import/remove-buckets, which took them out in the same transaction): each
// edge now carries its new ends' dyad (identity/move-relationships).
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
MERGE (k:TimelineBucket {dyad: dyad, type: type, month: month})
ON CREATE SET k.count = 0, k.weight = 0.0
SET k.count = k.count + n, k.weight = k.weight + w
