// Who is drifting away from Russia, and who says so: the DRIFTING_FROM edges with the claimant behind each.
MATCH (x:Actor)-[r:DRIFTING_FROM]->(ru:Actor {id: 'russia'})
MATCH (claimant:Actor {id: r.assertedBy})
RETURN x, r, ru, claimant
