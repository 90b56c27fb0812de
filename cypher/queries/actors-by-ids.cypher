// Purpose: actors by id, for the per-request actor loader.
// Parameters: ids (list). Columns: key (id), item (map).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id AS key, a {.id, .name, .kind, .aliases, .wikidataId} AS item
