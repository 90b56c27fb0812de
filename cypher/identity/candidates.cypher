// Purpose: actors that might be the same as the ones an article introduces:
// the same spelling-insensitive surname, or the same folded name.
// Parameters: surnames (surname keys), names (name keys). Columns: id, kind, name, aliases, roles ({title, of}).
MATCH (c:Actor)
WHERE c.surnameKey IN $surnames OR c.nameKey IN $names
CALL (c) {
  OPTIONAL MATCH (c)-[r:HOLDS_ROLE]->(o:Actor)
  RETURN [x IN collect({title: r.title, of: o.id}) WHERE x.title IS NOT NULL] AS roles
}
RETURN c.id AS id, c.kind AS kind, c.name AS name, coalesce(c.aliases, []) AS aliases, roles
