// Purpose: full-text search over statement and claim wording, best first.
// Both halves are Lucene top-k reads (queryNodes' skip/limit options), so
// neither streams every hit through Cypher (a common phrase matches most of
// the graph: 1,083,342 hits at 1M edges, read twice, took 540 ms):
// - the page is the Lucene top $skip + $limit by score, equal scores in the
//   index's own order, the same on every page while the index is unchanged;
// - the total counts hits up to $countLimit + 1 only: above $countLimit it is
//   reported as $countLimit with totalIsLowerBound (Elasticsearch's
//   track_total_hits: exact up to 10,000, then "at least"). It reads the same
//   query boosted by 0, which matches the same hits with every score 0:
//   Neo4j's top-k collector (a limit makes it ask Lucene for TOP_SCORES) then
//   raises the competitive score above 0 once it holds $countLimit + 1 hits,
//   and Lucene skips every later hit, so its cost no longer grows with the
//   index. Scored, the same read kept looking for better hits than those it
//   held (at 1M edges about twice the CPU; docs/benchmarks.md).
// The page asks Lucene for one hit more than it shows, which says whether a
// next page exists when the total is only a lower bound.
// Parameters: query (escaped Lucene query), skip, limit, countLimit.
// Columns: total (at most countLimit), totalIsLowerBound, hasMore, hits (list of {id, kind, score}).
CALL () {
  CALL db.index.fulltext.queryNodes('utterance_text', '(' + $query + ')^0', {limit: $countLimit + 1}) YIELD score
  RETURN count(score) AS counted
}
CALL () {
  CALL db.index.fulltext.queryNodes('utterance_text', $query, {skip: $skip, limit: $limit + 1}) YIELD node, score
  RETURN collect({id: node.id, kind: CASE WHEN node:Statement THEN 'Statement' ELSE 'Claim' END, score: score}) AS found
}
RETURN CASE WHEN counted > $countLimit THEN $countLimit ELSE counted END AS total,
       counted > $countLimit AS totalIsLowerBound,
       size(found) > $limit AS hasMore,
       found[..$limit] AS hits
