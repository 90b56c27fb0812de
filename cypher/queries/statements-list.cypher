// Purpose: a page of statement ids, newest first (undated last, then by
// article and position), filtered by speaker, actor talked about, and date.
// Without an actor the page is read in index order, so it costs its own rows
// however many statements the graph holds (every statement was collected and
// sorted before: 2.2 s for the first page at 1M edges):
// - dated statements off statement_date in its order, newest first: the
//   index gives the first key, so only each date's ties are sorted by the
//   rest of the order (a partial top), until skip + limit are read;
// - undated statements, needed only when the dated ones end before the page
//   does, off statement_article in article order (partially sorted by
//   position), at most skip + limit of them;
// - the total from the count store, or with a date range by counting that
//   range's index entries.
// A speaker's page is read the same way off schema/015's (speakerId, date)
// and (speakerId, articleId) indexes, its total the speaker's SAID degree
// (with a date range, the range's index entries). With an actor talked about
// and no speaker, the same again off schema/016's (actorId, date) and
// (actorId, articleId) indexes of the ABOUT edges, its total the actor's
// ABOUT degree or, with a date range, the range's index entries (a statement
// is about an actor once). With both, off schema/018's (speakerId, actorId,
// date) and (speakerId, actorId, articleId), its total their index entries
// (every statement about the hub by another hub was read to count them:
// 138 ms at 1M edges).
// Parameters: speaker, about (ids or null), since, until (ISO dates or null),
//   skip, limit. Columns: total, ids.
CALL () {
  WITH 1 AS anchor WHERE $speaker IS NULL AND $about IS NULL
  CALL () {
    MATCH (s:Statement)
    USING INDEX SEEK s:Statement(date)
    WHERE s.date >= coalesce(date($since), date('-999999999-01-01'))
      AND s.date <= coalesce(date($until), date('+999999999-12-31'))
    WITH s ORDER BY s.date DESC, s.articleId, s.start, s.id
    LIMIT $skip + $limit
    RETURN collect(s.id) AS dated
  }
  CALL (dated) {
    // the guard stands before its own CALL, so that a page the dated ones fill never starts the scan
    WITH dated WHERE $since IS NULL AND $until IS NULL AND size(dated) < $skip + $limit
    CALL () {
      MATCH (s:Statement)
      USING INDEX s:Statement(articleId)
      WHERE s.articleId IS NOT NULL AND s.date IS NULL
      WITH s ORDER BY s.articleId, s.start, s.id
      LIMIT $skip + $limit
      RETURN s.id AS id
    }
    RETURN collect(id) AS undated
  }
  CALL () {
    WITH 1 AS anchor WHERE $since IS NULL AND $until IS NULL
    RETURN COUNT { (:Statement) } AS total
    UNION
    WITH 1 AS anchor WHERE $since IS NOT NULL OR $until IS NOT NULL
    CALL () {
      MATCH (s:Statement)
      USING INDEX SEEK s:Statement(date)
      WHERE s.date >= coalesce(date($since), date('-999999999-01-01'))
        AND s.date <= coalesce(date($until), date('+999999999-12-31'))
      RETURN count(s) AS total
    }
    RETURN total
  }
  RETURN total, (dated + undated)[$skip..$skip + $limit] AS ids
  UNION
  WITH 1 AS anchor WHERE $speaker IS NOT NULL AND $about IS NULL
  CALL () {
    MATCH (s:Statement)
    USING INDEX SEEK s:Statement(speakerId, date)
    WHERE s.speakerId = $speaker
      AND s.date >= coalesce(date($since), date('-999999999-01-01'))
      AND s.date <= coalesce(date($until), date('+999999999-12-31'))
    WITH s ORDER BY s.speakerId DESC, s.date DESC, s.articleId, s.start, s.id
    LIMIT $skip + $limit
    RETURN collect(s.id) AS dated
  }
  CALL (dated) {
    WITH dated WHERE $since IS NULL AND $until IS NULL AND size(dated) < $skip + $limit
    CALL () {
      MATCH (s:Statement)
      USING INDEX s:Statement(speakerId, articleId)
      WHERE s.speakerId = $speaker AND s.articleId IS NOT NULL AND s.date IS NULL
      WITH s ORDER BY s.speakerId, s.articleId, s.start, s.id
      LIMIT $skip + $limit
      RETURN s.id AS id
    }
    RETURN collect(id) AS undated
  }
  CALL () {
    WITH 1 AS anchor WHERE $since IS NULL AND $until IS NULL
    OPTIONAL MATCH (speaker:Actor {id: $speaker})
    RETURN COUNT { (speaker)-[:SAID]->() } AS total
    UNION
    WITH 1 AS anchor WHERE $since IS NOT NULL OR $until IS NOT NULL
    CALL () {
      MATCH (s:Statement)
      USING INDEX SEEK s:Statement(speakerId, date)
      WHERE s.speakerId = $speaker
        AND s.date >= coalesce(date($since), date('-999999999-01-01'))
        AND s.date <= coalesce(date($until), date('+999999999-12-31'))
      RETURN count(s) AS total
    }
    RETURN total
  }
  RETURN total, (dated + undated)[$skip..$skip + $limit] AS ids
  UNION
  WITH 1 AS anchor WHERE $speaker IS NOT NULL AND $about IS NOT NULL
  CALL () {
    // r.speakerId and r.date are the statement's (schema/018, schema/016)
    MATCH (s:Statement)-[r:ABOUT]->()
    USING INDEX SEEK r:ABOUT(speakerId, actorId, date)
    WHERE r.speakerId = $speaker AND r.actorId = $about
      AND r.date >= coalesce(date($since), date('-999999999-01-01'))
      AND r.date <= coalesce(date($until), date('+999999999-12-31'))
    WITH s, r ORDER BY r.speakerId DESC, r.actorId DESC, r.date DESC, s.articleId, s.start, s.id
    LIMIT $skip + $limit
    RETURN collect(s.id) AS dated
  }
  CALL (dated) {
    WITH dated WHERE $since IS NULL AND $until IS NULL AND size(dated) < $skip + $limit
    CALL () {
      MATCH (s:Statement)-[r:ABOUT]->()
      USING INDEX r:ABOUT(speakerId, actorId, articleId)
      WHERE r.speakerId = $speaker AND r.actorId = $about AND r.articleId IS NOT NULL AND r.date IS NULL
      WITH r.articleId AS articleId, s ORDER BY r.speakerId, r.actorId, articleId, s.start, s.id
      LIMIT $skip + $limit
      RETURN s.id AS id
    }
    RETURN collect(id) AS undated
  }
  CALL () {
    WITH 1 AS anchor WHERE $since IS NULL AND $until IS NULL
    CALL () {
      MATCH ()-[r:ABOUT]->()
      USING INDEX SEEK r:ABOUT(speakerId, actorId, articleId)
      WHERE r.speakerId = $speaker AND r.actorId = $about AND r.articleId IS NOT NULL
      RETURN count(r) AS total
    }
    RETURN total
    UNION
    WITH 1 AS anchor WHERE $since IS NOT NULL OR $until IS NOT NULL
    CALL () {
      MATCH ()-[r:ABOUT]->()
      USING INDEX SEEK r:ABOUT(speakerId, actorId, date)
      WHERE r.speakerId = $speaker AND r.actorId = $about
        AND r.date >= coalesce(date($since), date('-999999999-01-01'))
        AND r.date <= coalesce(date($until), date('+999999999-12-31'))
      RETURN count(r) AS total
    }
    RETURN total
  }
  RETURN total, (dated + undated)[$skip..$skip + $limit] AS ids
  UNION
  WITH 1 AS anchor WHERE $speaker IS NULL AND $about IS NOT NULL
  CALL () {
    // r.date is s.date (schema/016), so the index's order is the list's first key
    MATCH (s:Statement)-[r:ABOUT]->()
    USING INDEX SEEK r:ABOUT(actorId, date)
    WHERE r.actorId = $about
      AND r.date >= coalesce(date($since), date('-999999999-01-01'))
      AND r.date <= coalesce(date($until), date('+999999999-12-31'))
    WITH s, r ORDER BY r.actorId DESC, r.date DESC, s.articleId, s.start, s.id
    LIMIT $skip + $limit
    RETURN collect(s.id) AS dated
  }
  CALL (dated) {
    WITH dated WHERE $since IS NULL AND $until IS NULL AND size(dated) < $skip + $limit
    CALL () {
      MATCH (s:Statement)-[r:ABOUT]->()
      USING INDEX r:ABOUT(actorId, articleId)
      WHERE r.actorId = $about AND r.articleId IS NOT NULL AND r.date IS NULL
      WITH r.articleId AS articleId, s ORDER BY r.actorId, articleId, s.start, s.id
      LIMIT $skip + $limit
      RETURN s.id AS id
    }
    RETURN collect(id) AS undated
  }
  CALL () {
    WITH 1 AS anchor WHERE $since IS NULL AND $until IS NULL
    OPTIONAL MATCH (about:Actor {id: $about})
    RETURN COUNT { (about)<-[:ABOUT]-() } AS total
    UNION
    WITH 1 AS anchor WHERE $since IS NOT NULL OR $until IS NOT NULL
    CALL () {
      MATCH ()-[r:ABOUT]->()
      USING INDEX SEEK r:ABOUT(actorId, date)
      WHERE r.actorId = $about
        AND r.date >= coalesce(date($since), date('-999999999-01-01'))
        AND r.date <= coalesce(date($until), date('+999999999-12-31'))
      RETURN count(r) AS total
    }
    RETURN total
  }
  RETURN total, (dated + undated)[$skip..$skip + $limit] AS ids
}
RETURN total, ids
