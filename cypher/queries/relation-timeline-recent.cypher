// Purpose: the weighted score of the latest half of the timeline of two actors
// (queries/relation-timeline's order; the API's trend). Where the middle of
// the timeline falls needs the position of every entry, which no index gives
// (bounding it would need per-dyad month buckets kept by the importer), so
// this reads every edge of the dyad, through the (dyad, effectiveDate) indexes
// of schema/008, one branch per type; the API runs it only when the trend is
// selected, beside the page's query.
// Parameters: a, b (actor ids), types. Columns: recent.
WITH CASE WHEN $a < $b THEN $a + '|' + $b ELSE $b + '|' + $a END AS dyad
CALL (dyad) {
  MATCH ()-[r:MET]->() WHERE 'MET' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:VISITED]->() WHERE 'VISITED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:HOSTED]->() WHERE 'HOSTED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:NEGOTIATED_WITH]->() WHERE 'NEGOTIATED_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:REASSURED]->() WHERE 'REASSURED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE 'SIGNED_AGREEMENT_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE 'SEEKS_COOPERATION_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:TRADES_WITH]->() WHERE 'TRADES_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:ALIGNING_WITH]->() WHERE 'ALIGNING_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:SUPPORTED]->() WHERE 'SUPPORTED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE 'RELATIONS_IMPROVING' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WHERE 'MEMBER_OF' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:SANCTIONED]->() WHERE 'SANCTIONED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:CRITICIZED]->() WHERE 'CRITICIZED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:REJECTED]->() WHERE 'REJECTED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE 'FAILED_TO_SUPPORT' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:DRIFTING_FROM]->() WHERE 'DRIFTING_FROM' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:RELATIONS_WORSENING]->() WHERE 'RELATIONS_WORSENING' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE 'LOSING_INFLUENCE_OVER' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:THREATENED]->() WHERE 'THREATENED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
  UNION ALL
  MATCH ()-[r:INVADED]->() WHERE 'INVADED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL RETURN r
}
WITH r ORDER BY r.effectiveDate, r.articleId, r.sentenceIndex, r.id
WITH collect(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS ws
RETURN reduce(s = 0.0, w IN ws[size(ws) / 2..] | s + w) AS recent
