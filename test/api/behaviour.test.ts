/**
 * The API's guard rails over HTTP: pagination edges, bad arguments, unknown
 * ids, limits, API keys, the import mutation, /health, and a bounded number of
 * Cypher round trips however long the lists are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../support/graph-snapshot.js';
import { exampleQuery, IMPORTER_KEY, READER_KEY, startTestApi, type TestApi } from '../support/api.js';
import { seedSource } from '../support/seed.js';
import { guideQueries } from '../../src/api/browser-assets.js';
import { LIMITS } from '../../src/api/limits.js';
import { extract, toDraftArticle } from '../../src/extract/extractor.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { loadConfig } from '../../src/config.js';
import { openParser } from '../../src/nlp/parser.js';
import { stringify } from 'yaml';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const codeOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

describe('pagination', () => {
  it('pages through claims with stable cursors and an exact total', async () => {
    const q = exampleQuery('claims-about');
    const first = await api.gql(q, { about: 'russia', first: 4 });
    expect(first.data!.claims.totalCount).toBe(9);
    expect(first.data!.claims.pageInfo.hasNextPage).toBe(true);
    const second = await api.gql(q, { about: 'russia', first: 4, after: first.data!.claims.pageInfo.endCursor });
    const third = await api.gql(q, { about: 'russia', first: 4, after: second.data!.claims.pageInfo.endCursor });
    expect(third.data!.claims.nodes).toHaveLength(1);
    expect(third.data!.claims.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const all = await api.gql(q, { about: 'russia', first: 100 });
    const paged = [...first.data!.claims.nodes, ...second.data!.claims.nodes, ...third.data!.claims.nodes];
    expect(paged).toEqual(all.data!.claims.nodes);
    const beyond = await api.gql(q, { about: 'russia', first: 4, after: third.data!.claims.pageInfo.endCursor });
    expect(beyond.data!.claims).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("pages through a timeline: running scores carry over, score and trend are the whole timeline's", async () => {
    const q = `query($after: String, $first: Int) { relationTimeline(a: "kazakhstan", b: "russia", first: $first, after: $after) {
      score trend totalCount pageInfo { hasNextPage endCursor } entries { runningScore relation { id } } } }`;
    const whole = (await api.gql(q, { first: 100 })).data!.relationTimeline;
    expect(whole.totalCount).toBe(3);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const pages = [];
    let after: string | null = null;
    do {
      const page: any = (await api.gql(q, { first: 2, after })).data!.relationTimeline;
      expect(page).toMatchObject({ score: whole.score, trend: whole.trend, totalCount: 3 });
      pages.push(...page.entries);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    expect(pages).toEqual(whole.entries);
  });

  it('rejects a page size over the maximum and a forged cursor', async () => {
    const big = await api.gql('{ actors(first: 1000) { totalCount } }');
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0]!.message).toMatch(/`first` must be between 1 and 100/);
    const forged = await api.gql('{ actors(after: "bm9wZQ") { totalCount } }');
    expect(codeOf(forged)).toBe('BAD_USER_INPUT');
  });

  it('lists and searches actors by kind', async () => {
    const countries = await api.gql('{ actors(kind: COUNTRY, first: 100) { totalCount nodes { id } } }');
    expect(countries.data!.actors.nodes.map((n: any) => n.id)).toEqual(
      expect.arrayContaining(['kazakhstan', 'russia', 'armenia']),
    );
    const search = await api.gql('{ actors(search: "van brug") { nodes { name } } }');
    expect(search.data!.actors.nodes).toEqual([{ name: 'Isabelle Van Bruggen' }]);
  });
});

describe('bad arguments and unknown ids', () => {
  it('says which argument is wrong', async () => {
    expect(codeOf(await api.gql('{ actor { id } }'))).toBe('BAD_USER_INPUT');
    const hops = await api.gql('{ path(from: "tokayev", to: "putin", maxHops: 9) { length } }');
    expect(codeOf(hops)).toBe('BAD_USER_INPUT');
    expect(hops.errors![0]!.message).toMatch(/`maxHops` must be between 1 and 6 \(got 9\)/);
    const depth = await api.gql('{ actor(id: "russia") { neighbors(depth: 5) { distance } } }');
    expect(depth.errors![0]!.message).toMatch(/`depth` must be 1, 2 or 3/);
    const date = await api.gql('{ statements(since: "2023-02-30") { totalCount } }');
    expect(date.errors![0]!.message).toMatch(
      /Not a date: "2023-02-30"; February 2023 has 28 days, so there is no day 30: check the day and the month/,
    );
    const type = await api.gql('{ claims(predicate: ADMIRED) { totalCount } }');
    expect(type.errors![0]!.message).toMatch(/ADMIRED/);
  });

  it('answers unknown ids with NOT_FOUND where an actor is required, null where one is looked up', async () => {
    const timeline = await api.gql('{ relationTimeline(a: "kazakhstan", b: "atlantis") { score } }');
    expect(codeOf(timeline)).toBe('NOT_FOUND');
    expect(timeline.errors![0]!.message).toMatch(/No actor "atlantis"\. Check `b`/);
    expect(codeOf(await api.gql('{ statements(speaker: "nobody") { totalCount } }'))).toBe('NOT_FOUND');
    expect((await api.gql('{ actor(id: "atlantis") { id } article(id: "nope") { id } }')).data).toEqual({
      actor: null,
      article: null,
    });
  });
});

describe('limits', () => {
  it('rejects an over-deep query before running any Cypher', async () => {
    const deep =
      '{ actor(id: "russia") { relations { claim { statement { speaker { relations { article { outlet { relations { source { name } } } } } } } } } } }';
    const res = await api.gql(deep);
    expect(res.errors![0]!.message).toMatch(/too deep|depth/i);
    expect(api.lastCalls()).toBe(0);
  });

  it('refuses a query over the token limit as a parse error (400) before running any Cypher', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    const res = await api.gql(`{ actor(id: "russia") { ${fields} } }`);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0]!.message).toMatch(new RegExp(`more th\\w+ ${LIMITS.maxTokens} tokens`));
    expect(res.errors![0]!.message).toContain('ask for fewer fields, or split it into several requests');
    expect(api.lastCalls()).toBe(0);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: actor(id: "russia") { id }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.errors![0]!.message).toMatch(/alias/i);
  });
});

describe('no N+1: a bounded number of Cypher round trips', () => {
  it('costs at most one round trip per nested field, however long the lists', async () => {
    // Fields that read the graph: actors, relations, counterpart+assertedBy (one actor batch), claim,
    // claimant, article, statements (ids), statement entities, roles, role holders: 10 at most.
    const nested = (first: number) =>
      `{ actors(kind: COUNTRY, first: ${first}) { nodes { name relations { type counterpart { name } assertedBy { name } claim { claimant { name } } article { title } } statements { text } roles { title of { name } } } } }`;
    for (const n of [1, 10, 20]) {
      const res = await api.gql(nested(n));
      expect(res.errors).toBeUndefined();
      expect(res.data!.actors.nodes).toHaveLength(n);
      expect(api.lastCalls(), `round trips for ${n} actors`).toBeLessThanOrEqual(10);
    }
    // With one query per item instead, these 20 countries and their relations would need far more.
    const res = await api.gql(nested(20));
    const relations = res.data!.actors.nodes.reduce((sum: number, a: any) => sum + a.relations.length, 0);
    expect(20 + relations).toBeGreaterThan(30);
  });
});

describe('an actor with its neighbourhood', () => {
  const q = `query ($ref: ID, $name: String, $depth: Int) { actor(id: $ref, name: $name) { id name neighbors(depth: $depth) { distance actor { name } } } }`;

  it('is one round trip when the actor is named by id, with the same answer as by name', async () => {
    const byId = await api.gql(q, { ref: 'kassym-jomart-tokayev', depth: 2 });
    expect(byId.errors).toBeUndefined();
    expect(api.lastCalls()).toBe(1);
    const byName = await api.gql(q, { name: 'Tokayev', depth: 2 });
    expect(api.lastCalls()).toBeGreaterThan(1);
    expect(byId.data).toEqual(byName.data);
    expect(byId.data!.actor.neighbors.length).toBeGreaterThan(0);
  });

  it('still resolves a name given as id, answers null for no actor, and refuses a bad depth', async () => {
    const byNameAsId = await api.gql(q, { ref: 'Tokayev', depth: 2 });
    expect(byNameAsId.data!.actor.id).toBe('kassym-jomart-tokayev');
    expect((await api.gql(q, { ref: 'no-such-actor-anywhere' })).data!.actor).toBeNull();
    const bad = await api.gql(q, { ref: 'kassym-jomart-tokayev', depth: 4 });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('API keys and the import mutation', () => {
  const mutation = exampleQuery('import-article');
  const article = `id: api-wire-1\ntitle: Putin criticized NATO\noutlet: tass\npublishedAt: 2023-10-01\ntext: Putin criticized NATO on Sunday.\nrelations:\n  - { type: CRITICIZED, source: Putin, target: NATO, text: Putin criticized NATO, date: 2023-10-01 }\n`;

  it('refuses the mutation without a key, and with a reader key', async () => {
    const none = await api.gql(mutation, { article });
    expect(codeOf(none)).toBe('UNAUTHENTICATED');
    const reader = await api.gql(mutation, { article }, { authorization: `Bearer ${READER_KEY}` });
    expect(codeOf(reader)).toBe('FORBIDDEN');
    const wrong = await api.gql(mutation, { article }, { authorization: 'Bearer not-a-real-key-at-all' });
    expect(wrong.status).toBe(401);
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
  });

  it('imports with an importer key, and says UNCHANGED the second time', async () => {
    const headers = { authorization: `Bearer ${IMPORTER_KEY}` };
    const first = await api.gql(mutation, { article }, headers);
    expect(first.errors).toBeUndefined();
    expect(first.data!.importArticle).toMatchObject({ articleId: 'api-wire-1', outcome: 'CREATED', newActors: [] });
    const again = await api.gql(mutation, { article }, headers);
    expect(again.data!.importArticle).toMatchObject({ outcome: 'UNCHANGED', nodesCreated: 0, relationshipsCreated: 0 });
    const check = await api.gql(
      '{ actor(name: "Putin") { relations(types: [CRITICIZED]) { target { name } date assertedBy { name } } } }',
    );
    expect(check.data!.actor.relations).toEqual([
      { target: { name: 'NATO' }, date: '2023-10-01', assertedBy: { name: 'TASS' } },
    ]);
  });

  it('rejects a bad article with the field path, line and reason, and writes nothing', async () => {
    const before = await graphFingerprint(api.connection);
    const bad = seedSource()
      .replace('id: azattyq-kazakhstan-turned-its-back-on-russia', 'id: api-bad-article')
      .replace('speaker: Isabelle Van Bruggen', 'speaker: Jane Nobody');
    const res = await api.gql(mutation, { article: bad }, { authorization: `Bearer ${IMPORTER_KEY}` });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.problems).toEqual([
      {
        path: 'statements[3].speaker',
        message: expect.stringMatching(/unknown actor "Jane Nobody"/),
        line: expect.any(Number),
        column: expect.any(Number),
      },
    ]);
    const json = await api.gql(
      mutation,
      { article: '{"id": "x",', format: 'JSON' },
      { authorization: `Bearer ${IMPORTER_KEY}` },
    );
    expect(json.errors![0]!.message).toMatch(/malformed JSON/);
    expect(await graphFingerprint(api.connection)).toEqual(before);
  });

  it('imports a machine draft whose items keep their confidence; hand annotations have none', async () => {
    const raw = {
      url: null,
      outlet: 'TASS',
      publishedAt: '2024-03-08',
      author: null,
      title: 'Lukashenko hosts Putin',
      text: 'Belarusian President Alexander Lukashenko met Vladimir Putin in Minsk on Thursday.\n\n“Our alliance is stronger than ever,” Lukashenko said after the talks.',
    };
    const draft = stringify(
      toDraftArticle(await extract(raw, loadGazetteer(), openParser(loadConfig())), 'api-draft-1', loadGazetteer()),
    );
    const res = await api.gql(mutation, { article: draft }, { authorization: `Bearer ${IMPORTER_KEY}` });
    expect(res.errors).toBeUndefined();
    const q =
      'query($id: ID!) { article(id: $id) { extracted reviewed relations { type confidence } statements { text confidence } } }';
    const machine = await api.gql(q, { id: 'api-draft-1' });
    expect(machine.data!.article).toEqual({
      extracted: true,
      reviewed: false,
      relations: [{ type: 'MET', confidence: 0.7 }],
      statements: [{ text: 'Our alliance is stronger than ever', confidence: 0.9 }],
    });
    const hand = await api.gql(q, { id: 'azattyq-kazakhstan-turned-its-back-on-russia' });
    expect(hand.data!.article.extracted).toBe(false);
    expect(
      new Set(
        [...hand.data!.article.relations, ...hand.data!.article.statements].map(
          (x: { confidence: number | null }) => x.confidence,
        ),
      ),
    ).toEqual(new Set([null]));
  });

  it('can require a key for reads', async () => {
    const strict = await startTestApi({ ENTENTE_REQUIRE_KEY_FOR_READS: 'true' });
    try {
      const anonymous = await strict.gql('{ actor(id: "russia") { name } }');
      expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
      const withKey = await strict.gql(
        '{ actor(id: "russia") { name } }',
        {},
        { authorization: `Bearer ${READER_KEY}` },
      );
      expect(withKey.data).toEqual({ actor: { name: 'Russia' } });
    } finally {
      await strict.close();
    }
  });
});

describe('HTTP', () => {
  it('reports Neo4j reachability on GET /health', async () => {
    const res = await fetch(api.server.healthUrl);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      neo4j: { reachable: true, version: expect.stringMatching(/^5\.|^20\d\d\./) },
    });
  });

  it('serves the Browser stylesheet and guide cross-origin, the guide built from cypher/browser/', async () => {
    const base = api.server.url.replace(/\/graphql$/, '');
    const style = await fetch(`${base}/browser/style.grass`);
    expect(style.headers.get('access-control-allow-origin')).toBe('*');
    expect(await style.text()).toMatch(/node\.Person \{[^}]*color: #4C8EDA/);
    const preflight = await fetch(`${base}/browser/guide.html`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-headers': 'cache-control' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('*');
    const guide = await (await fetch(`${base}/browser/guide.html`)).text();
    for (const q of guideQueries()) {
      expect(guide).toContain(`<h3>`);
      expect(guide).toContain(
        q.query.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
      );
    }
    expect(guideQueries().map((q) => q.title)).toEqual([
      'Who met whom, and when',
      'The Kazakhstan–Russia timeline',
      'Claims about Russia by claimant and modality',
      'Who is drifting away from Russia, and who says so',
      'How Tokayev is connected to Putin',
      'What an article contributed',
      'Contested claims about Russia, and who contests them',
    ]);
  });

  it('every guide query runs on the seed and returns rows', async () => {
    // The seed alone contradicts nothing; test/api/propositions.test.ts runs that slide on articles that do.
    for (const q of guideQueries().filter((g) => g.name !== 'browser/07-contested-claims-about-russia')) {
      const { records } = await api.connection.driver.executeQuery(q.query, {}, { database: api.connection.database });
      expect(records.length, q.name).toBeGreaterThan(0);
    }
  });

  it("guide query 05 reaches Putin through the office he held at the evidence's date, not the 2008-2012 premiership", async () => {
    const q = guideQueries().find((g) => g.name === 'browser/05-tokayev-to-putin')!;
    const { records } = await api.connection.driver.executeQuery(q.query, {}, { database: api.connection.database });
    expect(records.length).toBeGreaterThan(0);
    const putinRoles = new Set<string>();
    for (const rec of records) {
      type Node = { properties: Record<string, unknown> };
      const p = rec.get('p') as {
        segments: { relationship: { type: string; properties: Record<string, unknown> }; start: Node; end: Node }[];
      };
      for (const seg of p.segments) {
        const touchesPutin = [seg.start, seg.end].some((n) => n.properties.id === 'vladimir-putin');
        if (seg.relationship.type === 'HOLDS_ROLE' && touchesPutin)
          putinRoles.add(`${String(seg.relationship.properties.title)} ${String(seg.relationship.properties.since)}`);
      }
    }
    expect([...putinRoles]).toEqual(['President 2012-05-07']);
  });

  it('serves the landing page to a browser and introspection to tools', async () => {
    const page = await fetch(api.server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const intro = await api.gql('{ __schema { queryType { name } } }');
    expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});
