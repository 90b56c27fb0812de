// Purpose: the shape of a scale graph as the bench's rows see it: the hub's
// relation edges and ties, the rare actor's edges, the hub dyad's edges.
// Parameters: hub, rare, second. Columns: hubEdges, hubTies, rareEdges, dyad.
MATCH (h:Actor {id: $hub})
MATCH (r:Actor {id: $rare})
RETURN COUNT { (h)-[x]-(:Actor) WHERE x.articleId IS NOT NULL } AS hubEdges,
       COUNT { (h)-[x]-(:Actor) WHERE type(x) STARTS WITH 'TIE_' } AS hubTies,
       COUNT { (r)-[x]-(:Actor) WHERE x.articleId IS NOT NULL } AS rareEdges,
       COUNT { (:Actor {id: $hub})-[x]-(:Actor {id: $second}) WHERE x.articleId IS NOT NULL } AS dyad
