// A page of one claimant's claims, or of the claims about one actor, newest
// first, read in index order (queries/claims-list), so that it costs its
// page's rows, not the actor's degree (a hub's 44,471 claims about it at 1M
// edges were read and sorted: 390 ms). The properties are there already:
// claimantId, subjectId and objectId since schema/009, sortDate since 011.
CREATE INDEX claim_claimant_date IF NOT EXISTS FOR (c:Claim) ON (c.claimantId, c.sortDate);
CREATE INDEX claim_subject_date IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.sortDate);
CREATE INDEX claim_object_date IF NOT EXISTS FOR (c:Claim) ON (c.objectId, c.sortDate);
// The claims whose subject and object are one actor (a merge of the two makes
// them), which the count of the claims about that actor must not count twice.
CREATE INDEX claim_subject_object IF NOT EXISTS FOR (c:Claim) ON (c.subjectId, c.objectId);
