// Purpose: the articles whose edges a merge or split of these actors touches
// (an article mentions every actor its edges join or that asserts them).
// Parameters: ids (actor ids, live or merged). Columns: articleIds.
UNWIND $ids AS id
OPTIONAL MATCH (live:Actor {id: id})
OPTIONAL MATCH (merged:MergedActor {id: id})
WITH coalesce(live, merged) AS x WHERE x IS NOT NULL
MATCH (art:Article)-[:MENTIONS]->(x)
RETURN collect(DISTINCT art.id) AS articleIds
