// Each projection tie carries its ends' ids (sourceId, targetId; add-ties sets
// them in the import transaction) and is indexed per type on (end, lastDate),
// so that the newest ties of a hub are read in index order, a page's worth,
// instead of all of them (queries/relations-of-actors: 40,624 ties of the hub
// at 1M edges). A relationship index covers one type: two per tie type.
// The backfill gives ties written before this migration their ends, in
// batches of 10,000 (auto-commit: migrate runs a statement with IN
// TRANSACTIONS on its own); on a graph that has them it only scans the ties.

MATCH (s)-[t:TIE_MET]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_VISITED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_HOSTED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_NEGOTIATED_WITH]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_REASSURED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SIGNED_AGREEMENT_WITH]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SEEKS_COOPERATION_WITH]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_TRADES_WITH]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_ALIGNING_WITH]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SUPPORTED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_RELATIONS_IMPROVING]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_MEMBER_OF]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SANCTIONED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_CRITICIZED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_REJECTED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_FAILED_TO_SUPPORT]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_DRIFTING_FROM]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_RELATIONS_WORSENING]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_LOSING_INFLUENCE_OVER]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_THREATENED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_INVADED]->(e) WHERE t.sourceId IS NULL OR t.targetId IS NULL
  CALL (s, t, e) { SET t.sourceId = s.id, t.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX tie_source_met IF NOT EXISTS FOR ()-[t:TIE_MET]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_met IF NOT EXISTS FOR ()-[t:TIE_MET]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_visited IF NOT EXISTS FOR ()-[t:TIE_VISITED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_visited IF NOT EXISTS FOR ()-[t:TIE_VISITED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_hosted IF NOT EXISTS FOR ()-[t:TIE_HOSTED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_hosted IF NOT EXISTS FOR ()-[t:TIE_HOSTED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_negotiated_with IF NOT EXISTS FOR ()-[t:TIE_NEGOTIATED_WITH]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_negotiated_with IF NOT EXISTS FOR ()-[t:TIE_NEGOTIATED_WITH]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_reassured IF NOT EXISTS FOR ()-[t:TIE_REASSURED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_reassured IF NOT EXISTS FOR ()-[t:TIE_REASSURED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_signed_agreement_with IF NOT EXISTS FOR ()-[t:TIE_SIGNED_AGREEMENT_WITH]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_signed_agreement_with IF NOT EXISTS FOR ()-[t:TIE_SIGNED_AGREEMENT_WITH]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_seeks_cooperation_with IF NOT EXISTS FOR ()-[t:TIE_SEEKS_COOPERATION_WITH]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_seeks_cooperation_with IF NOT EXISTS FOR ()-[t:TIE_SEEKS_COOPERATION_WITH]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_trades_with IF NOT EXISTS FOR ()-[t:TIE_TRADES_WITH]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_trades_with IF NOT EXISTS FOR ()-[t:TIE_TRADES_WITH]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_aligning_with IF NOT EXISTS FOR ()-[t:TIE_ALIGNING_WITH]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_aligning_with IF NOT EXISTS FOR ()-[t:TIE_ALIGNING_WITH]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_supported IF NOT EXISTS FOR ()-[t:TIE_SUPPORTED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_supported IF NOT EXISTS FOR ()-[t:TIE_SUPPORTED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_relations_improving IF NOT EXISTS FOR ()-[t:TIE_RELATIONS_IMPROVING]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_relations_improving IF NOT EXISTS FOR ()-[t:TIE_RELATIONS_IMPROVING]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_member_of IF NOT EXISTS FOR ()-[t:TIE_MEMBER_OF]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_member_of IF NOT EXISTS FOR ()-[t:TIE_MEMBER_OF]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_complies_with_sanctions_against IF NOT EXISTS FOR ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_complies_with_sanctions_against IF NOT EXISTS FOR ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_sanctioned IF NOT EXISTS FOR ()-[t:TIE_SANCTIONED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_sanctioned IF NOT EXISTS FOR ()-[t:TIE_SANCTIONED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_criticized IF NOT EXISTS FOR ()-[t:TIE_CRITICIZED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_criticized IF NOT EXISTS FOR ()-[t:TIE_CRITICIZED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_rejected IF NOT EXISTS FOR ()-[t:TIE_REJECTED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_rejected IF NOT EXISTS FOR ()-[t:TIE_REJECTED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_failed_to_support IF NOT EXISTS FOR ()-[t:TIE_FAILED_TO_SUPPORT]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_failed_to_support IF NOT EXISTS FOR ()-[t:TIE_FAILED_TO_SUPPORT]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_drifting_from IF NOT EXISTS FOR ()-[t:TIE_DRIFTING_FROM]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_drifting_from IF NOT EXISTS FOR ()-[t:TIE_DRIFTING_FROM]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_relations_worsening IF NOT EXISTS FOR ()-[t:TIE_RELATIONS_WORSENING]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_relations_worsening IF NOT EXISTS FOR ()-[t:TIE_RELATIONS_WORSENING]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_losing_influence_over IF NOT EXISTS FOR ()-[t:TIE_LOSING_INFLUENCE_OVER]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_losing_influence_over IF NOT EXISTS FOR ()-[t:TIE_LOSING_INFLUENCE_OVER]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_threatened IF NOT EXISTS FOR ()-[t:TIE_THREATENED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_threatened IF NOT EXISTS FOR ()-[t:TIE_THREATENED]-() ON (t.targetId, t.lastDate);
CREATE INDEX tie_source_invaded IF NOT EXISTS FOR ()-[t:TIE_INVADED]-() ON (t.sourceId, t.lastDate);
CREATE INDEX tie_target_invaded IF NOT EXISTS FOR ()-[t:TIE_INVADED]-() ON (t.targetId, t.lastDate);
