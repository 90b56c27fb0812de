// Purpose: node and relationship totals, for summaries and idempotency checks.
// Parameters: none. Columns: nodes (int), relationships (int).
MATCH (n)
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships
