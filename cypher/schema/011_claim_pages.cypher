// A page of the claims one actor made about another, read in index order, and
// their number kept by the importer, so that claims(about:, claimant:) reads
// its page's rows and one count instead of every matching claim (1,985 for the
// bench's claimant and hub at 1M edges, 10.7x the 100k graph's).
// Each claim carries sortDate: its date, else the earliest date Neo4j has, so
// that an undated claim sorts last in a newest-first page and is still in the
// (claimantId, subjectId, sortDate) and (claimantId, objectId, sortDate) range
// indexes (an index leaves out a node that lacks one of its properties).
// import/write-articles sets it in the article's transaction.
// A ClaimTally per (claimantId, aboutId) counts the claims of that claimant
// whose subject or object is that actor (a claim about the same actor on both
// sides once). import/add-claim-tallies and import/remove-claim-tallies keep
// it in step in the import transaction (write, re-import, delete) and around a
// merge or split (graph/actor-merge.ts), as the relation ties are kept.
// The backfills fill sortDate where it is missing and set every tally to the
// count of the claims that exist (SET, not add: running it again on a graph
// the importer already maintains changes nothing), in batches of 10,000.
CREATE CONSTRAINT claim_tally_pair IF NOT EXISTS FOR (n:ClaimTally) REQUIRE (n.claimantId, n.aboutId) IS UNIQUE;
CREATE INDEX claim_tally_about IF NOT EXISTS FOR (n:ClaimTally) ON (n.aboutId);
MATCH (c:Claim) WHERE c.sortDate IS NULL
  CALL (c) {
    SET c.sortDate = coalesce(c.date, date('-999999999-01-01'))
  } IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Claim) WHERE c.claimantId IS NOT NULL
UNWIND CASE WHEN c.subjectId = c.objectId THEN [c.subjectId] ELSE [c.subjectId, c.objectId] END AS aboutId
WITH c.claimantId AS claimantId, aboutId, count(*) AS n
  CALL (claimantId, aboutId, n) {
    MERGE (t:ClaimTally {claimantId: claimantId, aboutId: aboutId})
    SET t.count = n
  } IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX claim_claimant_subject_date IF NOT EXISTS FOR (c:Claim) ON (c.claimantId, c.subjectId, c.sortDate);
CREATE INDEX claim_claimant_object_date IF NOT EXISTS FOR (c:Claim) ON (c.claimantId, c.objectId, c.sortDate);
// A page of the propositions about an actor or between two, read in
// queries/propositions-list's order (independent sources, then attestations,
// both descending) per contested value off these indexes, as
// propositions-ranked reads the contested ones off proposition_ranked, and
// counted from their entries alone. (The first version of this file had
// indexes without contested, which read the property of every proposition to
// filter on it; they go.)
DROP INDEX proposition_subject_ranked IF EXISTS;
DROP INDEX proposition_object_ranked IF EXISTS;
DROP INDEX proposition_dyad_ranked IF EXISTS;
DROP INDEX proposition_sources_ranked IF EXISTS;
CREATE INDEX proposition_subject_contested IF NOT EXISTS FOR (n:Proposition) ON (n.subjectId, n.contested, n.independentSources, n.attestationCount);
CREATE INDEX proposition_object_contested IF NOT EXISTS FOR (n:Proposition) ON (n.objectId, n.contested, n.independentSources, n.attestationCount);
CREATE INDEX proposition_dyad_contested IF NOT EXISTS FOR (n:Proposition) ON (n.dyad, n.contested, n.independentSources, n.attestationCount);
