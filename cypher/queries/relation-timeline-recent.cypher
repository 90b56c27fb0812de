// Purpose: the weighted score of the latest half of the timeline of two actors
// (queries/relation-timeline's order; the API's trend), without reading every
// edge of the dyad. Where the middle of the timeline falls needs the position
// of every entry: the dyad's month buckets (schema/010, kept by the importer)
// give it from counts. This reads the dyad's buckets of the asked types (one
// per month when every type is asked, else at most one per type and month),
// finds the month holding the middle entry by running counts, takes every
// later month's weight from its buckets, and reads only that month's edges, through the (dyad, effectiveDate) indexes of
// schema/008, one branch per type: every entry dated after the middle entry's
// date is in the latest half, and the entries sharing that date are ordered by
// article, sentence and id to find which of them are. The answer is the one
// the whole timeline gives (test/timeline-by-scan sums it).
// Parameters (in one map, $args, for one cached plan: src/graph/cypher.ts): a, b (actor ids), types. Columns: recent.
WITH CASE WHEN $args.a < $args.b THEN $args.a + '|' + $args.b ELSE $args.b + '|' + $args.a END AS dyad
// Every type asked (22, the vocabulary's size): the all-types buckets, one per month, instead of one per type and month.
WITH dyad, CASE WHEN size(reduce(u = [], t IN $args.types | CASE WHEN t IN u THEN u ELSE u + t END)) = 22 THEN ['*'] ELSE $args.types END AS bucketTypes
CALL (dyad, bucketTypes) {
  MATCH (k:TimelineBucket)
  WHERE k.dyad = dyad AND k.type IN bucketTypes AND k.month IS NOT NULL
  WITH k.month AS month, sum(k.count) AS n, sum(k.weight) AS w ORDER BY month
  RETURN collect(month) AS months, collect(n) AS counts, collect(w) AS weights
}
// upTo[i]: the entries in months 0..i. The middle entry is the one at index
// total / 2 of the whole timeline; its month is the first whose running count
// passes that index.
WITH dyad, months, weights, reduce(acc = [], n IN counts | acc + [coalesce(last(acc), 0) + n]) AS upTo
WITH dyad, months, weights, upTo, coalesce(last(upTo), 0) AS total
WITH dyad, months, weights, upTo, total, total - total / 2 AS half, size([c IN upTo WHERE c <= total / 2]) AS m
WITH dyad, half, months[m] AS month,
     total / 2 - CASE WHEN m = 0 THEN 0 ELSE upTo[m - 1] END AS position,
     reduce(s = 0.0, w IN weights[m + 1..] | s + w) AS laterMonths,
     total - coalesce(upTo[m], total) AS laterMonthsCount
// The month's last day; the last month Neo4j has (undated edges) has no next one to step back from.
WITH dyad, half, month, position, laterMonths, laterMonthsCount,
     CASE WHEN month >= date('+999999999-12-01') THEN date('+999999999-12-31')
          ELSE month + duration({months: 1}) - duration({days: 1}) END AS monthEnd
CALL (dyad, month, monthEnd) {
  CALL (dyad, month, monthEnd) {
    MATCH ()-[r:MET]->() WHERE 'MET' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:VISITED]->() WHERE 'VISITED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE 'HOSTED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE 'NEGOTIATED_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE 'REASSURED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE 'SIGNED_AGREEMENT_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE 'SEEKS_COOPERATION_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE 'TRADES_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE 'ALIGNING_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE 'SUPPORTED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE 'RELATIONS_IMPROVING' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE 'MEMBER_OF' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE 'SANCTIONED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE 'CRITICIZED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE 'REJECTED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE 'FAILED_TO_SUPPORT' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE 'DRIFTING_FROM' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE 'RELATIONS_WORSENING' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE 'LOSING_INFLUENCE_OVER' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE 'THREATENED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
    UNION ALL
    MATCH ()-[r:INVADED]->() WHERE 'INVADED' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r
  }
  WITH r ORDER BY r.effectiveDate, r.articleId DESC, r.sentenceIndex DESC, r.id DESC
  RETURN collect(r.effectiveDate) AS ats,
         collect(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS ws
}
WITH half, laterMonths, laterMonthsCount, ats, ws, ats[position] AS middle
WITH half, middle, ats, ws,
     laterMonths + reduce(s = 0.0, i IN range(0, size(ats) - 1) | s + CASE WHEN ats[i] > middle THEN ws[i] ELSE 0.0 END) AS later,
     laterMonthsCount + size([x IN ats WHERE x > middle]) AS laterCount
// The middle date's entries, newest first in the timeline's order: the first half - laterCount are in the latest half.
WITH later, [i IN range(0, size(ats) - 1) WHERE ats[i] = middle | ws[i]][..half - laterCount] AS sameDay
RETURN later + reduce(s = 0.0, w IN sameDay | s + w) AS recent
