// Purpose: the weighted score of the latest half of the timeline of two actors
// (queries/relation-timeline's order; the API's trend). Where the middle of
// the timeline falls needs the position of every entry, which no index gives
// (bounding it would need per-dyad month buckets kept by the importer), so
// this reads every edge of the dyad, through the (dyad, effectiveDate) indexes
// of schema/008, one branch per type; the API runs it only when the trend is
// selected, beside the page's query. It reads each edge's date (from the
// index) and weight only: every entry dated after the middle entry's date is
// in the latest half, and only the entries sharing that date are read whole
// and ordered by article, sentence and id to find which of them are.
// Parameters: a, b (actor ids), types. Columns: recent.
WITH CASE WHEN $a < $b THEN $a + '|' + $b ELSE $b + '|' + $a END AS dyad
CALL (dyad) {
  CALL (dyad) {
    MATCH ()-[r:MET]->() WHERE 'MET' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:VISITED]->() WHERE 'VISITED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE 'HOSTED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE 'NEGOTIATED_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE 'REASSURED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE 'SIGNED_AGREEMENT_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE 'SEEKS_COOPERATION_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE 'TRADES_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE 'ALIGNING_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE 'SUPPORTED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE 'RELATIONS_IMPROVING' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE 'MEMBER_OF' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE 'SANCTIONED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE 'CRITICIZED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE 'REJECTED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE 'FAILED_TO_SUPPORT' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE 'DRIFTING_FROM' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE 'RELATIONS_WORSENING' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE 'LOSING_INFLUENCE_OVER' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE 'THREATENED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
    UNION ALL
    MATCH ()-[r:INVADED]->() WHERE 'INVADED' IN $types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r.effectiveDate AS at, r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END AS w
  }
  WITH at, w ORDER BY at
  RETURN collect(at) AS ats, collect(w) AS ws
}
WITH dyad, ats, ws, ats[size(ats) / 2] AS middle, size(ats) - size(ats) / 2 AS half
WITH dyad, middle, half,
     reduce(s = 0.0, i IN range(0, size(ats) - 1) | s + CASE WHEN ats[i] > middle THEN ws[i] ELSE 0.0 END) AS later,
     size([x IN ats WHERE x > middle]) AS laterCount
CALL (dyad, middle) {
  CALL (dyad, middle) {
    MATCH ()-[r:MET]->() WHERE 'MET' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:VISITED]->() WHERE 'VISITED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE 'HOSTED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE 'NEGOTIATED_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE 'REASSURED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE 'SIGNED_AGREEMENT_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE 'SEEKS_COOPERATION_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE 'TRADES_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE 'ALIGNING_WITH' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE 'SUPPORTED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE 'RELATIONS_IMPROVING' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE 'MEMBER_OF' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE 'SANCTIONED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE 'CRITICIZED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE 'REJECTED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE 'FAILED_TO_SUPPORT' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE 'DRIFTING_FROM' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE 'RELATIONS_WORSENING' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE 'LOSING_INFLUENCE_OVER' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE 'THREATENED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
    UNION ALL
    MATCH ()-[r:INVADED]->() WHERE 'INVADED' IN $types AND r.dyad = dyad AND r.effectiveDate = middle RETURN r
  }
  WITH r ORDER BY r.articleId DESC, r.sentenceIndex DESC, r.id DESC
  RETURN collect(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS sameDay
}
RETURN later + reduce(s = 0.0, w IN sameDay[..half - laterCount] | s + w) AS recent
