/**
 * The analysts' example queries (docs/queries/*.graphql) over HTTP against the
 * real server and Neo4j with the seed imported: exact answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleQuery, startTestApi, type TestApi } from '../support/api.js';
import { SEED_ID } from '../support/seed.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const run = async (name: string, variables: Record<string, unknown>) => {
  const res = await api.gql(exampleQuery(name), variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data!;
};

describe('example queries on the seed article', () => {
  it('actor(name:) resolves seats of power, ids and surnames', async () => {
    expect((await run('actor-by-name', { name: 'Astana' })).actor).toEqual({
      id: 'kazakhstan',
      name: 'Kazakhstan',
      kind: 'COUNTRY',
      wikidataId: 'Q232',
    });
    expect((await run('actor-by-name', { name: 'kazakhstan' })).actor.id).toBe('kazakhstan');
    expect((await run('actor-by-name', { name: 'the Kremlin' })).actor.id).toBe('russia');
    expect((await run('actor-by-name', { name: 'Tokayev' })).actor).toMatchObject({
      id: 'kassym-jomart-tokayev',
      name: 'Kassym-Jomart Tokayev',
      kind: 'PERSON',
    });
    expect((await run('actor-by-name', { name: 'Atlantis' })).actor).toBeNull();
    // id and name resolve the same way, as path(from:) and relationTimeline(a:) do.
    const byId = await api.gql(
      '{ tokayev: actor(id: "tokayev") { id } kremlin: actor(id: "the Kremlin") { id } exact: actor(id: "russia") { id } }',
    );
    expect(byId.data).toEqual({
      tokayev: { id: 'kassym-jomart-tokayev' },
      kremlin: { id: 'russia' },
      exact: { id: 'russia' },
    });
  });

  it("relationTimeline(kazakhstan, russia): sanctions compliance, then Van Bruggen's claims via Newsweek, worsening", async () => {
    const t = (await run('relation-timeline', { a: 'kazakhstan', b: 'russia' })).relationTimeline;
    expect(t).toMatchObject({ a: { name: 'Kazakhstan' }, b: { name: 'Russia' }, score: -1.4, trend: 'WORSENING' });
    expect(
      t.entries.map((e: any) => [
        e.relation.type,
        e.relation.modality,
        e.relation.date,
        e.relation.assertedBy.name,
        e.relation.claim.attribution.map((a: any) => a.name).join(' > '),
        e.runningScore,
      ]),
    ).toEqual([
      [
        'COMPLIES_WITH_SANCTIONS_AGAINST',
        'ASSERTED',
        '2023-09-28',
        'Kassym-Jomart Tokayev',
        'Azattyq > Kassym-Jomart Tokayev',
        -0.5,
      ],
      ['DRIFTING_FROM', 'HEDGED', null, 'Isabelle Van Bruggen', 'Azattyq > Newsweek > Isabelle Van Bruggen', -0.8],
      [
        'RELATIONS_WORSENING',
        'ASSERTED',
        null,
        'Isabelle Van Bruggen',
        'Azattyq > Newsweek > Isabelle Van Bruggen',
        -1.4,
      ],
    ]);
    expect(t.entries[1].relation.evidence).toBe('Kazakhstan may have turned its back on Russia');
  });

  it('path(tokayev → putin) goes through their presidencies and the sanctions pledge', async () => {
    const paths = (await run('path', { from: 'tokayev', to: 'putin' })).path;
    // One path per distinct sequence of actors, even where two sources assert the same link.
    expect(paths).toHaveLength(1);
    for (const p of paths) {
      expect(p.length).toBe(3);
      expect(p.hops[0]).toMatchObject({
        from: { name: 'Kassym-Jomart Tokayev' },
        to: { name: 'Kazakhstan' },
        kind: 'HOLDS_ROLE',
        role: { title: 'President', since: '2019-06-12', until: null },
      });
      expect(p.hops[1]).toMatchObject({ from: { name: 'Kazakhstan' }, to: { name: 'Russia' } });
      expect(p.hops[1].relation.assertedBy.name).toMatch(/Tokayev|Van Bruggen/);
      // The seed's evidence dates from 2023: Putin's presidency since 2012, not the 2000-2008 term or the premiership.
      expect(p.hops[2]).toMatchObject({
        from: { name: 'Russia' },
        to: { name: 'Vladimir Putin' },
        kind: 'HOLDS_ROLE',
        role: { title: 'President', since: '2012-05-07', until: null },
      });
    }
    expect(['COMPLIES_WITH_SANCTIONS_AGAINST', 'DRIFTING_FROM', 'RELATIONS_WORSENING']).toContain(
      paths[0].hops[1].kind,
    );
  });

  it('path(at:) takes the role held on that date, and drops roles not yet held', async () => {
    const roleOfPutin = async (at: string) => {
      const paths = (await run('path', { from: 'kazakhstan', to: 'putin', at })).path as any[];
      expect(paths.length).toBeGreaterThan(0);
      return new Set(
        paths.map((p) => {
          const last = p.hops[p.hops.length - 1];
          return `${last.role.title} ${last.role.since}..${last.role.until}`;
        }),
      );
    };
    expect(await roleOfPutin('2010-06-01')).toEqual(new Set(['Prime Minister 2008-05-08..2012-05-07']));
    expect(await roleOfPutin('2005-06-01')).toEqual(new Set(['President 2000-05-07..2008-05-07']));
    expect(await roleOfPutin('2023-09-28')).toEqual(new Set(['President 2012-05-07..null']));
    // Tokayev became President of Kazakhstan in 2019: in 2010 no path may pass through that role.
    const before = (await run('path', { from: 'tokayev', to: 'putin', at: '2010-06-01' })).path as any[];
    for (const p of before)
      for (const h of p.hops) if (h.kind === 'HOLDS_ROLE') expect(h.role.since <= '2010-06-01').toBe(true);
  });

  it('path(first:) returns at most that many shortest paths, and refuses a bad count', async () => {
    // Scholz reaches Putin through Germany and through Tokayev, both in four hops.
    const all = (await run('path', { from: 'scholz', to: 'putin', maxHops: 4 })).path as any[];
    const one = (await run('path', { from: 'scholz', to: 'putin', maxHops: 4, first: 1 })).path as any[];
    expect(all.length).toBeGreaterThan(1);
    expect(one).toHaveLength(1);
    expect(one[0].length).toBe(all[0].length);
    const bad = await api.gql('{ path(from: "kazakhstan", to: "putin", first: 0) { length } }');
    expect(bad.errors?.[0]?.message).toMatch(/`first` must be between 1 and 50/);
  });

  it('claims(about: russia), grouped by claimant, with modality', async () => {
    const nodes = (await run('claims-about', { about: 'russia' })).claims.nodes as any[];
    const byClaimant: Record<string, string[]> = {};
    for (const c of nodes)
      (byClaimant[c.claimant.name] ??= []).push(`${c.subject.name} ${c.predicate} ${c.object.name} (${c.modality})`);
    expect(byClaimant).toEqual({
      'Kassym-Jomart Tokayev': ['Kazakhstan COMPLIES_WITH_SANCTIONS_AGAINST Russia (ASSERTED)'],
      'Isabelle Van Bruggen': [
        'Kazakhstan DRIFTING_FROM Russia (HEDGED)',
        'Armenia DRIFTING_FROM Russia (HEDGED)',
        'Kazakhstan RELATIONS_WORSENING Russia (ASSERTED)',
      ],
      'Timothy Ash': [
        'Russia LOSING_INFLUENCE_OVER Central Asia (ASSERTED)',
        'Russia LOSING_INFLUENCE_OVER Central Asia (ASSERTED)',
        'Russia INVADED Ukraine (ASSERTED)',
        'Russia LOSING_INFLUENCE_OVER Armenia (ASSERTED)',
        'Russia FAILED_TO_SUPPORT Armenia (ASSERTED)',
      ],
    });
  });

  it('statements(speaker: Tokayev): the quote at the press conference after talks with Scholz', async () => {
    const s = (await run('statements-by-speaker', { speaker: 'Tokayev' })).statements;
    expect(s.totalCount).toBe(3);
    expect(s.nodes.map((n: any) => [n.direct, n.date, n.occasion.kind])).toEqual([
      [true, '2023-09-28', 'press_conference'],
      [false, '2023-09-28', 'press_conference'],
      [true, '2023-09-28', 'press_conference'],
    ]);
    expect(s.nodes[2].text).toMatch(/^Kazakhstan has clearly stated that it will follow the sanctions regime\./);
  });

  it('actor relations: Tokayev MET Scholz, reported by Azattyq, with the sentence', async () => {
    const a = (await run('actor-relations', { id: 'kassym-jomart-tokayev', types: ['MET'] })).actor;
    expect(a.relations).toEqual([
      {
        type: 'MET',
        polarity: 0.4,
        source: { name: 'Kassym-Jomart Tokayev' },
        target: { name: 'Olaf Scholz' },
        counterpart: { name: 'Olaf Scholz' },
        date: '2023-09-28',
        modality: 'ASSERTED',
        assertedBy: { name: 'Azattyq' },
        claim: null,
        statement: null,
        article: {
          title:
            'Has Kazakhstan “turned Its Back” on Russia? Why is the West Interested in Cooperation With Central Asia?',
          outlet: { name: 'Azattyq' },
        },
        sentence: expect.stringContaining('after negotiations with German Chancellor Olaf Scholz on September 28'),
      },
    ]);
    const scholz = (await run('actor-relations', { id: 'olaf-scholz', direction: 'INCOMING' })).actor;
    expect(scholz.relations.map((r: any) => [r.type, r.counterpart.name])).toEqual([['MET', 'Kassym-Jomart Tokayev']]);
  });

  it('article(id): what the seed contributed', async () => {
    const a = (await run('article', { id: SEED_ID })).article;
    expect(a.outlet.name).toBe('Azattyq');
    expect(a.cites).toEqual([{ outlet: { name: 'Newsweek' }, author: { name: 'Isabelle Van Bruggen' } }]);
    expect(a.actors).toHaveLength(17);
    expect(a.statements).toHaveLength(7);
    expect(a.claims).toHaveLength(10);
    expect(a.relations).toHaveLength(13);
  });

  it('a cited article that was never imported answers as a stub, with no title, language or text', async () => {
    const res = await api.gql(
      `query ($id: ID!) { article(id: $id) { stub cites { stub title language text outlet { name } } } }`,
      { id: SEED_ID },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.article).toEqual({
      stub: false,
      cites: [{ stub: true, title: null, language: null, text: null, outlet: { name: 'Newsweek' } }],
    });
  });

  it('search(text:) finds statements and claims by their wording', async () => {
    const s = (await run('search', { text: 'lost Armenia' })).search;
    expect(s.nodes.map((n: any) => n.hit.__typename + ': ' + n.hit.text)).toEqual([
      'Claim: he lost Armenia',
      'Statement: Wow, huge step. Demonstrates Russia’s weakening control over the region due to Putin’s idiotic invasion of Ukraine. In recent weeks, he lost Armenia due to Russia’s failure to help in [Nagorno-Karabakh]',
    ]);
    expect([s.totalCount, s.totalIsLowerBound]).toEqual([2, false]);
  });

  it('search counts the very hits it pages through, for a word the analyzer splits in two', async () => {
    // The total is read by a second, unscored query; its word forms must match what the page's query matches.
    const s = (await run('search', { text: 'Nagorno-Karabakh' })).search;
    expect(s.nodes.length).toBeGreaterThan(0);
    expect([s.totalCount, s.totalIsLowerBound]).toEqual([s.nodes.length, false]);
  });

  it('neighbors and roles: who is near Tokayev, and what he is', async () => {
    const a = (await run('neighbors', { id: 'kassym-jomart-tokayev', depth: 2 })).actor;
    expect(a.roles).toEqual([{ title: 'President', of: { name: 'Kazakhstan' }, since: '2019-06-12', until: null }]);
    expect(a.neighbors.map((n: any) => [n.distance, n.actor.name])).toEqual([
      [1, 'Germany'],
      [1, 'Olaf Scholz'],
      [2, 'Kazakhstan'],
    ]);
  });
});

describe('search past its count limit', () => {
  // A limit of 1 against the seed's two hits for 'lost Armenia': the count stops at the limit and says so.
  let capped: TestApi;
  beforeAll(async () => {
    capped = await startTestApi({ ENTENTE_SEARCH_COUNT_LIMIT: '1' });
  });
  afterAll(() => capped.close());
  const page = async (after: string | null) => {
    const res = await capped.gql(
      'query ($after: String) { search(text: "lost Armenia", first: 1, after: $after) { totalCount totalIsLowerBound pageInfo { hasNextPage endCursor } nodes { hit { __typename } } } }',
      { after },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.search;
  };

  it('reports the limit as a lower bound, and pages on past it', async () => {
    const first = await page(null);
    expect(first).toMatchObject({ totalCount: 1, totalIsLowerBound: true, pageInfo: { hasNextPage: true } });
    expect(first.nodes.map((n: any) => n.hit.__typename)).toEqual(['Claim']);
    // The total says "at least 1", yet the second hit is there, and its page says it is the last.
    const second = await page(first.pageInfo.endCursor);
    expect(second).toMatchObject({ totalCount: 1, totalIsLowerBound: true, pageInfo: { hasNextPage: false } });
    expect(second.nodes.map((n: any) => n.hit.__typename)).toEqual(['Statement']);
  });
});
