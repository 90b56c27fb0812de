// Purpose: every attestation of these proposition keys, with the independent
// source it counts as: the top of its outlet's ownership chain (TASS and RIA
// Novosti both count as the Russian state), or the outlet itself.
// Parameters: keys (list). Columns: id, key, date, type, polarity, outletId, sourceGroup.
UNWIND $keys AS key
MATCH (a:Attestation {key: key})
OPTIONAL MATCH (outlet:Actor {id: a.outletId})
CALL (outlet) {
  OPTIONAL MATCH (outlet)-[:OWNED_BY*1..6]->(owner:Actor)
  WHERE NOT (owner)-[:OWNED_BY]->()
  RETURN owner.id AS ownerId
  LIMIT 1
}
RETURN a.id AS id, a.key AS key, toString(a.date) AS date, a.type AS type, a.polarity AS polarity,
       a.outletId AS outletId, coalesce(ownerId, a.outletId) AS sourceGroup
