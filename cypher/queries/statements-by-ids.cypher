// Purpose: statements by id, for the per-request statement loader.
// Parameters: ids. Columns: key (id), item (map).
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id AS key, s {.id, .text, .direct, date: toString(s.date), .articleId, .sentenceIndex, .confidence,
  speakerId: [(sp)-[:SAID]->(s) | sp.id][0],
  occasionId: [(s)-[:AT_EVENT]->(ev) | ev.id][0],
  mediumId: [(s)-[:VIA_MEDIUM]->(m) | m.id][0],
  aboutIds: [(s)-[:ABOUT]->(x) | x.id]} AS item
