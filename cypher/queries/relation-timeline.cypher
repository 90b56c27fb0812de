// Purpose: a page of the relation edges between two actors, either direction,
// in time order (its effectiveDate: its own date, else its article's
// publication date; with neither, last), then in article, sentence and edge
// order; with the whole timeline's size and weighted score and the weighted
// score of the entries before the page (so running scores carry over). The
// score of its latest half (the trend) is relation-timeline-recent's.
// Reads are by index (schema/008), one branch per type (a relationship index
// covers one type; unlisted types are skipped by the branch's own test):
// - total and score are the sums of the dyad's projection ties (at most two
//   per type, by their dyad key), not of its edges;
// - the page and `before` need the first skip + limit entries in the order
//   above: each type gives its first skip + limit by its (dyad, effectiveDate)
//   index in index order (only entries sharing a date are sorted), and the
//   merge of those holds them; the reads grow with the page's depth, not with
//   the dyad.
// Parameters (in one map, $args, for one cached plan: src/graph/cypher.ts): a, b (actor ids), types, skip, limit.
// Columns: total, score, before, items (relation maps).
WITH CASE WHEN $args.a < $args.b THEN $args.a + '|' + $args.b ELSE $args.b + '|' + $args.a END AS dyad
CALL (dyad) {
  CALL (dyad) {
    MATCH ()-[t:TIE_MET]->() WHERE 'MET' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_VISITED]->() WHERE 'VISITED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_HOSTED]->() WHERE 'HOSTED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE 'NEGOTIATED_WITH' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_REASSURED]->() WHERE 'REASSURED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE 'SIGNED_AGREEMENT_WITH' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE 'SEEKS_COOPERATION_WITH' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE 'TRADES_WITH' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE 'ALIGNING_WITH' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE 'SUPPORTED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE 'RELATIONS_IMPROVING' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE 'MEMBER_OF' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE 'SANCTIONED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE 'CRITICIZED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_REJECTED]->() WHERE 'REJECTED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE 'FAILED_TO_SUPPORT' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE 'DRIFTING_FROM' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE 'RELATIONS_WORSENING' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE 'LOSING_INFLUENCE_OVER' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_THREATENED]->() WHERE 'THREATENED' IN $args.types AND t.dyad = dyad RETURN t
    UNION ALL
    MATCH ()-[t:TIE_INVADED]->() WHERE 'INVADED' IN $args.types AND t.dyad = dyad RETURN t
  }
  RETURN sum(t.count) AS total, toFloat(sum(t.score)) AS score
}
CALL (dyad) {
  CALL (dyad) {
    MATCH ()-[r:MET]->() WHERE 'MET' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:VISITED]->() WHERE 'VISITED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE 'HOSTED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE 'NEGOTIATED_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE 'REASSURED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE 'SIGNED_AGREEMENT_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE 'SEEKS_COOPERATION_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE 'TRADES_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE 'ALIGNING_WITH' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE 'SUPPORTED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE 'RELATIONS_IMPROVING' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE 'MEMBER_OF' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE 'SANCTIONED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE 'CRITICIZED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE 'REJECTED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE 'FAILED_TO_SUPPORT' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE 'DRIFTING_FROM' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE 'RELATIONS_WORSENING' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE 'LOSING_INFLUENCE_OVER' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE 'THREATENED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
    UNION ALL
    MATCH ()-[r:INVADED]->() WHERE 'INVADED' IN $args.types AND r.dyad = dyad AND r.effectiveDate IS NOT NULL
    RETURN r ORDER BY r.dyad, r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
  }
  WITH r ORDER BY r.effectiveDate, r.articleId, r.sentenceIndex, r.id LIMIT $args.skip + $args.limit
  RETURN collect(r) AS head, collect(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS headWeights
}
RETURN total, score,
       reduce(s = 0.0, w IN headWeights[..$args.skip] | s + w) AS before,
       [r IN head[$args.skip..$args.skip + $args.limit] | r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, date: toString(r.date), reportedAt: toString(r.reportedAt),
          .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}] AS items
