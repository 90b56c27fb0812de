// Purpose: the shortest paths (up to $first) between two actors through the
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
// A tie's edges are read through the (dyad, effectiveDate) index of its type
// (schema/008; one seek per type, a null key for the 21 others matches
// nothing; hinted, as on a small graph the planner would scan the type), not
// by expanding between its ends: that read every relationship of
// the less connected end, about 40 hits a hop at 100k edges and 90 at 1M; the
// seeks read 22 hits and the dyad's edges of that type.
// Parameters (in one map, $args, for one cached plan: src/graph/cypher.ts): from, to (actor ids), allowed (TIE_<TYPE> names and the via
//   types HOLDS_ROLE, SAID, ABOUT, PARTICIPATED_IN), maxHops, at (ISO date or
//   null), first.
// Columns: nodes (list of {id, label, actor: the map of an actor, else null}), rels (list of relationship maps).
// Every type a path may use is spelled out, so the search expands by type;
// $allowed then narrows it (Neo4j 5.26 ignores $any() in a variable-length pattern).
// Three searches, of which one runs. Without statements and events asked for
// (the API's default), the pattern leaves SAID, ABOUT and PARTICIPATED_IN out:
// a hub is ABOUT thousands of statements that the search would read only to
// reject. With every tie type and roles and no date (the default again),
// there is nothing to test but the pattern's types; else each relationship is
// tested as the search expands it. Between two tail actors at 1M edges (1,535
// shortest paths of 3 hops): 241 ms with one search of every type -> 80 ms,
// the same answer.
// Every condition of a search is a test of one relationship, applied as the
// search expands. A test of the whole path (its length, or "no date, or every
// role held then") made Neo4j add a fallback that, when the shortest paths
// failed it, enumerated every path of up to 6 hops: a path(maxHops: 2)
// between two tail actors 3 hops apart at 1M edges had not answered after 5
// minutes; it now answers (nothing) in 73 ms. A path longer than $maxHops is
// dropped after the search: a longer one cannot pass.
MATCH (a:Actor {id: $args.from}), (b:Actor {id: $args.to})
WITH a, b, [t IN $args.allowed WHERE t STARTS WITH 'TIE_'] AS tieTypes
WITH a, b, size(reduce(s = [], t IN tieTypes | CASE WHEN t IN s THEN s ELSE s + t END)) = 22 AND 'HOLDS_ROLE' IN $args.allowed AS everyTie
WITH a, b, CASE WHEN any(t IN ['SAID', 'ABOUT', 'PARTICIPATED_IN'] WHERE t IN $args.allowed) THEN 'links'
                WHEN everyTie AND $args.at IS NULL THEN 'untested'
                ELSE 'tested' END AS search
CALL (a, b, search) {
  // the API's default: every tie type and roles, no date. Nothing to test but the pattern's types, and a hub's
  // statements and events are not read at all
  WITH a, b, search WHERE search = 'untested'
  MATCH p = allShortestPaths((a)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE*..6]-(b))
  RETURN p
  UNION ALL
  // some tie types, or roles held on a date
  WITH a, b, search WHERE search = 'tested'
  MATCH p = allShortestPaths((a)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $args.allowed
              AND ($args.at IS NULL OR type(r) <> 'HOLDS_ROLE'
                   OR ((r.since IS NULL OR r.since <= date($args.at)) AND (r.until IS NULL OR r.until >= date($args.at)))))
  RETURN p
  UNION ALL
  // statements and events as hops too
  WITH a, b, search WHERE search = 'links'
  MATCH p = allShortestPaths((a)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE|SAID|ABOUT|PARTICIPATED_IN*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $args.allowed
              AND ($args.at IS NULL OR type(r) <> 'HOLDS_ROLE'
                   OR ((r.since IS NULL OR r.since <= date($args.at)) AND (r.until IS NULL OR r.until >= date($args.at)))))
  RETURN p
}
WITH p, relationships(p) AS rs
WHERE length(p) <= $args.maxHops
  AND ($args.at IS NOT NULL OR NOT any(r IN rs WHERE type(r) = 'HOLDS_ROLE')
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
      } = 0))
WITH [n IN nodes(p) | elementId(n)] AS way, collect(p)[0] AS p
ORDER BY way
LIMIT $args.first
CALL (p) {
  WITH p, relationships(p) AS rs
  UNWIND range(0, size(rs) - 1) AS i
  WITH i, rs[i] AS hop,
       [j IN range(0, size(rs) - 1) WHERE type(rs[j]) = 'HOLDS_ROLE'
          AND all(k IN CASE WHEN j < i THEN range(j, i - 1) ELSE range(i + 1, j) END WHERE type(rs[k]) = 'HOLDS_ROLE') | rs[j]] AS roles
  CALL (hop, roles) {
    WITH hop, roles, startNode(hop) AS s, endNode(hop) AS t
    WHERE type(hop) STARTS WITH 'TIE_'
    // the tie's edges: those of its type and dyad, from s to t
    CALL (hop) {
      WITH hop.type AS type, hop.dyad AS dyad
      CALL (type, dyad) {
        MATCH ()-[e:MET]->() USING INDEX e:MET(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'MET' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:VISITED]->() USING INDEX e:VISITED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'VISITED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:HOSTED]->() USING INDEX e:HOSTED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'HOSTED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:NEGOTIATED_WITH]->() USING INDEX e:NEGOTIATED_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'NEGOTIATED_WITH' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:REASSURED]->() USING INDEX e:REASSURED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'REASSURED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:SIGNED_AGREEMENT_WITH]->() USING INDEX e:SIGNED_AGREEMENT_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SIGNED_AGREEMENT_WITH' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:SEEKS_COOPERATION_WITH]->() USING INDEX e:SEEKS_COOPERATION_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SEEKS_COOPERATION_WITH' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:TRADES_WITH]->() USING INDEX e:TRADES_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'TRADES_WITH' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:ALIGNING_WITH]->() USING INDEX e:ALIGNING_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'ALIGNING_WITH' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:SUPPORTED]->() USING INDEX e:SUPPORTED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SUPPORTED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:RELATIONS_IMPROVING]->() USING INDEX e:RELATIONS_IMPROVING(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'RELATIONS_IMPROVING' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:MEMBER_OF]->() USING INDEX e:MEMBER_OF(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'MEMBER_OF' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX e:COMPLIES_WITH_SANCTIONS_AGAINST(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'COMPLIES_WITH_SANCTIONS_AGAINST' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:SANCTIONED]->() USING INDEX e:SANCTIONED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SANCTIONED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:CRITICIZED]->() USING INDEX e:CRITICIZED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'CRITICIZED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:REJECTED]->() USING INDEX e:REJECTED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'REJECTED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:FAILED_TO_SUPPORT]->() USING INDEX e:FAILED_TO_SUPPORT(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'FAILED_TO_SUPPORT' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:DRIFTING_FROM]->() USING INDEX e:DRIFTING_FROM(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'DRIFTING_FROM' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:RELATIONS_WORSENING]->() USING INDEX e:RELATIONS_WORSENING(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'RELATIONS_WORSENING' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:LOSING_INFLUENCE_OVER]->() USING INDEX e:LOSING_INFLUENCE_OVER(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'LOSING_INFLUENCE_OVER' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:THREATENED]->() USING INDEX e:THREATENED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'THREATENED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
        UNION ALL
        MATCH ()-[e:INVADED]->() USING INDEX e:INVADED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'INVADED' THEN dyad END AND e.effectiveDate IS NOT NULL RETURN e
      }
      RETURN e
    }
    WITH e, hop, s WHERE startNode(e) = s
    // with $at or an undated tie, any edge; else one dated within every role beside the tie
    WITH e, hop, coalesce(e.date, e.reportedAt) AS d
    WHERE $args.at IS NOT NULL OR hop.firstDate IS NULL
       OR all(r IN roles WHERE (r.since IS NULL OR d >= r.since) AND (r.until IS NULL OR d <= r.until))
    WITH e ORDER BY coalesce(e.date, e.reportedAt) IS NULL, coalesce(e.date, e.reportedAt) DESC, e.id
    LIMIT 1
    RETURN e AS shown
    UNION
    WITH hop WHERE NOT type(hop) STARTS WITH 'TIE_'
    RETURN hop AS shown
  }
  WITH i, shown ORDER BY i
  RETURN collect(shown {.id, type: type(shown), .polarity, sourceId: startNode(shown).id, targetId: endNode(shown).id,
          date: toString(shown.date), reportedAt: toString(shown.reportedAt),
          .modality, assertedById: shown.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence,
          .title, since: toString(shown.since), until: toString(shown.until)}) AS rels
}
// An actor on the path comes with its map: the hops' actors need no second round trip (the API primes its loader).
RETURN [n IN nodes(p) | {id: n.id, label: CASE WHEN n:Statement THEN 'Statement' WHEN n:Event THEN 'Event' ELSE 'Actor' END,
                         actor: CASE WHEN n:Actor THEN n {.id, .name, .kind, .aliases, .wikidataId} END}] AS nodes, rels
