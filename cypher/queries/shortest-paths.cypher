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
// A tie shown as its newest edge is read through the (dyad, effectiveDate)
// index of its type (schema/008) at its lastDate, with every other such tie of
// the page. A tie dated by the roles beside it is read alone: from an end with
// at most $fewTies relationships (Expand(Into) starts at the smaller end);
// between two larger ends, through that index again (one seek per type, a
// null key for the 21 others matches nothing; hinted, as on a small graph the
// planner would scan the type): expanding there read every relationship of
// the less connected end.
// Parameters (in one map, $args, for one cached plan: src/graph/cypher.ts): from, to (actor ids), allowed (TIE_<TYPE> names and the via
//   types HOLDS_ROLE, SAID, ABOUT, PARTICIPATED_IN), maxHops, at (ISO date or
//   null), first, fewTies (how large graphs are read, not what is found:
//   PATH_READS in src/api/resolvers/path.ts).
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
// Between two actors with at most $fewTies ties and roles each (the API's
// default search only), the shortest paths of up to 3 hops are found from
// both ends: each end's first ring, then the pairs of the two rings that a
// tie or a role joins. allShortestPaths would expand every actor of one first
// ring, hubs included (97,620 db hits between two tail actors at 1M edges,
// whose first rings hold hubs with up to 46,526 ties). Reading each ring
// actor's ties instead still grew with the graph (3,634 ties read there, 1,235
// at 100k). Here a pair is tested by one seek of the TIED (dyad) index
// (schema/013: one relationship per tied pair), whatever its actors' ties:
// between those two actors, 121 seeks; the search's median through the driver
// 22.7 -> 13.5 ms at 1M edges, 9.6 -> 8.0 at 100k, the same ways. Roles
// between the rings are read from the ring actors' own roles. The search
// below runs only when there is no path within 3 hops (and $maxHops is
// larger). Larger ends go to it directly: both rings would be large, and it
// finds their short paths quickly.
OPTIONAL CALL (a, b, search) {
  WITH a, b WHERE search = 'untested' AND all(n IN [a, b] WHERE COUNT { (n)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE]-() } <= $args.fewTies)
  // both ends' first rings: each tie or role, and the actor at its other end
  CALL (a, b) {
    UNWIND [a, b] AS n
    MATCH (n)-[t:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE]-(x) WHERE x <> n
    RETURN collect(CASE WHEN n = a THEN {x: x, t: t} END) AS fromA,
           collect(CASE WHEN n = b THEN {x: x, t: t} END) AS fromB
  }
  WITH a, b, fromA, fromB, [f IN fromB | f.x] AS ringB
  // a way: its actors, and for each hop the ties and roles between its two actors
  WITH a, b, fromA, fromB, ringB, [e IN fromA WHERE e.x = b | e.t] AS direct
  WITH a, b, fromA, fromB, ringB,
       CASE WHEN size(direct) > 0 THEN [{ns: [a, b], opts: [direct]}]
            WHEN $args.maxHops < 2 THEN []
            ELSE [x IN reduce(xs = [], e IN fromA | CASE WHEN e.x IN ringB AND NOT e.x IN xs THEN xs + e.x ELSE xs END) |
                  {ns: [a, x, b], opts: [[e IN fromA WHERE e.x = x | e.t], [f IN fromB WHERE f.x = x | f.t]]}] END AS found
  CALL (a, b, fromA, fromB, found) {
    WITH a, b, fromA, fromB WHERE size(found) = 0 AND $args.maxHops >= 3
    // each ring's actors, once each (the rings are disjoint: an actor in both would make a way of 2 hops)
    WITH a, b, fromA, fromB,
         reduce(xs = [], e IN fromA | CASE WHEN NOT e.x IN xs THEN xs + e.x ELSE xs END) AS xs,
         reduce(ys = [], f IN fromB | CASE WHEN NOT f.x IN ys THEN ys + f.x ELSE ys END) AS ys
    // the pairs of the two rings that some tie joins: one seek of the TIED (dyad) index per pair (schema/013)
    CALL (xs, ys) {
      WITH xs, [x IN xs | x.id] AS xids, [y IN ys | y.id] AS yids
      WITH xs, reduce(ks = [], x IN xids | ks + [y IN yids WHERE y <> x | CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END]) AS keys
      MATCH (p)-[pair:TIED]->(q) USING INDEX pair:TIED(dyad) WHERE pair.dyad IN keys
      RETURN collect(CASE WHEN p IN xs THEN {x: p, y: q, dyad: pair.dyad} ELSE {x: q, y: p, dyad: pair.dyad} END) AS tiedPairs
    }
    // the pairs a role joins
    CALL (xs, ys) {
      UNWIND xs AS x
      MATCH (x)-[t:HOLDS_ROLE]-(y) WHERE y IN ys
      RETURN collect({x: x, t: t, y: y}) AS roled
    }
    // Only the first $first ways are shown, in elementId order. With no role among their hops (a role can fail
    // the test after the search, and a way after it would be shown instead), only those ways' pairs are read,
    // each for the one tie its way shows; else every tie of every pair, each tie type's dyad index sought once.
    WITH a, b, fromA, fromB, roled, tiedPairs,
         any(e IN fromA + fromB + roled WHERE type(e.t) = 'HOLDS_ROLE') AS roles
    CALL (tiedPairs, roles) {
      CALL (tiedPairs) {
        UNWIND tiedPairs AS pair
        WITH pair ORDER BY elementId(pair.x), elementId(pair.y)
        RETURN collect(pair.dyad) AS sorted
      }
      WITH CASE WHEN roles THEN sorted ELSE sorted[0..$args.first] END AS keys, roles
      CALL (keys, roles) {
        // with a role in the rings, every tie of those pairs, for the role test to choose from
        WITH keys WHERE roles
        CALL (keys) {
          MATCH ()-[t:TIE_MET]->() USING INDEX t:TIE_MET(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_VISITED]->() USING INDEX t:TIE_VISITED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_HOSTED]->() USING INDEX t:TIE_HOSTED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_NEGOTIATED_WITH]->() USING INDEX t:TIE_NEGOTIATED_WITH(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_REASSURED]->() USING INDEX t:TIE_REASSURED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() USING INDEX t:TIE_SIGNED_AGREEMENT_WITH(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() USING INDEX t:TIE_SEEKS_COOPERATION_WITH(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_TRADES_WITH]->() USING INDEX t:TIE_TRADES_WITH(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_ALIGNING_WITH]->() USING INDEX t:TIE_ALIGNING_WITH(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_SUPPORTED]->() USING INDEX t:TIE_SUPPORTED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() USING INDEX t:TIE_RELATIONS_IMPROVING(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_MEMBER_OF]->() USING INDEX t:TIE_MEMBER_OF(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_SANCTIONED]->() USING INDEX t:TIE_SANCTIONED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_CRITICIZED]->() USING INDEX t:TIE_CRITICIZED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_REJECTED]->() USING INDEX t:TIE_REJECTED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() USING INDEX t:TIE_FAILED_TO_SUPPORT(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_DRIFTING_FROM]->() USING INDEX t:TIE_DRIFTING_FROM(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_RELATIONS_WORSENING]->() USING INDEX t:TIE_RELATIONS_WORSENING(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() USING INDEX t:TIE_LOSING_INFLUENCE_OVER(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_THREATENED]->() USING INDEX t:TIE_THREATENED(dyad) WHERE t.dyad IN keys RETURN t
          UNION ALL
          MATCH ()-[t:TIE_INVADED]->() USING INDEX t:TIE_INVADED(dyad) WHERE t.dyad IN keys RETURN t
        }
        RETURN t
        UNION ALL
        // Else only the tie each way shows (see the choice at the end): for
        // each pair, its types in that order, each direction a seek of the
        // type's (dyad) index, until one is found (a UNION ALL yields its
        // branches in order; test/api/path-parallel-ties checks that the choice
        // is the search's). Reading every type's ties of the 10 pairs shown
        // between two tail actors at 1M edges (305 ties, 220 seeks) took 5-6 ms
        // of the search's 16.
        WITH keys WHERE NOT roles
        UNWIND keys AS dyad
        CALL (dyad) {
          CALL (dyad) {
            MATCH ()-[t:TIE_ALIGNING_WITH]->() USING INDEX t:TIE_ALIGNING_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_ALIGNING_WITH]->() USING INDEX t:TIE_ALIGNING_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_CRITICIZED]->() USING INDEX t:TIE_CRITICIZED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_CRITICIZED]->() USING INDEX t:TIE_CRITICIZED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_DRIFTING_FROM]->() USING INDEX t:TIE_DRIFTING_FROM(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_DRIFTING_FROM]->() USING INDEX t:TIE_DRIFTING_FROM(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() USING INDEX t:TIE_FAILED_TO_SUPPORT(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() USING INDEX t:TIE_FAILED_TO_SUPPORT(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_HOSTED]->() USING INDEX t:TIE_HOSTED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_HOSTED]->() USING INDEX t:TIE_HOSTED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_INVADED]->() USING INDEX t:TIE_INVADED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_INVADED]->() USING INDEX t:TIE_INVADED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() USING INDEX t:TIE_LOSING_INFLUENCE_OVER(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() USING INDEX t:TIE_LOSING_INFLUENCE_OVER(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_MEMBER_OF]->() USING INDEX t:TIE_MEMBER_OF(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_MEMBER_OF]->() USING INDEX t:TIE_MEMBER_OF(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_MET]->() USING INDEX t:TIE_MET(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_MET]->() USING INDEX t:TIE_MET(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_NEGOTIATED_WITH]->() USING INDEX t:TIE_NEGOTIATED_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_NEGOTIATED_WITH]->() USING INDEX t:TIE_NEGOTIATED_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_REASSURED]->() USING INDEX t:TIE_REASSURED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_REASSURED]->() USING INDEX t:TIE_REASSURED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_REJECTED]->() USING INDEX t:TIE_REJECTED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_REJECTED]->() USING INDEX t:TIE_REJECTED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() USING INDEX t:TIE_RELATIONS_IMPROVING(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() USING INDEX t:TIE_RELATIONS_IMPROVING(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_RELATIONS_WORSENING]->() USING INDEX t:TIE_RELATIONS_WORSENING(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_RELATIONS_WORSENING]->() USING INDEX t:TIE_RELATIONS_WORSENING(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SANCTIONED]->() USING INDEX t:TIE_SANCTIONED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SANCTIONED]->() USING INDEX t:TIE_SANCTIONED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() USING INDEX t:TIE_SEEKS_COOPERATION_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() USING INDEX t:TIE_SEEKS_COOPERATION_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() USING INDEX t:TIE_SIGNED_AGREEMENT_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() USING INDEX t:TIE_SIGNED_AGREEMENT_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SUPPORTED]->() USING INDEX t:TIE_SUPPORTED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_SUPPORTED]->() USING INDEX t:TIE_SUPPORTED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_THREATENED]->() USING INDEX t:TIE_THREATENED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_THREATENED]->() USING INDEX t:TIE_THREATENED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_TRADES_WITH]->() USING INDEX t:TIE_TRADES_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_TRADES_WITH]->() USING INDEX t:TIE_TRADES_WITH(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_VISITED]->() USING INDEX t:TIE_VISITED(dyad) WHERE t.dyad = dyad AND t.sourceId < t.targetId RETURN t
            UNION ALL
            MATCH ()-[t:TIE_VISITED]->() USING INDEX t:TIE_VISITED(dyad) WHERE t.dyad = dyad AND t.sourceId > t.targetId RETURN t
          }
          WITH t LIMIT 1
          RETURN t
        }
        RETURN t
      }
      WITH startNode(t) AS s, t, endNode(t) AS e
      RETURN collect({x: s, t: t, y: e}) + collect({x: e, t: t, y: s}) AS tieHops
    }
    UNWIND roled + tieHops AS pair
    WITH a, b, fromA, fromB, pair.x AS x, pair.y AS y, collect(pair.t) AS between
    WITH a, b, fromA, fromB, x, y, between, [e IN fromA WHERE e.x = x | e.t] AS toX, [f IN fromB WHERE f.x = y | f.t] AS fromY
    WHERE size(toX) > 0 AND size(fromY) > 0
    RETURN collect({ns: [a, x, y, b], opts: [toX, between, fromY]}) AS three
  }
  RETURN found + three AS near
}
CALL (a, b, search, near) {
  // A way with no role among its hops' options passes the role test whichever ties it shows: one path, each hop
  // the tie shown first (the choice at the end, by the same key). Else every combination, for the test to decide.
  UNWIND near AS way
  WITH way, any(o IN way.opts WHERE any(r IN o WHERE type(r) = 'HOLDS_ROLE')) AS roles
  UNWIND CASE WHEN roles THEN reduce(cs = [[]], o IN way.opts | reduce(next = [], c IN cs | next + [r IN o | c + r]))
              ELSE [[o IN way.opts | reduce(m = null, x IN [r IN o | {r: r, key: type(r) + CASE WHEN startNode(r).id < endNode(r).id THEN ':0:' ELSE ':1:' END + elementId(r)}] |
                                            CASE WHEN m IS NULL OR x.key < m.key THEN x ELSE m END).r]] END AS rs
  RETURN way.ns AS ns, rs
  UNION ALL
  // the API's default: every tie type and roles, no date. Nothing to test but the pattern's types, and a hub's
  // statements and events are not read at all
  WITH a, b, search, near WHERE search = 'untested' AND (near IS NULL OR (size(near) = 0 AND $args.maxHops > 3))
  MATCH p = allShortestPaths((a)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE*..6]-(b))
  RETURN nodes(p) AS ns, relationships(p) AS rs
  UNION ALL
  // some tie types, or roles held on a date
  WITH a, b, search WHERE search = 'tested'
  MATCH p = allShortestPaths((a)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $args.allowed
              AND ($args.at IS NULL OR type(r) <> 'HOLDS_ROLE'
                   OR ((r.since IS NULL OR r.since <= date($args.at)) AND (r.until IS NULL OR r.until >= date($args.at)))))
  RETURN nodes(p) AS ns, relationships(p) AS rs
  UNION ALL
  // statements and events as hops too
  WITH a, b, search WHERE search = 'links'
  MATCH p = allShortestPaths((a)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED|HOLDS_ROLE|SAID|ABOUT|PARTICIPATED_IN*..6]-(b))
  WHERE all(r IN relationships(p) WHERE type(r) IN $args.allowed
              AND ($args.at IS NULL OR type(r) <> 'HOLDS_ROLE'
                   OR ((r.since IS NULL OR r.since <= date($args.at)) AND (r.until IS NULL OR r.until >= date($args.at)))))
  RETURN nodes(p) AS ns, relationships(p) AS rs
}
WITH ns, rs
WHERE size(rs) <= $args.maxHops
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
// Of parallel ties between the same actors (two types, or both directions), a
// way shows the one whose type comes first by name, from the actor with the
// smaller id first (then, for roles, the relationship stored first): a fixed
// choice, whichever search found the way, and one that the search from both
// ends reads alone.
WITH ns, rs, [n IN ns | elementId(n)] AS way ORDER BY way, [r IN rs | type(r) + CASE WHEN startNode(r).id < endNode(r).id THEN ':0:' ELSE ':1:' END + elementId(r)]
WITH way, collect({ns: ns, rs: rs})[0] AS chosen
ORDER BY way
LIMIT $args.first
// Each hop with the roles beside it (joined to it by a chain of role hops).
WITH collect([i IN range(0, size(chosen.rs) - 1) |
              {hop: chosen.rs[i],
               roles: [j IN range(0, size(chosen.rs) - 1) WHERE type(chosen.rs[j]) = 'HOLDS_ROLE'
                         AND all(k IN CASE WHEN j < i THEN range(j, i - 1) ELSE range(i + 1, j) END
                                 WHERE type(chosen.rs[k]) = 'HOLDS_ROLE') | chosen.rs[j]]}]) AS ways,
     collect(chosen.ns) AS nodeLists
// A tie with no role to date it by (or with $at) is shown as an edge of its
// newest date, its lastDate (the hop's newest; null for the others).
WITH nodeLists, [way IN ways | [h IN way | h {.hop, .roles, newest: CASE WHEN type(h.hop) STARTS WITH 'TIE_'
                                 AND ($args.at IS NOT NULL OR size(h.roles) = 0) THEN h.hop.lastDate END}]] AS ways
// Those edges are read for all the ways' ties at once, one seek of each
// type's (dyad, effectiveDate) index. Read tie by tie, each tie took 22 seeks
// (an index per type), or a walk over the relationships of an end: 7.1 of the
// 21.5 ms of a page of 10 paths between two tail actors at 1M edges went to
// showing them.
CALL (ways) {
  WITH [h IN reduce(hs = [], way IN ways | hs + way) WHERE h.newest IS NOT NULL | h.hop] AS hops
  CALL (hops) {
    WITH [h IN hops WHERE h.type = 'MET'] AS hs
    MATCH ()-[e:MET]->() USING INDEX e:MET(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'VISITED'] AS hs
    MATCH ()-[e:VISITED]->() USING INDEX e:VISITED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'HOSTED'] AS hs
    MATCH ()-[e:HOSTED]->() USING INDEX e:HOSTED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'NEGOTIATED_WITH'] AS hs
    MATCH ()-[e:NEGOTIATED_WITH]->() USING INDEX e:NEGOTIATED_WITH(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'REASSURED'] AS hs
    MATCH ()-[e:REASSURED]->() USING INDEX e:REASSURED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'SIGNED_AGREEMENT_WITH'] AS hs
    MATCH ()-[e:SIGNED_AGREEMENT_WITH]->() USING INDEX e:SIGNED_AGREEMENT_WITH(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'SEEKS_COOPERATION_WITH'] AS hs
    MATCH ()-[e:SEEKS_COOPERATION_WITH]->() USING INDEX e:SEEKS_COOPERATION_WITH(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'TRADES_WITH'] AS hs
    MATCH ()-[e:TRADES_WITH]->() USING INDEX e:TRADES_WITH(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'ALIGNING_WITH'] AS hs
    MATCH ()-[e:ALIGNING_WITH]->() USING INDEX e:ALIGNING_WITH(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'SUPPORTED'] AS hs
    MATCH ()-[e:SUPPORTED]->() USING INDEX e:SUPPORTED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'RELATIONS_IMPROVING'] AS hs
    MATCH ()-[e:RELATIONS_IMPROVING]->() USING INDEX e:RELATIONS_IMPROVING(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'MEMBER_OF'] AS hs
    MATCH ()-[e:MEMBER_OF]->() USING INDEX e:MEMBER_OF(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'COMPLIES_WITH_SANCTIONS_AGAINST'] AS hs
    MATCH ()-[e:COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX e:COMPLIES_WITH_SANCTIONS_AGAINST(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'SANCTIONED'] AS hs
    MATCH ()-[e:SANCTIONED]->() USING INDEX e:SANCTIONED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'CRITICIZED'] AS hs
    MATCH ()-[e:CRITICIZED]->() USING INDEX e:CRITICIZED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'REJECTED'] AS hs
    MATCH ()-[e:REJECTED]->() USING INDEX e:REJECTED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'FAILED_TO_SUPPORT'] AS hs
    MATCH ()-[e:FAILED_TO_SUPPORT]->() USING INDEX e:FAILED_TO_SUPPORT(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'DRIFTING_FROM'] AS hs
    MATCH ()-[e:DRIFTING_FROM]->() USING INDEX e:DRIFTING_FROM(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'RELATIONS_WORSENING'] AS hs
    MATCH ()-[e:RELATIONS_WORSENING]->() USING INDEX e:RELATIONS_WORSENING(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'LOSING_INFLUENCE_OVER'] AS hs
    MATCH ()-[e:LOSING_INFLUENCE_OVER]->() USING INDEX e:LOSING_INFLUENCE_OVER(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'THREATENED'] AS hs
    MATCH ()-[e:THREATENED]->() USING INDEX e:THREATENED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
    UNION ALL
    WITH [h IN hops WHERE h.type = 'INVADED'] AS hs
    MATCH ()-[e:INVADED]->() USING INDEX e:INVADED(dyad, effectiveDate) WHERE e.dyad IN [h IN hs | h.dyad] AND e.effectiveDate IN [h IN hs | h.lastDate] RETURN e
  }
  RETURN collect({dyad: e.dyad, type: type(e), date: e.effectiveDate, e: e}) AS newest
}
UNWIND range(0, size(ways) - 1) AS w
WITH nodeLists[w] AS ns, ways[w] AS hops, newest
CALL (hops, newest) {
  UNWIND range(0, size(hops) - 1) AS i
  WITH i, hops[i].hop AS hop, hops[i].roles AS roles, hops[i].newest AS newestDate
  CALL (hop, roles, newest, newestDate) {
    WITH hop, roles, newest, newestDate, startNode(hop) AS s, endNode(hop) AS t
    WHERE type(hop) STARTS WITH 'TIE_'
    // The tie's edges: those of its type from s to t. Of its newest date when
    // that is all it needs (read above); else all of them: from an end of few
    // relationships (Expand(Into) starts at the smaller), or between two large
    // ones by one seek of each type's (dyad, effectiveDate) index.
    WITH hop, roles, newest, newestDate, s, t,
         CASE WHEN newestDate IS NULL THEN COUNT { (s)--() } <= $args.fewTies OR COUNT { (t)--() } <= $args.fewTies END AS fromEnd
    CALL (hop, s, t, newest, newestDate, fromEnd) {
      WITH hop, newest, newestDate WHERE newestDate IS NOT NULL
      UNWIND [n IN newest WHERE n.dyad = hop.dyad AND n.type = hop.type AND n.date = newestDate | n.e] AS e
      RETURN e
      UNION ALL
      WITH hop, s, t WHERE fromEnd
      MATCH (s)-[e]->(t) WHERE type(e) = hop.type
      RETURN e
      UNION ALL
      WITH hop WHERE NOT fromEnd
      WITH hop.type AS type, hop.dyad AS dyad, date('-999999999-01-01') AS lo, date('+999999999-12-31') AS hi
      CALL (type, dyad, lo, hi) {
        MATCH ()-[e:MET]->() USING INDEX e:MET(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'MET' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:VISITED]->() USING INDEX e:VISITED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'VISITED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:HOSTED]->() USING INDEX e:HOSTED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'HOSTED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:NEGOTIATED_WITH]->() USING INDEX e:NEGOTIATED_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'NEGOTIATED_WITH' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:REASSURED]->() USING INDEX e:REASSURED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'REASSURED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:SIGNED_AGREEMENT_WITH]->() USING INDEX e:SIGNED_AGREEMENT_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SIGNED_AGREEMENT_WITH' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:SEEKS_COOPERATION_WITH]->() USING INDEX e:SEEKS_COOPERATION_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SEEKS_COOPERATION_WITH' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:TRADES_WITH]->() USING INDEX e:TRADES_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'TRADES_WITH' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:ALIGNING_WITH]->() USING INDEX e:ALIGNING_WITH(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'ALIGNING_WITH' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:SUPPORTED]->() USING INDEX e:SUPPORTED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SUPPORTED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:RELATIONS_IMPROVING]->() USING INDEX e:RELATIONS_IMPROVING(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'RELATIONS_IMPROVING' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:MEMBER_OF]->() USING INDEX e:MEMBER_OF(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'MEMBER_OF' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:COMPLIES_WITH_SANCTIONS_AGAINST]->() USING INDEX e:COMPLIES_WITH_SANCTIONS_AGAINST(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'COMPLIES_WITH_SANCTIONS_AGAINST' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:SANCTIONED]->() USING INDEX e:SANCTIONED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'SANCTIONED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:CRITICIZED]->() USING INDEX e:CRITICIZED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'CRITICIZED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:REJECTED]->() USING INDEX e:REJECTED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'REJECTED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:FAILED_TO_SUPPORT]->() USING INDEX e:FAILED_TO_SUPPORT(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'FAILED_TO_SUPPORT' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:DRIFTING_FROM]->() USING INDEX e:DRIFTING_FROM(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'DRIFTING_FROM' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:RELATIONS_WORSENING]->() USING INDEX e:RELATIONS_WORSENING(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'RELATIONS_WORSENING' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:LOSING_INFLUENCE_OVER]->() USING INDEX e:LOSING_INFLUENCE_OVER(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'LOSING_INFLUENCE_OVER' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:THREATENED]->() USING INDEX e:THREATENED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'THREATENED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
        UNION ALL
        MATCH ()-[e:INVADED]->() USING INDEX e:INVADED(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = 'INVADED' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e
      }
      RETURN e
    }
    WITH e, hop, roles, s WHERE startNode(e) = s
    // with $at or an undated tie, any edge; else one dated within every role beside the tie
    WITH e, hop, roles, coalesce(e.date, e.reportedAt) AS d
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
RETURN [n IN ns | {id: n.id, label: CASE WHEN n:Statement THEN 'Statement' WHEN n:Event THEN 'Event' ELSE 'Actor' END,
                         actor: CASE WHEN n:Actor THEN n {.id, .name, .kind, .aliases, .wikidataId} END}] AS nodes, rels
