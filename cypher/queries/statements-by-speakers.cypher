// Purpose: ids of the statements several actors made, newest first (undated
// last, then by article and position), read off schema/015's indexes as
// statements-list reads one speaker's page: dated ones off (speakerId, date)
// in its order, each date's ties sorted by the rest of the order, undated ones
// off (speakerId, articleId) only when those are too few. Each actor costs
// its first rows, not its degree (a hub's 36,258 statements at 1M edges were
// read and sorted: 160 ms).
// Parameters: ids, first. Columns: key (actor id), ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  CALL (a) {
    MATCH (s:Statement)
    USING INDEX SEEK s:Statement(speakerId, date)
    WHERE s.speakerId = a.id AND s.date >= date('-999999999-01-01')
    WITH s ORDER BY s.speakerId DESC, s.date DESC, s.articleId, s.start, s.id
    LIMIT $first
    RETURN collect(s.id) AS dated
  }
  CALL (a, dated) {
    WITH a, dated WHERE size(dated) < $first
    CALL (a) {
      MATCH (s:Statement)
      USING INDEX s:Statement(speakerId, articleId)
      WHERE s.speakerId = a.id AND s.articleId IS NOT NULL AND s.date IS NULL
      WITH s ORDER BY s.speakerId, s.articleId, s.start, s.id
      LIMIT $first
      RETURN s.id AS undatedId
    }
    RETURN collect(undatedId) AS undated
  }
  RETURN (dated + undated)[..$first] AS ids
}
RETURN id AS key, ids
