// Purpose: the oracle for queries/relations-of-actors: the statement as it was
// before its edges were read through the edges' own (sourceId|targetId,
// effectiveDate) indexes (schema/012), kept word for word below this note. It
// reads each tie that reaches the page's floor and that tie's edges through
// the (dyad, effectiveDate) index; test/graph/relation-pages.test.ts compares
// the two page for page. Same parameters and columns.
//
// Purpose: the relation edges of several actors at once (one round trip for
// a whole list of actors), newest first, filtered by type, direction,
// counterpart and date (the event date, else the report date).
// A hub has tens of thousands of ties (40,624 at 1M edges); the page reads a
// number of them bounded by the page, through the per-type indexes on each
// tie's ends and last date (schema/007: TIE_<TYPE>(sourceId, lastDate) and
// (targetId, lastDate)):
// 1. floor: every tie whose last date lies in the range holds an edge on that
//    date, so the $first-th newest such last date is a floor the page cannot
//    go below. Each type and direction gives at most $first last dates, newest
//    first, straight from its index (index order, then LIMIT: the ORDER BY
//    names both index properties, which is what lets the planner use the
//    index's order instead of sorting every tie of the hub); a tie from the
//    actor to itself, found from both ends, counts once;
// 2. the ties that reach the floor (lastDate >= floor): again index seeks,
//    fewer than $first ties above the floor plus those on it;
// 3. their edges on or after the floor, newest first, $first of them: each
//    tie's edges through its type's (dyad, effectiveDate) index (schema/008;
//    effectiveDate is the event date, else the report date, as the page
//    orders), from the newest down to the floor, at most $first per tie
//    (index order, only edges sharing a date sorted by id), keeping those of
//    the tie's direction (the dyad key names both directions). Expanding
//    between the two actors instead read every edge of a hub dyad (19,080 db
//    hits at 1M edges against 1,498 now; see docs/benchmarks.md). Undated
//    edges (effectiveDate is the far-future sentinel) are a second band, read
//    only when they can be on the page: no floor, no `since`, no `until`.
// With a counterpart, the ties between the two actors (at most one per type
// and direction) are read directly instead, by their dyad key (below). When fewer than $first ties have
// a last date in the range there is no floor and every tie in range is read,
// plus, with no `since`, the ties with no date at all (by expansion: the
// actor has fewer than $first dated ties then, unless `until` cut them off).
// Relationship types are spelled out, one branch each (an index covers one
// type, and Neo4j 5.26 plans $any() / $(type) as a filter over every
// relationship of a node); a unit test keeps the lists in step.
// Parameters: ids, types (vocabulary names), direction (OUTGOING|INCOMING|BOTH),
//   counterpart (id or null), since, until (ISO dates or null), first.
// Columns: key (actor id), actor (its map), items (relation maps), actors (the maps of the actors the items
//   name: both ends and the reporter, each once).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, coalesce(date($since), date('0001-01-01')) AS lo, coalesce(date($until), date('9999-12-31')) AS hi,
     [t IN $types | 'TIE_' + t] AS tieTypes
// With a counterpart, the ties between the two actors: a seek of each tie
// type's (dyad) index with the pair's dyad key (at most two ties a type, one
// each way), not an expansion of the actor's ties, which read every tie of a
// hub (33,171 hits at 1M edges, three times over: floor, reach, undated).
CALL (a) {
  WITH a WHERE $counterpart IS NOT NULL
  WITH a, CASE WHEN a.id < $counterpart THEN a.id + '|' + $counterpart ELSE $counterpart + '|' + a.id END AS key
  CALL (key) {
    MATCH ()-[t:TIE_MET]->() USING INDEX t:TIE_MET(dyad) WHERE 'MET' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_VISITED]->() USING INDEX t:TIE_VISITED(dyad) WHERE 'VISITED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_HOSTED]->() USING INDEX t:TIE_HOSTED(dyad) WHERE 'HOSTED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() USING INDEX t:TIE_NEGOTIATED_WITH(dyad) WHERE 'NEGOTIATED_WITH' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_REASSURED]->() USING INDEX t:TIE_REASSURED(dyad) WHERE 'REASSURED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() USING INDEX t:TIE_SIGNED_AGREEMENT_WITH(dyad) WHERE 'SIGNED_AGREEMENT_WITH' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() USING INDEX t:TIE_SEEKS_COOPERATION_WITH(dyad) WHERE 'SEEKS_COOPERATION_WITH' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_TRADES_WITH]->() USING INDEX t:TIE_TRADES_WITH(dyad) WHERE 'TRADES_WITH' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_ALIGNING_WITH]->() USING INDEX t:TIE_ALIGNING_WITH(dyad) WHERE 'ALIGNING_WITH' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SUPPORTED]->() USING INDEX t:TIE_SUPPORTED(dyad) WHERE 'SUPPORTED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() USING INDEX t:TIE_RELATIONS_IMPROVING(dyad) WHERE 'RELATIONS_IMPROVING' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_MEMBER_OF]->() USING INDEX t:TIE_MEMBER_OF(dyad) WHERE 'MEMBER_OF' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST(dyad) WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SANCTIONED]->() USING INDEX t:TIE_SANCTIONED(dyad) WHERE 'SANCTIONED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_CRITICIZED]->() USING INDEX t:TIE_CRITICIZED(dyad) WHERE 'CRITICIZED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_REJECTED]->() USING INDEX t:TIE_REJECTED(dyad) WHERE 'REJECTED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() USING INDEX t:TIE_FAILED_TO_SUPPORT(dyad) WHERE 'FAILED_TO_SUPPORT' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_DRIFTING_FROM]->() USING INDEX t:TIE_DRIFTING_FROM(dyad) WHERE 'DRIFTING_FROM' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() USING INDEX t:TIE_RELATIONS_WORSENING(dyad) WHERE 'RELATIONS_WORSENING' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() USING INDEX t:TIE_LOSING_INFLUENCE_OVER(dyad) WHERE 'LOSING_INFLUENCE_OVER' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_THREATENED]->() USING INDEX t:TIE_THREATENED(dyad) WHERE 'THREATENED' IN $types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_INVADED]->() USING INDEX t:TIE_INVADED(dyad) WHERE 'INVADED' IN $types AND t.dyad = key RETURN t
  }
  WITH a, t WHERE $direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(t) = a) OR ($direction = 'INCOMING' AND endNode(t) = a)
  RETURN collect(t) AS pair
}
CALL (a, id, lo, hi, tieTypes, pair) {
  CALL (a, id, lo, hi, tieTypes, pair) {
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MET' IN $types
    MATCH ()-[t:TIE_MET]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MET' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MET' IN $types
    MATCH ()-[t:TIE_MET]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MET' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'VISITED' IN $types
    MATCH ()-[t:TIE_VISITED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'VISITED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'VISITED' IN $types
    MATCH ()-[t:TIE_VISITED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'VISITED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'HOSTED' IN $types
    MATCH ()-[t:TIE_HOSTED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'HOSTED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'HOSTED' IN $types
    MATCH ()-[t:TIE_HOSTED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'HOSTED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $types
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $types
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REASSURED' IN $types
    MATCH ()-[t:TIE_REASSURED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REASSURED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REASSURED' IN $types
    MATCH ()-[t:TIE_REASSURED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REASSURED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $types
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $types
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $types
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $types
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'TRADES_WITH' IN $types
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'TRADES_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'TRADES_WITH' IN $types
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'TRADES_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $types
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $types
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SUPPORTED' IN $types
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SUPPORTED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $types
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $types
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SANCTIONED' IN $types
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SANCTIONED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'CRITICIZED' IN $types
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'CRITICIZED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REJECTED' IN $types
    MATCH ()-[t:TIE_REJECTED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REJECTED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REJECTED' IN $types
    MATCH ()-[t:TIE_REJECTED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REJECTED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $types
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $types
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $types
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $types
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $types
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $types
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $types
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $types
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'THREATENED' IN $types
    MATCH ()-[t:TIE_THREATENED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'THREATENED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'THREATENED' IN $types
    MATCH ()-[t:TIE_THREATENED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'THREATENED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'INVADED' IN $types
    MATCH ()-[t:TIE_INVADED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'INVADED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH id, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'INVADED' IN $types
    MATCH ()-[t:TIE_INVADED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'INVADED' IN $types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH pair, lo, hi WHERE $counterpart IS NOT NULL
    UNWIND pair AS t
    WITH t WHERE t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d
  }
  // A tie from the actor to itself (left by a merge) is found from both of its ends; it counts once.
  WITH DISTINCT t, d ORDER BY d DESC
  RETURN collect(d)[$first - 1] AS floor
}
CALL (a, id, lo, hi, tieTypes, floor, pair) {
  CALL (a, id, lo, hi, tieTypes, floor, pair) {
    WITH a, id, coalesce(floor, lo) AS reach, hi, tieTypes, pair
    CALL (a, id, reach, hi, tieTypes, pair) {
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MET' IN $types
      MATCH ()-[t:TIE_MET]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MET' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MET' IN $types
      MATCH ()-[t:TIE_MET]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MET' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'VISITED' IN $types
      MATCH ()-[t:TIE_VISITED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'VISITED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'VISITED' IN $types
      MATCH ()-[t:TIE_VISITED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'VISITED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'HOSTED' IN $types
      MATCH ()-[t:TIE_HOSTED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'HOSTED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'HOSTED' IN $types
      MATCH ()-[t:TIE_HOSTED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'HOSTED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $types
      MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $types
      MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REASSURED' IN $types
      MATCH ()-[t:TIE_REASSURED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REASSURED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REASSURED' IN $types
      MATCH ()-[t:TIE_REASSURED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REASSURED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $types
      MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $types
      MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $types
      MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $types
      MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'TRADES_WITH' IN $types
      MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'TRADES_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'TRADES_WITH' IN $types
      MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'TRADES_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $types
      MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $types
      MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SUPPORTED' IN $types
      MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SUPPORTED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types
      MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $types
      MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $types
      MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types
      MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types
      MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
      MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
      MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SANCTIONED' IN $types
      MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SANCTIONED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types
      MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'CRITICIZED' IN $types
      MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'CRITICIZED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types
      MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REJECTED' IN $types
      MATCH ()-[t:TIE_REJECTED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REJECTED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REJECTED' IN $types
      MATCH ()-[t:TIE_REJECTED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REJECTED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $types
      MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $types
      MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $types
      MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $types
      MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $types
      MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $types
      MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $types
      MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $types
      MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'THREATENED' IN $types
      MATCH ()-[t:TIE_THREATENED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'THREATENED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'THREATENED' IN $types
      MATCH ()-[t:TIE_THREATENED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'THREATENED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'INVADED' IN $types
      MATCH ()-[t:TIE_INVADED]->() WHERE t.sourceId = CASE WHEN $counterpart IS NULL AND $direction <> 'INCOMING' AND 'INVADED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH id, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'INVADED' IN $types
      MATCH ()-[t:TIE_INVADED]->() WHERE t.targetId = CASE WHEN $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'INVADED' IN $types THEN id END AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH pair, reach, hi WHERE $counterpart IS NOT NULL
      UNWIND pair AS t
      WITH t WHERE t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    }
    RETURN t
    UNION ALL
    // No floor and no `since`: the ties with no date are in range too.
    WITH a, tieTypes WHERE floor IS NULL AND $since IS NULL AND $counterpart IS NULL
    MATCH (a)-[t:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(b:Actor)
    WHERE t.lastDate IS NULL AND type(t) IN tieTypes
      AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(t) = a) OR ($direction = 'INCOMING' AND endNode(t) = a))
    RETURN t
    UNION ALL
    WITH pair WHERE floor IS NULL AND $since IS NULL AND $counterpart IS NOT NULL
    UNWIND pair AS t
    WITH t WHERE t.lastDate IS NULL
    RETURN t
  }
  // A tie from an actor to itself (left by a merge) is found from both of its ends.
  RETURN collect(DISTINCT t) AS ties
}
CALL (ties, floor, lo, hi) {
  WITH ties, [[coalesce(floor, lo), hi]] +
    CASE WHEN floor IS NULL AND $since IS NULL AND $until IS NULL
      THEN [[date('+999999999-12-31'), date('+999999999-12-31')]] ELSE [] END AS bands
  UNWIND ties AS t
  UNWIND bands AS band
  WITH startNode(t) AS s, t.type AS type, t.dyad AS dyad, band[0] AS low, band[1] AS high
  CALL (s, type, dyad, low, high) {
    WITH s, dyad, low, high WHERE type = 'MET'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:MET]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'VISITED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:VISITED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'HOSTED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:HOSTED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'NEGOTIATED_WITH'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:NEGOTIATED_WITH]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'REASSURED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:REASSURED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'SIGNED_AGREEMENT_WITH'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'SEEKS_COOPERATION_WITH'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'TRADES_WITH'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:TRADES_WITH]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'ALIGNING_WITH'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:ALIGNING_WITH]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'SUPPORTED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:SUPPORTED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'RELATIONS_IMPROVING'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'MEMBER_OF'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:MEMBER_OF]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'COMPLIES_WITH_SANCTIONS_AGAINST'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'SANCTIONED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:SANCTIONED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'CRITICIZED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:CRITICIZED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'REJECTED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:REJECTED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'FAILED_TO_SUPPORT'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'DRIFTING_FROM'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:DRIFTING_FROM]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'RELATIONS_WORSENING'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:RELATIONS_WORSENING]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'LOSING_INFLUENCE_OVER'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'THREATENED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:THREATENED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
    UNION ALL
    WITH s, dyad, low, high WHERE type = 'INVADED'
    CALL (s, dyad, low, high) {
      MATCH ()-[r:INVADED]->() WHERE r.dyad = dyad AND r.effectiveDate >= low AND r.effectiveDate <= high AND startNode(r) = s
      RETURN r ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $first
    }
    RETURN r
  }
  WITH r, coalesce(r.date, r.reportedAt) AS d
  ORDER BY d IS NULL, d DESC, r.id
  LIMIT $first
  WITH collect(r) AS page
  // 4. the actors the page names (both ends and the reporter of each edge), once each: a response that shows
  //    counterparts and reporters then needs no second round trip for them (the API primes its actor loader).
  CALL (page) {
    UNWIND page AS r
    UNWIND [startNode(r), endNode(r)] AS n
    RETURN collect(DISTINCT n) AS ends
  }
  CALL (page) {
    UNWIND page AS r
    WITH DISTINCT r.assertedBy AS reporter
    MATCH (x:Actor {id: reporter})
    RETURN collect(x) AS reporters
  }
  RETURN [r IN page | r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, .date, .reportedAt,
                         .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}] AS items,
         [n IN ends + [x IN reporters WHERE NOT x IN ends] | n {.id, .name, .kind, .aliases, .wikidataId}] AS actors
}
RETURN id AS key, a {.id, .name, .kind, .aliases, .wikidataId} AS actor, items, actors
