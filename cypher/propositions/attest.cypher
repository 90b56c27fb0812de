// Purpose: one Attestation node per relation edge an article asserts: the
// article, span, asserting actor, modality and confidence of one report of a
// proposition. Its id is the edge's id, so a relation finds its proposition.
// Parameters: attestations (AttestationRow list, src/ingest/plan-types.ts). Columns: none.
UNWIND $attestations AS a
CREATE (x:Attestation {id: a.id})
SET x.key = a.key, x.articleId = a.articleId, x.claimId = a.claimId, x.type = a.type,
    x.sourceId = a.sourceId, x.targetId = a.targetId,
    x.date = date(a.date), x.reportedAt = date(a.reportedAt),
    x.assertedBy = a.assertedBy, x.outletId = a.outletId, x.modality = a.modality,
    x.polarity = a.polarity, x.confidence = a.confidence,
    x.sentenceIndex = toInteger(a.sentenceIndex), x.start = toInteger(a.start), x.end = toInteger(a.end),
    x.evidence = a.evidence
