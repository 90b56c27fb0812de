// Purpose: make the contradictions among these propositions exactly the given
// ones, each naming its reason, and mark every proposition that has one as
// contested (indexed, so propositions(contested: true) is a look-up).
// Only what changed is written: a hub's pair of actors holds hundreds of
// propositions and as many contradictions, re-examined whenever a batch touches
// the pair. The caller compares what should be with what of-dyads read and
// passes the difference: the contradictions that go ($stale) and the new or
// changed ones ($contradictions); matching every kept one again on every batch
// was most of this statement's time.
// Parameters: ids (the propositions re-examined), contradictions (list of
//   {fromId, toId, reason, strength} to write), stale (list of {fromId, toId}
//   to delete). Columns: none.
CALL () {
  UNWIND $stale AS s
  MATCH (:Proposition {id: s.fromId})-[c:CONTRADICTS]->(:Proposition {id: s.toId})
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
  WITH p, EXISTS { (p)-[:CONTRADICTS]-() } AS contested
  WHERE p.contested IS NULL OR p.contested <> contested
  SET p.contested = contested
}
