// Purpose: a page of (non-stub) article ids, newest first (undated last, then
// by id), by outlet and date.
// Without an outlet the page is read in index order, as statements-list reads
// its own (every article was collected and sorted before: 360 ms at 1M
// edges): dated articles off article_published in its order, each date's
// ties sorted by id; undated ones off the id constraint's index, only when
// the page reaches them; the total from the count store less
// the stubs (schema/014's article_stub holds only them), or with a date range
// by counting that range's index entries. With an outlet, only its articles
// are read and sorted.
// Parameters: outlet (id or null), since, until (ISO dates or null), skip, limit.
// Columns: total, ids.
CALL () {
  WITH 1 AS anchor WHERE $outlet IS NULL
  CALL () {
    MATCH (art:Article)
    USING INDEX SEEK art:Article(publishedAt)
    WHERE art.publishedAt >= coalesce(date($since), date('-999999999-01-01'))
      AND art.publishedAt <= coalesce(date($until), date('+999999999-12-31'))
      AND art.stub IS NULL
    WITH art ORDER BY art.publishedAt DESC, art.id
    LIMIT $skip + $limit
    RETURN collect(art.id) AS dated
  }
  CALL (dated) {
    // the guard stands before its own CALL, so that a page the dated ones fill never starts the scan
    WITH dated WHERE $since IS NULL AND $until IS NULL AND size(dated) < $skip + $limit
    CALL () {
      MATCH (art:Article)
      USING INDEX art:Article(id)
      WHERE art.id IS NOT NULL AND art.publishedAt IS NULL AND art.stub IS NULL
      WITH art ORDER BY art.id
      LIMIT $skip + $limit
      RETURN art.id AS id
    }
    RETURN collect(id) AS undated
  }
  CALL () {
    WITH 1 AS anchor WHERE $since IS NULL AND $until IS NULL
    RETURN COUNT { (:Article) } - COUNT { MATCH (stub:Article) WHERE stub.stub IS NOT NULL } AS total
    UNION
    WITH 1 AS anchor WHERE $since IS NOT NULL OR $until IS NOT NULL
    // index entries alone: a stub never has a publication date (import/write-articles dates imported articles only)
    CALL () {
      MATCH (art:Article)
      USING INDEX SEEK art:Article(publishedAt)
      WHERE art.publishedAt >= coalesce(date($since), date('-999999999-01-01'))
        AND art.publishedAt <= coalesce(date($until), date('+999999999-12-31'))
      RETURN count(art) AS total
    }
    RETURN total
  }
  RETURN total, (dated + undated)[$skip..$skip + $limit] AS ids
  UNION
  WITH 1 AS anchor WHERE $outlet IS NOT NULL
  CALL () {
    MATCH (art:Article)-[:PUBLISHED_BY]->(:Actor {id: $outlet})
    WHERE art.stub IS NULL
      AND ($since IS NULL OR art.publishedAt >= date($since))
      AND ($until IS NULL OR art.publishedAt <= date($until))
    WITH art ORDER BY art.publishedAt IS NULL, art.publishedAt DESC, art.id
    WITH collect(art.id) AS ordered
    RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
  }
  RETURN total, ids
}
RETURN total, ids
