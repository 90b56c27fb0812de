// Purpose: test check that the ClaimTally counts (schema/011) equal the claims
// counted from scratch through their CLAIMED, SUBJECT and OBJECT edges: one
// tally per (claimant, actor a claim is about) pair that has claims, none for
// a pair that has none. Parameters: none.
// Columns: pairs (pairs compared), counted (sum of the recounts),
//   wrong (list of [claimantId, aboutId, stored, recounted]).
CALL () {
  MATCH (claimant:Actor)-[:CLAIMED]->(c:Claim)-[:SUBJECT|OBJECT]->(about:Actor)
  WITH claimant.id AS claimantId, about.id AS aboutId, count(DISTINCT c) AS recounted
  OPTIONAL MATCH (t:ClaimTally {claimantId: claimantId, aboutId: aboutId})
  RETURN claimantId, aboutId, t.count AS stored, recounted
  UNION
  MATCH (t:ClaimTally)
  WHERE NOT EXISTS { (:Actor {id: t.claimantId})-[:CLAIMED]->(:Claim)-[:SUBJECT|OBJECT]->(:Actor {id: t.aboutId}) }
  RETURN t.claimantId AS claimantId, t.aboutId AS aboutId, t.count AS stored, 0 AS recounted
}
RETURN count(*) AS pairs, sum(recounted) AS counted,
       [x IN collect(CASE WHEN stored IS NULL OR stored <> recounted THEN [claimantId, aboutId, stored, recounted] END) WHERE x IS NOT NULL] AS wrong
