// A page of the statements about an actor, newest first, read in index order,
// so that statements(about:) costs its page's rows, not the actor's degree (a
// hub is talked about in 35,782 statements at 1M edges: 209 ms).
// Each ABOUT edge carries the actor's id (actorId) and its statement's date
// and articleId: the importer writes them with the edge
// (import/write-articles), and a merge or split that moves the edge sets
// actorId (identity/move-relationships). Dated statements are read off
// (actorId, date), newest first; undated ones, which sort last by article and
// position, off (actorId, articleId).
// A statement is about an actor once: older imports could write two ABOUT
// edges when an article named the actor twice, so the first backfill keeps
// one of each. The second fills the properties where they are missing, in
// batches of 10,000; run again, both find nothing to do.
MATCH (s:Statement)-[r:ABOUT]->(x)
WITH s, x, collect(r) AS edges
WHERE size(edges) > 1
  CALL (edges) {
    UNWIND tail(edges) AS extra
    DELETE extra
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s:Statement)-[r:ABOUT]->(x) WHERE r.actorId IS NULL
  CALL (s, r, x) {
    SET r.actorId = x.id, r.date = s.date, r.articleId = s.articleId
  } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX about_actor_date IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.actorId, r.date);
CREATE INDEX about_actor_article IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.actorId, r.articleId);
