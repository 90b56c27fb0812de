// How Tokayev is connected to Putin: the shortest paths through relations and
// roles. A role counts only if it was held on the date of each relation next to
// it on the path (the relation's date, else its article's, else today), so Putin
// is reached through the office he held then, not his 2008-2012 premiership.
MATCH p = allShortestPaths((:Actor {id: 'kassym-jomart-tokayev'})-[*..6]-(:Actor {id: 'vladimir-putin'}))
WHERE all(r IN relationships(p) WHERE r.articleId IS NOT NULL OR type(r) = 'HOLDS_ROLE')
WITH p, relationships(p) AS rs
WHERE all(i IN range(0, size(rs) - 1) WHERE type(rs[i]) = 'HOLDS_ROLE'
      OR all(j IN range(0, size(rs) - 1) WHERE type(rs[j]) <> 'HOLDS_ROLE'
             OR any(k IN CASE WHEN j < i THEN range(j, i - 1) ELSE range(i + 1, j) END WHERE type(rs[k]) <> 'HOLDS_ROLE')
             OR ((rs[j].since IS NULL OR rs[j].since <= coalesce(rs[i].date, rs[i].reportedAt, date()))
                 AND (rs[j].until IS NULL OR rs[j].until >= coalesce(rs[i].date, rs[i].reportedAt, date())))))
RETURN p
LIMIT 5
