// Each relation edge carries its ends' ids (sourceId, targetId), as the ties
// do since schema/007: import/write-articles sets them in the article's
// transaction and identity/move-relationships gives a moved edge its new ends.
// Per relation type, a range index on (sourceId, effectiveDate) and one on
// (targetId, effectiveDate) (a relationship index covers one type) let
// queries/relations-of-actors read an actor's newest edges inside a date range
// in index order, a page's worth per type and direction, instead of every tie
// that could hold one: with `until` in the past no floor over the ties' last
// dates bounds the range, and a hub's page with until: 2019-06-30 read 79,515
// db hits at 1M edges (10,204 ties reached the floor; docs/benchmarks.md).
// The backfill gives edges written before this migration their ends, in
// batches of 10,000 (auto-commit: migrate runs a statement with IN
// TRANSACTIONS on its own, once per graph).
MATCH (s)-[r:MET]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:VISITED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:HOSTED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:NEGOTIATED_WITH]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:REASSURED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SIGNED_AGREEMENT_WITH]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SEEKS_COOPERATION_WITH]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:TRADES_WITH]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:ALIGNING_WITH]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SUPPORTED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:RELATIONS_IMPROVING]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:MEMBER_OF]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SANCTIONED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:CRITICIZED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:REJECTED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:FAILED_TO_SUPPORT]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:DRIFTING_FROM]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:RELATIONS_WORSENING]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:LOSING_INFLUENCE_OVER]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:THREATENED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:INVADED]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL
  CALL (s, r, e) { SET r.sourceId = s.id, r.targetId = e.id } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX relation_source_met IF NOT EXISTS FOR ()-[r:MET]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_met IF NOT EXISTS FOR ()-[r:MET]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_reassured IF NOT EXISTS FOR ()-[r:REASSURED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_reassured IF NOT EXISTS FOR ()-[r:REASSURED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_signed_agreement_with IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT_WITH]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_signed_agreement_with IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT_WITH]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_seeks_cooperation_with IF NOT EXISTS FOR ()-[r:SEEKS_COOPERATION_WITH]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_seeks_cooperation_with IF NOT EXISTS FOR ()-[r:SEEKS_COOPERATION_WITH]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_trades_with IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_trades_with IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_aligning_with IF NOT EXISTS FOR ()-[r:ALIGNING_WITH]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_aligning_with IF NOT EXISTS FOR ()-[r:ALIGNING_WITH]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_relations_improving IF NOT EXISTS FOR ()-[r:RELATIONS_IMPROVING]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_relations_improving IF NOT EXISTS FOR ()-[r:RELATIONS_IMPROVING]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_complies_with_sanctions_against IF NOT EXISTS FOR ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_complies_with_sanctions_against IF NOT EXISTS FOR ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_rejected IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_rejected IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_failed_to_support IF NOT EXISTS FOR ()-[r:FAILED_TO_SUPPORT]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_failed_to_support IF NOT EXISTS FOR ()-[r:FAILED_TO_SUPPORT]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_drifting_from IF NOT EXISTS FOR ()-[r:DRIFTING_FROM]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_drifting_from IF NOT EXISTS FOR ()-[r:DRIFTING_FROM]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_relations_worsening IF NOT EXISTS FOR ()-[r:RELATIONS_WORSENING]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_relations_worsening IF NOT EXISTS FOR ()-[r:RELATIONS_WORSENING]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_losing_influence_over IF NOT EXISTS FOR ()-[r:LOSING_INFLUENCE_OVER]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_losing_influence_over IF NOT EXISTS FOR ()-[r:LOSING_INFLUENCE_OVER]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_threatened IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_threatened IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.targetId, r.effectiveDate);
CREATE INDEX relation_source_invaded IF NOT EXISTS FOR ()-[r:INVADED]-() ON (r.sourceId, r.effectiveDate);
CREATE INDEX relation_target_invaded IF NOT EXISTS FOR ()-[r:INVADED]-() ON (r.targetId, r.effectiveDate);
