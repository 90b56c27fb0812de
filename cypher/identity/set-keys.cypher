// Purpose: the surname keys identity matching looks actors up by, for the gazetteer's actors.
// Parameters: keys ({id, surnameKey}). Columns: none.
UNWIND $keys AS k
MATCH (x:Actor {id: k.id})
SET x.surnameKey = k.surnameKey
