// Purpose: every attestation of these proposition keys, and the independent
// source each of their outlets counts as: the top of its ownership chain (TASS
// and RIA Novosti both count as the Russian state), or the outlet itself.
// Owners are looked up once per outlet, not once per attestation.
// Parameters: keys (list). Columns (one row): attestations ({id, key, date,
//   type, polarity, outletId} list), groups ([outletId, sourceGroup] list).
UNWIND $keys AS key
MATCH (a:Attestation {key: key})
WITH collect(a) AS attestations
CALL (attestations) {
  UNWIND attestations AS a
  WITH DISTINCT a.outletId AS outletId
  OPTIONAL MATCH (outlet:Actor {id: outletId})
  OPTIONAL MATCH (outlet)-[:OWNED_BY*1..6]->(owner:Actor)
  WHERE NOT (owner)-[:OWNED_BY]->()
  WITH outletId, head(collect(owner.id)) AS ownerId
  RETURN collect([outletId, coalesce(ownerId, outletId)]) AS groups
}
RETURN [a IN attestations | a {.id, .key, date: toString(a.date), .type, .polarity, .outletId}] AS attestations, groups
