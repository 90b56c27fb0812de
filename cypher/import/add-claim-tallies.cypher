// Purpose: count these articles' claims into the ClaimTally of each
// (claimant, actor the claim is about) pair (schema/011), after
// write-articles wrote them (or a merge or split moved their actors) in the
// same transaction; import/remove-claim-tallies is the mirror. A claim whose
// subject and object are one actor counts once for it, as claims-list lists it once.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
MATCH (c:Claim {articleId: articleId})
UNWIND CASE WHEN c.subjectId = c.objectId THEN [c.subjectId] ELSE [c.subjectId, c.objectId] END AS aboutId
WITH c.claimantId AS claimantId, aboutId, count(*) AS n
MERGE (t:ClaimTally {claimantId: claimantId, aboutId: aboutId})
SET t.count = coalesce(t.count, 0) + n
