// Purpose: the pairs of tied actors the importer maintains (TIED, schema/013),
// in the columns of tied-pairs-recomputed.
// Parameters: none. Columns: dyad (as stored), lo, hi (its ends' ids), ties.
MATCH (lo:Actor)-[p:TIED]->(hi:Actor)
RETURN p.dyad AS dyad, lo.id AS lo, hi.id AS hi, p.ties AS ties
ORDER BY dyad, lo, hi
