// Purpose (baseline for bench/remove-article.ts, as import/delete-articles-content
// was before the per-type articleId indexes): remove everything these articles contributed (their relation edges,
// statements, claims, cited-article stubs, events no other article reports,
// and their own outgoing links) before they are written again. Shared actors and
// other articles' edges stay.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
MATCH (art:Article {id: articleId})
CALL (art, articleId) {
  MATCH (art)-[:MENTIONS]->(:Actor)-[r]->(:Actor)
  WHERE r.articleId = articleId
  DELETE r
}
CALL (articleId) {
  MATCH (n:Statement {articleId: articleId})
  DETACH DELETE n
}
CALL (articleId) {
  MATCH (n:Claim {articleId: articleId})
  DETACH DELETE n
}
CALL (art, articleId) {
  MATCH (art)-[:CITES]->(cited:Article {stub: true})
  WHERE cited.id STARTS WITH articleId + '/'
  DETACH DELETE cited
}
CALL (art, articleId) {
  MATCH (art)-[:REPORTS]->(ev:Event)
  WHERE COUNT { (ev)<-[:REPORTS]-(:Article) } = 1
  DETACH DELETE ev
}
CALL (art, articleId) {
  MATCH (art)-[r]->()
  DELETE r
}
