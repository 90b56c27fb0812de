// Contested claims about Russia, and who contests them: each proposition about Russia that another contradicts, who asserts it, how many independent sources back it (outlets of one owner count once), who contests it and why (an actor denying a claim about itself is the strongest).
MATCH (p:Proposition)-[c:CONTRADICTS]-(q:Proposition)
WHERE 'russia' IN [p.subjectId, p.objectId] AND p.stance = 'asserted' AND (q.stance = 'denied' OR p.id < q.id)
MATCH (s:Actor {id: p.subjectId}), (o:Actor {id: p.objectId})
MATCH (pa:Attestation)-[:ATTESTS]->(p)
MATCH (qa:Attestation)-[:ATTESTS]->(q)
MATCH (claimant:Actor {id: pa.assertedBy}), (contester:Actor {id: qa.assertedBy})
WITH p, c, q, s.name + ' ' + reduce(t = '', x IN p.types | t + CASE t WHEN '' THEN '' ELSE '/' END + x) + ' ' + o.name AS claim,
     collect(DISTINCT claimant.name) AS assertedBy, collect(DISTINCT contester.name) AS contestedBy, collect(DISTINCT qa.evidence) AS words
RETURN claim, p.independentSources AS sources, assertedBy, c.reason AS reason, contestedBy, words
ORDER BY c.strength DESC, sources DESC, claim
