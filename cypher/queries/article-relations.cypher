// Purpose: the relation edges several articles contributed, in text order.
// Parameters: ids (article ids), types. Columns: key (article id), items (relation maps).
UNWIND $ids AS id
MATCH (art:Article {id: id})
CALL (art) {
  MATCH (art)-[:MENTIONS]->(:Actor)-[r]->(:Actor)
  WHERE r.articleId = art.id AND type(r) IN $types
  WITH r ORDER BY r.sentenceIndex, r.start, r.id
  RETURN collect(r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, date: toString(r.date), reportedAt: toString(r.reportedAt),
                    .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}) AS items
}
RETURN id AS key, items
