// Purpose: bring the shared actors and their time-bounded roles in line with
// data/actors/. Roles are keyed, so an unchanged gazetteer changes nothing.
// Parameters: actors (ActorRow list), roles (RoleRow list with key),
//   personIds (ids of every gazetteer person). Columns: none.
CALL () {
  UNWIND $actors AS a
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
  MERGE (p)-[r:HOLDS_ROLE {key: role.key}]->(o)
  SET r.title = role.title, r.since = date(role.since), r.until = date(role.until)
}
CALL () {
  MATCH (p:Actor)-[r:HOLDS_ROLE]->()
  WHERE p.id IN $personIds AND NOT r.key IN [role IN $roles | role.key]
  DELETE r
}
