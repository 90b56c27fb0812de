// Purpose: note that a schema file's backfills have run on this graph (see
// backfills-done). Parameters: file (schema file name). Columns: none.
MERGE (m:EntenteSchema {id: 'schema'})
SET m.backfilled = [f IN coalesce(m.backfilled, []) WHERE f <> $file] + $file
