// Purpose: the import benchmark's baseline, part 3: claims with claimant,
// subject, object, article and statement edges, for a batch of articles.
// Parameters: claims (ClaimRow list with articleId). Columns: none.
UNWIND $claims AS c
MATCH (art:Article {id: c.articleId})
MATCH (claimant:Actor {id: c.claimantId})
MATCH (subject:Actor {id: c.subjectId})
MATCH (object:Actor {id: c.objectId})
MATCH (st:Statement {id: c.statementId})
CREATE (cl:Claim {id: c.id})
SET cl.text = c.text, cl.date = date(c.date), cl.sortDate = coalesce(date(c.date), date('-999999999-01-01')), cl.confidence = c.confidence, cl.predicate = c.predicate, cl.modality = c.modality, cl.articleId = c.articleId,
    cl.sentenceIndex = toInteger(c.sentenceIndex), cl.start = toInteger(c.start), cl.end = toInteger(c.end),
    cl.claimantId = c.claimantId, cl.subjectId = c.subjectId, cl.objectId = c.objectId
CREATE (cl)-[:IN_ARTICLE]->(art)
CREATE (claimant)-[:CLAIMED]->(cl)
CREATE (cl)-[:SUBJECT]->(subject)
CREATE (cl)-[:OBJECT]->(object)
CREATE (cl)-[:STATED_IN]->(st)
