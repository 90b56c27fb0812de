// The whole lists, newest first, read a page at a time in index order: claims
// (queries/claims-list with neither claimant nor actor) off their sortDate,
// which every claim carries (schema/011), and articles (queries/articles-list
// without an outlet) off article_published, with the stubs counted off their
// own index so that the total needs no scan (a stub is an article known only
// because another cites it: the importer sets stub on it, and removes it when
// the article itself is imported).
CREATE INDEX claim_sort_date IF NOT EXISTS FOR (c:Claim) ON (c.sortDate);
CREATE INDEX article_stub IF NOT EXISTS FOR (n:Article) ON (n.stub);
