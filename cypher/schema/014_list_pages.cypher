// The whole lists, newest first, read a page at a time in index order: claims
// (queries/claims-list with neither claimant nor actor) off their sortDate,
// which every claim carries (schema/011).
CREATE INDEX claim_sort_date IF NOT EXISTS FOR (c:Claim) ON (c.sortDate);
