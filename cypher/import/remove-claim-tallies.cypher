// Purpose: take these articles' claims out of the ClaimTally counts (schema/011)
// before delete-articles-content removes the claims (or a merge or split moves
// their actors), in the same transaction; a tally left at zero goes. The
// mirror of import/add-claim-tallies.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
MATCH (c:Claim {articleId: articleId})
UNWIND CASE WHEN c.subjectId = c.objectId THEN [c.subjectId] ELSE [c.subjectId, c.objectId] END AS aboutId
WITH c.claimantId AS claimantId, aboutId, count(*) AS n
MATCH (t:ClaimTally {claimantId: claimantId, aboutId: aboutId})
SET t.count = t.count - n
WITH t WHERE t.count <= 0
DELETE t
