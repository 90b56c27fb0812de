// Purpose: new proposition keys for attestations whose actors changed.
// Parameters: keys ({id, key}). Columns: none.
UNWIND $keys AS k
MATCH (x:Attestation {id: k.id})
SET x.key = k.key
