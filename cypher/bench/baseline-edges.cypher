// Purpose: the import benchmark's baseline, part 4: relation edges between
// actors with their provenance (the same properties the importer writes),
// for a batch of articles.
// Parameters: edges (EdgeRow list with articleId, reportedAt). Columns: none.
UNWIND $edges AS e
MATCH (source:Actor {id: e.sourceId})
MATCH (target:Actor {id: e.targetId})
MATCH (asserter:Actor {id: e.assertedBy})
CREATE (source)-[r:$(e.type)]->(target)
SET r.id = e.id, r.articleId = e.articleId, r.claimId = e.claimId, r.statementId = e.statementId,
    r.eventId = e.eventId, r.assertedBy = e.assertedBy, r.assertedByName = asserter.name, r.reportedAt = date(e.reportedAt),
    r.confidence = e.confidence, r.modality = e.modality, r.polarity = e.polarity, r.date = date(e.date),
    r.sentenceIndex = toInteger(e.sentenceIndex), r.start = toInteger(e.start), r.end = toInteger(e.end), r.evidence = e.evidence,
    r.dyad = CASE WHEN source.id < target.id THEN source.id + '|' + target.id ELSE target.id + '|' + source.id END,
    r.effectiveDate = coalesce(date(e.date), date(e.reportedAt), date('+999999999-12-31')),
    r.sourceId = source.id, r.targetId = target.id
