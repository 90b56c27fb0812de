// Purpose: node and relationship totals, for summaries and idempotency checks.
// The schema's own record (EntenteSchema, see backfills-done) is not data.
// Each count is read from the count store, whatever the graph's size.
// Parameters: none. Columns: nodes (int), relationships (int).
CALL () {
  MATCH (n)
  RETURN count(n) AS all
}
CALL () {
  MATCH (m:EntenteSchema)
  RETURN count(m) AS bookkeeping
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(r) AS relationships
}
RETURN all - bookkeeping AS nodes, relationships
