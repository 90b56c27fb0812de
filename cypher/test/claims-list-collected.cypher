// Purpose: test oracle for queries/claims-list: the statement before
// schema/011, which collects every matching claim and sorts them, for every
// filter (claimant, actor, both, neither; predicate, modality).
// Parameters: about, claimant (ids or null), predicate, modality (or null), skip, limit.
// Columns: total, ids.
CALL () {
  WITH 1 AS anchor WHERE $claimant IS NOT NULL AND $about IS NOT NULL
  MATCH (c:Claim {claimantId: $claimant, subjectId: $about})
  RETURN c
  UNION
  WITH 1 AS anchor WHERE $claimant IS NOT NULL AND $about IS NOT NULL
  MATCH (c:Claim {claimantId: $claimant, objectId: $about})
  RETURN c
  UNION
  WITH 1 AS anchor WHERE $claimant IS NOT NULL AND $about IS NULL
  MATCH (:Actor {id: $claimant})-[:CLAIMED]->(c:Claim)
  RETURN c
  UNION
  WITH 1 AS anchor WHERE $claimant IS NULL AND $about IS NOT NULL
  MATCH (c:Claim)-[:SUBJECT|OBJECT]->(:Actor {id: $about})
  RETURN c
  UNION
  WITH 1 AS anchor WHERE $claimant IS NULL AND $about IS NULL
  MATCH (c:Claim)
  RETURN c
}
WITH c
WHERE ($predicate IS NULL OR c.predicate = $predicate)
  AND ($modality IS NULL OR c.modality = $modality)
WITH c ORDER BY c.date IS NULL, c.date DESC, c.articleId, c.start, c.id
WITH collect(c.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
