// Purpose: test oracle for queries/relations-of-actors: the statement before
// its step 3 read edges through schema/008's (dyad, effectiveDate) indexes.
// Steps 1 and 2 are the same (the floor, and the ties that reach it); step 3
// here expands every edge between each such tie's two actors
// (`Expand(Into) (s)-[r:TYPE]->(e)`, all of a hub dyad's edges of the type)
// and keeps those in range, then sorts them.
// Parameters: ids, types, direction (OUTGOING|INCOMING|BOTH), counterpart,
//   since, until, first. Columns: key (actor id), items (relation maps).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH id, a, coalesce(date($since), date('0001-01-01')) AS lo, coalesce(date($until), date('9999-12-31')) AS hi,
     [t IN $types | 'TIE_' + t] AS tieTypes
CALL (a, lo, hi, tieTypes) {
  CALL (a, lo, hi, tieTypes) {
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MET' IN $types
    MATCH ()-[t:TIE_MET]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MET' IN $types
    MATCH ()-[t:TIE_MET]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'VISITED' IN $types
    MATCH ()-[t:TIE_VISITED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'VISITED' IN $types
    MATCH ()-[t:TIE_VISITED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'HOSTED' IN $types
    MATCH ()-[t:TIE_HOSTED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'HOSTED' IN $types
    MATCH ()-[t:TIE_HOSTED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $types
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $types
    MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REASSURED' IN $types
    MATCH ()-[t:TIE_REASSURED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REASSURED' IN $types
    MATCH ()-[t:TIE_REASSURED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $types
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $types
    MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $types
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $types
    MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'TRADES_WITH' IN $types
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'TRADES_WITH' IN $types
    MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $types
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $types
    MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SUPPORTED' IN $types
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types
    MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $types
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $types
    MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types
    MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
    MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SANCTIONED' IN $types
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types
    MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'CRITICIZED' IN $types
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types
    MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REJECTED' IN $types
    MATCH ()-[t:TIE_REJECTED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REJECTED' IN $types
    MATCH ()-[t:TIE_REJECTED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $types
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $types
    MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $types
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $types
    MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $types
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $types
    MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $types
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $types
    MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'THREATENED' IN $types
    MATCH ()-[t:TIE_THREATENED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'THREATENED' IN $types
    MATCH ()-[t:TIE_THREATENED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'INVADED' IN $types
    MATCH ()-[t:TIE_INVADED]->() WHERE t.sourceId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.sourceId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'INVADED' IN $types
    MATCH ()-[t:TIE_INVADED]->() WHERE t.targetId = a.id AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d ORDER BY t.targetId DESC, t.lastDate DESC LIMIT $first
  UNION ALL
    WITH a, lo, hi, tieTypes WHERE $counterpart IS NOT NULL
    MATCH (a)-[t:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(:Actor {id: $counterpart})
    WHERE type(t) IN tieTypes AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(t) = a) OR ($direction = 'INCOMING' AND endNode(t) = a))
      AND t.lastDate >= lo AND t.lastDate <= hi
    RETURN t, t.lastDate AS d
  }
  // A tie from the actor to itself (left by a merge) is found from both of its ends; it counts once.
  WITH DISTINCT t, d ORDER BY d DESC
  RETURN collect(d)[$first - 1] AS floor
}
CALL (a, lo, hi, tieTypes, floor) {
  CALL (a, lo, hi, tieTypes, floor) {
    WITH a, coalesce(floor, lo) AS reach, hi, tieTypes
    CALL (a, reach, hi, tieTypes) {
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MET' IN $types
      MATCH ()-[t:TIE_MET]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MET' IN $types
      MATCH ()-[t:TIE_MET]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'VISITED' IN $types
      MATCH ()-[t:TIE_VISITED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'VISITED' IN $types
      MATCH ()-[t:TIE_VISITED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'HOSTED' IN $types
      MATCH ()-[t:TIE_HOSTED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'HOSTED' IN $types
      MATCH ()-[t:TIE_HOSTED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'NEGOTIATED_WITH' IN $types
      MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'NEGOTIATED_WITH' IN $types
      MATCH ()-[t:TIE_NEGOTIATED_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REASSURED' IN $types
      MATCH ()-[t:TIE_REASSURED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REASSURED' IN $types
      MATCH ()-[t:TIE_REASSURED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SIGNED_AGREEMENT_WITH' IN $types
      MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SIGNED_AGREEMENT_WITH' IN $types
      MATCH ()-[t:TIE_SIGNED_AGREEMENT_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SEEKS_COOPERATION_WITH' IN $types
      MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SEEKS_COOPERATION_WITH' IN $types
      MATCH ()-[t:TIE_SEEKS_COOPERATION_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'TRADES_WITH' IN $types
      MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'TRADES_WITH' IN $types
      MATCH ()-[t:TIE_TRADES_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'ALIGNING_WITH' IN $types
      MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'ALIGNING_WITH' IN $types
      MATCH ()-[t:TIE_ALIGNING_WITH]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SUPPORTED' IN $types
      MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SUPPORTED' IN $types
      MATCH ()-[t:TIE_SUPPORTED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_IMPROVING' IN $types
      MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_IMPROVING' IN $types
      MATCH ()-[t:TIE_RELATIONS_IMPROVING]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'MEMBER_OF' IN $types
      MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'MEMBER_OF' IN $types
      MATCH ()-[t:TIE_MEMBER_OF]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
      MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'COMPLIES_WITH_SANCTIONS_AGAINST' IN $types
      MATCH ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'SANCTIONED' IN $types
      MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'SANCTIONED' IN $types
      MATCH ()-[t:TIE_SANCTIONED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'CRITICIZED' IN $types
      MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'CRITICIZED' IN $types
      MATCH ()-[t:TIE_CRITICIZED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'REJECTED' IN $types
      MATCH ()-[t:TIE_REJECTED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'REJECTED' IN $types
      MATCH ()-[t:TIE_REJECTED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'FAILED_TO_SUPPORT' IN $types
      MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'FAILED_TO_SUPPORT' IN $types
      MATCH ()-[t:TIE_FAILED_TO_SUPPORT]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'DRIFTING_FROM' IN $types
      MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'DRIFTING_FROM' IN $types
      MATCH ()-[t:TIE_DRIFTING_FROM]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'RELATIONS_WORSENING' IN $types
      MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'RELATIONS_WORSENING' IN $types
      MATCH ()-[t:TIE_RELATIONS_WORSENING]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'LOSING_INFLUENCE_OVER' IN $types
      MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'LOSING_INFLUENCE_OVER' IN $types
      MATCH ()-[t:TIE_LOSING_INFLUENCE_OVER]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'THREATENED' IN $types
      MATCH ()-[t:TIE_THREATENED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'THREATENED' IN $types
      MATCH ()-[t:TIE_THREATENED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'INCOMING' AND 'INVADED' IN $types
      MATCH ()-[t:TIE_INVADED]->() WHERE t.sourceId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi WHERE $counterpart IS NULL AND $direction <> 'OUTGOING' AND 'INVADED' IN $types
      MATCH ()-[t:TIE_INVADED]->() WHERE t.targetId = a.id AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    UNION ALL
      WITH a, reach, hi, tieTypes WHERE $counterpart IS NOT NULL
      MATCH (a)-[t:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(:Actor {id: $counterpart})
      WHERE type(t) IN tieTypes AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(t) = a) OR ($direction = 'INCOMING' AND endNode(t) = a))
        AND t.lastDate >= reach AND t.firstDate <= hi
      RETURN t
    }
    RETURN t
    UNION ALL
    // No floor and no `since`: the ties with no date are in range too.
    WITH a, tieTypes WHERE floor IS NULL AND $since IS NULL
    MATCH (a)-[t:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(b:Actor)
    WHERE t.lastDate IS NULL AND type(t) IN tieTypes
      AND ($direction = 'BOTH' OR ($direction = 'OUTGOING' AND startNode(t) = a) OR ($direction = 'INCOMING' AND endNode(t) = a))
      AND ($counterpart IS NULL OR b.id = $counterpart)
    RETURN t
  }
  // A tie from an actor to itself (left by a merge) is found from both of its ends.
  RETURN collect(DISTINCT t) AS ties
}
CALL (ties, floor) {
  UNWIND ties AS t
  WITH startNode(t) AS s, endNode(t) AS e, t.type AS type
  CALL (s, e, type) {
    WITH s, e WHERE type = 'MET' MATCH (s)-[r:MET]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'VISITED' MATCH (s)-[r:VISITED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'HOSTED' MATCH (s)-[r:HOSTED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'NEGOTIATED_WITH' MATCH (s)-[r:NEGOTIATED_WITH]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'REASSURED' MATCH (s)-[r:REASSURED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'SIGNED_AGREEMENT_WITH' MATCH (s)-[r:SIGNED_AGREEMENT_WITH]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'SEEKS_COOPERATION_WITH' MATCH (s)-[r:SEEKS_COOPERATION_WITH]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'TRADES_WITH' MATCH (s)-[r:TRADES_WITH]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'ALIGNING_WITH' MATCH (s)-[r:ALIGNING_WITH]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'SUPPORTED' MATCH (s)-[r:SUPPORTED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'RELATIONS_IMPROVING' MATCH (s)-[r:RELATIONS_IMPROVING]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'MEMBER_OF' MATCH (s)-[r:MEMBER_OF]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'COMPLIES_WITH_SANCTIONS_AGAINST' MATCH (s)-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'SANCTIONED' MATCH (s)-[r:SANCTIONED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'CRITICIZED' MATCH (s)-[r:CRITICIZED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'REJECTED' MATCH (s)-[r:REJECTED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'FAILED_TO_SUPPORT' MATCH (s)-[r:FAILED_TO_SUPPORT]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'DRIFTING_FROM' MATCH (s)-[r:DRIFTING_FROM]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'RELATIONS_WORSENING' MATCH (s)-[r:RELATIONS_WORSENING]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'LOSING_INFLUENCE_OVER' MATCH (s)-[r:LOSING_INFLUENCE_OVER]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'THREATENED' MATCH (s)-[r:THREATENED]->(e) RETURN r
    UNION ALL
    WITH s, e WHERE type = 'INVADED' MATCH (s)-[r:INVADED]->(e) RETURN r
  }
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
