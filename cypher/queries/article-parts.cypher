// Purpose: what several articles contain, as ids: mentioned actors, statements
// and claims in text order, cited articles.
// Parameters: ids (article ids). Columns: key, actorIds, statementIds, claimIds, citedIds.
UNWIND $ids AS id
MATCH (art:Article {id: id})
RETURN id AS key,
  COLLECT { MATCH (art)-[:MENTIONS]->(a:Actor) RETURN a.id ORDER BY a.name, a.id } AS actorIds,
  COLLECT { MATCH (s:Statement {articleId: art.id}) RETURN s.id ORDER BY s.start } AS statementIds,
  COLLECT { MATCH (c:Claim {articleId: art.id}) RETURN c.id ORDER BY c.start, c.id } AS claimIds,
  COLLECT { MATCH (art)-[:CITES]->(cited:Article) RETURN cited.id ORDER BY cited.id } AS citedIds
