// Purpose: ids of the claims several actors made, newest first.
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[:CLAIMED]->(c:Claim)
  WITH c ORDER BY c.date IS NULL, c.date DESC, c.articleId, c.sentenceIndex, c.id
  LIMIT $first
  RETURN collect(c.id) AS ids
}
RETURN id AS key, ids
