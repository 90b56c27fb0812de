// Purpose: full-text search over statement and claim wording, best first.
// The total is counted on its own and the page is a top-k sort, so no list
// of every hit is ever built (a common phrase can match most of the graph).
// Equal scores are ordered by the node's element id, which the hit carries:
// ordering them by a property read every hit's node (100k reads for a phrase
// in most sentences), where only the page's nodes need reading.
// Parameters: query (escaped Lucene query), skip, limit.
// Columns: total, hits (list of {id, kind, score}).
CALL () {
  CALL db.index.fulltext.queryNodes('utterance_text', $query) YIELD score
  RETURN count(score) AS total
}
CALL () {
  CALL db.index.fulltext.queryNodes('utterance_text', $query) YIELD node, score
  WITH node, score ORDER BY score DESC, elementId(node)
  SKIP $skip
  LIMIT $limit
  RETURN collect({id: node.id, kind: CASE WHEN node:Statement THEN 'Statement' ELSE 'Claim' END, score: score}) AS hits
}
RETURN total, hits
