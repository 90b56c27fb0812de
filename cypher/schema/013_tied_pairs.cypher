// One TIED relationship per pair of actors that at least one tie joins (any
// type, either direction), from the actor of the smaller id to the other, with
// the pair's dyad key and how many ties it stands for (ties). The importer
// keeps it with the ties (import/add-ties, remove-ties;
// identity/add-ties-of-articles on a merge or split). The path search
// (queries/shortest-paths) tests whether two actors of the ends' first rings
// are tied by one seek of this (dyad) index per pair, not one per tie type (22)
// nor by reading either actor's ties, which grow with the graph.
// The backfill counts the ties of graphs written before this migration, one
// actor at a time, in batches of 1,000 actors (auto-commit: migrate runs a
// statement with IN TRANSACTIONS on its own). It sets each pair's count rather
// than adding to it, so a backfill cut short and run again is exact.
CREATE INDEX tied_dyad IF NOT EXISTS FOR ()-[t:TIED]-() ON (t.dyad);
MATCH (a:Actor)
CALL (a) {
  MATCH (a)-[tie:TIE_MET|TIE_VISITED|TIE_HOSTED|TIE_NEGOTIATED_WITH|TIE_REASSURED|TIE_SIGNED_AGREEMENT_WITH|TIE_SEEKS_COOPERATION_WITH|TIE_TRADES_WITH|TIE_ALIGNING_WITH|TIE_SUPPORTED|TIE_RELATIONS_IMPROVING|TIE_MEMBER_OF|TIE_COMPLIES_WITH_SANCTIONS_AGAINST|TIE_SANCTIONED|TIE_CRITICIZED|TIE_REJECTED|TIE_FAILED_TO_SUPPORT|TIE_DRIFTING_FROM|TIE_RELATIONS_WORSENING|TIE_LOSING_INFLUENCE_OVER|TIE_THREATENED|TIE_INVADED]-(b:Actor)
  WHERE a.id < b.id
  WITH a, b, count(tie) AS n
  MERGE (a)-[p:TIED]->(b)
  SET p.dyad = a.id + '|' + b.id, p.ties = n
} IN TRANSACTIONS OF 1000 ROWS;
