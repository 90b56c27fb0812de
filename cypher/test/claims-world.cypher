// Purpose: test census of the claims in a test world: how many are undated
// (they sort last in claims-list). Parameters: none. Columns: undated.
MATCH (c:Claim)
RETURN count(CASE WHEN c.date IS NULL THEN 1 END) AS undated
