// Purpose: the import benchmark's baseline, part 4: relation edges between
// actors with their provenance, for a batch of articles.
// Parameters: edges (EdgeRow list with articleId). Columns: none.
UNWIND $edges AS e
MATCH (source:Actor {id: e.sourceId})
MATCH (target:Actor {id: e.targetId})
CREATE (source)-[r:$(e.type)]->(target)
SET r.id = e.id, r.articleId = e.articleId, r.claimId = e.claimId, r.statementId = e.statementId,
    r.assertedBy = e.assertedBy, r.modality = e.modality, r.polarity = e.polarity, r.date = date(e.date),
    r.sentenceIndex = toInteger(e.sentenceIndex), r.start = toInteger(e.start), r.end = toInteger(e.end), r.evidence = e.evidence
