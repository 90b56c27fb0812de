/**
 * Propositions through the API, over HTTP against the real server and Neo4j:
 * the seed plus two articles written for these tests, one corroborating the
 * seed's sanctions pledge from an independent outlet, one where the Kremlin's
 * spokesman denies Kazakhstan is turning away from Russia.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { guideQueries } from '../../src/api/browser-assets.js';
import { cypher } from '../../src/graph/cypher.js';
import { exampleQuery, startTestApi, type TestApi } from '../support/api.js';
import { importTexts } from '../support/seed.js';

let api: TestApi;

const CORROBORATION = `
id: test-wire-sanctions
title: Kazakhstan to observe sanctions
outlet: reuters
publishedAt: 2023-09-29
text: Kazakhstan will observe Western sanctions against Russia, its president said in Berlin.
relations:
  - type: COMPLIES_WITH_SANCTIONS_AGAINST
    source: Kazakhstan
    target: Russia
    text: Kazakhstan will observe Western sanctions against Russia
    date: 2023-09-28
`;

/** A second report by the same outlet adds an attestation but no independent source. */
const REPEAT = `
id: test-wire-sanctions-again
title: Kazakhstan repeats sanctions pledge
outlet: reuters
publishedAt: 2023-09-30
text: Kazakhstan again said it would follow the sanctions regime against Russia.
relations:
  - type: COMPLIES_WITH_SANCTIONS_AGAINST
    source: Kazakhstan
    target: Russia
    text: Kazakhstan again said it would follow the sanctions regime against Russia
    date: 2023-09-30
`;

const DENIAL = `
id: test-wire-denial
title: Kremlin on Kazakhstan
outlet: tass
publishedAt: 2023-10-02
text: Peskov rejected talk that Kazakhstan was turning away from Russia.
relations:
  - type: DRIFTING_FROM
    source: Kazakhstan
    target: Russia
    modality: denied
    assertedBy: Peskov
    text: Peskov rejected talk that Kazakhstan was turning away from Russia
`;

beforeAll(async () => {
  api = await startTestApi();
  const summary = await importTexts(api.connection, [
    { name: 'corroboration.yaml', text: CORROBORATION },
    { name: 'repeat.yaml', text: REPEAT },
    { name: 'denial.yaml', text: DENIAL },
  ]);
  expect(summary.counts.created).toBe(3);
});
afterAll(() => api.close());

const run = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await api.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

describe('propositions', () => {
  it('contested claims about Russia name who contests them and why', async () => {
    const { propositions } = await run(exampleQuery('contested-propositions'), { about: 'Moscow' });
    // Peskov's denial contests both of Van Bruggen's claims: drifting, and relations worsening.
    expect(propositions.nodes.map((p: any) => [p.stance, p.types])).toEqual([
      ['DENIED', ['DRIFTING_FROM']],
      ['ASSERTED', ['RELATIONS_WORSENING']],
      ['ASSERTED', ['DRIFTING_FROM']],
    ]);
    const [denied, , asserted] = propositions.nodes;
    expect(asserted).toMatchObject({
      stance: 'ASSERTED',
      family: 'ESTRANGEMENT',
      subject: { name: 'Kazakhstan' },
      object: { name: 'Russia' },
      types: ['DRIFTING_FROM'],
      attestationCount: 1,
      independentSources: 1,
      sources: [{ name: 'Newsweek' }],
    });
    expect(asserted.attestations).toEqual([
      {
        assertedBy: { name: 'Isabelle Van Bruggen' },
        outlet: { name: 'Newsweek' },
        modality: 'HEDGED',
        date: '2023-09-28',
        evidence: 'Kazakhstan may have turned its back on Russia',
      },
    ]);
    expect(asserted.contradictions).toEqual([
      {
        reason: 'SELF_DENIAL',
        strength: 1,
        proposition: {
          stance: 'DENIED',
          family: 'ESTRANGEMENT',
          independentSources: 1,
          attestations: [
            {
              assertedBy: { name: 'Dmitry Peskov' },
              outlet: { name: 'TASS' },
              evidence: 'Peskov rejected talk that Kazakhstan was turning away from Russia',
            },
          ],
        },
      },
    ]);
    expect(denied.sources).toEqual([{ name: 'Russia' }]);
    expect(denied.contradictions.map((c: any) => c.reason)).toEqual(['SELF_DENIAL', 'SELF_DENIAL']);
  });

  it('between two actors, filtered by independent corroboration, most corroborated first', async () => {
    const all = (
      await run(exampleQuery('contested-propositions'), { between: ['kazakhstan', 'russia'], contested: null })
    ).propositions;
    expect(all.nodes.map((p: any) => [p.family, p.stance, p.types, p.attestationCount, p.independentSources])).toEqual([
      ['COERCION', 'ASSERTED', ['COMPLIES_WITH_SANCTIONS_AGAINST'], 3, 2],
      ['ESTRANGEMENT', 'DENIED', ['DRIFTING_FROM'], 1, 1],
      ['ESTRANGEMENT', 'ASSERTED', ['RELATIONS_WORSENING'], 1, 1],
      ['ESTRANGEMENT', 'ASSERTED', ['DRIFTING_FROM'], 1, 1],
    ]);
    const strong = (
      await run(exampleQuery('contested-propositions'), {
        between: ['Russia', 'Astana'],
        contested: null,
        minIndependentSources: 2,
      })
    ).propositions;
    expect(strong.nodes).toHaveLength(1);
    expect(strong.nodes[0]).toMatchObject({
      types: ['COMPLIES_WITH_SANCTIONS_AGAINST'],
      attestationCount: 3,
      sources: [{ name: 'Reuters' }, { name: 'United States' }],
    });
  });

  it('a relation and a claim lead to their proposition', async () => {
    const data = await run(
      '{ claims(about: "russia", predicate: COMPLIES_WITH_SANCTIONS_AGAINST) { nodes { claimant { name } proposition { independentSources outlets { name } } } } }',
    );
    expect(data.claims.nodes).toEqual([
      {
        claimant: { name: 'Kassym-Jomart Tokayev' },
        proposition: { independentSources: 2, outlets: [{ name: 'Azattyq' }, { name: 'Reuters' }] },
      },
    ]);
    const timeline = (await run(exampleQuery('relation-timeline'), { a: 'kazakhstan', b: 'russia' })).relationTimeline;
    const sanctions = timeline.entries.filter((e: any) => e.relation.type === 'COMPLIES_WITH_SANCTIONS_AGAINST');
    expect(sanctions.map((e: any) => e.relation.proposition)).toEqual(
      Array(3).fill({ attestationCount: 3, independentSources: 2, contested: false }),
    );
  });

  it('relationTimeline weighs entries by independent corroboration when asked', async () => {
    const byModality = (await run(exampleQuery('relation-timeline'), { a: 'kazakhstan', b: 'russia' }))
      .relationTimeline;
    const byCorroboration = (
      await run(exampleQuery('relation-timeline'), { a: 'kazakhstan', b: 'russia', weighting: 'CORROBORATION' })
    ).relationTimeline;
    const weights = (t: any) => t.entries.map((e: any) => [e.relation.type, e.relation.modality, e.weight]);
    expect(weights(byModality)).toEqual([
      ['COMPLIES_WITH_SANCTIONS_AGAINST', 'ASSERTED', 1],
      ['COMPLIES_WITH_SANCTIONS_AGAINST', 'ASSERTED', 1],
      ['COMPLIES_WITH_SANCTIONS_AGAINST', 'ASSERTED', 1],
      ['DRIFTING_FROM', 'DENIED', 0],
      ['DRIFTING_FROM', 'HEDGED', 0.5],
      ['RELATIONS_WORSENING', 'ASSERTED', 1],
    ]);
    // Three reports from two independent sources share the pledge's weight of 2; single-source reports keep theirs.
    expect(weights(byCorroboration)).toEqual([
      ['COMPLIES_WITH_SANCTIONS_AGAINST', 'ASSERTED', 0.667],
      ['COMPLIES_WITH_SANCTIONS_AGAINST', 'ASSERTED', 0.667],
      ['COMPLIES_WITH_SANCTIONS_AGAINST', 'ASSERTED', 0.667],
      ['DRIFTING_FROM', 'DENIED', 0],
      ['DRIFTING_FROM', 'HEDGED', 0.5],
      ['RELATIONS_WORSENING', 'ASSERTED', 1],
    ]);
    expect(byModality.score).toBe(-1.5 - 0.3 - 0.6);
    expect(byCorroboration.score).toBe(-1 - 0.3 - 0.6);
  });

  it('answers a page of propositions with nested reports and contradictions in a bounded number of round trips', async () => {
    // list, propositions, actors, attestations, contradictions; then the contradicting propositions, their attestations and actors
    // when the page did not hold them already: never more than 9, whatever the page size.
    for (const variables of [
      { contested: null, first: 100 },
      { contested: true, first: 2 },
      { contested: true, first: 1 },
    ]) {
      await run(exampleQuery('contested-propositions'), variables);
      expect(api.lastCalls(), JSON.stringify(variables)).toBeLessThanOrEqual(9);
    }
  });

  it('contested or not, with no actor named, lists what the general filter lists, in the same order', async () => {
    // The API reads that case off an index (queries/propositions-ranked); the general query is the reference.
    const read = async (name: string, params: Record<string, unknown>) => {
      const { records } = await api.connection.driver.executeQuery(
        cypher(name),
        {
          about: null,
          dyad: null,
          skip: neo4j.int(0),
          limit: neo4j.int(100),
          countLimit: neo4j.int(10_000),
          ...params,
        },
        { database: api.connection.database },
      );
      const r = records[0]!;
      return {
        total: Number(r.get('total')),
        ids: r.get('ids') as string[],
        totalIsLowerBound: r.has('totalIsLowerBound') ? (r.get('totalIsLowerBound') as boolean) : false,
        hasMore: r.has('hasMore') ? (r.get('hasMore') as boolean) : false,
      };
    };
    let seen = 0;
    for (const contested of [true, false])
      for (const minSources of [1, 2]) {
        const params = { contested, minSources: neo4j.int(minSources) };
        const want = await read('queries/propositions-list', params);
        expect(await read('queries/propositions-ranked', params), JSON.stringify({ contested, minSources })).toEqual(
          want,
        );
        const { propositions } = await run(
          'query ($c: Boolean, $m: Int) { propositions(contested: $c, minIndependentSources: $m, first: 100) { totalCount totalIsLowerBound nodes { id } } }',
          { c: contested, m: minSources },
        );
        expect(propositions.totalCount).toBe(want.total);
        expect(propositions.totalIsLowerBound).toBe(false);
        expect(propositions.nodes.map((n: { id: string }) => n.id)).toEqual(want.ids);
        seen += want.ids.length;

        // Counted up to a limit below the total: the limit, flagged as a lower bound; pages of two, each
        // looking one id ahead, still walk the whole list in order and say where it ends.
        if (want.total < 3) continue;
        const limit = want.total - 2;
        const walked: string[] = [];
        for (let skip = 0; skip < want.total + 2; skip += 2) {
          const got = await read('queries/propositions-ranked', {
            ...params,
            skip: neo4j.int(skip),
            limit: neo4j.int(2),
            countLimit: neo4j.int(limit),
          });
          expect(got, JSON.stringify({ contested, minSources, skip })).toEqual({
            total: limit,
            totalIsLowerBound: true,
            ids: want.ids.slice(skip, skip + 2),
            hasMore: skip + 2 < want.total,
          });
          walked.push(...got.ids);
        }
        expect(walked).toEqual(want.ids);
        // exactly at the limit the count is exact
        const at = await read('queries/propositions-ranked', { ...params, countLimit: neo4j.int(want.total) });
        expect(at).toMatchObject({ total: want.total, totalIsLowerBound: false, hasMore: false });
      }
    expect(seen).toBeGreaterThan(3);
  });

  it('bad arguments get a clear error', async () => {
    const one = await api.gql(exampleQuery('contested-propositions'), { between: ['russia'] });
    expect(one.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(one.errors?.[0]?.message).toMatch(/exactly two actors/);
    const unknown = await api.gql(exampleQuery('contested-propositions'), { about: 'Atlantis' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const negative = await api.gql(exampleQuery('contested-propositions'), { minIndependentSources: -1 });
    expect(negative.errors?.[0]?.message).toMatch(/minIndependentSources/);
  });

  it('gazetteer Wikidata ids are exposed as sameAs', async () => {
    const data = await run('{ putin: actor(name: "Putin") { sameAs } ash: actor(name: "Timothy Ash") { sameAs } }');
    expect(data).toEqual({ putin: { sameAs: ['http://www.wikidata.org/entity/Q7747'] }, ash: { sameAs: [] } });
  });

  it("the Browser guide's slide lists the contested claims about Russia and who contests them", async () => {
    const slide = guideQueries().find((q) => q.name === 'browser/07-contested-claims-about-russia')!;
    expect(slide.title).toBe('Contested claims about Russia, and who contests them');
    const { records } = await api.connection.driver.executeQuery(
      slide.query,
      {},
      { database: api.connection.database },
    );
    expect(records.map((r) => [r.get('claim'), r.get('reason'), r.get('assertedBy'), r.get('contestedBy')])).toEqual([
      ['Kazakhstan DRIFTING_FROM Russia', 'self_denial', ['Isabelle Van Bruggen'], ['Dmitry Peskov']],
      ['Kazakhstan RELATIONS_WORSENING Russia', 'self_denial', ['Isabelle Van Bruggen'], ['Dmitry Peskov']],
    ]);
  });
});

describe('contested propositions past their count limit', () => {
  // A limit of 1 against the uncontested propositions of these articles: the count stops at the limit and says so.
  let capped: TestApi;
  beforeAll(async () => {
    // a server of its own resets the graph to the seed: the articles above come back
    capped = await startTestApi({ ENTENTE_PROPOSITION_COUNT_LIMIT: '1' });
    await importTexts(capped.connection, [
      { name: 'corroboration.yaml', text: CORROBORATION },
      { name: 'repeat.yaml', text: REPEAT },
      { name: 'denial.yaml', text: DENIAL },
    ]);
  });
  afterAll(() => capped.close());
  const page = async (after: string | null) => {
    const res = await capped.gql(
      'query ($after: String) { propositions(contested: false, first: 1, after: $after) { totalCount totalIsLowerBound pageInfo { hasNextPage endCursor } nodes { id } } }',
      { after },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.propositions;
  };

  it('reports the limit as a lower bound, and pages on past it to the last one', async () => {
    const exact = await api.gql('{ propositions(contested: false, first: 100) { totalCount nodes { id } } }');
    const all = exact.data!.propositions;
    expect(all.totalCount).toBeGreaterThan(2);
    const ids: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < all.totalCount; i++) {
      const p = await page(after);
      expect(p, String(i)).toMatchObject({
        totalCount: 1,
        totalIsLowerBound: true,
        pageInfo: { hasNextPage: i < all.totalCount - 1 },
      });
      ids.push(...p.nodes.map((n: { id: string }) => n.id));
      after = p.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.nodes.map((n: { id: string }) => n.id));
    // with an actor named the count stops at the limit too
    const named = await capped.gql('{ propositions(about: "Russia") { totalCount totalIsLowerBound } }');
    expect(named.data!.propositions).toEqual({ totalCount: 1, totalIsLowerBound: true });
  });
});
