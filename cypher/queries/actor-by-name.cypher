// Purpose: one actor by canonical name, alias, demonym or seat of power,
// compared as folded keys (see src/domain/names.ts). Canonical names win.
// Parameters: key (folded name). Columns: id.
MATCH (a:Actor)
WHERE a.nameKey = $key OR $key IN a.aliasKeys
RETURN a.id AS id
ORDER BY a.nameKey = $key DESC, a.id
LIMIT 1
