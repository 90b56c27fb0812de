// Purpose (baseline for bench/remove-article.ts, as import/remove-ties was before
// the per-type articleId indexes): take these articles' relation edges out of the actor-to-actor
// projection before delete-articles-content removes the edges themselves (same
// transaction). Grouped per tie across the whole batch, as add-ties groups them.
// A tie left with no assertion goes, with its count on its pair's TIED; a tie that lost its first or last date
// has both recomputed from the edges that stay, so the projection stays exact.
// Parameters: articleIds (list). Columns: none.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
WHERE r.articleId = articleId
WITH s, t, type(r) AS type, count(r) AS n, count(DISTINCT r.articleId) AS sources, sum(r.polarity) AS polaritySum,
     sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.5 ELSE 0.0 END) AS score,
     min(coalesce(r.date, r.reportedAt)) AS first, max(coalesce(r.date, r.reportedAt)) AS last
MATCH (s)-[tie:$('TIE_' + type)]->(t)
SET tie.count = tie.count - n, tie.sources = tie.sources - sources,
    tie.polaritySum = tie.polaritySum - polaritySum, tie.score = tie.score - score
WITH s, t, type, tie, first, last
CALL (s, t, type, tie, first, last) {
  WITH s, t, type, tie, first, last
  WHERE tie.count > 0 AND (first <= tie.firstDate OR last >= tie.lastDate)
  MATCH (s)-[e:$(type)]->(t)
  WHERE NOT e.articleId IN $articleIds
  WITH tie, min(coalesce(e.date, e.reportedAt)) AS f, max(coalesce(e.date, e.reportedAt)) AS l
  SET tie.firstDate = f, tie.lastDate = l
}
CALL (s, t, tie) {
  WITH s, t, tie, tie.dyad AS dyad WHERE tie.count <= 0
  DELETE tie
  // the pair's TIED count, as import/remove-ties keeps it (the same work on both sides)
  WITH dyad, s <> t AS between WHERE between
  MATCH ()-[pair:TIED]->() USING INDEX pair:TIED(dyad) WHERE pair.dyad = dyad
  SET pair.ties = pair.ties - 1
  WITH pair WHERE pair.ties <= 0
  DELETE pair
}
