// Purpose: test oracle for queries/propositions-list: the statement before
// schema/011's ranked indexes, which collects every matching proposition and
// sorts them, with an exact total.
// Parameters: about (id or null), dyad ("a|b" with a < b, or null),
//   contested (boolean or null), minSources, skip, limit. Columns: total, ids.
MATCH (p:Proposition)
WHERE ($contested IS NULL OR p.contested = $contested)
  AND p.independentSources >= $minSources
  AND ($dyad IS NULL OR p.dyad = $dyad)
  AND ($about IS NULL OR p.subjectId = $about OR p.objectId = $about)
WITH p ORDER BY p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
WITH collect(p.id) AS ordered
RETURN size(ordered) AS total, ordered[$skip..$skip + $limit] AS ids
