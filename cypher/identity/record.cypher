// Purpose: after an import batch is written, what identity needs: the
// surname key of each actor the batch created (for later matching), the roles
// articles give their own actors (kept with the article, replaced with it),
// and each match of a new name to a known actor: provenance on the article
// (IDENTIFIED {name, localId, method, confidence}) and the name as an alias
// of a non-gazetteer actor.
// Parameters: keys ({id, surnameKey}), roles ({personId, ofId, title, since,
//   until, articleId, key}), identified ({articleId, actorId, name, localId,
//   method, confidence}). Columns: none.
CALL () {
  UNWIND $keys AS k
  MATCH (x:Actor {id: k.id})
  SET x.surnameKey = k.surnameKey
}
CALL () {
  UNWIND $roles AS role
  MATCH (p:Actor {id: role.personId})
  MATCH (o:Actor {id: role.ofId})
  MERGE (p)-[r:HOLDS_ROLE {key: role.key}]->(o)
  SET r.title = role.title, r.since = date(role.since), r.until = date(role.until), r.articleId = role.articleId
}
CALL () {
  UNWIND $identified AS i
  MATCH (art:Article {id: i.articleId})
  MATCH (x:Actor {id: i.actorId})
  CREATE (art)-[:IDENTIFIED {name: i.name, localId: i.localId, method: i.method, confidence: i.confidence}]->(x)
  WITH x, i
  WHERE x.gazetteer IS NULL AND NOT i.nameKey IN ([x.nameKey] + coalesce(x.aliasKeys, []))
  SET x.aliases = coalesce(x.aliases, []) + i.name,
      x.aliasKeys = coalesce(x.aliasKeys, []) + i.nameKey,
      x.searchText = x.searchText + ' | ' + i.name
}
