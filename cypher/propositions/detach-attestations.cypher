// Purpose: remove the attestations of articles about to be rewritten, and say
// which proposition keys they belonged to (those are regrouped afterwards).
// Parameters: articleIds (list). Columns: keys (distinct proposition keys).
OPTIONAL MATCH (a:Attestation)
WHERE a.articleId IN $articleIds
WITH collect(DISTINCT a.key) AS keys, collect(a) AS gone
FOREACH (a IN gone | DETACH DELETE a)
RETURN keys
