// Purpose: ids of the claims several actors made, newest first (undated
// last), each actor's first claims read off schema/017's (claimantId,
// sortDate) index with the last date's ties, so that an actor costs its first
// rows, not its degree (a hub's 22,717 claims at 1M edges were read and
// sorted).
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (c:Claim)
  USING INDEX c:Claim(claimantId, sortDate)
  WHERE c.claimantId = a.id AND c.sortDate IS NOT NULL
  WITH c ORDER BY c.claimantId DESC, c.sortDate DESC, c.articleId, c.sentenceIndex, c.id
  LIMIT $first
  RETURN collect(c.id) AS ids
}
RETURN id AS key, ids
