// Full-text search: actors by name and aliases (searchText joins them),
// statements and claims by their wording.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.searchText];
CREATE FULLTEXT INDEX utterance_text IF NOT EXISTS FOR (n:Statement|Claim) ON EACH [n.text];
