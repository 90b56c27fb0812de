// Purpose: claims by id, for the per-request claim loader, with the
// attribution chain: the article's outlet, then REPORTED_VIA in order.
// Parameters: ids. Columns: key (id), item (map).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id AS key, c {.id, .text, .predicate, .modality, date: toString(c.date), .articleId, .sentenceIndex, .confidence,
  claimantId: [(x)-[:CLAIMED]->(c) | x.id][0],
  subjectId: [(c)-[:SUBJECT]->(x) | x.id][0],
  objectId: [(c)-[:OBJECT]->(x) | x.id][0],
  statementId: [(c)-[:STATED_IN]->(s) | s.id][0],
  outletId: [(c)-[:IN_ARTICLE]->(:Article)-[:PUBLISHED_BY]->(o) | o.id][0],
  viaIds: COLLECT { MATCH (c)-[r:REPORTED_VIA]->(m) RETURN m.id ORDER BY r.position }} AS item
