// Purpose: write resolved articles (ArticlePlans), a batch in one round trip:
// each article, its actors, mentions, citations, events, statements, claims
// and the relation edges between actors, each edge carrying its provenance.
// Relationship types and actor labels come from Entente's vocabulary, checked
// in code before they get here. An article's own outgoing links are CREATEd:
// delete-articles-content has removed them (or the article is new), and MERGE
// would scan the relationships of popular actors such as Russia. A relation
// edge also stores its dyad (its ends' ids, ordered, joined by '|') and its
// effectiveDate (its date, else the article's; an undated edge gets the last
// date Neo4j has, so it sorts last and stays in the index): schema/008 indexes
// them per type, and queries/relation-timeline reads a dyad's page through them.
// It stores its ends' ids too (sourceId, targetId): schema/012 indexes each
// with effectiveDate, and queries/relations-of-actors reads an actor's newest
// edges in a date range through them.
// A claim stores sortDate (its date, else the earliest date, so an undated
// claim sorts last and stays in schema/011's indexes) for claims-list's pages,
// and a statement its speaker's id (speakerId), which schema/015 indexes with
// the date and the article for statements-list's pages of one speaker; each
// of its ABOUT edges carries the actor's id, the statement's date and article,
// which schema/016 indexes for the pages of statements about an actor.
// Parameters: articles, a list of {article, planHash, actors, ownActors,
//   mentionIds, citations, events, statements, claims, edges}
//   (see src/ingest/plan-types.ts). Columns: none.
UNWIND $articles AS p
MERGE (art:Article {id: p.article.id})
SET art.url = p.article.url,
    art.title = p.article.title,
    art.language = p.article.language,
    art.text = p.article.text,
    art.textHash = p.article.textHash,
    art.sentences = p.article.sentences,
    art.publishedAt = date(p.article.publishedAt),
    art.planHash = p.planHash,
    art.extracted = p.article.extracted,
    art.reviewed = p.article.reviewed,
    art.stub = null
WITH art, p
// Gazetteer actors are kept current by sync-gazetteer; here an actor is only
// created when missing, so popular actors are not rewritten by every article.
CALL (art, p) {
  UNWIND p.actors AS a
  MERGE (x:Actor {id: a.id})
  ON CREATE SET x:$(a.kind),
      x.kind = a.kind,
      x.name = a.name,
      x.aliases = a.aliases,
      x.nameKey = a.nameKey,
      x.aliasKeys = a.aliasKeys,
      x.searchText = a.searchText,
      x.wikidataId = a.wikidataId,
      x.confidence = a.confidence
}
// An article's own actors (not in the gazetteer) follow the article's latest version.
CALL (art, p) {
  UNWIND p.ownActors AS a
  MATCH (x:Actor {id: a.id})
  SET x.name = a.name, x.aliases = a.aliases, x.nameKey = a.nameKey, x.aliasKeys = a.aliasKeys, x.searchText = a.searchText, x.wikidataId = a.wikidataId,
      x.confidence = a.confidence
}
CALL (art, p) {
  MATCH (outlet:Actor {id: p.article.outletId})
  CREATE (art)-[:PUBLISHED_BY]->(outlet)
}
CALL (art, p) {
  MATCH (author:Actor {id: p.article.authorId})
  CREATE (art)-[:WRITTEN_BY]->(author)
}
CALL (art, p) {
  UNWIND p.mentionIds AS id
  MATCH (x:Actor {id: id})
  CREATE (art)-[:MENTIONS]->(x)
}
CALL (art, p) {
  UNWIND p.citations AS c
  MERGE (cited:Article {id: c.id})
  ON CREATE SET cited.stub = true
  SET cited.title = c.title, cited.url = c.url
  CREATE (art)-[:CITES]->(cited)
  WITH cited, c
  CALL (cited, c) {
    MATCH (outlet:Actor {id: c.outletId})
    MERGE (cited)-[:PUBLISHED_BY]->(outlet)
  }
  CALL (cited, c) {
    MATCH (author:Actor {id: c.authorId})
    MERGE (cited)-[:WRITTEN_BY]->(author)
  }
}
CALL (art, p) {
  UNWIND p.events AS e
  MERGE (ev:Event {id: e.id})
  SET ev.kind = e.kind, ev.name = e.name, ev.date = date(e.date)
  CREATE (art)-[:REPORTS]->(ev)
  WITH ev, e
  CALL (ev, e) {
    MATCH (place:Actor {id: e.placeId})
    MERGE (ev)-[:HELD_IN]->(place)
  }
  CALL (ev, e) {
    UNWIND e.participantIds AS pid
    MATCH (p:Actor {id: pid})
    MERGE (p)-[:PARTICIPATED_IN]->(ev)
  }
}
CALL (art, p) {
  UNWIND p.statements AS s
  CREATE (st:Statement {id: s.id})
  SET st.text = s.text, st.direct = s.direct, st.date = date(s.date), st.articleId = art.id,
      st.sentenceIndex = toInteger(s.sentenceIndex), st.start = toInteger(s.start), st.end = toInteger(s.end),
      st.confidence = s.confidence
  CREATE (st)-[:IN_ARTICLE]->(art)
  WITH st, s
  CALL (st, s) {
    MATCH (speaker:Actor {id: s.speakerId})
    CREATE (speaker)-[:SAID]->(st)
    SET st.speakerId = speaker.id
  }
  CALL (st, s) {
    MATCH (ev:Event {id: s.occasionId})
    CREATE (st)-[:AT_EVENT]->(ev)
  }
  CALL (st, s) {
    MATCH (medium:Actor {id: s.mediumId})
    CREATE (st)-[:VIA_MEDIUM]->(medium)
  }
  CALL (st, s) {
    UNWIND s.aboutIds AS aid
    MATCH (x:Actor {id: aid})
    CREATE (st)-[:ABOUT {actorId: x.id, speakerId: st.speakerId, date: st.date, articleId: st.articleId}]->(x)
  }
}
CALL (art, p) {
  UNWIND p.claims AS c
  CREATE (cl:Claim {id: c.id})
  SET cl.text = c.text, cl.predicate = c.predicate, cl.modality = c.modality, cl.date = date(c.date),
      cl.sortDate = coalesce(date(c.date), date('-999999999-01-01')),
      cl.articleId = art.id, cl.sentenceIndex = toInteger(c.sentenceIndex), cl.start = toInteger(c.start), cl.end = toInteger(c.end),
      cl.confidence = c.confidence
  CREATE (cl)-[:IN_ARTICLE]->(art)
  WITH cl, c
  MATCH (claimant:Actor {id: c.claimantId})
  MATCH (subject:Actor {id: c.subjectId})
  MATCH (object:Actor {id: c.objectId})
  CREATE (claimant)-[:CLAIMED]->(cl)
  CREATE (cl)-[:SUBJECT]->(subject)
  CREATE (cl)-[:OBJECT]->(object)
  SET cl.claimantId = claimant.id, cl.subjectId = subject.id, cl.objectId = object.id
  WITH cl, c
  CALL (cl, c) {
    MATCH (st:Statement {id: c.statementId})
    CREATE (cl)-[:STATED_IN]->(st)
  }
  CALL (cl, c) {
    UNWIND range(0, size(c.viaIds) - 1) AS position
    MATCH (via:Actor {id: c.viaIds[position]})
    CREATE (cl)-[:REPORTED_VIA {position: position}]->(via)
  }
}
CALL (art, p) {
  UNWIND p.edges AS e
  MATCH (source:Actor {id: e.sourceId})
  MATCH (target:Actor {id: e.targetId})
  MATCH (asserter:Actor {id: e.assertedBy})
  CREATE (source)-[r:$(e.type)]->(target)
  SET r.id = e.id, r.articleId = art.id, r.claimId = e.claimId, r.statementId = e.statementId,
      r.eventId = e.eventId, r.assertedBy = e.assertedBy, r.assertedByName = asserter.name,
      r.modality = e.modality, r.polarity = e.polarity, r.date = date(e.date),
      r.reportedAt = art.publishedAt, r.sentenceIndex = toInteger(e.sentenceIndex),
      r.start = toInteger(e.start), r.end = toInteger(e.end), r.evidence = e.evidence,
      r.confidence = e.confidence,
      r.dyad = CASE WHEN source.id < target.id THEN source.id + '|' + target.id ELSE target.id + '|' + source.id END,
      r.effectiveDate = coalesce(date(e.date), art.publishedAt, date('+999999999-12-31')),
      r.sourceId = source.id, r.targetId = target.id
}
