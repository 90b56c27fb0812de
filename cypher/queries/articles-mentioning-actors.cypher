// Purpose: ids of the articles that mention several actors, newest first.
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (art:Article)-[:MENTIONS]->(a)
  WITH art ORDER BY art.publishedAt IS NULL, art.publishedAt DESC, art.id
  LIMIT $first
  RETURN collect(art.id) AS ids
}
RETURN id AS key, ids
