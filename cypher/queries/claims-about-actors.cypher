// Purpose: ids of the claims whose subject or object is one of several
// actors, newest first (undated last): each side read off schema/017's
// (subjectId, sortDate) and (objectId, sortDate) indexes, at most first claims
// and the last date's ties each, so that an actor costs its first rows, not
// its degree (a hub is subject or object of 44,471 claims at 1M edges).
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  CALL (a) {
    MATCH (c:Claim)
    USING INDEX c:Claim(subjectId, sortDate)
    WHERE c.subjectId = a.id AND c.sortDate IS NOT NULL
    WITH c ORDER BY c.subjectId DESC, c.sortDate DESC, c.articleId, c.sentenceIndex, c.id
    LIMIT $first
    RETURN c
    UNION
    MATCH (c:Claim)
    USING INDEX c:Claim(objectId, sortDate)
    WHERE c.objectId = a.id AND c.sortDate IS NOT NULL
    WITH c ORDER BY c.objectId DESC, c.sortDate DESC, c.articleId, c.sentenceIndex, c.id
    LIMIT $first
    RETURN c
  }
  WITH c ORDER BY c.sortDate DESC, c.articleId, c.sentenceIndex, c.id
  LIMIT $first
  RETURN collect(c.id) AS ids
}
RETURN id AS key, ids
