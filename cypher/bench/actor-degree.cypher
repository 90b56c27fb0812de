// Purpose: how many relationships an actor has, of every kind: the size of
// what a walk over all of them (the old article removal) had to read.
// Parameters: hub. Columns: rels.
MATCH (h:Actor {id: $hub})
RETURN COUNT { (h)--() } AS rels
