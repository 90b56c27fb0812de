// Purpose: the first synthetic articles (in import order) that mention an
// actor, with how many actors each mentions: what bench:remove-article takes out.
// Parameters: hub, n. Columns: id, actors.
MATCH (art:Article)-[:MENTIONS]->(:Actor {id: $hub})
WHERE art.id STARTS WITH 'synthetic-article-'
WITH art ORDER BY toInteger(substring(art.id, 18)) LIMIT $n
RETURN art.id AS id, COUNT { (art)-[:MENTIONS]->(:Actor) } AS actors
