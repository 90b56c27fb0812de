// Purpose: relation edges by id, found through their attestations (which
// name both ends), for the per-request relation loader.
// Parameters: ids (list). Columns: key (id), item (relation map).
UNWIND $ids AS id
MATCH (a:Attestation {id: id})
MATCH (:Actor {id: a.sourceId})-[r]->(:Actor {id: a.targetId})
WHERE r.id = id
RETURN id AS key, r {.id, type: type(r), .polarity, sourceId: a.sourceId, targetId: a.targetId, date: toString(r.date), reportedAt: toString(r.reportedAt),
                     .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence} AS item
