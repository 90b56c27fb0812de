// Purpose: what a merge or split needs to know about two ids before it changes anything.
// Parameters: ids (list). Columns: id, live (an Actor), merged (a MergedActor), kind, gazetteer, mergedInto, name, aliases.
UNWIND $ids AS id
OPTIONAL MATCH (x:Actor {id: id})
OPTIONAL MATCH (m:MergedActor {id: id})
RETURN id, x IS NOT NULL AS live, m IS NOT NULL AS merged, coalesce(x.kind, m.kind) AS kind,
       coalesce(x.gazetteer, false) AS gazetteer, m.mergedInto AS mergedInto,
       coalesce(x.name, m.name) AS name, coalesce(x.aliases, m.aliases, []) AS aliases
