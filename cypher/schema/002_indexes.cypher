// Look-ups the API makes by value: actor names (case-folded), article dates,
// and the article that owns a statement or claim (for replace-on-reimport).
CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX claim_article IF NOT EXISTS FOR (n:Claim) ON (n.articleId);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
// Actors in name order: a neighbourhood page of a hub is read off this index
// (queries/neighbors-of-actors), not sorted from every counterpart.
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
