// Purpose: the import benchmark's baseline, part 0: every actor a batch of
// articles touches, MERGEd (created only when missing), as the importer does.
// Parameters: actors (ActorRow list). Columns: none.
UNWIND $actors AS a
MERGE (x:Actor {id: a.id})
ON CREATE SET x:$(a.kind), x.kind = a.kind, x.name = a.name, x.aliases = a.aliases, x.nameKey = a.nameKey,
    x.aliasKeys = a.aliasKeys, x.searchText = a.searchText, x.wikidataId = a.wikidataId, x.confidence = a.confidence
