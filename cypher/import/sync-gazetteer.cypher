// Purpose: bring the shared actors and their time-bounded roles in line with
// data/actors/. Roles are keyed, so an unchanged gazetteer changes nothing.
// Parameters: actors (ActorRow list), roles (RoleRow list with key),
//   personIds (ids of every gazetteer person). Columns: none.
// Only actors and roles that differ are written: a SET takes the node's write
// lock even when the value is the same, and hubs such as Russia are in nearly
// every import, so rewriting them each time made concurrent imports queue.
CALL () {
  UNWIND $actors AS a
  OPTIONAL MATCH (current:Actor {id: a.id})
  WITH a, current
  WHERE current IS NULL
     OR NOT a.kind IN labels(current)
     OR current.kind IS NULL OR current.kind <> a.kind
     OR current.name IS NULL OR current.name <> a.name
     OR coalesce(current.aliases, []) <> a.aliases
     OR current.nameKey IS NULL OR current.nameKey <> a.nameKey
     OR coalesce(current.aliasKeys, []) <> a.aliasKeys
     OR current.searchText IS NULL OR current.searchText <> a.searchText
     OR coalesce(current.wikidataId, '') <> coalesce(a.wikidataId, '')
     OR current.gazetteer IS NULL OR current.gazetteer <> true
  MERGE (x:Actor {id: a.id})
  SET x:$(a.kind),
      x.kind = a.kind,
      x.name = a.name,
      x.aliases = a.aliases,
      x.nameKey = a.nameKey,
      x.aliasKeys = a.aliasKeys,
      x.searchText = a.searchText,
      x.wikidataId = a.wikidataId,
      x.gazetteer = true
}
CALL () {
  UNWIND $roles AS role
  MATCH (p:Actor {id: role.personId})
  MATCH (o:Actor {id: role.ofId})
  OPTIONAL MATCH (p)-[current:HOLDS_ROLE {key: role.key}]->(o)
  WITH role, p, o, current
  WHERE current IS NULL
     OR current.title IS NULL OR current.title <> role.title
     OR coalesce(toString(current.since), '') <> coalesce(role.since, '')
     OR coalesce(toString(current.until), '') <> coalesce(role.until, '')
  MERGE (p)-[r:HOLDS_ROLE {key: role.key}]->(o)
  SET r.title = role.title, r.since = date(role.since), r.until = date(role.until)
}
CALL () {
  MATCH (p:Actor)-[r:HOLDS_ROLE]->()
  WHERE p.id IN $personIds AND NOT r.key IN [role IN $roles | role.key]
  DELETE r
}
