// Purpose: one page of full-text search's hits (their ids) read from Lucene,
// repeated $calls times inside one statement, for bench:search-halves.
// Parameters: q (Lucene query), options (queryNodes' skip and limit), calls.
// Columns: calls, answer (the first call's first hit).
UNWIND range(1, $calls) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('utterance_text', $q, $options) YIELD node
  RETURN collect(node.id)[0] AS answer
}
RETURN count(*) AS calls, collect(answer)[0] AS answer
