// Purpose: the relation edges of several actors at once (one round trip for
// a whole list of actors), newest first, filtered by type, direction,
// counterpart and date (the event date, else the report date).
// A hub has tens of thousands of ties (40,624 at 1M edges) and many more
// edges; the page reads a number of them bounded by the page, whatever the
// date range, through index seeks in index order:
// 1. floor: every tie whose last date lies in the range holds an edge on that
//    date, so the $first-th newest such last date is a floor the page cannot
//    go below. Each type and direction gives at most $first last dates, newest
//    first, straight from the per-type indexes on each tie's ends and last
//    date (schema/007: TIE_<TYPE>(sourceId, lastDate) and (targetId,
//    lastDate); index order, then LIMIT: the ORDER BY names both index
//    properties, which is what lets the planner use the index's order instead
//    of sorting every tie of the hub); a tie from the actor to itself, found
//    from both ends, counts once. There is no floor when fewer than $first
//    ties end inside the range (a range that ends in the past: most of a
//    hub's ties go on after it).
// 2. the edges themselves, from the floor (else the range's start) up to the
//    range's end, newest first: each relation type and direction is a seek of
//    the type's (sourceId, effectiveDate) or (targetId, effectiveDate) index
//    (schema/012; effectiveDate is the event date, else the report date, as
//    the page orders) for at most $first edges (index order, only edges
//    sharing a date sorted by id), so a range that ends in the past reads at
//    most 44 x $first edges, not every tie that reaches into it (79,515 db hits
//    for a hub's page with until: 2019-06-30 at 1M edges before, reading
//    10,204 ties; see docs/benchmarks.md). The floor keeps the usual page far
//    below that: only edges on or after it are read. The merged candidates are
//    cut to $first. Undated edges (effectiveDate is the far-future sentinel)
//    are a second band, read only when they can be on the page: no floor, no
//    `since`, no `until`.
// With a counterpart, the ties between the two actors (at most one per type
// and direction) are read directly instead, by their dyad key (below), for the
// floor, and the edges by a seek of each type's (dyad, effectiveDate) index
// (schema/008) with the pair's key, keeping those of the asked direction.
// Relationship types are spelled out, one branch each (an index covers one
// type, and Neo4j 5.26 plans $any() / $(type) as a filter over every
// relationship of a node); a unit test keeps the lists in step.
// Parameters (in one map, $args, for one cached plan: src/graph/cypher.ts): ids, types (vocabulary names), direction (OUTGOING|INCOMING|BOTH),
//   counterpart (id or null), since, until (ISO dates or null), first.
// Columns: key (actor id), actor (its map), items (relation maps), actors (the maps of the actors the items
//   name: both ends and the reporter, each once).
UNWIND $args.ids AS id
MATCH (a:Actor {id: id})
WITH id, a, coalesce(date($args.since), date('0001-01-01')) AS lo, coalesce(date($args.until), date('9999-12-31')) AS hi
// With a counterpart, the ties between the two actors: a seek of each tie
// type's (dyad) index with the pair's dyad key (at most two ties a type, one
// each way), not an expansion of the actor's ties, which read every tie of a
// hub (33,171 hits at 1M edges, three times over: floor, reach, undated).
CALL (a) {
  WITH a WHERE $args.counterpart IS NOT NULL
  WITH a, CASE WHEN a.id < $args.counterpart THEN a.id + '|' + $args.counterpart ELSE $args.counterpart + '|' + a.id END AS key
  CALL (key) {
    MATCH ()-[t:TIE_MET]->() USING INDEX t:TIE_MET(dyad) WHERE 'MET' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_VISITED]->() USING INDEX t:TIE_VISITED(dyad) WHERE 'VISITED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_HOSTED]->() USING INDEX t:TIE_HOSTED(dyad) WHERE 'HOSTED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() USING INDEX t:TIE_NEGOTIATED_WITH(dyad) WHERE 'NEGOTIATED_WITH' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_REASSURED]->() USING INDEX t:TIE_REASSURED(dyad) WHERE 'REASSURED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() USING INDEX t:TIE_SIGNED_AGREEMENT_WITH(dyad) WHERE 'SIGNED_AGREEMENT_WITH' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() USING INDEX t:TIE_SEEKS_COOPERATION_WITH(dyad) WHERE 'SEEKS_COOPERATION_WITH' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_TRADES_WITH]->() USING INDEX t:TIE_TRADES_WITH(dyad) WHERE 'TRADES_WITH' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_ALIGNING_WITH]->() USING INDEX t:TIE_ALIGNING_WITH(dyad) WHERE 'ALIGNING_WITH' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SUPPORTED]->() USING INDEX t:TIE_SUPPORTED(dyad) WHERE 'SUPPORTED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() USING INDEX t:TIE_RELATIONS_IMPROVING(dyad) WHERE 'RELATIONS_IMPROVING' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_MEMBER_OF]->() USING INDEX t:TIE_MEMBER_OF(dyad) WHERE 'MEMBER_OF' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST(dyad) WHERE 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_SANCTIONED]->() USING INDEX t:TIE_SANCTIONED(dyad) WHERE 'SANCTIONED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_CRITICIZED]->() USING INDEX t:TIE_CRITICIZED(dyad) WHERE 'CRITICIZED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_REJECTED]->() USING INDEX t:TIE_REJECTED(dyad) WHERE 'REJECTED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() USING INDEX t:TIE_FAILED_TO_SUPPORT(dyad) WHERE 'FAILED_TO_SUPPORT' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_DRIFTING_FROM]->() USING INDEX t:TIE_DRIFTING_FROM(dyad) WHERE 'DRIFTING_FROM' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() USING INDEX t:TIE_RELATIONS_WORSENING(dyad) WHERE 'RELATIONS_WORSENING' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() USING INDEX t:TIE_LOSING_INFLUENCE_OVER(dyad) WHERE 'LOSING_INFLUENCE_OVER' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_THREATENED]->() USING INDEX t:TIE_THREATENED(dyad) WHERE 'THREATENED' IN $args.types AND t.dyad = key RETURN t
    UNION ALL
    MATCH ()-[t:TIE_INVADED]->() USING INDEX t:TIE_INVADED(dyad) WHERE 'INVADED' IN $args.types AND t.dyad = key RETURN t
  }
  WITH a, t WHERE $args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND startNode(t) = a) OR ($args.direction = 'INCOMING' AND endNode(t) = a)
  RETURN collect(t) AS pair
}
CALL (id, lo, hi, pair) {
  CALL (id, lo, hi, pair) {
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'MET' IN $args.types
    MATCH ()-[t:TIE_MET]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'MET' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'MET' IN $args.types
    MATCH ()-[t:TIE_MET]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'MET' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'VISITED' IN $args.types
    MATCH ()-[t:TIE_VISITED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'VISITED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'VISITED' IN $args.types
    MATCH ()-[t:TIE_VISITED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'VISITED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'HOSTED' IN $args.types
    MATCH ()-[t:TIE_HOSTED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'HOSTED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'HOSTED' IN $args.types
    MATCH ()-[t:TIE_HOSTED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'HOSTED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $args.types
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $args.types
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'REASSURED' IN $args.types
    MATCH ()-[t:TIE_REASSURED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'REASSURED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'REASSURED' IN $args.types
    MATCH ()-[t:TIE_REASSURED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'REASSURED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $args.types
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $args.types
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $args.types
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $args.types
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'TRADES_WITH' IN $args.types
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'TRADES_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'TRADES_WITH' IN $args.types
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'TRADES_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $args.types
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $args.types
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SUPPORTED' IN $args.types
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SUPPORTED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SUPPORTED' IN $args.types
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SUPPORTED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $args.types
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $args.types
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'MEMBER_OF' IN $args.types
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'MEMBER_OF' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'MEMBER_OF' IN $args.types
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'MEMBER_OF' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SANCTIONED' IN $args.types
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SANCTIONED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SANCTIONED' IN $args.types
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SANCTIONED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'CRITICIZED' IN $args.types
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'CRITICIZED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'CRITICIZED' IN $args.types
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'CRITICIZED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'REJECTED' IN $args.types
    MATCH ()-[t:TIE_REJECTED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'REJECTED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'REJECTED' IN $args.types
    MATCH ()-[t:TIE_REJECTED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'REJECTED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $args.types
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $args.types
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $args.types
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $args.types
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $args.types
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $args.types
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $args.types
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $args.types
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'THREATENED' IN $args.types
    MATCH ()-[t:TIE_THREATENED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'THREATENED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'THREATENED' IN $args.types
    MATCH ()-[t:TIE_THREATENED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'THREATENED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'INVADED' IN $args.types
    MATCH ()-[t:TIE_INVADED]->() WHERE t.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'INVADED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH id, lo, hi WHERE $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'INVADED' IN $args.types
    MATCH ()-[t:TIE_INVADED]->() WHERE t.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'INVADED' IN $args.types THEN id END AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $args.first
  UNION ALL
    WITH pair, lo, hi WHERE $args.counterpart IS NOT NULL
    UNWIND pair AS t
    WITH t WHERE t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d
  }
  // A tie from the actor to itself (left by a merge) is found from both of its ends; it counts once.
  WITH DISTINCT t, d ORDER BY d DESC
  RETURN collect(d)[$args.first - 1] AS floor
}
// 2. the edges from the floor (else the range's start) to the range's end, each type and direction a seek of at most
//    $first in index order; the undated band only when no floor, no `since` and no `until` (see the top).
CALL (a, id, lo, hi, floor) {
  WITH id, lo, hi, floor,
       CASE WHEN $args.counterpart IS NULL THEN null WHEN a.id < $args.counterpart THEN a.id + '|' + $args.counterpart ELSE $args.counterpart + '|' + a.id END AS key,
       [[coalesce(floor, lo), hi]] + CASE WHEN floor IS NULL AND $args.since IS NULL AND $args.until IS NULL
         THEN [[date('+999999999-12-31'), date('+999999999-12-31')]] ELSE [] END AS bands
  UNWIND bands AS band
  WITH id, key, band[0] AS low, band[1] AS high
  CALL (id, key, low, high) {
    MATCH ()-[r:MET]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'MET' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:MET]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'MET' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:VISITED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'VISITED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:VISITED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'VISITED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'HOSTED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'HOSTED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'REASSURED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'REASSURED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'TRADES_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'TRADES_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SUPPORTED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SUPPORTED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'MEMBER_OF' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'MEMBER_OF' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'SANCTIONED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'SANCTIONED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'CRITICIZED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'CRITICIZED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'REJECTED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'REJECTED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'THREATENED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'THREATENED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:INVADED]->() WHERE r.sourceId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'INCOMING' AND 'INVADED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.sourceId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:INVADED]->() WHERE r.targetId = CASE WHEN $args.counterpart IS NULL AND $args.direction <> 'OUTGOING' AND 'INVADED' IN $args.types THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.targetId DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  // With a counterpart: the pair's edges of each type by its dyad key, those of the asked direction.
  UNION ALL
    MATCH ()-[r:MET]->() WHERE r.dyad = CASE WHEN 'MET' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:VISITED]->() WHERE r.dyad = CASE WHEN 'VISITED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:HOSTED]->() WHERE r.dyad = CASE WHEN 'HOSTED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:NEGOTIATED_WITH]->() WHERE r.dyad = CASE WHEN 'NEGOTIATED_WITH' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:REASSURED]->() WHERE r.dyad = CASE WHEN 'REASSURED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SIGNED_AGREEMENT_WITH]->() WHERE r.dyad = CASE WHEN 'SIGNED_AGREEMENT_WITH' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SEEKS_COOPERATION_WITH]->() WHERE r.dyad = CASE WHEN 'SEEKS_COOPERATION_WITH' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:TRADES_WITH]->() WHERE r.dyad = CASE WHEN 'TRADES_WITH' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:ALIGNING_WITH]->() WHERE r.dyad = CASE WHEN 'ALIGNING_WITH' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SUPPORTED]->() WHERE r.dyad = CASE WHEN 'SUPPORTED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:RELATIONS_IMPROVING]->() WHERE r.dyad = CASE WHEN 'RELATIONS_IMPROVING' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:MEMBER_OF]->() WHERE r.dyad = CASE WHEN 'MEMBER_OF' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE r.dyad = CASE WHEN 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:SANCTIONED]->() WHERE r.dyad = CASE WHEN 'SANCTIONED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:CRITICIZED]->() WHERE r.dyad = CASE WHEN 'CRITICIZED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:REJECTED]->() WHERE r.dyad = CASE WHEN 'REJECTED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:FAILED_TO_SUPPORT]->() WHERE r.dyad = CASE WHEN 'FAILED_TO_SUPPORT' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:DRIFTING_FROM]->() WHERE r.dyad = CASE WHEN 'DRIFTING_FROM' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:RELATIONS_WORSENING]->() WHERE r.dyad = CASE WHEN 'RELATIONS_WORSENING' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:LOSING_INFLUENCE_OVER]->() WHERE r.dyad = CASE WHEN 'LOSING_INFLUENCE_OVER' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:THREATENED]->() WHERE r.dyad = CASE WHEN 'THREATENED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  UNION ALL
    MATCH ()-[r:INVADED]->() WHERE r.dyad = CASE WHEN 'INVADED' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high
      AND ($args.direction = 'BOTH' OR ($args.direction = 'OUTGOING' AND r.sourceId = id) OR ($args.direction = 'INCOMING' AND r.targetId = id))
    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.dyad DESC, r.effectiveDate DESC, r.id LIMIT $args.first
  }
  // An edge from the actor to itself (left by a merge) is found from both of its ends; it counts once.
  // The undated band (the sentinel date) sorts after every dated edge, as the page orders (d IS NULL last).
  WITH DISTINCT r, at, rid
  ORDER BY at > date('9999-12-31'), at DESC, rid
  LIMIT $args.first
  WITH collect(r) AS page
  // 3. the actors the page names (both ends and the reporter of each edge), once each: a response that shows
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
  RETURN [r IN page | r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, date: toString(r.date), reportedAt: toString(r.reportedAt),
                         .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}] AS items,
         [n IN ends + [x IN reporters WHERE NOT x IN ends] | n {.id, .name, .kind, .aliases, .wikidataId}] AS actors
}
RETURN id AS key, a {.id, .name, .kind, .aliases, .wikidataId} AS actor, items, actors