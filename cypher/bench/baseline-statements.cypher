// Purpose: the import benchmark's baseline, part 2: statements with speaker,
// article and about edges, for a batch of articles.
// Parameters: statements (StatementRow list with articleId). Columns: none.
UNWIND $statements AS s
MATCH (art:Article {id: s.articleId})
MATCH (speaker:Actor {id: s.speakerId})
CREATE (st:Statement {id: s.id})
SET st.text = s.text, st.direct = s.direct, st.date = date(s.date), st.confidence = s.confidence, st.articleId = s.articleId, st.sentenceIndex = toInteger(s.sentenceIndex),
    st.start = toInteger(s.start), st.end = toInteger(s.end), st.speakerId = speaker.id
CREATE (st)-[:IN_ARTICLE]->(art)
CREATE (speaker)-[:SAID]->(st)
WITH st, s
UNWIND s.aboutIds AS aid
MATCH (x:Actor {id: aid})
CREATE (st)-[:ABOUT {actorId: x.id, speakerId: st.speakerId, date: st.date, articleId: s.articleId}]->(x)
