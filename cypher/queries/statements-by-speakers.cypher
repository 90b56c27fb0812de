// Purpose: ids of the statements several actors made, newest first.
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.date IS NULL, s.date DESC, s.articleId, s.sentenceIndex
  LIMIT $first
  RETURN collect(s.id) AS ids
}
RETURN id AS key, ids
