// Each relation edge carries its dyad (its ends' ids, ordered, joined by '|')
// and its effectiveDate (its date, else its article's, else the last date
// Neo4j has, so an undated edge sorts last and is still indexed); the importer
// sets both in the article's transaction (import/write-articles) and a merge or
// split sets the dyad of the edges it moves (identity/move-relationships).
// A (dyad, effectiveDate) range index per relation type (a relationship index
// covers one type) lets queries/relation-timeline read a page of a dyad's
// timeline in index order, a page's worth per type, instead of every edge
// between the two actors (5,024 for the hub dyad at 1M edges).
// Each projection tie carries the same dyad key (add-ties sets it), with a
// (dyad) index per tie type, so that the timeline's total and score are the
// sums of at most 44 ties found by seeks.
// The backfill sets both on edges (and the key on ties) written before this migration, in batches of
// 10,000 (auto-commit: migrate runs a statement with IN TRANSACTIONS on its
// own); on a graph that has them it only scans the edges.
MATCH (s)-[r:MET]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:VISITED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:HOSTED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:NEGOTIATED_WITH]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:REASSURED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SIGNED_AGREEMENT_WITH]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SEEKS_COOPERATION_WITH]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:TRADES_WITH]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:ALIGNING_WITH]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SUPPORTED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:RELATIONS_IMPROVING]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:MEMBER_OF]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:COMPLIES_WITH_SANCTIONS_AGAINST]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:SANCTIONED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:CRITICIZED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:REJECTED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:FAILED_TO_SUPPORT]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:DRIFTING_FROM]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:RELATIONS_WORSENING]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:LOSING_INFLUENCE_OVER]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:THREATENED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[r:INVADED]->(e) WHERE r.dyad IS NULL OR r.effectiveDate IS NULL
  CALL (s, r, e) {
    SET r.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END,
        r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31'))
  } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX relation_dyad_met IF NOT EXISTS FOR ()-[r:MET]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_visited IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_hosted IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_negotiated_with IF NOT EXISTS FOR ()-[r:NEGOTIATED_WITH]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_reassured IF NOT EXISTS FOR ()-[r:REASSURED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_signed_agreement_with IF NOT EXISTS FOR ()-[r:SIGNED_AGREEMENT_WITH]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_seeks_cooperation_with IF NOT EXISTS FOR ()-[r:SEEKS_COOPERATION_WITH]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_trades_with IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_aligning_with IF NOT EXISTS FOR ()-[r:ALIGNING_WITH]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_supported IF NOT EXISTS FOR ()-[r:SUPPORTED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_relations_improving IF NOT EXISTS FOR ()-[r:RELATIONS_IMPROVING]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_complies_with_sanctions_against IF NOT EXISTS FOR ()-[r:COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_sanctioned IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_criticized IF NOT EXISTS FOR ()-[r:CRITICIZED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_rejected IF NOT EXISTS FOR ()-[r:REJECTED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_failed_to_support IF NOT EXISTS FOR ()-[r:FAILED_TO_SUPPORT]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_drifting_from IF NOT EXISTS FOR ()-[r:DRIFTING_FROM]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_relations_worsening IF NOT EXISTS FOR ()-[r:RELATIONS_WORSENING]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_losing_influence_over IF NOT EXISTS FOR ()-[r:LOSING_INFLUENCE_OVER]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_threatened IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.dyad, r.effectiveDate);
CREATE INDEX relation_dyad_invaded IF NOT EXISTS FOR ()-[r:INVADED]-() ON (r.dyad, r.effectiveDate);
MATCH (s)-[t:TIE_MET]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_VISITED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_HOSTED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_NEGOTIATED_WITH]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_REASSURED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SIGNED_AGREEMENT_WITH]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SEEKS_COOPERATION_WITH]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_TRADES_WITH]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_ALIGNING_WITH]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SUPPORTED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_RELATIONS_IMPROVING]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_MEMBER_OF]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_SANCTIONED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_CRITICIZED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_REJECTED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_FAILED_TO_SUPPORT]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_DRIFTING_FROM]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_RELATIONS_WORSENING]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_LOSING_INFLUENCE_OVER]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_THREATENED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
MATCH (s)-[t:TIE_INVADED]->(e) WHERE t.dyad IS NULL
  CALL (s, t, e) { SET t.dyad = CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX tie_dyad_met IF NOT EXISTS FOR ()-[t:TIE_MET]-() ON (t.dyad);
CREATE INDEX tie_dyad_visited IF NOT EXISTS FOR ()-[t:TIE_VISITED]-() ON (t.dyad);
CREATE INDEX tie_dyad_hosted IF NOT EXISTS FOR ()-[t:TIE_HOSTED]-() ON (t.dyad);
CREATE INDEX tie_dyad_negotiated_with IF NOT EXISTS FOR ()-[t:TIE_NEGOTIATED_WITH]-() ON (t.dyad);
CREATE INDEX tie_dyad_reassured IF NOT EXISTS FOR ()-[t:TIE_REASSURED]-() ON (t.dyad);
CREATE INDEX tie_dyad_signed_agreement_with IF NOT EXISTS FOR ()-[t:TIE_SIGNED_AGREEMENT_WITH]-() ON (t.dyad);
CREATE INDEX tie_dyad_seeks_cooperation_with IF NOT EXISTS FOR ()-[t:TIE_SEEKS_COOPERATION_WITH]-() ON (t.dyad);
CREATE INDEX tie_dyad_trades_with IF NOT EXISTS FOR ()-[t:TIE_TRADES_WITH]-() ON (t.dyad);
CREATE INDEX tie_dyad_aligning_with IF NOT EXISTS FOR ()-[t:TIE_ALIGNING_WITH]-() ON (t.dyad);
CREATE INDEX tie_dyad_supported IF NOT EXISTS FOR ()-[t:TIE_SUPPORTED]-() ON (t.dyad);
CREATE INDEX tie_dyad_relations_improving IF NOT EXISTS FOR ()-[t:TIE_RELATIONS_IMPROVING]-() ON (t.dyad);
CREATE INDEX tie_dyad_member_of IF NOT EXISTS FOR ()-[t:TIE_MEMBER_OF]-() ON (t.dyad);
CREATE INDEX tie_dyad_complies_with_sanctions_against IF NOT EXISTS FOR ()-[t:TIE_COMPLIES_WITH_SANCTIONS_AGAINST]-() ON (t.dyad);
CREATE INDEX tie_dyad_sanctioned IF NOT EXISTS FOR ()-[t:TIE_SANCTIONED]-() ON (t.dyad);
CREATE INDEX tie_dyad_criticized IF NOT EXISTS FOR ()-[t:TIE_CRITICIZED]-() ON (t.dyad);
CREATE INDEX tie_dyad_rejected IF NOT EXISTS FOR ()-[t:TIE_REJECTED]-() ON (t.dyad);
CREATE INDEX tie_dyad_failed_to_support IF NOT EXISTS FOR ()-[t:TIE_FAILED_TO_SUPPORT]-() ON (t.dyad);
CREATE INDEX tie_dyad_drifting_from IF NOT EXISTS FOR ()-[t:TIE_DRIFTING_FROM]-() ON (t.dyad);
CREATE INDEX tie_dyad_relations_worsening IF NOT EXISTS FOR ()-[t:TIE_RELATIONS_WORSENING]-() ON (t.dyad);
CREATE INDEX tie_dyad_losing_influence_over IF NOT EXISTS FOR ()-[t:TIE_LOSING_INFLUENCE_OVER]-() ON (t.dyad);
CREATE INDEX tie_dyad_threatened IF NOT EXISTS FOR ()-[t:TIE_THREATENED]-() ON (t.dyad);
CREATE INDEX tie_dyad_invaded IF NOT EXISTS FOR ()-[t:TIE_INVADED]-() ON (t.dyad);
