/**
 * Propositions on a real Neo4j: reports of one relation by several outlets
 * become one proposition with its independent sources counted by owner;
 * assertions and denials are linked by CONTRADICTS; re-importing an edited
 * article moves its attestations and leaves no proposition without one.
 * The articles are written for these tests.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deleteArticles } from '../../src/graph/article-store.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { graphFingerprint, NOTHING_WRITTEN } from '../support/graph-snapshot.js';
import { importTexts } from '../support/seed.js';

const connection = testConnection();
afterAll(() => connection.driver.close());
beforeEach(() => resetDatabase(connection));

interface Report {
  id: string;
  outlet: string;
  date: string;
  text: string;
  type: string;
  source: string;
  target: string;
  modality?: string;
  assertedBy?: string;
}

const article = (r: Report) => ({
  name: `${r.id}.yaml`,
  text: `id: ${r.id}
title: ${r.id}
outlet: ${r.outlet}
publishedAt: ${r.date}
text: ${JSON.stringify(r.text)}
relations:
  - type: ${r.type}
    source: ${r.source}
    target: ${r.target}
    text: ${JSON.stringify(r.text.replace(/\.$/, ''))}
    date: ${r.date}
${r.modality ? `    modality: ${r.modality}\n` : ''}${r.assertedBy ? `    assertedBy: ${r.assertedBy}\n` : ''}`,
});

// TASS and RIA Novosti are both owned by the Russian state (data/actors/media.yaml).
const GAS_DEAL = [
  article({
    id: 't-tass-gas',
    outlet: 'tass',
    date: '2024-03-01',
    text: 'Kazakhstan signed a gas supply agreement with Russia.',
    type: 'SIGNED_AGREEMENT_WITH',
    source: 'kazakhstan',
    target: 'russia',
  }),
  article({
    id: 't-ria-gas',
    outlet: 'ria-novosti',
    date: '2024-03-02',
    text: 'Russia and Kazakhstan signed an agreement on gas deliveries.',
    type: 'SIGNED_AGREEMENT_WITH',
    source: 'russia',
    target: 'kazakhstan',
  }),
  article({
    id: 't-reuters-gas',
    outlet: 'reuters',
    date: '2024-03-04',
    text: 'Kazakhstan and Russia have signed a deal on gas.',
    type: 'SIGNED_AGREEMENT_WITH',
    source: 'kazakhstan',
    target: 'russia',
  }),
];

interface PropositionRow {
  id: string;
  attestations: number;
  independent: number;
  outlets: string[];
  first: string | null;
  last: string | null;
  contested: boolean;
  linked: number;
}

async function propositions(): Promise<PropositionRow[]> {
  const { records } = await connection.driver.executeQuery(
    `MATCH (p:Proposition)
     RETURN p.id AS id, p.attestationCount AS attestations, p.independentSources AS independent, p.outlets AS outlets,
            toString(p.firstDate) AS first, toString(p.lastDate) AS last, p.contested AS contested,
            COUNT { (:Attestation)-[:ATTESTS]->(p) } AS linked
     ORDER BY id`,
    {},
    { database: connection.database },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    attestations: Number(r.get('attestations')),
    independent: Number(r.get('independent')),
    outlets: r.get('outlets') as string[],
    first: r.get('first') as string | null,
    last: r.get('last') as string | null,
    contested: r.get('contested') as boolean,
    linked: Number(r.get('linked')),
  }));
}

async function contradictions(): Promise<{ from: string; to: string; reason: string }[]> {
  const { records } = await connection.driver.executeQuery(
    'MATCH (a:Proposition)-[c:CONTRADICTS]->(b:Proposition) RETURN a.id AS from, b.id AS to, c.reason AS reason ORDER BY from, to',
    {},
    { database: connection.database },
  );
  return records.map((r) => ({
    from: r.get('from') as string,
    to: r.get('to') as string,
    reason: r.get('reason') as string,
  }));
}

/** Every edge an article asserts has exactly one attestation, and every attestation one proposition. */
async function integrity(): Promise<{
  edges: number;
  attestations: number;
  unattached: number;
  orphans: number;
  doubled: number;
}> {
  const { records } = await connection.driver.executeQuery(
    `RETURN COUNT { MATCH (:Actor)-[r]->(:Actor) WHERE r.articleId IS NOT NULL RETURN r } AS edges,
            COUNT { (:Attestation) } AS attestations,
            COUNT { MATCH (a:Attestation) WHERE NOT (a)-[:ATTESTS]->(:Proposition) RETURN a } AS unattached,
            COUNT { MATCH (p:Proposition) WHERE NOT (p)<-[:ATTESTS]-() RETURN p } AS orphans,
            COUNT { MATCH (a:Attestation) WHERE COUNT { (a)-[:ATTESTS]->() } > 1 RETURN a } AS doubled`,
    {},
    { database: connection.database },
  );
  const r = records[0]!;
  return {
    edges: Number(r.get('edges')),
    attestations: Number(r.get('attestations')),
    unattached: Number(r.get('unattached')),
    orphans: Number(r.get('orphans')),
    doubled: Number(r.get('doubled')),
  };
}

describe('propositions', () => {
  it('three outlets reporting one agreement form one proposition with two independent sources (TASS and RIA share an owner)', async () => {
    const summary = await importTexts(connection, GAS_DEAL);
    expect(summary.counts.created).toBe(3);
    expect(await propositions()).toEqual([
      {
        id: 'asserted:cooperation:kazakhstan<>russia@2024-03-01',
        attestations: 3,
        independent: 2,
        outlets: ['reuters', 'ria-novosti', 'tass'],
        first: '2024-03-01',
        last: '2024-03-04',
        contested: false,
        linked: 3,
      },
    ]);
    expect(await integrity()).toEqual({ edges: 3, attestations: 3, unattached: 0, orphans: 0, doubled: 0 });
  });

  it('gives the same propositions whatever the import order and batching', async () => {
    await importTexts(connection, [...GAS_DEAL].reverse());
    const together = await propositions();
    await resetDatabase(connection);
    for (const a of GAS_DEAL) await importTexts(connection, [a]);
    expect(await propositions()).toEqual(together);
  });

  it('keeps reports further apart than the window as separate propositions', async () => {
    const later = article({
      id: 't-reuters-gas-2025',
      outlet: 'reuters',
      date: '2025-01-10',
      text: 'Kazakhstan signed a new gas agreement with Russia.',
      type: 'SIGNED_AGREEMENT_WITH',
      source: 'kazakhstan',
      target: 'russia',
    });
    await importTexts(connection, [...GAS_DEAL, later]);
    expect((await propositions()).map((p) => [p.id, p.attestations])).toEqual([
      ['asserted:cooperation:kazakhstan<>russia@2024-03-01', 3],
      ['asserted:cooperation:kazakhstan<>russia@2025-01-10', 1],
    ]);
  });

  it('re-importing an edited article moves its attestation, and no proposition is left without one', async () => {
    await importTexts(connection, GAS_DEAL);
    // Reuters corrects itself: the two governments only met.
    const corrected = article({
      id: 't-reuters-gas',
      outlet: 'reuters',
      date: '2024-03-04',
      text: 'Kazakhstan and Russia met to discuss gas.',
      type: 'MET',
      source: 'kazakhstan',
      target: 'russia',
    });
    const summary = await importTexts(connection, [corrected]);
    expect(summary.counts.replaced).toBe(1);
    expect((await propositions()).map((p) => [p.id, p.attestations, p.independent, p.linked])).toEqual([
      ['asserted:cooperation:kazakhstan<>russia@2024-03-01', 2, 1, 2],
      ['asserted:engagement:kazakhstan<>russia@2024-03-04', 1, 1, 1],
    ]);
    expect(await integrity()).toEqual({ edges: 3, attestations: 3, unattached: 0, orphans: 0, doubled: 0 });

    // Back to the agreement: the meeting's proposition goes with its only attestation.
    await importTexts(connection, [GAS_DEAL[2]!]);
    expect((await propositions()).map((p) => [p.id, p.attestations])).toEqual([
      ['asserted:cooperation:kazakhstan<>russia@2024-03-01', 3],
    ]);
    expect(await integrity()).toEqual({ edges: 3, attestations: 3, unattached: 0, orphans: 0, doubled: 0 });

    // And re-importing it unchanged writes nothing at all.
    const before = await graphFingerprint(connection);
    const again = await importTexts(connection, GAS_DEAL);
    expect(again.counters).toEqual(NOTHING_WRITTEN);
    expect(await graphFingerprint(connection)).toEqual(before);
  });

  it('deleting articles takes their attestations, and a proposition they alone attested', async () => {
    await importTexts(connection, GAS_DEAL);
    await deleteArticles(connection, ['t-tass-gas']);
    expect((await propositions()).map((p) => [p.id, p.attestations, p.independent])).toEqual([
      ['asserted:cooperation:kazakhstan<>russia@2024-03-02', 2, 2],
    ]);
    await deleteArticles(connection, ['t-ria-gas', 't-reuters-gas']);
    expect(await propositions()).toEqual([]);
    expect(await integrity()).toEqual({ edges: 0, attestations: 0, unattached: 0, orphans: 0, doubled: 0 });
  });
});

describe('contradictions', () => {
  const THREAT = article({
    id: 't-meduza-threat',
    outlet: 'meduza',
    date: '2024-03-04',
    text: 'Russia threatened Kazakhstan over the sanctions.',
    type: 'THREATENED',
    source: 'russia',
    target: 'kazakhstan',
  });

  it('an actor denying a claim about itself is linked to the claim as a self-denial', async () => {
    const denial = article({
      id: 't-reuters-denial',
      outlet: 'reuters',
      date: '2024-03-05',
      text: 'The Kremlin denied that Russia threatened Kazakhstan.',
      type: 'THREATENED',
      source: 'russia',
      target: 'kazakhstan',
      modality: 'denied',
      assertedBy: 'the Kremlin',
    });
    await importTexts(connection, [THREAT, denial]);
    expect(await contradictions()).toEqual([
      {
        from: 'asserted:coercion:russia>kazakhstan@2024-03-04',
        to: 'denied:coercion:russia>kazakhstan@2024-03-05',
        reason: 'self_denial',
      },
    ]);
    expect((await propositions()).every((p) => p.contested)).toBe(true);
  });

  it('a denial by a third party is a plain denial, and a spokesman speaks for his country', async () => {
    const byOutlet = article({
      id: 't-eurasianet-denial',
      outlet: 'eurasianet',
      date: '2024-03-06',
      text: 'There is no sign that Russia threatened Kazakhstan.',
      type: 'THREATENED',
      source: 'russia',
      target: 'kazakhstan',
      modality: 'denied',
    });
    await importTexts(connection, [THREAT, byOutlet]);
    expect((await contradictions()).map((c) => c.reason)).toEqual(['denial']);

    const bySpokesman = article({
      id: 't-eurasianet-denial',
      outlet: 'eurasianet',
      date: '2024-03-06',
      text: 'Peskov said Russia never threatened Kazakhstan.',
      type: 'THREATENED',
      source: 'russia',
      target: 'kazakhstan',
      modality: 'denied',
      assertedBy: 'Peskov',
    });
    await importTexts(connection, [bySpokesman]);
    expect((await contradictions()).map((c) => c.reason)).toEqual(['self_denial']);
  });

  it('opposite polarity families in overlapping time contradict; far apart in time they do not', async () => {
    const worsening = article({
      id: 't-bbc-worsening',
      outlet: 'bbc',
      date: '2024-03-10',
      text: 'Relations between Kazakhstan and Russia are worsening.',
      type: 'RELATIONS_WORSENING',
      source: 'kazakhstan',
      target: 'russia',
    });
    await importTexts(connection, [...GAS_DEAL, worsening]);
    expect(await contradictions()).toEqual([
      {
        from: 'asserted:cooperation:kazakhstan<>russia@2024-03-01',
        to: 'asserted:estrangement:kazakhstan<>russia@2024-03-10',
        reason: 'opposite_polarity',
      },
    ]);
    // Moved a year later, the worsening no longer contradicts the agreement, and nothing stays contested.
    await importTexts(connection, [{ ...worsening, text: worsening.text.replaceAll('2024-03-10', '2025-03-10') }]);
    expect(await contradictions()).toEqual([]);
    expect((await propositions()).some((p) => p.contested)).toBe(false);
    expect(await integrity()).toMatchObject({ unattached: 0, orphans: 0, doubled: 0 });
  });
});
