// Purpose: the server's version and edition, to refuse servers older than 5.x.
// Parameters: none. Columns: version (string), edition (string).
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
