// Purpose: the neighbourhood as queries/neighbors-of-actors computed it before
// a walked candidate could be tested by the tie types' (dyad) index seeks:
// every walked candidate's own ties are expanded. Kept as the oracle the new
// statement is checked against (test/graph/traversals.test.ts): same page,
// same distances, same via types (in whatever order).
// Was: actors within $depth (1..3) relation hops of each given actor,
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
// Expanding costs the ring's ties (its degree: from the degree store when all
// types are asked for; 22 is the vocabulary's size, checked by a unit test);
// walking costs about page x actors / ties steps, each reading the
// candidate's own ties (once, with the ring before as a list to look in: one
// look-up per actor of that ring instead cost a hub's chain for each, 200,000
// reads for a rare actor's ring 2 at 300k edges); the smaller wins, and both
// give the same page.
// The walk's guard sits in the index range (a null bound matches nothing), so
// a ring that is expanded reads no index at all.
// Relationship types are spelled out (every TIE_<TYPE> of the vocabulary; a unit
// test keeps the lists in step): Neo4j 5.26 plans $any() as a filter over every
// relationship of a node, not as an expansion by type.
// Parameters: ids, types, depth, first. Columns: key, actor (the given actor's
//   map as actors-by-ids gives it, so that actor(id:) { neighbors } is one round
//   trip, not a look-up of the actor and then its neighbourhood), items ({id,
//   distance, via, actor: the neighbour's map, so no second look-up}).
CALL () {
  MATCH (x:Actor)
  RETURN count(x) AS actors
}
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, actors, [t IN $types | 'TIE_' + t] AS tieTypes
CALL (a, tieTypes, actors) {
  WITH a, tieTypes, actors, [a] AS frontier, [a] AS seen
  WITH a, tieTypes, actors, frontier, seen, $first - size(seen) + 1 AS need
  WHERE need > 0
  CALL (frontier, tieTypes) {
    UNWIND frontier AS m
    RETURN sum(CASE WHEN size(tieTypes) = 22 THEN COUNT { (m)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() }
                    ELSE COUNT { (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() WHERE type(r) IN tieTypes } END) AS degree
  }
  CALL (tieTypes, actors, frontier, seen, need, degree) {
    UNWIND CASE WHEN degree * degree <= 50 * need * actors * size(frontier) THEN frontier ELSE [] END AS m
    MATCH (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor)
    WHERE NOT n IN seen AND type(r) IN tieTypes
    WITH n, collect(DISTINCT r.type) AS via
    ORDER BY n.name, n.id
    LIMIT $first
    RETURN n, via
    UNION ALL
    MATCH (n:Actor)
    WHERE n.name >= CASE WHEN degree * degree > 50 * need * actors * size(frontier) THEN '' END AND NOT n IN seen
      AND EXISTS { MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m) WHERE m IN frontier AND type(r) IN tieTypes }
    WITH n, frontier, tieTypes ORDER BY n.name, n.id
    LIMIT $first
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
  WITH a, tieTypes, actors, frontier, seen, $first - size(seen) + 1 AS need
  WHERE $depth >= 2 AND need > 0
  CALL (frontier, tieTypes) {
    UNWIND frontier AS m
    RETURN sum(CASE WHEN size(tieTypes) = 22 THEN COUNT { (m)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() }
                    ELSE COUNT { (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() WHERE type(r) IN tieTypes } END) AS degree
  }
  CALL (tieTypes, actors, frontier, seen, need, degree) {
    UNWIND CASE WHEN degree * degree <= 50 * need * actors * size(frontier) THEN frontier ELSE [] END AS m
    MATCH (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor)
    WHERE NOT n IN seen AND type(r) IN tieTypes
    WITH n, collect(DISTINCT r.type) AS via
    ORDER BY n.name, n.id
    LIMIT $first
    RETURN n, via
    UNION ALL
    MATCH (n:Actor)
    WHERE n.name >= CASE WHEN degree * degree > 50 * need * actors * size(frontier) THEN '' END AND NOT n IN seen
      AND EXISTS { MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m) WHERE m IN frontier AND type(r) IN tieTypes }
    WITH n, frontier, tieTypes ORDER BY n.name, n.id
    LIMIT $first
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
  WITH a, tieTypes, actors, frontier, seen, $first - size(seen) + 1 AS need
  WHERE $depth >= 3 AND need > 0
  CALL (frontier, tieTypes) {
    UNWIND frontier AS m
    RETURN sum(CASE WHEN size(tieTypes) = 22 THEN COUNT { (m)-[:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() }
                    ELSE COUNT { (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-() WHERE type(r) IN tieTypes } END) AS degree
  }
  CALL (tieTypes, actors, frontier, seen, need, degree) {
    UNWIND CASE WHEN degree * degree <= 50 * need * actors * size(frontier) THEN frontier ELSE [] END AS m
    MATCH (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor)
    WHERE NOT n IN seen AND type(r) IN tieTypes
    WITH n, collect(DISTINCT r.type) AS via
    ORDER BY n.name, n.id
    LIMIT $first
    RETURN n, via
    UNION ALL
    MATCH (n:Actor)
    WHERE n.name >= CASE WHEN degree * degree > 50 * need * actors * size(frontier) THEN '' END AND NOT n IN seen
      AND EXISTS { MATCH (n)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(m) WHERE m IN frontier AND type(r) IN tieTypes }
    WITH n, frontier, tieTypes ORDER BY n.name, n.id
    LIMIT $first
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
  WITH found LIMIT $first
  WITH found, found.node AS n
  RETURN collect({id: n.id, distance: found.distance, via: found.via, actor: n {.id, .name, .kind, .aliases, .wikidataId}}) AS items
}
RETURN id AS key, a {.id, .name, .kind, .aliases, .wikidataId} AS actor, items
