// Purpose: actors within $depth (1..3) relation hops of each given actor,
// nearest first, each with the relation types of its last hop. Breadth-first
// by rings: each ring is made DISTINCT before the next expansion, so hubs with
// thousands of parallel edges are expanded once, not once per path.
// Parameters: ids, types, depth, first. Columns: key, items ({id, distance, via}).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[r]-(n:Actor)
  WHERE type(r) IN $types AND n <> a
  WITH n, collect(DISTINCT type(r)) AS via
  RETURN collect({node: n, via: via}) AS ring1
}
CALL (a, ring1) {
  WITH a, ring1, [x IN ring1 | x.node] AS seen
  UNWIND CASE WHEN $depth >= 2 THEN seen ELSE [] END AS m
  MATCH (m)-[r]-(n:Actor)
  WHERE type(r) IN $types
  WITH a, seen, n, collect(DISTINCT type(r)) AS via
  WHERE n <> a AND NOT n IN seen
  RETURN collect({node: n, via: via}) AS ring2
}
CALL (a, ring1, ring2) {
  WITH a, [x IN ring1 + ring2 | x.node] AS seen, [x IN ring2 | x.node] AS frontier
  UNWIND CASE WHEN $depth >= 3 THEN frontier ELSE [] END AS m
  MATCH (m)-[r]-(n:Actor)
  WHERE type(r) IN $types
  WITH a, seen, n, collect(DISTINCT type(r)) AS via
  WHERE n <> a AND NOT n IN seen
  RETURN collect({node: n, via: via}) AS ring3
}
CALL (ring1, ring2, ring3) {
  UNWIND [x IN ring1 | x {.*, distance: 1}] + [x IN ring2 | x {.*, distance: 2}] + [x IN ring3 | x {.*, distance: 3}] AS found
  WITH found ORDER BY found.distance, found.node.name, found.node.id
  LIMIT $first
  RETURN collect({id: found.node.id, distance: found.distance, via: found.via}) AS items
}
RETURN id AS key, items
