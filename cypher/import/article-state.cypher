// Purpose: what the database holds for these articles, to skip unchanged ones.
// Parameters: ids (list of article ids). Columns: id, planHash (null for stubs).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.planHash AS planHash
