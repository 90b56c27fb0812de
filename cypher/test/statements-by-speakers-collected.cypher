// Purpose: test oracle for queries/statements-by-speakers: the statement it
// replaced, which read and sorted every statement of each actor (its order
// refined by position and id, as the list now has, so that it is total).
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[:SAID]->(s:Statement)
  WITH s ORDER BY s.date IS NULL, s.date DESC, s.articleId, s.start, s.id
  LIMIT $first
  RETURN collect(s.id) AS ids
}
RETURN id AS key, ids
