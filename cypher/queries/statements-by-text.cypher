// Purpose: a page of statement ids matching a full-text query, best first,
// with the same filters as statements-list.
// Parameters: query (escaped Lucene query), speaker, about, since, until, skip, limit.
// Columns: total, ids.
CALL db.index.fulltext.queryNodes('utterance_text', $query) YIELD node AS s, score
WHERE s:Statement
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Actor {id: $about}) })
  AND ($since IS NULL OR s.date >= date($since))
  AND ($until IS NULL OR s.date <= date($until))
WITH s ORDER BY score DESC, s.id
WITH collect(s.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
