// Purpose: events by id, for the per-request event loader.
// Parameters: ids. Columns: key (id), item (map).
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN id AS key, ev {.id, .kind, .name, date: toString(ev.date),
  placeId: [(ev)-[:HELD_IN]->(p) | p.id][0],
  participantIds: [(x)-[:PARTICIPATED_IN]->(ev) | x.id]} AS item
