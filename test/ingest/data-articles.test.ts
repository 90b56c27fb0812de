/**
 * The articles shipped in data/articles/ on a real Neo4j: each of the seed's
 * propositions below is corroborated or contested by another outlet (the
 * README's examples show the same answers).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { toPlain } from '../../src/graph/values.js';
import { importArticles, fileSources } from '../../src/ingest/importer.js';
import { expandInputs } from '../../src/ingest/input-files.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { gazetteer, SEED_ID } from '../support/seed.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

beforeAll(async () => {
  await resetDatabase(connection);
  const files = expandInputs([path.join(PROJECT_ROOT, 'data', 'articles')]);
  const summary = await importArticles(connection, gazetteer, fileSources(files, gazetteer));
  expect(summary.counts).toEqual({ created: files.length, replaced: 0, unchanged: 0, failed: 0 });
});

async function propositionOf(edgeId: string): Promise<Record<string, unknown>> {
  const { records } = await connection.driver.executeQuery(
    `MATCH (:Attestation {id: $edgeId})-[:ATTESTS]->(p:Proposition)
     RETURN p.types AS types, p.attestationCount AS attestations, p.sources AS sources, p.outlets AS outlets, p.contested AS contested,
            COLLECT { MATCH (p)-[c:CONTRADICTS]-(q) RETURN [c.reason, q.stance, q.types, q.outlets] } AS contradictions`,
    { edgeId },
    { database: connection.database },
  );
  expect(records, edgeId).toHaveLength(1);
  return toPlain(records[0]!.toObject()) as Record<string, unknown>;
}

describe('the shipped articles', () => {
  it("Tokayev's sanctions pledge is corroborated by an outlet independent of Azattyq", async () => {
    expect(await propositionOf(`${SEED_ID}/complies-with-sanctions`)).toEqual({
      types: ['COMPLIES_WITH_SANCTIONS_AGAINST'],
      attestations: 2,
      sources: ['reuters', 'united-states'],
      outlets: ['azattyq', 'reuters'],
      contested: false,
      contradictions: [],
    });
  });

  it('the Tokayev–Scholz talks are reported by two independent outlets', async () => {
    expect(await propositionOf(`${SEED_ID}/relation-1`)).toMatchObject({
      types: ['MET'],
      attestations: 2,
      sources: ['reuters', 'united-states'],
    });
  });

  it("Van Bruggen's claim that Armenia is turning away from Russia is corroborated by Moscow's own accusation and by AFP", async () => {
    expect(await propositionOf(`${SEED_ID}/armenia-turned-back`)).toMatchObject({
      types: ['DRIFTING_FROM'],
      attestations: 3,
      sources: ['afp', 'newsweek', 'reuters'],
      contested: false,
    });
  });

  it("Timothy Ash's claim that Russia failed Armenia is contested by Russia itself", async () => {
    expect(await propositionOf(`${SEED_ID}/failed-to-help-armenia`)).toEqual({
      types: ['FAILED_TO_SUPPORT', 'LOSING_INFLUENCE_OVER'],
      attestations: 2,
      sources: ['united-states'],
      outlets: ['azattyq'],
      contested: true,
      contradictions: [['self_denial', 'denied', ['FAILED_TO_SUPPORT'], ['reuters']]],
    });
  });
});
