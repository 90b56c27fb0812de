// Purpose: undo retire-actor: the merged actor is an Actor again, the
// survivor loses the aliases the merge gave it, and edges and attestations go
// back to naming the actor they named before.
// Parameters: id (the merged actor), articleIds (the articles touched). Columns: none.
MATCH (a:MergedActor {id: $id})-[m:MERGED_INTO]->(b:Actor)
WITH a, b, m, coalesce(a.addedAliases, []) AS added, coalesce(a.addedAliasKeys, []) AS addedKeys
SET b.aliases = [n IN b.aliases WHERE NOT n IN added],
    b.aliasKeys = [k IN b.aliasKeys WHERE NOT k IN addedKeys],
    b.searchText = reduce(s = b.name, n IN [n IN b.aliases WHERE NOT n IN added] | s + ' | ' + n)
REMOVE a:MergedActor
SET a:Actor, a:$(a.kind)
REMOVE a.addedAliases, a.addedAliasKeys, a.mergedInto, a.mergedAt
DELETE m
WITH a, b
CALL (a, b) {
  UNWIND $articleIds AS articleId
  MATCH (:Article {id: articleId})-[:MENTIONS]->(:Actor)-[r]->(:Actor)
  WHERE r.articleId = articleId AND r.assertedByMergedFrom = a.id
  SET r.assertedBy = a.id, r.assertedByName = a.name
  REMOVE r.assertedByMergedFrom
}
CALL (a) {
  MATCH (x:Attestation) WHERE x.articleId IN $articleIds AND x.outletMergedFrom = a.id
  SET x.outletId = a.id
  REMOVE x.outletMergedFrom
}
