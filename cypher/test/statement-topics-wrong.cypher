// Purpose: test check for schema/016 and 018: every ABOUT edge carries its
// actor's id and its statement's speaker, date and article, and a statement is
// about an actor at most once. Parameters: none. Columns: edges (how many
// were checked), wrong (the edges that differ, as [statement id, actorId,
// actor id]), repeated (statements with two edges to one actor, as
// [statement id, actor id]).
MATCH (s:Statement)-[r:ABOUT]->(x)
WITH s, x, collect(r) AS rs
UNWIND rs AS r
WITH s, x, rs, r,
     r.actorId = x.id AND r.articleId = s.articleId
       AND coalesce(r.speakerId = s.speakerId, r.speakerId IS NULL AND s.speakerId IS NULL)
       AND coalesce(r.date = s.date, r.date IS NULL AND s.date IS NULL) AS right
WITH count(r) AS edges,
     collect(CASE WHEN NOT coalesce(right, false) THEN [s.id, r.actorId, x.id] END) AS wrong,
     collect(DISTINCT CASE WHEN size(rs) > 1 THEN [s.id, x.id] END) AS repeated
RETURN edges, wrong, repeated
