// Purpose: is this a disposable test database, and does it hold data?
// Parameters: none. Columns: marked (boolean), nodes (int).
OPTIONAL MATCH (m:EntenteTestDatabase)
WITH count(m) > 0 AS marked
MATCH (n)
RETURN marked, count(n) AS nodes
