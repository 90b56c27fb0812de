// Purpose: move relationships from one actor node to another, properties and
// all (a relationship cannot change its ends, so it is recreated). A merge
// moves them all and tags each with mergedFrom; a split moves back only those
// tagged with the merged actor's id, and drops the tag. Projection ties and
// their pairs (TIED) are not moved: the caller takes them out before and puts
// them back after. A relation edge's dyad, sourceId and targetId (see
// import/write-articles) are its new ends' ids (schema/008 and 012 index them),
// a claim's claimantId, subjectId or objectId (schema/009), a statement's
// speakerId (schema/015) and an ABOUT edge's actorId (schema/016) the new
// actor's; and the ABOUT edges of the statements whose SAID moved take their
// new speakerId (schema/018), found by the old one.
// Parameters: from, into (ids), tag (the id to tag with on merge, or null),
//   only (move only relationships tagged with this id, or null). Columns: moved.
OPTIONAL MATCH (la:Actor {id: $from})
OPTIONAL MATCH (ma:MergedActor {id: $from})
OPTIONAL MATCH (lb:Actor {id: $into})
OPTIONAL MATCH (mb:MergedActor {id: $into})
WITH coalesce(la, ma) AS a, coalesce(lb, mb) AS b
WHERE a IS NOT NULL AND b IS NOT NULL
CALL (a, b) {
  MATCH (a)-[r]->(other)
  WHERE NOT type(r) STARTS WITH 'TIE_' AND NOT type(r) IN ['MERGED_INTO', 'TIED'] AND ($only IS NULL OR r.mergedFrom = $only)
  WITH r, CASE WHEN other = a THEN b ELSE other END AS target
  CREATE (b)-[r2:$(type(r))]->(target)
  SET r2 = properties(r), r2.mergedFrom = $tag,
      r2.dyad = CASE WHEN r.dyad IS NULL THEN null WHEN b.id < target.id THEN b.id + '|' + target.id ELSE target.id + '|' + b.id END,
      r2.sourceId = CASE WHEN r.dyad IS NULL THEN r.sourceId ELSE b.id END,
      r2.targetId = CASE WHEN r.dyad IS NULL THEN r.targetId ELSE target.id END
  FOREACH (claim IN CASE WHEN type(r) = 'CLAIMED' AND target:Claim THEN [target] ELSE [] END | SET claim.claimantId = b.id)
  FOREACH (st IN CASE WHEN type(r) = 'SAID' AND target:Statement THEN [target] ELSE [] END | SET st.speakerId = b.id)
  DELETE r
  RETURN count(*) AS outgoing
}
CALL (a, b) {
  MATCH (a)<-[r]-(other)
  WHERE NOT type(r) STARTS WITH 'TIE_' AND NOT type(r) IN ['MERGED_INTO', 'TIED'] AND ($only IS NULL OR r.mergedFrom = $only)
  CREATE (b)<-[r2:$(type(r))]-(other)
  SET r2 = properties(r), r2.mergedFrom = $tag,
      r2.dyad = CASE WHEN r.dyad IS NULL THEN null WHEN b.id < other.id THEN b.id + '|' + other.id ELSE other.id + '|' + b.id END,
      r2.sourceId = CASE WHEN r.dyad IS NULL THEN r.sourceId ELSE other.id END,
      r2.targetId = CASE WHEN r.dyad IS NULL THEN r.targetId ELSE b.id END,
      r2.actorId = CASE WHEN r.actorId IS NULL THEN null ELSE b.id END
  FOREACH (claim IN CASE WHEN type(r) = 'SUBJECT' AND other:Claim THEN [other] ELSE [] END | SET claim.subjectId = b.id)
  FOREACH (claim IN CASE WHEN type(r) = 'OBJECT' AND other:Claim THEN [other] ELSE [] END | SET claim.objectId = b.id)
  DELETE r
  RETURN count(*) AS incoming
}
CALL (a) {
  // after both moves, so that an edge the second one recreated (the old actor's statement about itself) is found too
  MATCH (st:Statement)-[r:ABOUT]->()
  USING INDEX r:ABOUT(speakerId, actorId, articleId)
  WHERE r.speakerId = a.id AND r.actorId IS NOT NULL AND r.articleId IS NOT NULL AND st.speakerId <> a.id
  SET r.speakerId = st.speakerId
  RETURN count(*) AS respoken
}
RETURN outgoing + incoming AS moved
