// Purpose: test check for schema/015: every statement's speakerId is the id of
// the actor with its SAID edge, and a statement with none has none.
// Parameters: none. Columns: statements (how many were checked), wrong (the
// statements whose speakerId is not their speaker's, as [id, speakerId, speaker]).
MATCH (s:Statement)
OPTIONAL MATCH (speaker)-[:SAID]->(s)
WITH s, collect(speaker.id) AS speakers
WITH s, speakers, coalesce(s.speakerId = speakers[0], s.speakerId IS NULL AND size(speakers) = 0) AS right
WITH count(s) AS statements,
     collect(CASE WHEN size(speakers) > 1 OR NOT right THEN [s.id, s.speakerId, speakers] END) AS wrong
RETURN statements, wrong
