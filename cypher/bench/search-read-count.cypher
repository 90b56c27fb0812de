// Purpose: one Lucene read of full-text search counted, repeated $calls times
// inside one statement (Bolt and the transaction paid once), for
// bench:search-halves: the count with a limit, or every hit with none.
// Parameters: q (Lucene query), options (queryNodes' options map), calls.
// Columns: calls, answer (the first call's count).
UNWIND range(1, $calls) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('utterance_text', $q, $options) YIELD score
  RETURN count(score) AS answer
}
RETURN count(*) AS calls, collect(answer)[0] AS answer
