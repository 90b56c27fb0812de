// Claims about Russia by claimant and modality: who says what about Russia, and how firmly ("may have" is hedged).
MATCH (claimant:Actor)-[:CLAIMED]->(c:Claim)-[:SUBJECT|OBJECT]->(:Actor {id: 'russia'})
MATCH (c)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
RETURN claimant.name AS claimant, c.modality AS modality, s.name + ' ' + c.predicate + ' ' + o.name AS claim, c.text AS words
ORDER BY claimant, modality, claim
