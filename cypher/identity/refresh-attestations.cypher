// Purpose: after relation edges of these articles changed ends or asserter,
// bring their attestations in line, and say which keys they had and what
// they are now (the caller recomputes keys and regroups propositions).
// Parameters: articleIds. Columns: id, oldKey, type, sourceId, targetId, modality.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(s:Actor)-[r]->(t:Actor)
WHERE r.articleId = articleId
MATCH (x:Attestation {id: r.id})
SET x.sourceId = s.id, x.targetId = t.id, x.assertedBy = r.assertedBy
RETURN DISTINCT x.id AS id, x.key AS oldKey, type(r) AS type, s.id AS sourceId, t.id AS targetId, r.modality AS modality
