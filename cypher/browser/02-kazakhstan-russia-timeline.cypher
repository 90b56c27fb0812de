// The Kazakhstan–Russia timeline: every assertion about the pair in time order, who asserts it, how firmly, and the words in the article.
MATCH (k:Actor {id: 'kazakhstan'})-[r]-(ru:Actor {id: 'russia'})
WHERE r.articleId IS NOT NULL
RETURN toString(coalesce(r.date, r.reportedAt)) AS date, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target,
       r.modality AS modality, r.assertedByName AS assertedBy, r.evidence AS evidence, r.articleId AS article
ORDER BY coalesce(r.date, r.reportedAt) IS NULL, coalesce(r.date, r.reportedAt), r.articleId, r.sentenceIndex
