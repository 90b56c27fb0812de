// Purpose: remove everything these articles contributed (their relation edges,
// statements, claims, cited-article stubs, events no other article reports,
// and their own outgoing links) before they are written again. Shared actors and
// other articles' edges stay.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
MATCH (art:Article {id: articleId})
// Its relation edges, through the per-type indexes on articleId (schema/006),
// one branch per type, as import/remove-ties finds them.
CALL (articleId) {
  CALL (articleId) {
    MATCH (:Actor)-[r:MET {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:VISITED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:HOSTED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:NEGOTIATED_WITH {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:REASSURED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:SIGNED_AGREEMENT_WITH {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:SEEKS_COOPERATION_WITH {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:TRADES_WITH {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:ALIGNING_WITH {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:SUPPORTED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:RELATIONS_IMPROVING {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:MEMBER_OF {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:COMPLIES_WITH_SANCTIONS_AGAINST {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:SANCTIONED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:CRITICIZED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:REJECTED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:FAILED_TO_SUPPORT {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:DRIFTING_FROM {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:RELATIONS_WORSENING {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:LOSING_INFLUENCE_OVER {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:THREATENED {articleId: articleId}]->(:Actor) RETURN r
    UNION ALL
    MATCH (:Actor)-[r:INVADED {articleId: articleId}]->(:Actor) RETURN r
  }
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
