// Purpose: wait until every index is online (populated), up to 30 minutes;
// migrate runs it after creating an index on a graph that may already be large.
// Parameters: none. Columns: none.
CALL db.awaitIndexes(1800)
