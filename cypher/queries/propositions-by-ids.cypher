// Purpose: propositions by id, for the per-request proposition loader.
// Parameters: ids (list). Columns: key (id), item (map).
UNWIND $ids AS id
MATCH (p:Proposition {id: id})
RETURN id AS key, p {.id, .stance, .family, .subjectId, .objectId, .symmetric, .types, .polarity,
                     firstDate: toString(p.firstDate), lastDate: toString(p.lastDate), .attestationCount, .independentSources,
                     .sources, .outlets, .contested} AS item
