// Purpose: remove everything one article contributed (its relation edges,
// statements, claims, cited-article stubs, events no other article reports,
// and its own outgoing links) before it is written again. Shared actors and
// other articles' edges stay.
// Parameters: articleId. Columns: none.
MATCH (art:Article {id: $articleId})
CALL (art) {
  MATCH (art)-[:MENTIONS]->(:Actor)-[r]->(:Actor)
  WHERE r.articleId = $articleId
  DELETE r
}
CALL () {
  MATCH (n:Statement {articleId: $articleId})
  DETACH DELETE n
}
CALL () {
  MATCH (n:Claim {articleId: $articleId})
  DETACH DELETE n
}
CALL (art) {
  MATCH (art)-[:CITES]->(cited:Article {stub: true})
  WHERE cited.id STARTS WITH $articleId + '/'
  DETACH DELETE cited
}
CALL (art) {
  MATCH (art)-[:REPORTS]->(ev:Event)
  WHERE COUNT { (ev)<-[:REPORTS]-(:Article) } = 1
  DETACH DELETE ev
}
CALL (art) {
  MATCH (art)-[r]->()
  DELETE r
}
