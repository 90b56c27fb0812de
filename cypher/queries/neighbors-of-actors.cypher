// Purpose: actors within $depth (1..3) relation hops of each given actor,
// nearest first (then by name and id), each with the relation types of its
// last hop. Runs over the actor-to-actor projection (TIE_<TYPE>, one per dyad
// and type), expanded by type. Breadth-first by rings, each ring distinct
// from the nearer ones; a ring is only read when the nearer ones hold fewer
// than $first actors, and then only as far as the page reaches.
// A ring is found whichever way reads less: expanding every tie of the ring
// before it (a rare actor's few ties), or walking the actors in name order
// (index actor_name) and keeping those tied to the ring before it, until the
// page is full (a hub's ring: the page is found after about
// page x actors / ties steps, however many thousand ties the hub has).
// Expanding costs the ring's ties of the types asked for (its degree, from the
// degree store: of all types at once when all 22 are asked for, 22 being the
// vocabulary's size, checked by a unit test; else type by type). With some
// types only, the ring is expanded type by type, so that a hub's ties of the
// other types are not read (they were: 32,009 hits for a hub's ring 1 of MET
// ties at 100k edges, now 1,920); with all of them, in one expansion, which
// reads a small actor's one chain of ties once, not once a type.
// walking costs about page x actors / ties steps, each reading the
// candidate's own ties (once, with the ring before as a list to look in: one
// look-up per actor of that ring instead cost a hub's chain for each, 200,000
// reads for a rare actor's ring 2 at 300k edges); the smaller wins, and both
// give the same page.
// A walked candidate is tested by expanding its own ties and looking for the
// ring before among their ends. Seeking each tie type's (dyad) index with the
// candidate's key instead (schema/008) reads fewer db hits for a hub's ring 1
// (2,213 against 16,204 at 1M edges) but takes longer: 22 B-tree descents a
// candidate cost more than reading its few hundred ties from their chains
// (the hub's 3-hop page, median of 15: 53.5 -> 26.4 ms at 1M edges, 51.2 ->
// 31.1 ms at 100k; the same page). Without those 66 branches the statement
// also plans in less time.
// The walk's guard sits in the index range (a null bound matches nothing), so
// a ring that is expanded reads no index at all.
// Relationship types are spelled out (every TIE_<TYPE> of the vocabulary; a unit
// test keeps the lists in step): Neo4j 5.26 plans $any() as a filter over every
// relationship of a node, not as an expansion by type.
// Parameters (in one map, $args, for one cached plan: src/graph/cypher.ts): ids, types, depth, first. Columns: key, actor (the given actor's
//   map as actors-by-ids gives it, so that actor(id:) { neighbors } is one round
//   trip, not a look-up of the actor and then its neighbourhood), items ({id,
//   distance, via, actor: the neighbour's map, so no second look-up}).
CALL () {
  MATCH (x:Actor)
  RETURN count(x) AS actors
}
UNWIND $args.ids AS id
MATCH (a:Actor {id: id})
WITH id, a, actors, [t IN $args.types | 'TIE_' + t] AS tieTypes
CALL (a, tieTypes, actors) {
  WITH a, tieTypes, actors, [a] AS frontier, [a] AS seen
  WITH a, tieTypes, actors, frontier, seen, $args.first - size(seen) + 1 AS need
  WHERE need > 0
  CALL (frontier, tieTypes) {
    UNWIND frontier AS m
    RETURN sum(CASE WHEN size(tieTypes) = 22 THEN COUNT { (m)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() }
               ELSE
                      CASE WHEN 'TIE_MET' IN tieTypes THEN COUNT { (m)-[:TIE_MET]-() } ELSE 0 END
                    + CASE WHEN 'TIE_VISITED' IN tieTypes THEN COUNT { (m)-[:TIE_VISITED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_HOSTED' IN tieTypes THEN COUNT { (m)-[:TIE_HOSTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_NEGOTIATED_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_NEGOTIATED_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_REASSURED' IN tieTypes THEN COUNT { (m)-[:TIE_REASSURED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SIGNED_AGREEMENT_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_SIGNED_AGREEMENT_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SEEKS_COOPERATION_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_SEEKS_COOPERATION_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_TRADES_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_TRADES_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_ALIGNING_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_ALIGNING_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SUPPORTED' IN tieTypes THEN COUNT { (m)-[:TIE_SUPPORTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_RELATIONS_IMPROVING' IN tieTypes THEN COUNT { (m)-[:TIE_RELATIONS_IMPROVING]-() } ELSE 0 END
                    + CASE WHEN 'TIE_MEMBER_OF' IN tieTypes THEN COUNT { (m)-[:TIE_MEMBER_OF]-() } ELSE 0 END
                    + CASE WHEN 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST' IN tieTypes THEN COUNT { (m)-[:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SANCTIONED' IN tieTypes THEN COUNT { (m)-[:TIE_SANCTIONED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_CRITICIZED' IN tieTypes THEN COUNT { (m)-[:TIE_CRITICIZED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_REJECTED' IN tieTypes THEN COUNT { (m)-[:TIE_REJECTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_FAILED_TO_SUPPORT' IN tieTypes THEN COUNT { (m)-[:TIE_FAILED_TO_SUPPORT]-() } ELSE 0 END
                    + CASE WHEN 'TIE_DRIFTING_FROM' IN tieTypes THEN COUNT { (m)-[:TIE_DRIFTING_FROM]-() } ELSE 0 END
                    + CASE WHEN 'TIE_RELATIONS_WORSENING' IN tieTypes THEN COUNT { (m)-[:TIE_RELATIONS_WORSENING]-() } ELSE 0 END
                    + CASE WHEN 'TIE_LOSING_INFLUENCE_OVER' IN tieTypes THEN COUNT { (m)-[:TIE_LOSING_INFLUENCE_OVER]-() } ELSE 0 END
                    + CASE WHEN 'TIE_THREATENED' IN tieTypes THEN COUNT { (m)-[:TIE_THREATENED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_INVADED' IN tieTypes THEN COUNT { (m)-[:TIE_INVADED]-() } ELSE 0 END
               END) AS degree
  }
  CALL (tieTypes, actors, frontier, seen, need, degree) {
    // expanding the ring before
    UNWIND CASE WHEN degree * degree <= 50 * need * actors * size(frontier) THEN frontier ELSE [] END AS m
    CALL (m, tieTypes, seen) {
      UNWIND CASE WHEN size(tieTypes) = 22 THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_MET' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MET]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_VISITED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_VISITED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_HOSTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_HOSTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_NEGOTIATED_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_NEGOTIATED_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_REASSURED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_REASSURED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SIGNED_AGREEMENT_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SIGNED_AGREEMENT_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SEEKS_COOPERATION_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SEEKS_COOPERATION_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_TRADES_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_TRADES_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_ALIGNING_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_ALIGNING_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SUPPORTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SUPPORTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_RELATIONS_IMPROVING' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_RELATIONS_IMPROVING]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_MEMBER_OF' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MEMBER_OF]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SANCTIONED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SANCTIONED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_CRITICIZED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_CRITICIZED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_REJECTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_REJECTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_FAILED_TO_SUPPORT' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_FAILED_TO_SUPPORT]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_DRIFTING_FROM' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_DRIFTING_FROM]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_RELATIONS_WORSENING' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_RELATIONS_WORSENING]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_LOSING_INFLUENCE_OVER' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_LOSING_INFLUENCE_OVER]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_THREATENED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_THREATENED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_INVADED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_INVADED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
    }
    WITH n, collect(DISTINCT type) AS via
    ORDER BY n.name, n.id
    LIMIT $args.first
    RETURN n, via
    UNION ALL
    // the walk, testing a candidate by expanding its own ties
    MATCH (n:Actor)
    WHERE n.name >= CASE WHEN degree * degree > 50 * need * actors * size(frontier) THEN '' END
      AND NOT n IN seen
      AND EXISTS { MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m) WHERE m IN frontier AND type(r) IN tieTypes }
    WITH n, frontier, tieTypes, need ORDER BY n.name, n.id
    LIMIT $args.first
    // only the first `need` of the ring reach the page: the others' via types are not read
    WITH frontier, tieTypes, need, collect(n) AS walked
    UNWIND walked[..need] AS n
    CALL (n, frontier, tieTypes) {
      MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m)
      WHERE m IN frontier AND type(r) IN tieTypes
      RETURN collect(DISTINCT r.type) AS via
    }
    RETURN n, via
  }
  WITH n, via ORDER BY n.name, n.id
  RETURN collect({node: n, via: via}) AS ring1
}
CALL (a, tieTypes, actors, ring1) {
  WITH a, tieTypes, actors, [x IN ring1 | x.node] AS frontier, [a] + [x IN ring1 | x.node] AS seen
  WITH a, tieTypes, actors, frontier, seen, $args.first - size(seen) + 1 AS need
  WHERE $args.depth >= 2 AND need > 0
  CALL (frontier, tieTypes) {
    UNWIND frontier AS m
    RETURN sum(CASE WHEN size(tieTypes) = 22 THEN COUNT { (m)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() }
               ELSE
                      CASE WHEN 'TIE_MET' IN tieTypes THEN COUNT { (m)-[:TIE_MET]-() } ELSE 0 END
                    + CASE WHEN 'TIE_VISITED' IN tieTypes THEN COUNT { (m)-[:TIE_VISITED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_HOSTED' IN tieTypes THEN COUNT { (m)-[:TIE_HOSTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_NEGOTIATED_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_NEGOTIATED_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_REASSURED' IN tieTypes THEN COUNT { (m)-[:TIE_REASSURED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SIGNED_AGREEMENT_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_SIGNED_AGREEMENT_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SEEKS_COOPERATION_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_SEEKS_COOPERATION_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_TRADES_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_TRADES_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_ALIGNING_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_ALIGNING_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SUPPORTED' IN tieTypes THEN COUNT { (m)-[:TIE_SUPPORTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_RELATIONS_IMPROVING' IN tieTypes THEN COUNT { (m)-[:TIE_RELATIONS_IMPROVING]-() } ELSE 0 END
                    + CASE WHEN 'TIE_MEMBER_OF' IN tieTypes THEN COUNT { (m)-[:TIE_MEMBER_OF]-() } ELSE 0 END
                    + CASE WHEN 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST' IN tieTypes THEN COUNT { (m)-[:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SANCTIONED' IN tieTypes THEN COUNT { (m)-[:TIE_SANCTIONED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_CRITICIZED' IN tieTypes THEN COUNT { (m)-[:TIE_CRITICIZED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_REJECTED' IN tieTypes THEN COUNT { (m)-[:TIE_REJECTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_FAILED_TO_SUPPORT' IN tieTypes THEN COUNT { (m)-[:TIE_FAILED_TO_SUPPORT]-() } ELSE 0 END
                    + CASE WHEN 'TIE_DRIFTING_FROM' IN tieTypes THEN COUNT { (m)-[:TIE_DRIFTING_FROM]-() } ELSE 0 END
                    + CASE WHEN 'TIE_RELATIONS_WORSENING' IN tieTypes THEN COUNT { (m)-[:TIE_RELATIONS_WORSENING]-() } ELSE 0 END
                    + CASE WHEN 'TIE_LOSING_INFLUENCE_OVER' IN tieTypes THEN COUNT { (m)-[:TIE_LOSING_INFLUENCE_OVER]-() } ELSE 0 END
                    + CASE WHEN 'TIE_THREATENED' IN tieTypes THEN COUNT { (m)-[:TIE_THREATENED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_INVADED' IN tieTypes THEN COUNT { (m)-[:TIE_INVADED]-() } ELSE 0 END
               END) AS degree
  }
  CALL (tieTypes, actors, frontier, seen, need, degree) {
    // expanding the ring before
    UNWIND CASE WHEN degree * degree <= 50 * need * actors * size(frontier) THEN frontier ELSE [] END AS m
    CALL (m, tieTypes, seen) {
      UNWIND CASE WHEN size(tieTypes) = 22 THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_MET' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MET]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_VISITED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_VISITED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_HOSTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_HOSTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_NEGOTIATED_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_NEGOTIATED_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_REASSURED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_REASSURED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SIGNED_AGREEMENT_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SIGNED_AGREEMENT_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SEEKS_COOPERATION_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SEEKS_COOPERATION_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_TRADES_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_TRADES_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_ALIGNING_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_ALIGNING_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SUPPORTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SUPPORTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_RELATIONS_IMPROVING' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_RELATIONS_IMPROVING]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_MEMBER_OF' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MEMBER_OF]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SANCTIONED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SANCTIONED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_CRITICIZED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_CRITICIZED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_REJECTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_REJECTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_FAILED_TO_SUPPORT' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_FAILED_TO_SUPPORT]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_DRIFTING_FROM' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_DRIFTING_FROM]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_RELATIONS_WORSENING' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_RELATIONS_WORSENING]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_LOSING_INFLUENCE_OVER' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_LOSING_INFLUENCE_OVER]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_THREATENED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_THREATENED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_INVADED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_INVADED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
    }
    WITH n, collect(DISTINCT type) AS via
    ORDER BY n.name, n.id
    LIMIT $args.first
    RETURN n, via
    UNION ALL
    // the walk, testing a candidate by expanding its own ties
    MATCH (n:Actor)
    WHERE n.name >= CASE WHEN degree * degree > 50 * need * actors * size(frontier) THEN '' END
      AND NOT n IN seen
      AND EXISTS { MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m) WHERE m IN frontier AND type(r) IN tieTypes }
    WITH n, frontier, tieTypes, need ORDER BY n.name, n.id
    LIMIT $args.first
    // only the first `need` of the ring reach the page: the others' via types are not read
    WITH frontier, tieTypes, need, collect(n) AS walked
    UNWIND walked[..need] AS n
    CALL (n, frontier, tieTypes) {
      MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m)
      WHERE m IN frontier AND type(r) IN tieTypes
      RETURN collect(DISTINCT r.type) AS via
    }
    RETURN n, via
  }
  WITH n, via ORDER BY n.name, n.id
  RETURN collect({node: n, via: via}) AS ring2
}
CALL (a, tieTypes, actors, ring1, ring2) {
  WITH a, tieTypes, actors, [x IN ring2 | x.node] AS frontier, [a] + [x IN ring1 + ring2 | x.node] AS seen
  WITH a, tieTypes, actors, frontier, seen, $args.first - size(seen) + 1 AS need
  WHERE $args.depth >= 3 AND need > 0
  CALL (frontier, tieTypes) {
    UNWIND frontier AS m
    RETURN sum(CASE WHEN size(tieTypes) = 22 THEN COUNT { (m)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() }
               ELSE
                      CASE WHEN 'TIE_MET' IN tieTypes THEN COUNT { (m)-[:TIE_MET]-() } ELSE 0 END
                    + CASE WHEN 'TIE_VISITED' IN tieTypes THEN COUNT { (m)-[:TIE_VISITED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_HOSTED' IN tieTypes THEN COUNT { (m)-[:TIE_HOSTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_NEGOTIATED_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_NEGOTIATED_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_REASSURED' IN tieTypes THEN COUNT { (m)-[:TIE_REASSURED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SIGNED_AGREEMENT_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_SIGNED_AGREEMENT_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SEEKS_COOPERATION_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_SEEKS_COOPERATION_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_TRADES_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_TRADES_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_ALIGNING_WITH' IN tieTypes THEN COUNT { (m)-[:TIE_ALIGNING_WITH]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SUPPORTED' IN tieTypes THEN COUNT { (m)-[:TIE_SUPPORTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_RELATIONS_IMPROVING' IN tieTypes THEN COUNT { (m)-[:TIE_RELATIONS_IMPROVING]-() } ELSE 0 END
                    + CASE WHEN 'TIE_MEMBER_OF' IN tieTypes THEN COUNT { (m)-[:TIE_MEMBER_OF]-() } ELSE 0 END
                    + CASE WHEN 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST' IN tieTypes THEN COUNT { (m)-[:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-() } ELSE 0 END
                    + CASE WHEN 'TIE_SANCTIONED' IN tieTypes THEN COUNT { (m)-[:TIE_SANCTIONED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_CRITICIZED' IN tieTypes THEN COUNT { (m)-[:TIE_CRITICIZED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_REJECTED' IN tieTypes THEN COUNT { (m)-[:TIE_REJECTED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_FAILED_TO_SUPPORT' IN tieTypes THEN COUNT { (m)-[:TIE_FAILED_TO_SUPPORT]-() } ELSE 0 END
                    + CASE WHEN 'TIE_DRIFTING_FROM' IN tieTypes THEN COUNT { (m)-[:TIE_DRIFTING_FROM]-() } ELSE 0 END
                    + CASE WHEN 'TIE_RELATIONS_WORSENING' IN tieTypes THEN COUNT { (m)-[:TIE_RELATIONS_WORSENING]-() } ELSE 0 END
                    + CASE WHEN 'TIE_LOSING_INFLUENCE_OVER' IN tieTypes THEN COUNT { (m)-[:TIE_LOSING_INFLUENCE_OVER]-() } ELSE 0 END
                    + CASE WHEN 'TIE_THREATENED' IN tieTypes THEN COUNT { (m)-[:TIE_THREATENED]-() } ELSE 0 END
                    + CASE WHEN 'TIE_INVADED' IN tieTypes THEN COUNT { (m)-[:TIE_INVADED]-() } ELSE 0 END
               END) AS degree
  }
  CALL (tieTypes, actors, frontier, seen, need, degree) {
    // expanding the ring before
    UNWIND CASE WHEN degree * degree <= 50 * need * actors * size(frontier) THEN frontier ELSE [] END AS m
    CALL (m, tieTypes, seen) {
      UNWIND CASE WHEN size(tieTypes) = 22 THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_MET' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MET]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_VISITED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_VISITED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_HOSTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_HOSTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_NEGOTIATED_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_NEGOTIATED_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_REASSURED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_REASSURED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SIGNED_AGREEMENT_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SIGNED_AGREEMENT_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SEEKS_COOPERATION_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SEEKS_COOPERATION_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_TRADES_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_TRADES_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_ALIGNING_WITH' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_ALIGNING_WITH]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SUPPORTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SUPPORTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_RELATIONS_IMPROVING' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_RELATIONS_IMPROVING]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_MEMBER_OF' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_MEMBER_OF]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_SANCTIONED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_SANCTIONED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_CRITICIZED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_CRITICIZED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_REJECTED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_REJECTED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_FAILED_TO_SUPPORT' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_FAILED_TO_SUPPORT]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_DRIFTING_FROM' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_DRIFTING_FROM]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_RELATIONS_WORSENING' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_RELATIONS_WORSENING]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_LOSING_INFLUENCE_OVER' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_LOSING_INFLUENCE_OVER]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_THREATENED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_THREATENED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
      UNION ALL
      UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_INVADED' IN tieTypes THEN [m] ELSE [] END AS x
      MATCH (x)-[r:TIE_INVADED]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type
    }
    WITH n, collect(DISTINCT type) AS via
    ORDER BY n.name, n.id
    LIMIT $args.first
    RETURN n, via
    UNION ALL
    // the walk, testing a candidate by expanding its own ties
    MATCH (n:Actor)
    WHERE n.name >= CASE WHEN degree * degree > 50 * need * actors * size(frontier) THEN '' END
      AND NOT n IN seen
      AND EXISTS { MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m) WHERE m IN frontier AND type(r) IN tieTypes }
    WITH n, frontier, tieTypes, need ORDER BY n.name, n.id
    LIMIT $args.first
    // only the first `need` of the ring reach the page: the others' via types are not read
    WITH frontier, tieTypes, need, collect(n) AS walked
    UNWIND walked[..need] AS n
    CALL (n, frontier, tieTypes) {
      MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m)
      WHERE m IN frontier AND type(r) IN tieTypes
      RETURN collect(DISTINCT r.type) AS via
    }
    RETURN n, via
  }
  WITH n, via ORDER BY n.name, n.id
  RETURN collect({node: n, via: via}) AS ring3
}
CALL (ring1, ring2, ring3) {
  UNWIND [x IN ring1 | x {.*, distance: 1}] + [x IN ring2 | x {.*, distance: 2}] + [x IN ring3 | x {.*, distance: 3}] AS found
  WITH found LIMIT $args.first
  WITH found, found.node AS n
  // via in the order the types were asked for (the vocabulary's by default), not in the order the ties were read
  RETURN collect({id: n.id, distance: found.distance, via: [t IN $args.types WHERE t IN found.via], actor: n {.id, .name, .kind, .aliases, .wikidataId}}) AS items
}
RETURN id AS key, a {.id, .name, .kind, .aliases, .wikidataId} AS actor, items
