// Purpose: a neighbourhood computed the plain way, every ring expanded whole and
// sorted, to check queries/neighbors-of-actors (which stops at the page) against.
// Parameters: ids, types, depth, first. Columns: key, items ({id, distance, via}).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, [t IN $types | 'TIE_' + t] AS tieTypes
CALL (a, tieTypes) {
  MATCH (a)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor)
  WHERE n <> a AND type(r) IN tieTypes
  WITH n, collect(DISTINCT r.type) AS via
  RETURN collect({node: n, via: via}) AS ring1
}
CALL (a, ring1, tieTypes) {
  WITH a, ring1, tieTypes, [x IN ring1 | x.node] AS seen
  UNWIND CASE WHEN $depth >= 2 AND size(ring1) < $first THEN seen ELSE [] END AS m
  MATCH (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor)
  WHERE n <> a AND NOT n IN seen AND type(r) IN tieTypes
  WITH n, collect(DISTINCT r.type) AS via
  RETURN collect({node: n, via: via}) AS ring2
}
CALL (a, ring1, ring2, tieTypes) {
  WITH a, tieTypes, [x IN ring1 + ring2 | x.node] AS seen, [x IN ring2 | x.node] AS frontier
  UNWIND CASE WHEN $depth >= 3 AND size(seen) < $first THEN frontier ELSE [] END AS m
  MATCH (m)-[r:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(n:Actor)
  WHERE n <> a AND NOT n IN seen AND type(r) IN tieTypes
  WITH n, collect(DISTINCT r.type) AS via
  RETURN collect({node: n, via: via}) AS ring3
}
CALL (ring1, ring2, ring3) {
  UNWIND [x IN ring1 | x {.*, distance: 1}] + [x IN ring2 | x {.*, distance: 2}] + [x IN ring3 | x {.*, distance: 3}] AS found
  WITH found ORDER BY found.distance, found.node.name, found.node.id
  LIMIT $first
  RETURN collect({id: found.node.id, distance: found.distance, via: found.via}) AS items
}
RETURN id AS key, items
