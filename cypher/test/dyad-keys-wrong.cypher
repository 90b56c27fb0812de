// Purpose: relation edges and projection ties whose stored dyad key,
// effectiveDate (schema/008 indexes them; queries/relation-timeline reads
// through them) or ends' ids (sourceId, targetId: schema/007 and 012;
// queries/relations-of-actors reads through them) are not what their ends and
// dates say, after any import, delete, merge or split.
// Parameters: types (the relation types). Columns: checked (how many were
// compared), wrong (the id, or tie type and ends, of each that disagrees).
MATCH (s:Actor)-[r]->(e:Actor)
WHERE type(r) IN $types OR type(r) IN [t IN $types | 'TIE_' + t]
WITH r, s, e, CASE WHEN s.id < e.id THEN s.id + '|' + e.id ELSE e.id + '|' + s.id END AS dyad
WITH r, s, e,
     coalesce(r.dyad = dyad, false) AND coalesce(r.sourceId = s.id AND r.targetId = e.id, false)
       AND (type(r) STARTS WITH 'TIE_' OR coalesce(r.effectiveDate = coalesce(r.date, r.reportedAt, date('+999999999-12-31')), false)) AS right
RETURN count(r) AS checked,
       [x IN collect(CASE WHEN NOT right THEN coalesce(r.id, type(r) + ' ' + s.id + '>' + e.id) END) WHERE x IS NOT NULL] AS wrong
