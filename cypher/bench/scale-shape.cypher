// Purpose: the shape of a scale graph as the bench's rows see it: the hub's
// relation edges and ties, the rare actors' edges, the hub dyad's edges (how
// many actors are named comes with the rare ones: bench/tail-actors).
// Parameters: hub, rare, rare2, second.
// Columns: hubEdges, hubTies, rareEdges, rare2Edges, dyad.
MATCH (h:Actor {id: $hub})
MATCH (r:Actor {id: $rare})
MATCH (r2:Actor {id: $rare2})
RETURN COUNT { (h)-[x]-(:Actor) WHERE x.articleId IS NOT NULL } AS hubEdges,
       COUNT { (h)-[x]-(:Actor) WHERE type(x) STARTS WITH 'TIE_' } AS hubTies,
       COUNT { (r)-[x]-(:Actor) WHERE x.articleId IS NOT NULL } AS rareEdges,
       COUNT { (r2)-[x]-(:Actor) WHERE x.articleId IS NOT NULL } AS rare2Edges,
       COUNT { (:Actor {id: $hub})-[x]-(:Actor {id: $second}) WHERE x.articleId IS NOT NULL } AS dyad
