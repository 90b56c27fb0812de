// Purpose: make the propositions of these keys exactly the given groups: stale
// propositions go (no orphans), each group is merged by its id (no duplicates),
// and each attestation points at exactly one proposition.
// Parameters: keys (list), ids (the groups' ids), groups (list of {id, key,
//   stance, family, subjectId, objectId, symmetric, dyad, types, polarity,
//   firstDate, lastDate, attestationIds, outlets, sources}). Columns: none.
// The groups' ids come as their own list: `IN $ids` is looked up in a set built
// once, where `IN [g IN $groups | g.id]` rebuilt and scanned the list for every
// proposition (4,000 of them: 2 s against 60 ms), most of an import batch's time.
CALL () {
  MATCH (p:Proposition)
  WHERE p.key IN $keys AND NOT p.id IN $ids
  DETACH DELETE p
}
UNWIND $groups AS g
MERGE (p:Proposition {id: g.id})
SET p.key = g.key, p.stance = g.stance, p.family = g.family,
    p.subjectId = g.subjectId, p.objectId = g.objectId, p.symmetric = g.symmetric, p.dyad = g.dyad,
    p.types = g.types, p.polarity = g.polarity,
    p.firstDate = date(g.firstDate), p.lastDate = date(g.lastDate),
    p.attestationCount = size(g.attestationIds),
    p.outlets = g.outlets, p.sources = g.sources, p.independentSources = size(g.sources),
    p.contested = coalesce(p.contested, false)
WITH p, g
// Only attestations that are new or change proposition are relinked, so a
// popular proposition costs its new reports, not all of them, on every import.
CALL (p, g) {
  UNWIND g.attestationIds AS aid
  MATCH (a:Attestation {id: aid})
  WHERE a.propositionId IS NULL OR a.propositionId <> p.id OR NOT EXISTS { (a)-[:ATTESTS]->(p) }
  OPTIONAL MATCH (a)-[old:ATTESTS]->(q:Proposition)
  WHERE q <> p
  DELETE old
  MERGE (a)-[:ATTESTS]->(p)
  SET a.propositionId = p.id
}
