// Purpose: the attestations of each proposition, earliest first.
// Parameters: ids (proposition ids). Columns: key (id), items (attestation maps).
UNWIND $ids AS id
MATCH (p:Proposition {id: id})
CALL (p) {
  MATCH (a:Attestation)-[:ATTESTS]->(p)
  WITH a ORDER BY a.date IS NULL, a.date, a.id
  RETURN collect(a {.id, .claimId, .articleId, .assertedBy, .outletId, .type, .modality, date: toString(a.date),
                    .evidence, .sentenceIndex, .confidence}) AS items
}
RETURN id AS key, items
