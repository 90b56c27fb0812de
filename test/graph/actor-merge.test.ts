/**
 * `entente actors merge` / `split` on a real Neo4j: a merge moves everything
 * and regroups propositions; a split gives back exactly the graph before the
 * merge; bad requests change nothing. The articles are written for these tests.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROPOSITION_WINDOW_DAYS } from '../../src/config.js';
import { mergeActors, splitActor } from '../../src/graph/actor-merge.js';
import { toPlain } from '../../src/graph/values.js';
import { cypher } from '../../src/graph/cypher.js';
import { expectBucketsExact } from '../support/buckets.js';
import { expectTiedPairsExact } from '../support/tied-pairs.js';
import { expectTiesExact } from '../support/ties.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { graphFingerprint } from '../support/graph-snapshot.js';
import { importTexts } from '../support/seed.js';
import { importSyntheticWorld } from '../support/synthetic-world.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

const HAJIYEV = {
  name: 'hajiyev.yaml',
  text: `id: t-hajiyev
title: Baku criticizes Yerevan
outlet: reuters
publishedAt: 2024-01-10
text: Hikmet Hajiyev criticized Armenia.
actors:
  - { id: hikmet-hajiyev, kind: Person, name: Hikmet Hajiyev }
relations:
  - { type: CRITICIZED, source: hikmet-hajiyev, target: Armenia, text: Hikmet Hajiyev criticized Armenia, date: 2024-01-10 }
`,
};
const AIDE = {
  name: 'aide.yaml',
  text: `id: t-aide
title: Aide criticizes Yerevan
outlet: afp
publishedAt: 2024-01-12
text: The presidential aide criticized Armenia.
actors:
  - { id: presidential-aide, kind: Person, name: Presidential Aide }
relations:
  - { type: CRITICIZED, source: presidential-aide, target: Armenia, text: The presidential aide criticized Armenia, date: 2024-01-11 }
`,
};

const window = DEFAULT_PROPOSITION_WINDOW_DAYS;

async function read(query: string): Promise<Record<string, unknown>> {
  const { records } = await connection.driver.executeQuery(query, {}, { database: connection.database });
  return toPlain(records[0]!.toObject()) as Record<string, unknown>;
}

beforeEach(async () => {
  await resetDatabase(connection);
  await importTexts(connection, [HAJIYEV, AIDE]);
});

describe('actors merge and split', () => {
  it('a merge moves edges, names and attestations to the survivor and regroups propositions; a split restores the graph exactly', async () => {
    const before = await graphFingerprint(connection);
    expect(await read('MATCH (p:Proposition) RETURN collect(p.id) AS ids')).toEqual({
      ids: expect.arrayContaining([
        'asserted:estrangement:hikmet-hajiyev>armenia@2024-01-10',
        'asserted:estrangement:presidential-aide>armenia@2024-01-11',
      ]),
    });

    const merged = await mergeActors(connection, 'presidential-aide', 'hikmet-hajiyev', window);
    expect(merged).toMatchObject({ from: 'presidential-aide', into: 'hikmet-hajiyev', articles: 2 });
    expect(
      await read(`MATCH (h:Actor {id: 'hikmet-hajiyev'})
      RETURN h.aliases AS aliases, COUNT { (:Actor {id: 'presidential-aide'}) } AS live, COUNT { (:MergedActor {id: 'presidential-aide'})-[:MERGED_INTO]->(h) } AS merged,
             COUNT { (h)-[:CRITICIZED]->(:Actor {id: 'armenia'}) } AS edges, [(h)-[t:TIE_CRITICIZED]->(:Actor {id: 'armenia'}) | t.count][0] AS tie,
             [(h)-[t:TIE_CRITICIZED]->(:Actor {id: 'armenia'}) | [t.sourceId, t.targetId]][0] AS tieEnds,
             COLLECT { MATCH (p:Proposition) RETURN [p.id, p.attestationCount, p.independentSources] } AS propositions`),
    ).toEqual({
      aliases: ['Presidential Aide'],
      live: 0,
      merged: 1,
      edges: 2,
      tie: 2,
      tieEnds: ['hikmet-hajiyev', 'armenia'],
      propositions: [['asserted:estrangement:hikmet-hajiyev>armenia@2024-01-10', 2, 2]],
    });

    // The moved edge and the tie it joined carry the survivor's dyad key (the timeline's indexes read it).
    expect(
      await read(`MATCH (h:Actor {id: 'hikmet-hajiyev'})-[r:CRITICIZED|TIE_CRITICIZED]->(:Actor {id: 'armenia'})
      RETURN collect(DISTINCT r.dyad) AS dyads, count(r) AS n`),
    ).toEqual({ dyads: ['armenia|hikmet-hajiyev'], n: 3 });
    // The timeline's month buckets moved with the edge: the survivor's dyad's January buckets, none left behind.
    expect((await expectBucketsExact(connection)).filter((k) => k.dyad.includes('armenia'))).toEqual([
      { dyad: 'armenia|hikmet-hajiyev', type: '*', month: '2024-01-01', count: 2, weight: -0.8 },
      { dyad: 'armenia|hikmet-hajiyev', type: 'CRITICIZED', month: '2024-01-01', count: 2, weight: -0.8 },
    ]);

    const split = await splitActor(connection, 'presidential-aide', window);
    expect(split).toMatchObject({ from: 'presidential-aide', into: 'hikmet-hajiyev', moved: merged.moved });
    expect(await graphFingerprint(connection)).toEqual(before);
    expect(
      await read(`MATCH (h:Actor {id: 'hikmet-hajiyev'}), (a:Person {id: 'presidential-aide'})
      RETURN h.aliases AS aliases, a.name AS name, [(h)-[t:TIE_CRITICIZED]->() | t.count][0] AS tie, COUNT { (:MergedActor) } AS mergedActors`),
    ).toEqual({ aliases: [], name: 'Presidential Aide', tie: 1, mergedActors: 0 });
    expect(
      await read(`MATCH (a:Actor {id: 'presidential-aide'})-[r:CRITICIZED|TIE_CRITICIZED]->(:Actor {id: 'armenia'})
      RETURN collect(DISTINCT r.dyad) AS dyads, count(r) AS n`),
    ).toEqual({ dyads: ['armenia|presidential-aide'], n: 2 });
  });

  it("a merge and a split keep every claim's claimant, subject and object ids (schema/009) those of its edges", async () => {
    const { pool } = await importSyntheticWorld(connection, { actors: 30, articles: 20, seed: 5 });
    const [hub, other] = [pool[0]!.id, pool[1]!.id];
    const claimKeys = async () => (await read(cypher('test/claim-keys-wrong'))) as { checked: number; wrong: string[] };
    const claimsOf = async (id: string) =>
      read(`RETURN COUNT { (:Claim {claimantId: '${id}'}) } AS claimant, COUNT { (:Claim {subjectId: '${id}'}) } AS subject,
                   COUNT { (:Claim {objectId: '${id}'}) } AS object`);
    const [hubBefore, otherBefore] = [await claimsOf(hub), await claimsOf(other)];
    // Both actors claim and are claimed about, so every kind of key moves.
    for (const n of Object.values(otherBefore)) expect(n).toBeGreaterThan(0);
    expect(await claimKeys()).toEqual({ checked: 100, wrong: [] });

    // The synthetic pool is the gazetteer; the merged actor stands for one found in the text only.
    await read(`MATCH (a:Actor {id: '${other}'}) SET a.gazetteer = false RETURN 1 AS done`);
    const bucketsBefore = await expectBucketsExact(connection);
    const tiesBefore = await expectTiesExact(connection);
    const pairsBefore = await expectTiedPairsExact(connection);
    expect(pairsBefore.some(([dyad]) => dyad.split('|').includes(other))).toBe(true);
    await mergeActors(connection, other, hub, window);
    expect(await claimKeys()).toEqual({ checked: 100, wrong: [] });
    // The timeline's month buckets follow the edges to the survivor's dyads, and no bucket of the merged actor is left.
    const bucketsMerged = await expectBucketsExact(connection);
    expect(bucketsMerged.some((k) => k.dyad.split('|').includes(other))).toBe(false);
    // so do the ties (an article that named both actors mentions the survivor twice, and counts once) and the
    // pairs of tied actors (schema/013): none is left to the merged actor
    expect((await expectTiesExact(connection)).length).toBeGreaterThan(0);
    expect((await expectTiedPairsExact(connection)).some(([dyad]) => dyad.split('|').includes(other))).toBe(false);
    expect(await claimsOf(other)).toEqual({ claimant: 0, subject: 0, object: 0 });
    const merged = (await claimsOf(hub)) as Record<string, number>;
    for (const [k, n] of Object.entries(merged))
      expect(n).toBe((hubBefore as Record<string, number>)[k]! + (otherBefore as Record<string, number>)[k]!);

    await splitActor(connection, other, window);
    expect(await claimKeys()).toEqual({ checked: 100, wrong: [] });
    expect((await expectBucketsExact(connection)).map((k) => [k.dyad, k.type, k.month, k.count])).toEqual(
      bucketsBefore.map((k) => [k.dyad, k.type, k.month, k.count]),
    );
    expect(await expectTiesExact(connection)).toEqual(tiesBefore);
    expect(await expectTiedPairsExact(connection)).toEqual(pairsBefore);
    expect([await claimsOf(hub), await claimsOf(other)]).toEqual([hubBefore, otherBefore]);
  });

  it('a re-import after a merge follows it', async () => {
    await mergeActors(connection, 'presidential-aide', 'hikmet-hajiyev', window);
    const edited = { ...AIDE, text: AIDE.text.replace('date: 2024-01-11', 'date: 2024-01-12') };
    const summary = await importTexts(connection, [edited]);
    expect(summary.counts.replaced).toBe(1);
    expect(
      await read(
        "RETURN COUNT { (:Actor {id: 'presidential-aide'}) } AS live, COUNT { (:Actor {id: 'hikmet-hajiyev'})-[:CRITICIZED]->() } AS edges",
      ),
    ).toEqual({ live: 0, edges: 2 });
  });

  it('refuses bad requests with a clear error and changes nothing', async () => {
    const before = await graphFingerprint(connection);
    await expect(mergeActors(connection, 'hikmet-hajiyev', 'hikmet-hajiyev', window)).rejects.toThrow(
      /cannot merge "hikmet-hajiyev" into itself/,
    );
    await expect(mergeActors(connection, 'russia', 'presidential-aide', window)).rejects.toThrow(
      /"russia" is a gazetteer actor and "presidential-aide" is not: the gazetteer wins; merge the other way: entente actors merge presidential-aide russia/,
    );
    await expect(mergeActors(connection, 'no-such-actor', 'hikmet-hajiyev', window)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/no actor with id "no-such-actor"/),
    });
    await expect(mergeActors(connection, 'russia', 'kazakhstan', window)).rejects.toThrow(/both gazetteer actors/);
    await expect(splitActor(connection, 'hikmet-hajiyev', window)).rejects.toThrow(/not a merged actor/);
    await expect(splitActor(connection, 'nobody', window)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await graphFingerprint(connection)).toEqual(before);
  });
});
