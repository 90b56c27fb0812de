// Purpose: how many synthetic articles the bench instance holds, so that
// bench:graphql imports its graph only when the size asked for differs.
// Parameters: none. Columns: n.
MATCH (a:Article)
WHERE a.id STARTS WITH 'synthetic-article-'
RETURN count(a) AS n
