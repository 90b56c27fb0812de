// Purpose: the relations page of one actor computed the plain way, by reading
// every one of its edges, to check queries/relations-of-actors (which reads
// only what the projection points it to) against. An edge from the actor to
// itself (left by a merge) is both outgoing and incoming, as its tie is found
// from both of its ends.
// Parameters: id, types, direction, counterpart, since, until, first. Columns: ids.
MATCH (a:Actor {id: $id})-[r]-(b:Actor)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a) OR startNode(r) = endNode(r))
  AND ($counterpart IS NULL OR b.id = $counterpart)
  AND ($since IS NULL OR coalesce(r.date, r.reportedAt) >= date($since))
  AND ($until IS NULL OR coalesce(r.date, r.reportedAt) <= date($until))
WITH r ORDER BY coalesce(r.date, r.reportedAt) IS NULL, coalesce(r.date, r.reportedAt) DESC, r.id
LIMIT $first
RETURN collect(r.id) AS ids
