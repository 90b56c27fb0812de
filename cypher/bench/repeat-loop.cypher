// Purpose: the repetition of bench:search-halves with nothing inside it, so
// that what the loop itself costs can be told apart from the reads.
// Parameters: calls. Columns: calls, answer.
UNWIND range(1, $calls) AS i
CALL (i) {
  RETURN i AS answer
}
RETURN count(*) AS calls, collect(answer)[0] AS answer
