// Purpose: test oracle for queries/statements-list: the statement it replaced,
// which collects every matching statement and sorts them (with the id as the
// last key, as the list now has, so that the order is total).
// Parameters: speaker, about (ids or null), since, until (ISO dates or null), skip, limit.
// Columns: total, ids.
MATCH (s:Statement)
WHERE ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:SAID]->(s) })
  AND ($about IS NULL OR EXISTS { (s)-[:ABOUT]->(:Actor {id: $about}) })
  AND ($since IS NULL OR s.date >= date($since))
  AND ($until IS NULL OR s.date <= date($until))
WITH s ORDER BY s.date IS NULL, s.date DESC, s.articleId, s.start, s.id
WITH collect(s.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
