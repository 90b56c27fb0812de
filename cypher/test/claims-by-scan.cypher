// Purpose: test oracle for queries/claims-list with a claimant and an actor:
// the claimant's claims checked one by one for the actor through the edges
// (the statement before schema/009's ids).
// Parameters: about, claimant, predicate, modality (or null), skip, limit. Columns: total, ids.
MATCH (:Actor {id: $claimant})-[:CLAIMED]->(c:Claim)
WHERE EXISTS { (c)-[:SUBJECT|OBJECT]->(:Actor {id: $about}) }
  AND ($predicate IS NULL OR c.predicate = $predicate)
  AND ($modality IS NULL OR c.modality = $modality)
WITH c ORDER BY c.date IS NULL, c.date DESC, c.articleId, c.start, c.id
WITH collect(c.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
