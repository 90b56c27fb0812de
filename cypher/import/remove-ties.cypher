// Purpose: take these articles' relation edges out of the actor-to-actor
// projection before delete-articles-content removes the edges themselves (same
// transaction). Grouped per tie across the whole batch, as add-ties groups them.
// A tie left with no assertion goes, and counts off its pair's TIED (schema/013,
// gone with the pair's last tie); a tie that lost its first or last date
// has both recomputed from the edges that stay, so the projection stays exact.
// The edges are found through the per-type indexes on articleId (schema/006),
// not by walking every relationship of every actor the article mentions (a
// hub's tens of thousands per article). Types are spelled out, one branch each:
// an index seek needs one type, and Neo4j 5.26 plans a dynamic type ($(type))
// as a walk over every relationship between the two actors, evidence included.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
CALL (articleId) {
  MATCH (s:Actor)-[r:MET {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:VISITED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:HOSTED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:NEGOTIATED_WITH {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:REASSURED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:SIGNED_AGREEMENT_WITH {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:SEEKS_COOPERATION_WITH {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:TRADES_WITH {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:ALIGNING_WITH {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:SUPPORTED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:RELATIONS_IMPROVING {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:MEMBER_OF {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:COMPLIES_WITH_SANCTIONS_AGAINST {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:SANCTIONED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:CRITICIZED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:REJECTED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:FAILED_TO_SUPPORT {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:DRIFTING_FROM {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:RELATIONS_WORSENING {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:LOSING_INFLUENCE_OVER {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:THREATENED {articleId: articleId}]->(t:Actor) RETURN s, r, t
  UNION ALL
  MATCH (s:Actor)-[r:INVADED {articleId: articleId}]->(t:Actor) RETURN s, r, t
}
WITH s, t, type(r) AS type, count(r) AS n, count(DISTINCT r.articleId) AS sources, sum(r.polarity) AS polaritySum,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS score,
     min(coalesce(r.date, r.reportedAt)) AS first, max(coalesce(r.date, r.reportedAt)) AS last
CALL (s, t, type) {
  WITH s, t WHERE type = 'MET' MATCH (s)-[tie:TIE_MET]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'VISITED' MATCH (s)-[tie:TIE_VISITED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'HOSTED' MATCH (s)-[tie:TIE_HOSTED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'NEGOTIATED_WITH' MATCH (s)-[tie:TIE_NEGOTIATED_WITH]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'REASSURED' MATCH (s)-[tie:TIE_REASSURED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'SIGNED_AGREEMENT_WITH' MATCH (s)-[tie:TIE_SIGNED_AGREEMENT_WITH]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'SEEKS_COOPERATION_WITH' MATCH (s)-[tie:TIE_SEEKS_COOPERATION_WITH]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'TRADES_WITH' MATCH (s)-[tie:TIE_TRADES_WITH]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'ALIGNING_WITH' MATCH (s)-[tie:TIE_ALIGNING_WITH]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'SUPPORTED' MATCH (s)-[tie:TIE_SUPPORTED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'RELATIONS_IMPROVING' MATCH (s)-[tie:TIE_RELATIONS_IMPROVING]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'MEMBER_OF' MATCH (s)-[tie:TIE_MEMBER_OF]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'COMPLIES_WITH_SANCTIONS_AGAINST' MATCH (s)-[tie:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'SANCTIONED' MATCH (s)-[tie:TIE_SANCTIONED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'CRITICIZED' MATCH (s)-[tie:TIE_CRITICIZED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'REJECTED' MATCH (s)-[tie:TIE_REJECTED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'FAILED_TO_SUPPORT' MATCH (s)-[tie:TIE_FAILED_TO_SUPPORT]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'DRIFTING_FROM' MATCH (s)-[tie:TIE_DRIFTING_FROM]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'RELATIONS_WORSENING' MATCH (s)-[tie:TIE_RELATIONS_WORSENING]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'LOSING_INFLUENCE_OVER' MATCH (s)-[tie:TIE_LOSING_INFLUENCE_OVER]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'THREATENED' MATCH (s)-[tie:TIE_THREATENED]->(t) RETURN tie
  UNION ALL
  WITH s, t WHERE type = 'INVADED' MATCH (s)-[tie:TIE_INVADED]->(t) RETURN tie
}
SET tie.count = tie.count - n, tie.sources = tie.sources - sources,
    tie.polaritySum = tie.polaritySum - polaritySum, tie.score = tie.score - score
WITH s, t, type, tie, first, last
CALL (s, t, type, tie, first, last) {
  WITH s, t, type, tie, first, last
  WHERE tie.count > 0 AND (first <= tie.firstDate OR last >= tie.lastDate)
  CALL (s, t, type) {
    WITH s, t WHERE type = 'MET' MATCH (s)-[e:MET]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'VISITED' MATCH (s)-[e:VISITED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'HOSTED' MATCH (s)-[e:HOSTED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'NEGOTIATED_WITH' MATCH (s)-[e:NEGOTIATED_WITH]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'REASSURED' MATCH (s)-[e:REASSURED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'SIGNED_AGREEMENT_WITH' MATCH (s)-[e:SIGNED_AGREEMENT_WITH]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'SEEKS_COOPERATION_WITH' MATCH (s)-[e:SEEKS_COOPERATION_WITH]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'TRADES_WITH' MATCH (s)-[e:TRADES_WITH]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'ALIGNING_WITH' MATCH (s)-[e:ALIGNING_WITH]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'SUPPORTED' MATCH (s)-[e:SUPPORTED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'RELATIONS_IMPROVING' MATCH (s)-[e:RELATIONS_IMPROVING]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'MEMBER_OF' MATCH (s)-[e:MEMBER_OF]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'COMPLIES_WITH_SANCTIONS_AGAINST' MATCH (s)-[e:COMPLIES_WITH_SANCTIONS_AGAINST]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'SANCTIONED' MATCH (s)-[e:SANCTIONED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'CRITICIZED' MATCH (s)-[e:CRITICIZED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'REJECTED' MATCH (s)-[e:REJECTED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'FAILED_TO_SUPPORT' MATCH (s)-[e:FAILED_TO_SUPPORT]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'DRIFTING_FROM' MATCH (s)-[e:DRIFTING_FROM]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'RELATIONS_WORSENING' MATCH (s)-[e:RELATIONS_WORSENING]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'LOSING_INFLUENCE_OVER' MATCH (s)-[e:LOSING_INFLUENCE_OVER]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'THREATENED' MATCH (s)-[e:THREATENED]->(t) RETURN e
    UNION ALL
    WITH s, t WHERE type = 'INVADED' MATCH (s)-[e:INVADED]->(t) RETURN e
  }
  WITH tie, e
  WHERE NOT e.articleId IN $articleIds
  WITH tie, min(coalesce(e.date, e.reportedAt)) AS f, max(coalesce(e.date, e.reportedAt)) AS l
  SET tie.firstDate = f, tie.lastDate = l
}
CALL (s, t, tie) {
  WITH s, t, tie, tie.dyad AS dyad WHERE tie.count <= 0
  DELETE tie
  // one tie fewer on the pair's TIED (schema/013), which goes with the pair's last tie
  WITH dyad, s <> t AS between WHERE between
  MATCH ()-[pair:TIED]->() USING INDEX pair:TIED(dyad) WHERE pair.dyad = dyad
  SET pair.ties = pair.ties - 1
  WITH pair WHERE pair.ties <= 0
  DELETE pair
}
