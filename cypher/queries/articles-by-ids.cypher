// Purpose: articles by id, for the per-request article loader.
// Parameters: ids. Columns: key (id), item (map).
UNWIND $ids AS id
MATCH (art:Article {id: id})
RETURN id AS key, art {.id, .url, .title, publishedAt: toString(art.publishedAt), .language, .text, stub: coalesce(art.stub, false),
  extracted: coalesce(art.extracted, false), .reviewed,
  outletId: [(art)-[:PUBLISHED_BY]->(o) | o.id][0],
  authorId: [(art)-[:WRITTEN_BY]->(a) | a.id][0]} AS item
