// Purpose: test oracle for queries/articles-list: the statement it replaced,
// which collects every matching article and sorts them.
// Parameters: outlet (id or null), since, until (ISO dates or null), skip, limit.
// Columns: total, ids.
MATCH (art:Article)
WHERE art.stub IS NULL
  AND ($outlet IS NULL OR EXISTS { (art)-[:PUBLISHED_BY]->(:Actor {id: $outlet}) })
  AND ($since IS NULL OR art.publishedAt >= date($since))
  AND ($until IS NULL OR art.publishedAt <= date($until))
WITH art ORDER BY art.publishedAt IS NULL, art.publishedAt DESC, art.id
WITH collect(art.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
