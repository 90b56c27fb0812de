// Purpose: every relation edge between two actors, either direction, in time
// order (undated last), then in article and sentence order.
// Parameters: a, b (actor ids), types. Columns: item (relation map).
MATCH (:Actor {id: $a})-[r]-(:Actor {id: $b})
WHERE type(r) IN $types
WITH r ORDER BY coalesce(r.date, r.reportedAt) IS NULL, coalesce(r.date, r.reportedAt), r.articleId, r.sentenceIndex, r.id
RETURN r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, .date, .reportedAt,
          .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence} AS item
