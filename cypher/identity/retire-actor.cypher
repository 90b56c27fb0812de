// Purpose: after a merge, the merged actor stays as a MergedActor (no longer
// an Actor, so no query finds it) pointing at the survivor, which takes its
// names as aliases; edges it asserted now name the survivor. What was added
// is kept on the merged node so that a split can take it back.
// Parameters: from, into (ids), added ({name, key}: names of the merged
//   actor the survivor lacks), articleIds (the articles touched). Columns: none.
MATCH (a:Actor {id: $from})
MATCH (b:Actor {id: $into})
SET b.aliases = coalesce(b.aliases, []) + [x IN $added | x.name],
    b.aliasKeys = coalesce(b.aliasKeys, []) + [x IN $added | x.key],
    b.searchText = b.searchText + reduce(s = '', x IN $added | s + ' | ' + x.name),
    a.addedAliases = [x IN $added | x.name], a.addedAliasKeys = [x IN $added | x.key],
    a.mergedInto = b.id, a.mergedAt = datetime()
REMOVE a:Actor
REMOVE a:$(a.kind)
SET a:MergedActor
CREATE (a)-[:MERGED_INTO]->(b)
WITH a, b
CALL (a, b) {
  UNWIND $articleIds AS articleId
  MATCH (:Article {id: articleId})-[:MENTIONS]->(:Actor)-[r]->(:Actor)
  WHERE r.articleId = articleId AND r.assertedBy = a.id
  SET r.assertedBy = b.id, r.assertedByName = b.name, r.assertedByMergedFrom = a.id
}
CALL (a, b) {
  MATCH (x:Attestation) WHERE x.articleId IN $articleIds AND x.outletId = a.id
  SET x.outletId = b.id, x.outletMergedFrom = a.id
}
