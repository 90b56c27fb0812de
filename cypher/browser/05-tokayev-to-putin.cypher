// How Tokayev is connected to Putin: the shortest paths through relations and roles.
MATCH p = allShortestPaths((:Actor {id: 'kassym-jomart-tokayev'})-[*..6]-(:Actor {id: 'vladimir-putin'}))
WHERE all(r IN relationships(p) WHERE r.articleId IS NOT NULL OR type(r) = 'HOLDS_ROLE')
RETURN p
LIMIT 5
