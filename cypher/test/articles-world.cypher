// Purpose: what an article-pages test world holds beside its articles: the
// stubs its citations left. Parameters: none. Columns: stubs.
MATCH (art:Article)
WHERE art.stub IS NOT NULL
RETURN count(art) AS stubs
