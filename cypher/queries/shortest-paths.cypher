// Purpose: the shortest paths (up to 10) between two actors through the
// allowed relationship types; 6 is the longest path the API allows. Parallel
// edges (two sources for one relation) would repeat a path, so each distinct
// sequence of nodes is returned once.
// Parameters: from, to (actor ids), allowed (relationship type names), maxHops.
// Columns: nodes (list of {id, label}), rels (list of relationship maps).
MATCH p = allShortestPaths((a:Actor {id: $from})-[*..6]-(b:Actor {id: $to}))
WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE type(r) IN $allowed)
WITH [n IN nodes(p) | elementId(n)] AS way, collect(p)[0] AS p
ORDER BY way
LIMIT 10
RETURN [n IN nodes(p) | {id: n.id, label: CASE WHEN n:Statement THEN 'Statement' WHEN n:Event THEN 'Event' ELSE 'Actor' END}] AS nodes,
       [r IN relationships(p) | r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, .date, .reportedAt,
          .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence,
          .title, .since, .until}] AS rels
