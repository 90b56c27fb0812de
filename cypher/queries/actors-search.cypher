// Purpose: a page of actors by full-text search over names and aliases.
// Parameters: query (Lucene query, escaped by the caller), kind, skip, limit.
// Columns: total, ids.
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
WHERE $kind IS NULL OR node.kind = $kind
WITH node ORDER BY score DESC, node.id
WITH collect(node.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
