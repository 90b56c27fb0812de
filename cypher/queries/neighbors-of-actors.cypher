// Purpose: actors within $depth relation hops of each given actor, nearest
// first, with the relation types on one shortest way there. SHORTEST 1 makes
// Neo4j search breadth-first with a visited set, so hubs do not explode.
// Parameters: ids, types, depth (1..3), first. Columns: key, items ({id, distance, via}).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH p = SHORTEST 1 (a)-[r WHERE type(r) IN $types]-{1,3}(b:Actor)
  WHERE b <> a AND length(p) <= $depth
  WITH b, length(p) AS distance, [x IN relationships(p) | type(x)] AS via
  ORDER BY distance, b.name, b.id
  LIMIT $first
  RETURN collect({id: b.id, distance: distance, via: via}) AS items
}
RETURN id AS key, items
