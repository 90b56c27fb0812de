// Purpose: replace the contradictions among these propositions with the given
// ones, each naming its reason, and mark every proposition that has one as
// contested (indexed, so propositions(contested: true) is a look-up).
// Parameters: ids (the propositions re-examined), contradictions (list of
//   {fromId, toId, reason, strength}). Columns: none.
CALL () {
  UNWIND $ids AS id
  MATCH (:Proposition {id: id})-[c:CONTRADICTS]-(:Proposition)
  DELETE c
}
CALL () {
  UNWIND $contradictions AS c
  MATCH (a:Proposition {id: c.fromId})
  MATCH (b:Proposition {id: c.toId})
  MERGE (a)-[r:CONTRADICTS]->(b)
  SET r.reason = c.reason, r.strength = c.strength
}
CALL () {
  UNWIND $ids AS id
  MATCH (p:Proposition {id: id})
  SET p.contested = EXISTS { (p)-[:CONTRADICTS]-() }
}
