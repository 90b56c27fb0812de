// Purpose: the relation edges of several actors at once (one round trip for
// a whole list of actors), newest first, filtered by type, direction,
// counterpart and date (the event date, else the report date).
// Parameters: ids, types (vocabulary names), direction (OUTGOING|INCOMING|BOTH),
//   counterpart (id or null), since, until (ISO dates or null), first.
// Columns: key (actor id), items (relation maps).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) {
  MATCH (a)-[r]-(b:Actor)
  WHERE type(r) IN $types
    AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = a))
    AND ($counterpart IS NULL OR b.id = $counterpart)
    AND ($since IS NULL OR coalesce(r.date, r.reportedAt) >= date($since))
    AND ($until IS NULL OR coalesce(r.date, r.reportedAt) <= date($until))
  WITH r ORDER BY coalesce(r.date, r.reportedAt) IS NULL, coalesce(r.date, r.reportedAt) DESC, r.id
  LIMIT $first
  RETURN collect(r {.id, type: type(r), .polarity, sourceId: startNode(r).id, targetId: endNode(r).id, .date, .reportedAt,
                    .modality, assertedById: r.assertedBy, .claimId, .statementId, .articleId, .sentenceIndex, .evidence, .confidence}) AS items
}
RETURN id AS key, items
