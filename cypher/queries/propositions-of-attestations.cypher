// Purpose: the proposition a relation edge or a claim attests (an edge, its
// attestation and its claim share one id).
// Parameters: ids (list). Columns: key (id), id (proposition id).
UNWIND $ids AS id
MATCH (a:Attestation {id: id})-[:ATTESTS]->(p:Proposition)
RETURN id AS key, p.id AS id
