// Purpose: two actors of a scale graph's long tail, for the bench's "rare"
// questions: of the actors with a relation edge, ordered by their count of
// relation edges (then id), the two at the first quartile; and how many such
// actors there are (the actors the graph's news has named).
// Parameters: none. Columns: rare, rare2 (null when fewer than two such actors), named.
MATCH (a:Actor)
WITH a, COUNT { (a)-[x]-(:Actor) WHERE x.articleId IS NOT NULL } AS edges
WHERE edges > 0
WITH a.id AS id ORDER BY edges, id
WITH collect(id) AS ids
RETURN ids[size(ids) / 4] AS rare, ids[size(ids) / 4 + 1] AS rare2, size(ids) AS named
