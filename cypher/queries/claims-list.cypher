// Purpose: a page of claim ids filtered by the actor they are about (subject
// or object), claimant, predicate and modality, newest first.
// Parameters: about, claimant (ids or null), predicate, modality (or null), skip, limit.
// Columns: total, ids.
MATCH (c:Claim)
WHERE ($about IS NULL OR EXISTS { (c)-[:SUBJECT|OBJECT]->(:Actor {id: $about}) })
  AND ($claimant IS NULL OR EXISTS { (:Actor {id: $claimant})-[:CLAIMED]->(c) })
  AND ($predicate IS NULL OR c.predicate = $predicate)
  AND ($modality IS NULL OR c.modality = $modality)
WITH c ORDER BY c.date IS NULL, c.date DESC, c.articleId, c.start, c.id
WITH collect(c.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
