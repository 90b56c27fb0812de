// Purpose: the propositions each proposition conflicts with (either
// direction of CONTRADICTS), strongest first.
// Parameters: ids (proposition ids). Columns: key (id), items ({propositionId, reason, strength}).
UNWIND $ids AS id
MATCH (p:Proposition {id: id})
CALL (p) {
  MATCH (p)-[c:CONTRADICTS]-(other:Proposition)
  WITH c, other ORDER BY c.strength DESC, other.id
  RETURN collect({propositionId: other.id, reason: c.reason, strength: c.strength}) AS items
}
RETURN id AS key, items
