// Each claim carries its claimant's, subject's and object's ids (claimantId,
// subjectId, objectId; import/write-articles sets them in the article's
// transaction, identity/move-relationships keeps them in step on a merge or
// split), with (claimantId, subjectId) and (claimantId, objectId) range
// indexes, so that queries/claims-list finds the claims one actor made about
// another by two index seeks instead of checking every claim of the claimant
// for the actor (17,246 claims of the bench's claimant at 1M edges).
// The backfill gives claims written before this migration their ids, in
// batches of 10,000 (auto-commit: migrate runs a statement with IN
// TRANSACTIONS on its own); on a graph that has them it only scans the claims.
MATCH (claimant:Actor)-[:CLAIMED]->(c:Claim)-[:SUBJECT]->(subject:Actor), (c)-[:OBJECT]->(object:Actor)
WHERE c.claimantId IS NULL OR c.subjectId IS NULL OR c.objectId IS NULL
  CALL (c, claimant, subject, object) {
    SET c.claimantId = claimant.id, c.subjectId = subject.id, c.objectId = object.id
  } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX claim_claimant_subject IF NOT EXISTS FOR (c:Claim) ON (c.claimantId, c.subjectId);
CREATE INDEX claim_claimant_object IF NOT EXISTS FOR (c:Claim) ON (c.claimantId, c.objectId);
