// Purpose: the schema files whose backfills (batched data rewrites) have run
// on this graph, so that a start does not scan a million edges again to find
// nothing to fill. A wipe deletes the record with the data it described.
// Parameters: none. Columns: files (list of schema file names).
OPTIONAL MATCH (m:EntenteSchema {id: 'schema'})
RETURN coalesce(m.backfilled, []) AS files
