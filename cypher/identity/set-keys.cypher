// Purpose: the surname keys identity matching looks actors up by, for the gazetteer's actors.
// Parameters: keys ({id, surnameKey}). Columns: none.
UNWIND $keys AS k
MATCH (x:Actor {id: k.id})
// Unchanged keys are not rewritten: a SET locks the node, and hub actors are in every import.
WITH x, k WHERE coalesce(x.surnameKey, '') <> coalesce(k.surnameKey, '') OR (x.surnameKey IS NULL) <> (k.surnameKey IS NULL)
SET x.surnameKey = k.surnameKey
