// Purpose: test check that every claim's claimantId, subjectId and objectId
// (schema/009) are the ids of the actors its CLAIMED, SUBJECT and OBJECT edges
// join it to. Parameters: none. Columns: checked (claims), wrong (claim ids).
MATCH (c:Claim)
OPTIONAL MATCH (claimant)-[:CLAIMED]->(c)
OPTIONAL MATCH (c)-[:SUBJECT]->(subject)
OPTIONAL MATCH (c)-[:OBJECT]->(object)
WITH c, collect(DISTINCT claimant.id) AS claimants, collect(DISTINCT subject.id) AS subjects, collect(DISTINCT object.id) AS objects
RETURN count(c) AS checked,
       [x IN collect(CASE WHEN claimants <> [c.claimantId] OR subjects <> [c.subjectId] OR objects <> [c.objectId] THEN c.id END) WHERE x IS NOT NULL] AS wrong
