// Purpose: who owns or sponsors each outlet, from the gazetteer's ownedBy, so
// that outlets with one owner count as one independent source. Keyed by the
// pair, so an unchanged gazetteer changes nothing.
// Parameters: owners (list of {outletId, ownerId}), actorIds (every gazetteer id). Columns: none.
CALL () {
  MATCH (x:Actor)-[r:OWNED_BY]->(o:Actor)
  WHERE x.id IN $actorIds AND NOT {outletId: x.id, ownerId: o.id} IN $owners
  DELETE r
}
CALL () {
  UNWIND $owners AS row
  MATCH (x:Actor {id: row.outletId})
  MATCH (o:Actor {id: row.ownerId})
  // An existing tie is left alone, so that an unchanged gazetteer takes no write locks.
  WITH x, o WHERE NOT (x)-[:OWNED_BY]->(o)
  MERGE (x)-[:OWNED_BY]->(o)
}
