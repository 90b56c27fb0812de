// Purpose: the shortest paths (up to $first) between two actors through the
// allowed relationship types; 6 is the longest path the API allows. Relation
// hops run over the actor-to-actor projection (TIE_<TYPE>, one per dyad and
// type), so a hub is expanded once per counterpart, not once per assertion;
// each tie is then shown as its newest evidence edge. Two ties of different
// types between the same actors would repeat a path, so each distinct
// sequence of nodes is returned once.
// A role hop counts only if the role was held on the path's date: $at when
// given, else the newest date of the evidence the path runs through (a tie's
// lastDate, a statement's or event's date), else today. So Tokayev reaches
// Putin through the presidency in force, not through the 2000-2008 term.
// With $at the test runs inside the search, so a longer path through a role in
// force replaces a shorter one through an expired role; without it the date
// depends on the whole path, so shortest paths whose roles lapsed are dropped.
// Parameters: from, to (actor ids), allowed (TIE_<TYPE> names and the via
//   types HOLDS_ROLE, SAID, ABOUT, PARTICIPATED_IN), maxHops, at (ISO date or
//   null), first.
// Columns: nodes (list of {id, label}), rels (list of relationship maps).
// Every type a path may use is spelled out, so the search expands by type;
// $allowed then narrows it (Neo4j 5.26 ignores $any() in a variable-length pattern).
MATCH p = allShortestPaths((a:Actor {id: $from})-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE|SAID|ABOUT|PARTICIPATED_IN*..6]-(b:Actor {id: $to}))
WHERE length(p) <= $maxHops AND all(r IN relationships(p) WHERE type(r) IN $allowed)
  AND ($at IS NULL OR all(r IN relationships(p) WHERE type(r) <> 'HOLDS_ROLE'
       OR ((r.since IS NULL OR r.since <= date($at)) AND (r.until IS NULL OR r.until >= date($at)))))
WITH p, coalesce(date($at),
       reduce(newest = null, d IN [r IN relationships(p) WHERE r.lastDate IS NOT NULL | r.lastDate]
                               + [n IN nodes(p) WHERE NOT n:Actor AND n.date IS NOT NULL | date(n.date)]
              | CASE WHEN newest IS NULL OR d > newest THEN d ELSE newest END),
       date()) AS at
WHERE all(r IN relationships(p) WHERE type(r) <> 'HOLDS_ROLE'
          OR ((r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until >= at)))
WITH [n IN nodes(p) | elementId(n)] AS way, collect(p)[0] AS p
ORDER BY way
LIMIT $first
CALL (p) {
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS hop
  CALL (hop) {
    WITH hop, startNode(hop) AS s, endNode(hop) AS t
    WHERE type(hop) STARTS WITH 'TIE_'
    MATCH (s)-[e:MET|VISITED|HOSTED|NEGOTIATED_WITH|REASSURED|SIGNED_AGREEMENT_WITH|SEEKS_COOPERATION_WITH|TRADES_WITH|ALIGNING_WITH|SUPPORTED|RELATIONS_IMPROVING|MEMBER_OF|COMPLIES_WITH_SANCTIONS_AGAINST|SANCTIONED|CRITICIZED|REJECTED|FAILED_TO_SUPPORT|DRIFTING_FROM|RELATIONS_WORSENING|LOSING_INFLUENCE_OVER|THREATENED|INVADED]->(t)
    WHERE type(e) = hop.type
    WITH e ORDER BY coalesce(e.date, e.reportedAt) IS NULL, coalesce(e.date, e.reportedAt) DESC, e.id
    LIMIT 1
    RETURN e AS shown
    UNION
    WITH hop WHERE NOT type(hop) STARTS WITH 'TIE_'
    RETURN hop AS shown
  }
  WITH i, shown ORDER BY i
  RETURN collect(shown {.id, type: type(shown), .polarity, sourceId: startNode(shown).id, targetId: endNode(shown).id, .date, .reportedAt,
          .modality, assertedById: shown.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence,
          .title, .since, .until}) AS rels
}
RETURN [n IN nodes(p) | {id: n.id, label: CASE WHEN n:Statement THEN 'Statement' WHEN n:Event THEN 'Event' ELSE 'Actor' END}] AS nodes, rels
