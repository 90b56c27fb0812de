// Purpose: the shortest paths as queries/shortest-paths computed them before
// a tie's shown edge was read through the (dyad, effectiveDate) index of its
// type, and before two small ends were searched from both ends: one search,
// and the edges between the tie's ends are expanded. Kept as the oracle the
// new statement is checked against (test/graph/traversals.test.ts).
// Was: the shortest paths (up to $first) between two actors through the
// allowed relationship types; 6 is the longest path the API allows. Relation
// hops run over the actor-to-actor projection (TIE_<TYPE>, one per dyad and
// type), so a hub is expanded once per counterpart, not once per assertion.
// Two ties of different types between the same actors would repeat a path, so
// each distinct sequence of nodes is returned once.
// A role hop counts only if the role was held when the evidence next to it
// dates from. With $at, that date is $at, tested inside the search, so a longer
// path through a role in force replaces a shorter one through an expired role.
// Without it, hop by hop: every evidence hop (a tie, a statement's or an
// event's link) with role hops beside it, directly or through a chain of role
// hops, must date from a day all of those roles were held. A tie dates from any
// of its dated edges (an edge's date, else its article's: firstDate..lastDate
// bound them, and only a role period strictly inside that range makes the
// search look at the edges); a statement or event from its own date, else its
// article's; evidence with no date at all counts as today's, as do the roles of
// a path made of roles only. So Tokayev reaches Putin through the presidency in
// force at the relation's date, and a 2005 relation of Russia's leads to the
// 2000-2008 term even when another hop of the path dates from 2023. Shortest
// paths whose roles lapsed are dropped (the test depends on the path's
// neighbours, so it runs after the search). Each tie is shown as its newest
// edge dated within the roles beside it (its newest edge when none).
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
WITH p, relationships(p) AS rs
WHERE $at IS NOT NULL OR NOT any(r IN rs WHERE type(r) = 'HOLDS_ROLE')
   OR (all(r IN rs WHERE type(r) = 'HOLDS_ROLE')
       AND all(r IN rs WHERE (r.since IS NULL OR r.since <= date()) AND (r.until IS NULL OR r.until >= date())))
   OR (any(r IN rs WHERE type(r) <> 'HOLDS_ROLE') AND COUNT {
        // the evidence hops of this path that no role beside them was held at
        UNWIND range(0, size(rs) - 1) AS i
        WITH rs, i WHERE type(rs[i]) <> 'HOLDS_ROLE'
        WITH rs[i] AS hop,
             [j IN range(0, size(rs) - 1) WHERE type(rs[j]) = 'HOLDS_ROLE'
                AND all(k IN CASE WHEN j < i THEN range(j, i - 1) ELSE range(i + 1, j) END WHERE type(rs[k]) = 'HOLDS_ROLE') | rs[j]] AS roles
        WHERE size(roles) > 0
        WITH hop, startNode(hop) AS s, endNode(hop) AS t,
             reduce(lo = null, r IN roles | CASE WHEN r.since IS NULL OR lo >= r.since THEN lo ELSE r.since END) AS lo,
             reduce(hi = null, r IN roles | CASE WHEN r.until IS NULL OR hi <= r.until THEN hi ELSE r.until END) AS hi
        WITH hop, s, t, lo, hi, CASE WHEN type(hop) STARTS WITH 'TIE_' THEN null ELSE CASE WHEN s:Actor THEN t ELSE s END END AS m
        WITH hop, s, t, lo, hi,
             CASE WHEN m IS NULL THEN hop.firstDate
                  ELSE coalesce(m.date,
                                CASE WHEN m:Statement THEN COLLECT { MATCH (m)-[:IN_ARTICLE]->(art:Article) RETURN art.publishedAt }[0]
                                     ELSE COLLECT { MATCH (art:Article)-[:REPORTS]->(m) WHERE art.publishedAt IS NOT NULL
                                                    RETURN art.publishedAt ORDER BY art.publishedAt LIMIT 1 }[0] END) END AS first,
             CASE WHEN m IS NULL THEN hop.lastDate ELSE null END AS last
        WITH hop, s, t, lo, hi, coalesce(first, date()) AS first, coalesce(last, first, date()) AS last
        WHERE NOT CASE
          WHEN lo IS NOT NULL AND hi IS NOT NULL AND lo > hi THEN false
          WHEN (lo IS NULL OR first >= lo) AND (hi IS NULL OR first <= hi) THEN true
          WHEN (lo IS NULL OR last >= lo) AND (hi IS NULL OR last <= hi) THEN true
          WHEN (hi IS NOT NULL AND first > hi) OR (lo IS NOT NULL AND last < lo) THEN false
          // a role period strictly inside a tie's range: is any of its edges dated within it?
          ELSE EXISTS {
            MATCH (s)-[e:MET|VISITED|HOSTED|NEGOTIATED_WITH|REASSURED|SIGNED_AGREEMENT_WITH|SEEKS_COOPERATION_WITH|TRADES_WITH|ALIGNING_WITH|SUPPORTED|RELATIONS_IMPROVING|MEMBER_OF|COMPLIES_WITH_SANCTIONS_AGAINST|SANCTIONED|CRITICIZED|REJECTED|FAILED_TO_SUPPORT|DRIFTING_FROM|RELATIONS_WORSENING|LOSING_INFLUENCE_OVER|THREATENED|INVADED]->(t)
            WHERE type(e) = hop.type AND coalesce(e.date, e.reportedAt) >= lo AND coalesce(e.date, e.reportedAt) <= hi
          }
        END
        RETURN hop
      } = 0)
// of parallel ties between the same actors, the one the statement shows: its type first by name, from the
// actor with the smaller id first, then the relationship stored first
WITH p, [n IN nodes(p) | elementId(n)] AS way
ORDER BY way, [r IN relationships(p) | type(r) + CASE WHEN startNode(r).id < endNode(r).id THEN ':0:' ELSE ':1:' END + elementId(r)]
WITH way, collect(p)[0] AS p
ORDER BY way
LIMIT $first
CALL (p) {
  WITH p, relationships(p) AS rs
  UNWIND range(0, size(rs) - 1) AS i
  WITH i, rs[i] AS hop,
       [j IN range(0, size(rs) - 1) WHERE type(rs[j]) = 'HOLDS_ROLE'
          AND all(k IN CASE WHEN j < i THEN range(j, i - 1) ELSE range(i + 1, j) END WHERE type(rs[k]) = 'HOLDS_ROLE') | rs[j]] AS roles
  CALL (hop, roles) {
    WITH hop, roles, startNode(hop) AS s, endNode(hop) AS t
    WHERE type(hop) STARTS WITH 'TIE_'
    MATCH (s)-[e:MET|VISITED|HOSTED|NEGOTIATED_WITH|REASSURED|SIGNED_AGREEMENT_WITH|SEEKS_COOPERATION_WITH|TRADES_WITH|ALIGNING_WITH|SUPPORTED|RELATIONS_IMPROVING|MEMBER_OF|COMPLIES_WITH_SANCTIONS_AGAINST|SANCTIONED|CRITICIZED|REJECTED|FAILED_TO_SUPPORT|DRIFTING_FROM|RELATIONS_WORSENING|LOSING_INFLUENCE_OVER|THREATENED|INVADED]->(t)
    WHERE type(e) = hop.type
    // with $at or an undated tie, any edge; else one dated within every role beside the tie
    WITH e, hop, coalesce(e.date, e.reportedAt) AS d
    WHERE $at IS NOT NULL OR hop.firstDate IS NULL
       OR all(r IN roles WHERE (r.since IS NULL OR d >= r.since) AND (r.until IS NULL OR d <= r.until))
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
