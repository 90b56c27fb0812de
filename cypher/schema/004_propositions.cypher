// Propositions and their attestations: identity, the keys that regroup them
// on import, and the look-ups the API filters by.
CREATE CONSTRAINT proposition_id IF NOT EXISTS FOR (n:Proposition) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attestation_id IF NOT EXISTS FOR (n:Attestation) REQUIRE n.id IS UNIQUE;
CREATE INDEX attestation_article IF NOT EXISTS FOR (n:Attestation) ON (n.articleId);
CREATE INDEX attestation_key IF NOT EXISTS FOR (n:Attestation) ON (n.key);
CREATE INDEX attestation_claim IF NOT EXISTS FOR (n:Attestation) ON (n.claimId);
CREATE INDEX proposition_key IF NOT EXISTS FOR (n:Proposition) ON (n.key);
CREATE INDEX proposition_dyad IF NOT EXISTS FOR (n:Proposition) ON (n.dyad);
CREATE INDEX proposition_subject IF NOT EXISTS FOR (n:Proposition) ON (n.subjectId);
CREATE INDEX proposition_object IF NOT EXISTS FOR (n:Proposition) ON (n.objectId);
CREATE INDEX proposition_contested IF NOT EXISTS FOR (n:Proposition) ON (n.contested, n.independentSources);
// The ranked page of contested (or uncontested) propositions, read in index
// order: independent sources, then attestations, both descending.
CREATE INDEX proposition_ranked IF NOT EXISTS FOR (n:Proposition) ON (n.contested, n.independentSources, n.attestationCount);
