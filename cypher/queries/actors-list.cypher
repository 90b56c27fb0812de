// Purpose: a page of actors ordered by name, optionally of one kind.
// Parameters: kind (string or null), skip, limit. Columns: total, ids.
MATCH (a:Actor)
WHERE $kind IS NULL OR a.kind = $kind
WITH a ORDER BY a.name, a.id
WITH collect(a.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
