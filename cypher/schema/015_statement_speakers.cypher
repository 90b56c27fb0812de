// A page of one speaker's statements, newest first, read in index order, so
// that statements(speaker:) costs its page's rows, not the speaker's degree
// (a hub's 36,258 statements at 1M edges were read and sorted: 210 ms).
// Each statement carries its speaker's id (speakerId): the importer sets it
// with the SAID edge (import/write-articles), and a merge or split that moves
// the edge sets it too (identity/move-relationships). Dated statements are
// read off (speakerId, date), newest first; undated ones, which sort last by
// article and position, off (speakerId, articleId).
// The backfill fills speakerId where it is missing, from the SAID edge, in
// batches of 10,000; run again, it finds nothing to fill.
MATCH (speaker)-[:SAID]->(s:Statement) WHERE s.speakerId IS NULL
  CALL (speaker, s) {
    SET s.speakerId = speaker.id
  } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX statement_speaker_date IF NOT EXISTS FOR (s:Statement) ON (s.speakerId, s.date);
CREATE INDEX statement_speaker_article IF NOT EXISTS FOR (s:Statement) ON (s.speakerId, s.articleId);
