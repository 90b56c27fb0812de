// Purpose: delete up to $batch nodes (with their relationships); callers loop
// until deleted = 0 so that a large graph never needs one huge transaction.
// Parameters: batch (int). Columns: deleted (int).
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
