/**
 * Where two actors on a path are tied by several relation types, or both ways,
 * the hop shows one tie: the type first by name, from the actor with the
 * smaller id first. The search from both ends reads only that tie; the
 * shortest-path search finds them all and keeps the same one. The actors and
 * articles are written for this test.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATH_READS } from '../../src/api/resolvers/path.js';
import { RELATION_TYPE_NAMES, tieTypeOf } from '../../src/domain/vocabulary.js';
import { importThroughApi, startTestApi, type TestApi } from '../support/api.js';
import { readProfiled, rowsOf } from '../support/named-cypher.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PEOPLE = `actors:
  - { id: anna-aro, kind: Person, name: Anna Aro }
  - { id: bert-bode, kind: Person, name: Bert Bode }
  - { id: cara-cole, kind: Person, name: Cara Cole }
  - { id: dan-dorn, kind: Person, name: Dan Dorn }`;

/** One article per relation, imported in the order given: the tie stored first is the first one here. */
const relation = async (n: number, type: string, source: string, target: string, sentence: string) => {
  const article = `id: parallel-ties-${n}
title: ${sentence}
outlet: reuters
publishedAt: 2024-02-${String(10 + n).padStart(2, '0')}
text: ${sentence}.
${PEOPLE}
relations:
  - { type: ${type}, source: ${source}, target: ${target}, text: ${sentence} }
`;
  expect((await importThroughApi(api, article)).outcome).not.toBe('FAILED');
};

const PATH = `query($from: ID!, $to: ID!) { path(from: $from, to: $to) {
  length hops { kind from { id } to { id } } } }`;

describe('a hop between actors tied several ways', () => {
  it('shows the tie whose type comes first by name, from the smaller id first, whichever search finds the path', async () => {
    await relation(1, 'MET', 'anna-aro', 'bert-bode', 'Anna Aro met Bert Bode');
    await relation(2, 'MET', 'cara-cole', 'dan-dorn', 'Cara Cole met Dan Dorn');
    // Between Bert Bode and Cara Cole: stored first are a sanction and a criticism from Cara Cole
    await relation(3, 'SANCTIONED', 'cara-cole', 'bert-bode', 'Cara Cole sanctioned Bert Bode');
    await relation(4, 'CRITICIZED', 'cara-cole', 'bert-bode', 'Cara Cole criticized Bert Bode');
    await relation(5, 'VISITED', 'bert-bode', 'cara-cole', 'Bert Bode visited Cara Cole');
    await relation(6, 'CRITICIZED', 'bert-bode', 'cara-cole', 'Bert Bode criticized Cara Cole');
    const expected = [
      ['MET', 'anna-aro', 'bert-bode'],
      ['CRITICIZED', 'bert-bode', 'cara-cole'],
      ['MET', 'cara-cole', 'dan-dorn'],
    ];

    const res = await api.gql(PATH, { from: 'anna-aro', to: 'dan-dorn' });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const paths = res.data!.path as { hops: { kind: string; from: { id: string }; to: { id: string } }[] }[];
    expect(paths.map((p) => p.hops.map((h) => [h.kind, h.from.id, h.to.id]))).toEqual([expected]);

    const params = {
      from: 'anna-aro',
      to: 'dan-dorn',
      allowed: [...RELATION_TYPE_NAMES.map(tieTypeOf), 'HOLDS_ROLE'],
      maxHops: neo4j.int(4),
      first: neo4j.int(10),
      at: null,
    };
    const shown = (rows: Record<string, unknown>[]) =>
      rows.map((r) =>
        (r.rels as { type: string; sourceId: string; targetId: string }[]).map((e) => [e.type, e.sourceId, e.targetId]),
      );
    // from both ends: the pair's types read in that order until one is found, not all four ties (the runtime may
    // have read a branch or two ahead)
    const fromEnds = await readProfiled(api.connection, 'queries/shortest-paths', { ...params, ...PATH_READS });
    expect(shown(fromEnds.rows)).toEqual([expected]);
    expect(rowsOf(fromEnds.plan, 'ShortestPath', '')).toBe(0);
    expect(rowsOf(fromEnds.plan, 'DirectedRelationshipIndexSeek', ':TIE_')).toBeLessThan(4);
    // the shortest-path search alone finds every combination of the four and keeps the same one
    const searched = await readProfiled(api.connection, 'queries/shortest-paths', {
      ...params,
      fewTies: neo4j.int(0),
    });
    expect(shown(searched.rows)).toEqual([expected]);
    expect(rowsOf(searched.plan, 'ShortestPath', '')).toBeGreaterThanOrEqual(4);
  });
});
