// Purpose: roles held by several actors, optionally only those held on a date.
// Parameters: ids, at (ISO date or null). Columns: key (actor id), items ({title, ofId, since, until}).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[r:HOLDS_ROLE]->(o:Actor)
  WHERE $at IS NULL OR ((r.since IS NULL OR r.since <= date($at)) AND (r.until IS NULL OR r.until >= date($at)))
  WITH r, o ORDER BY r.since IS NULL, r.since DESC, r.title
  RETURN collect({title: r.title, ofId: o.id, since: toString(r.since), until: toString(r.until)}) AS items
}
RETURN id AS key, items
