// Who met whom, and when: every MET edge between people, with its date and the outlet or person who reported it.
MATCH (a:Person)-[r:MET]->(b:Person)
RETURN a, r, b
