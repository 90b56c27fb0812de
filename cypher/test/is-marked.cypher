// Purpose: is this a disposable test database, and does it hold data?
// The schema's own record (EntenteSchema) is not data: an empty graph that
// Entente has migrated still counts as empty.
// Parameters: none. Columns: marked (boolean), nodes (int).
OPTIONAL MATCH (m:EntenteTestDatabase)
WITH count(m) > 0 AS marked
MATCH (n) WHERE NOT n:EntenteSchema
RETURN marked, count(n) AS nodes
