// A page of what one speaker said about one actor, newest first, read in
// index order (queries/statements-list with speaker and about), so that it and
// its total cost the pair's rows, not the speaker's statements (every
// statement of a hub was read and its ABOUT edges expanded to find those about
// another hub: 138 ms at 1M edges, 4.8 times the 100k figure).
// Each ABOUT edge carries its statement's speakerId beside schema/016's keys:
// the importer writes it with the edge (import/write-articles), and a merge or
// split that moves the SAID edge rewrites it (identity/move-relationships).
// Dated statements are read off (speakerId, actorId, date), undated ones off
// (speakerId, actorId, articleId), which also counts the pair. The backfill
// fills the key where it is missing, in batches of 10,000; run again, it finds
// nothing to do.
MATCH (s:Statement)-[r:ABOUT]->() WHERE r.speakerId IS NULL AND s.speakerId IS NOT NULL
  CALL (s, r) {
    SET r.speakerId = s.speakerId
  } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX about_speaker_actor_date IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.speakerId, r.actorId, r.date);
CREATE INDEX about_speaker_actor_article IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.speakerId, r.actorId, r.articleId);
