// Purpose: mark a database as a disposable test database, so that the test
// harness may wipe it. It refuses to wipe a database without this marker.
// Parameters: none. Columns: none.
MERGE (:EntenteTestDatabase {id: 'marker'})
