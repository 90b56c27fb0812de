// Purpose: add a batch's relation edges to the actor-to-actor projection: one
// TIE_<TYPE> relationship per (source, target, type) holding the count of
// assertions, how many articles make them, the first and last dates, the
// polarity sum and the modality-weighted score, and its ends' ids (the
// per-type (end, lastDate) indexes of schema/007 read a hub's newest ties
// through them) and its dyad key (the timeline's total and score read a
// dyad's ties through schema/008's (dyad) indexes), and a new tie adds one to
// its pair's TIED count (schema/013). Runs in the import transaction
// after write-articles, so the projection never disagrees with the evidence.
// Each type has its own MERGE: a MERGE on a dynamic type ($(d.tieType)) is
// planned as a walk over every relationship between the two actors, evidence
// included, which for two hubs is thousands per tie and grew with the graph;
// a spelled-out type is found through the type's own relationship chain.
// Parameters: ties (TieDelta list, see src/graph/ties.ts). Columns: none.
UNWIND $ties AS d
MATCH (s:Actor {id: d.sourceId})
MATCH (t:Actor {id: d.targetId})
CALL (s, t, d) {
  WITH s, t, d.tieType AS tieType
  CALL (s, t, tieType) {
  WITH s, t WHERE tieType = 'TIE_MET'
  MERGE (s)-[tie:TIE_MET]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_VISITED'
  MERGE (s)-[tie:TIE_VISITED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_HOSTED'
  MERGE (s)-[tie:TIE_HOSTED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_NEGOTIATED_WITH'
  MERGE (s)-[tie:TIE_NEGOTIATED_WITH]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_REASSURED'
  MERGE (s)-[tie:TIE_REASSURED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_SIGNED_AGREEMENT_WITH'
  MERGE (s)-[tie:TIE_SIGNED_AGREEMENT_WITH]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_SEEKS_COOPERATION_WITH'
  MERGE (s)-[tie:TIE_SEEKS_COOPERATION_WITH]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_TRADES_WITH'
  MERGE (s)-[tie:TIE_TRADES_WITH]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_ALIGNING_WITH'
  MERGE (s)-[tie:TIE_ALIGNING_WITH]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_SUPPORTED'
  MERGE (s)-[tie:TIE_SUPPORTED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_RELATIONS_IMPROVING'
  MERGE (s)-[tie:TIE_RELATIONS_IMPROVING]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_MEMBER_OF'
  MERGE (s)-[tie:TIE_MEMBER_OF]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_COMPLIES_WITH_SANCTIONS_AGAINST'
  MERGE (s)-[tie:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_SANCTIONED'
  MERGE (s)-[tie:TIE_SANCTIONED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_CRITICIZED'
  MERGE (s)-[tie:TIE_CRITICIZED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_REJECTED'
  MERGE (s)-[tie:TIE_REJECTED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_FAILED_TO_SUPPORT'
  MERGE (s)-[tie:TIE_FAILED_TO_SUPPORT]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_DRIFTING_FROM'
  MERGE (s)-[tie:TIE_DRIFTING_FROM]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_RELATIONS_WORSENING'
  MERGE (s)-[tie:TIE_RELATIONS_WORSENING]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_LOSING_INFLUENCE_OVER'
  MERGE (s)-[tie:TIE_LOSING_INFLUENCE_OVER]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_THREATENED'
  MERGE (s)-[tie:TIE_THREATENED]->(t)
  RETURN tie
  UNION ALL
  WITH s, t WHERE tieType = 'TIE_INVADED'
  MERGE (s)-[tie:TIE_INVADED]->(t)
  RETURN tie
  }
  RETURN tie
}
WITH s, t, d, tie, tie.count IS NULL AS fresh
SET tie.type = d.type, tie.sourceId = d.sourceId, tie.targetId = d.targetId,
    tie.dyad = CASE WHEN d.sourceId < d.targetId THEN d.sourceId + '|' + d.targetId ELSE d.targetId + '|' + d.sourceId END,
    tie.count = coalesce(tie.count, 0) + d.count,
    tie.sources = coalesce(tie.sources, 0) + d.sources,
    tie.polaritySum = coalesce(tie.polaritySum, 0.0) + d.polaritySum,
    tie.score = coalesce(tie.score, 0.0) + d.score,
    tie.firstDate = CASE WHEN d.firstDate IS NULL OR (tie.firstDate IS NOT NULL AND tie.firstDate <= date(d.firstDate)) THEN tie.firstDate ELSE date(d.firstDate) END,
    tie.lastDate = CASE WHEN d.lastDate IS NULL OR (tie.lastDate IS NOT NULL AND tie.lastDate >= date(d.lastDate)) THEN tie.lastDate ELSE date(d.lastDate) END
WITH s, t, fresh
// a new tie counts on its pair's TIED (schema/013), created with the pair's first tie
CALL (s, t, fresh) {
  WITH s, t WHERE fresh AND s <> t
  WITH CASE WHEN s.id < t.id THEN s ELSE t END AS lo, CASE WHEN s.id < t.id THEN t ELSE s END AS hi
  MERGE (lo)-[pair:TIED]->(hi)
  ON CREATE SET pair.dyad = lo.id + '|' + hi.id, pair.ties = 0
  SET pair.ties = pair.ties + 1
}
