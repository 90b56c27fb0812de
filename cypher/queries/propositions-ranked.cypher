// Purpose: a page of the contested (or of the uncontested) propositions, most
// independently corroborated first, with at least minSources independent
// sources: propositions(contested:) with no actor named. Read off the index
// proposition_ranked in its order (contested, then sources and attestations
// descending), so the page costs its own rows. The total counts index entries
// up to $countLimit + 1 only, without touching a proposition: above
// $countLimit it is reported as $countLimit with totalIsLowerBound (as
// search-utterances does; counting every entry grew with the graph: 7,435
// contested propositions at 100k edges, ten times that at 1M). The page reads
// one id more than it shows, which says whether a next page exists when the
// total is only a lower bound. The order and columns are those of
// propositions-list, which answers when actors are named.
// Parameters: contested (boolean), minSources, skip, limit, countLimit.
// Columns: total (at most countLimit), totalIsLowerBound, hasMore, ids.
CALL () {
  MATCH (p:Proposition)
  USING INDEX p:Proposition(contested, independentSources, attestationCount)
  WHERE p.contested = $contested AND p.independentSources >= $minSources AND p.attestationCount IS NOT NULL
  WITH p LIMIT $countLimit + 1
  RETURN count(p) AS counted
}
CALL () {
  MATCH (p:Proposition)
  USING INDEX p:Proposition(contested, independentSources, attestationCount)
  WHERE p.contested = $contested AND p.independentSources >= $minSources AND p.attestationCount IS NOT NULL
  WITH p ORDER BY p.contested DESC, p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
  SKIP $skip
  LIMIT $limit + 1
  RETURN collect(p.id) AS found
}
RETURN CASE WHEN counted > $countLimit THEN $countLimit ELSE counted END AS total,
       counted > $countLimit AS totalIsLowerBound,
       size(found) > $limit AS hasMore,
       found[..$limit] AS ids
