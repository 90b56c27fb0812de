// Purpose: the propositions about these pairs of actors, with what decides a
// contradiction: stance, family, time span, and who of the pair (or who holds
// a role of one of them on the day, as a spokesman does) denies it.
// With each, the contradictions it has now (to, reason, strength), so that only
// the ones that change are written.
// Parameters: dyads (list of "a|b" keys). Columns: id, stance, family, dyad, subjectId, objectId, symmetric, first, last, selfDeniers, contradicts.
UNWIND $dyads AS dyad
MATCH (p:Proposition {dyad: dyad})
CALL (p) {
  OPTIONAL MATCH (a:Attestation)-[:ATTESTS]->(p)
  WHERE p.stance = 'denied'
    AND (a.assertedBy IN [p.subjectId, p.objectId]
         OR EXISTS {
           MATCH (:Actor {id: a.assertedBy})-[h:HOLDS_ROLE]->(of:Actor)
           WHERE of.id IN [p.subjectId, p.objectId]
             AND (h.since IS NULL OR a.date IS NULL OR h.since <= a.date)
             AND (h.until IS NULL OR a.date IS NULL OR h.until >= a.date)
         })
  RETURN collect(DISTINCT a.assertedBy) AS selfDeniers
}
RETURN p.id AS id, p.stance AS stance, p.family AS family, p.dyad AS dyad,
       p.subjectId AS subjectId, p.objectId AS objectId, p.symmetric AS symmetric,
       toString(p.firstDate) AS first, toString(p.lastDate) AS last, selfDeniers,
       [(p)-[c:CONTRADICTS]->(q:Proposition) | {to: q.id, reason: c.reason, strength: c.strength}] AS contradicts
