// Purpose: the timeline of two actors read the plain way, every edge between
// them by expansion (queries/relation-timeline before schema/008): the test
// compares the indexed page, sums and trend sum with it.
// Parameters: a, b (actor ids), types, skip, limit.
// Columns: total, score, recent, before, items (relation maps).
MATCH (:Actor {id: $a})-[r:MET|VISITED|HOSTED|NEGOTIATED_WITH|REASSURED|SIGNED_AGREEMENT_WITH|SEEKS_COOPERATION_WITH|TRADES_WITH|ALIGNING_WITH|SUPPORTED|RELATIONS_IMPROVING|MEMBER_OF|COMPLIES_WITH_SANCTIONS_AGAINST|SANCTIONED|CRITICIZED|REJECTED|FAILED_TO_SUPPORT|DRIFTING_FROM|RELATIONS_WORSENING|LOSING_INFLUENCE_OVER|THREATENED|INVADED]-(:Actor {id: $b})
WHERE type(r) IN $types
WITH r ORDER BY coalesce(r.date, r.reportedAt) IS NULL, coalesce(r.date, r.reportedAt), r.articleId, r.sentenceIndex, r.id
WITH collect(r) AS rs, collect(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS ws
WITH rs, ws, size(rs) AS total
RETURN total,
       reduce(s = 0.0, w IN ws | s + w) AS score,
       reduce(s = 0.0, w IN ws[total / 2..] | s + w) AS recent,
       reduce(s = 0.0, w IN ws[..$skip] | s + w) AS before,
       [r IN rs[$skip..$skip + $limit] | r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, .date, .reportedAt,
          .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}] AS items
