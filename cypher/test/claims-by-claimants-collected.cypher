// Purpose: test oracle for queries/claims-by-claimants: the statement it
// replaced, which read and sorted every claim of each actor.
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
