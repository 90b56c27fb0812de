// Purpose: a page of propositions, most independently corroborated first:
// about one actor, between two (either direction), contested or not, with at
// least minSources independent sources (contested or not with no actor named
// is propositions-ranked). Each case is read in index order, per contested
// value asked for (both when contested is null) and per side: schema/011's
// (subjectId|objectId|dyad, contested, independentSources, attestationCount)
// indexes, and proposition_ranked with no actor named; at most
// skip + limit + 1 per read, the last (sources, attestations) group sorted by
// the rest of the order, so the page costs its own rows instead of every
// proposition of the actor (81,990 for the bench's hub at 1M edges, found by
// scanning all 925,073). The total counts index entries up to
// $countLimit + 1 only, never a proposition's properties: above $countLimit
// it is reported as $countLimit with totalIsLowerBound (as search-utterances
// and propositions-ranked do); the page reads one id more than it shows,
// which says whether a next page exists.
// Parameters: about (id or null), dyad ("a|b" with a < b, or null),
//   contested (boolean or null), minSources, skip, limit, countLimit.
// Columns: total (at most countLimit), totalIsLowerBound, hasMore, ids.
CALL () {
  WITH 1 AS anchor WHERE $about IS NOT NULL AND $dyad IS NULL
  CALL () {
    UNWIND CASE WHEN $contested IS NULL THEN [true, false] ELSE [$contested] END AS contested
    CALL (contested) {
      MATCH (p:Proposition)
      USING INDEX p:Proposition(subjectId, contested, independentSources, attestationCount)
      WHERE p.subjectId = $about AND p.contested = contested AND p.independentSources >= $minSources
        AND p.attestationCount IS NOT NULL
      WITH p ORDER BY p.subjectId DESC, p.contested DESC, p.independentSources DESC, p.attestationCount DESC,
        p.lastDate DESC, p.id
      LIMIT $skip + $limit + 1
      RETURN p
      UNION
      MATCH (p:Proposition)
      USING INDEX p:Proposition(objectId, contested, independentSources, attestationCount)
      WHERE p.objectId = $about AND p.contested = contested AND p.independentSources >= $minSources
        AND p.attestationCount IS NOT NULL
      WITH p ORDER BY p.objectId DESC, p.contested DESC, p.independentSources DESC, p.attestationCount DESC,
        p.lastDate DESC, p.id
      LIMIT $skip + $limit + 1
      RETURN p
    }
    WITH DISTINCT p
    ORDER BY p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
    SKIP $skip
    LIMIT $limit + 1
    RETURN collect(p.id) AS found
  }
  CALL () {
    UNWIND CASE WHEN $contested IS NULL THEN [true, false] ELSE [$contested] END AS contested
    CALL (contested) {
      MATCH (p:Proposition)
      USING INDEX p:Proposition(subjectId, contested, independentSources, attestationCount)
      WHERE p.subjectId = $about AND p.contested = contested AND p.independentSources >= $minSources
        AND p.attestationCount IS NOT NULL
      RETURN p
      UNION
      MATCH (p:Proposition)
      USING INDEX p:Proposition(objectId, contested, independentSources, attestationCount)
      WHERE p.objectId = $about AND p.contested = contested AND p.independentSources >= $minSources
        AND p.attestationCount IS NOT NULL
      RETURN p
    }
    WITH DISTINCT p
    LIMIT $countLimit + 1
    RETURN count(p) AS counted
  }
  RETURN found, counted
  UNION
  WITH 1 AS anchor WHERE $dyad IS NOT NULL
  CALL () {
    UNWIND CASE WHEN $contested IS NULL THEN [true, false] ELSE [$contested] END AS contested
    CALL (contested) {
      MATCH (p:Proposition)
      USING INDEX p:Proposition(dyad, contested, independentSources, attestationCount)
      WHERE p.dyad = $dyad AND p.contested = contested AND p.independentSources >= $minSources
        AND p.attestationCount IS NOT NULL
        AND ($about IS NULL OR p.subjectId = $about OR p.objectId = $about)
      WITH p ORDER BY p.dyad DESC, p.contested DESC, p.independentSources DESC, p.attestationCount DESC,
        p.lastDate DESC, p.id
      LIMIT $skip + $limit + 1
      RETURN p
    }
    WITH p ORDER BY p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
    SKIP $skip
    LIMIT $limit + 1
    RETURN collect(p.id) AS found
  }
  CALL () {
    UNWIND CASE WHEN $contested IS NULL THEN [true, false] ELSE [$contested] END AS contested
    CALL (contested) {
      MATCH (p:Proposition)
      USING INDEX p:Proposition(dyad, contested, independentSources, attestationCount)
      WHERE p.dyad = $dyad AND p.contested = contested AND p.independentSources >= $minSources
        AND p.attestationCount IS NOT NULL
        AND ($about IS NULL OR p.subjectId = $about OR p.objectId = $about)
      RETURN p
    }
    WITH p LIMIT $countLimit + 1
    RETURN count(p) AS counted
  }
  RETURN found, counted
  UNION
  WITH 1 AS anchor WHERE $about IS NULL AND $dyad IS NULL
  CALL () {
    UNWIND CASE WHEN $contested IS NULL THEN [true, false] ELSE [$contested] END AS contested
    CALL (contested) {
      MATCH (p:Proposition)
      USING INDEX p:Proposition(contested, independentSources, attestationCount)
      WHERE p.contested = contested AND p.independentSources >= $minSources AND p.attestationCount IS NOT NULL
      WITH p ORDER BY p.contested DESC, p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
      LIMIT $skip + $limit + 1
      RETURN p
    }
    WITH p ORDER BY p.independentSources DESC, p.attestationCount DESC, p.lastDate DESC, p.id
    SKIP $skip
    LIMIT $limit + 1
    RETURN collect(p.id) AS found
  }
  CALL () {
    UNWIND CASE WHEN $contested IS NULL THEN [true, false] ELSE [$contested] END AS contested
    CALL (contested) {
      MATCH (p:Proposition)
      USING INDEX p:Proposition(contested, independentSources, attestationCount)
      WHERE p.contested = contested AND p.independentSources >= $minSources AND p.attestationCount IS NOT NULL
      RETURN p
    }
    WITH p LIMIT $countLimit + 1
    RETURN count(p) AS counted
  }
  RETURN found, counted
}
RETURN CASE WHEN counted > $countLimit THEN $countLimit ELSE counted END AS total,
       counted > $countLimit AS totalIsLowerBound,
       size(found) > $limit AS hasMore,
       found[..$limit] AS ids
