// Purpose: the relation edges of several actors at once (one round trip for
// a whole list of actors), newest first, filtered by type, direction,
// counterpart and date (the event date, else the report date).
// A hub has tens of thousands of edges; its ties (the projection, one per
// counterpart and type) say where the newest ones are. Every tie whose last
// date lies in the range holds an edge on that date, so the $first-th newest
// such date is a floor the page cannot go below: only the edges of ties that
// reach the floor are read, and only those on or after it are kept.
// Each tie's last date is read once and carried with it (the floor and the
// filter both need it); the type filter is on the relationship type, not a
// property, so it reads nothing.
// Relationship types are spelled out (every TIE_<TYPE> of the vocabulary; a unit
// test keeps the lists in step): Neo4j 5.26 plans $any() as a filter over every
// relationship of a node, not as an expansion by type.
// Parameters: ids, types (vocabulary names), direction (OUTGOING|INCOMING|BOTH),
//   counterpart (id or null), since, until (ISO dates or null), first.
// Columns: key (actor id), items (relation maps).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, [t IN $types | 'TIE_' + t] AS tieTypes
CALL (a, tieTypes) {
  MATCH (a)-[t:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(b:Actor)
  WHERE type(t) IN tieTypes
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(t) = a))
    AND ($counterpart IS NULL OR b.id = $counterpart)
    AND ($since IS NULL OR t.lastDate >= date($since))
    AND ($until IS NULL OR t.firstDate <= date($until))
  RETURN collect({tie: t, last: t.lastDate}) AS ties
}
CALL (ties) {
  UNWIND ties AS t
  WITH t.last AS d
  WHERE d IS NOT NULL AND ($until IS NULL OR d <= date($until))
  WITH d ORDER BY d DESC SKIP $first - 1 LIMIT 1
  RETURN collect(d)[0] AS floor
}
CALL (ties, floor) {
  UNWIND ties AS x
  WITH x.tie AS t WHERE floor IS NULL OR x.last >= floor
  WITH startNode(t) AS s, endNode(t) AS e, substring(type(t), 4) AS type
  MATCH (s)-[r:MET|VISITED|HOSTED|NEGOTIATED_WITH|REASSURED|SIGNED_AGREEMENT_WITH|SEEKS_COOPERATION_WITH|TRADES_WITH|ALIGNING_WITH|SUPPORTED|RELATIONS_IMPROVING|MEMBER_OF|COMPLIES_WITH_SANCTIONS_AGAINST|SANCTIONED|CRITICIZED|REJECTED|FAILED_TO_SUPPORT|DRIFTING_FROM|RELATIONS_WORSENING|LOSING_INFLUENCE_OVER|THREATENED|INVADED]->(e)
  WHERE type(r) = type
  WITH r, coalesce(r.date, r.reportedAt) AS d
  WHERE (floor IS NULL OR d >= floor)
    AND ($since IS NULL OR d >= date($since))
    AND ($until IS NULL OR d <= date($until))
  WITH r ORDER BY d IS NULL, d DESC, r.id
  LIMIT $first
  RETURN collect(r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, .date, .reportedAt,
                    .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}) AS items
}
RETURN id AS key, items
