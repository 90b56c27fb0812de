// Purpose: what an article-pages test world holds beside its articles: the
// stubs its citations left, and how many of them have a publication date
// (articles-list counts a date range without reading stub, so none may).
// Parameters: none. Columns: stubs, datedStubs.
MATCH (art:Article)
WHERE art.stub IS NOT NULL
RETURN count(art) AS stubs, count(art.publishedAt) AS datedStubs
