// Purpose: make the contradictions among these propositions exactly the given
// ones, each naming its reason, and mark every proposition that has one as
// contested (indexed, so propositions(contested: true) is a look-up).
// Only what changed is written: a hub's pair of actors holds thousands of
// propositions, re-examined whenever a batch touches the pair, and deleting
// and recreating every contradiction among them each time was most of an
// import batch's cost. $keep names the contradictions that stay ("from>to").
// Parameters: ids (the propositions re-examined), contradictions (list of
//   {fromId, toId, reason, strength}), keep (map "fromId>toId" -> true).
//   Columns: none.
CALL () {
  UNWIND $ids AS id
  MATCH (a:Proposition {id: id})-[c:CONTRADICTS]->(b:Proposition)
  WHERE $keep[a.id + '>' + b.id] IS NULL
  DELETE c
}
CALL () {
  UNWIND $contradictions AS c
  MATCH (a:Proposition {id: c.fromId})
  MATCH (b:Proposition {id: c.toId})
  MERGE (a)-[r:CONTRADICTS]->(b)
  WITH r, c
  WHERE r.reason IS NULL OR r.reason <> c.reason OR r.strength <> c.strength
  SET r.reason = c.reason, r.strength = c.strength
}
CALL () {
  UNWIND $ids AS id
  MATCH (p:Proposition {id: id})
  WITH p, EXISTS { (p)-[:CONTRADICTS]-() } AS contested
  WHERE p.contested IS NULL OR p.contested <> contested
  SET p.contested = contested
}
