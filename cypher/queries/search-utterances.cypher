// Purpose: full-text search over statement and claim wording, best first.
// Parameters: query (escaped Lucene query), skip, limit.
// Columns: total, hits (list of {id, kind, score}).
CALL db.index.fulltext.queryNodes('utterance_text', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id
WITH collect({id: node.id, kind: CASE WHEN node:Statement THEN 'Statement' ELSE 'Claim' END, score: score}) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS hits
