// Purpose: a page of the contested (or of the uncontested) propositions, most
// independently corroborated first, with at least minSources independent
// sources: propositions(contested:) with no actor named. Read off the index
// proposition_ranked in its order (contested, then sources and attestations
// descending), so the page costs its own rows, and the total counts index
// entries without touching a proposition. The order and columns are those of
// propositions-list, which answers when actors are named.
// Parameters: contested (boolean), minSources, skip, limit. Columns: total, ids.
CALL () {
  MATCH (p:Proposition)
  USING INDEX p:Proposition(contested, independentSources, attestationCount)
  WHERE p.contested = $contested AND p.independentSources >= $minSources AND p.attestationCount IS NOT NULL
  RETURN count(p) AS total
}
CALL () {
  MATCH (p:Proposition)
  USING INDEX p:Proposition(contested, independentSources, attestationCount)
  WHERE p.contested = $contested AND p.independentSources >= $minSources AND p.attestationCount IS NOT NULL
  WITH p ORDER BY p.contested DESC, p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
  SKIP $skip
  LIMIT $limit
  RETURN collect(p.id) AS ids
}
RETURN total, ids
