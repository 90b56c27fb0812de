// How Tokayev is connected to Putin: the shortest paths through relations and
// roles. A role counts only if it was held on the date of the evidence the
// path runs through (the newest dated relation on it, else today), so Putin is
// reached through the office he held then, not his 2008-2012 premiership.
MATCH p = allShortestPaths((:Actor {id: 'kassym-jomart-tokayev'})-[*..6]-(:Actor {id: 'vladimir-putin'}))
WHERE all(r IN relationships(p) WHERE r.articleId IS NOT NULL OR type(r) = 'HOLDS_ROLE')
WITH p, coalesce(reduce(newest = null, d IN [r IN relationships(p) WHERE type(r) <> 'HOLDS_ROLE' AND coalesce(r.date, r.reportedAt) IS NOT NULL | coalesce(r.date, r.reportedAt)]
                        | CASE WHEN newest IS NULL OR d > newest THEN d ELSE newest END), date()) AS at
WHERE all(r IN relationships(p) WHERE type(r) <> 'HOLDS_ROLE'
          OR ((r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until >= at)))
RETURN p
LIMIT 5
