/**
 * path without `at:` dates each role hop by the evidence next to it, over HTTP
 * on a real Neo4j: Putin held three roles of Russia's in different periods
 * (President 2000-2008, Prime Minister 2008-2012, President since 2012) and
 * Scholz one bounded one (Chancellor 2021-12-08 to 2025-05-06). The articles
 * are written for these tests.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_TYPE_NAMES, tieTypeOf } from '../../src/domain/vocabulary.js';
import { importThroughApi, startTestApi, type TestApi } from '../support/api.js';
import { readProfiled, rowsOf } from '../support/named-cypher.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const importArticle = async (article: string) => {
  expect((await importThroughApi(api, article)).outcome).not.toBe('FAILED');
};

const PATH = `query($from: ID!, $to: ID!, $via: [PathVia!]) { path(from: $from, to: $to, via: $via) {
  length hops { kind from { id } to { id } role { title since until } relation { type date reportedAt } statement { id date } } } }`;

interface Hop {
  kind: string;
  from: { id: string };
  to: { id: string };
  role: { title: string; since: string | null; until: string | null } | null;
  relation: { type: string; date: string | null; reportedAt: string | null } | null;
  statement: { id: string; date: string | null } | null;
}

const paths = async (from: string, to: string, via?: string[]): Promise<{ length: number; hops: Hop[] }[]> => {
  const res = await api.gql(PATH, { from, to, via });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.path;
};

const role = (h: Hop | undefined) => (h?.role ? `${h.role.title} ${h.role.since}..${h.role.until}` : null);

describe('path: each role hop held at the date of the evidence beside it', () => {
  it("a 2005 relation of Russia's leads to Putin's 2000-2008 presidency, though another hop of the path dates from 2023", async () => {
    await importArticle(`id: path-roles-2005
title: Belarus and Russia sign an agreement
outlet: reuters
publishedAt: 2005-06-01
text: Belarus signed an agreement with Russia on a common currency.
relations:
  - { type: SIGNED_AGREEMENT_WITH, source: Belarus, target: Russia, text: Belarus signed an agreement with Russia, date: 2005-05-31 }
`);
    await importArticle(`id: path-roles-2023
title: Tajikistan and Belarus trade
outlet: reuters
publishedAt: 2023-06-01
text: Tajikistan trades with Belarus in machinery and cotton.
relations:
  - { type: TRADES_WITH, source: Tajikistan, target: Belarus, text: Tajikistan trades with Belarus }
`);
    const found = await paths('tajikistan', 'putin');
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p!.hops.map((h) => [h.kind, h.from.id, h.to.id])).toEqual([
      ['TRADES_WITH', 'tajikistan', 'belarus'],
      ['SIGNED_AGREEMENT_WITH', 'belarus', 'russia'],
      ['HOLDS_ROLE', 'russia', 'vladimir-putin'],
    ]);
    expect(p!.hops[0]!.relation).toMatchObject({ date: null, reportedAt: '2023-06-01' });
    expect(p!.hops[1]!.relation).toMatchObject({ date: '2005-05-31' });
    // The path's newest date (2023) would have given the presidency since 2012.
    expect(role(p!.hops[2])).toBe('President 2000-05-07..2008-05-07');
  });

  it("an undated statement takes its article's date: Putin spoke as Prime Minister in 2010", async () => {
    await importArticle(`id: path-roles-statement-2010
title: Putin on Mongolia
outlet: reuters
publishedAt: 2010-03-01
text: Putin said that Russia would help Mongolia build a railway.
statements:
  - { id: putin-mongolia-railway, speaker: Vladimir Putin, direct: false, text: Russia would help Mongolia build a railway, about: [mongolia] }
`);
    const found = await paths('mongolia', 'russia', ['STATEMENTS', 'ROLES']);
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p!.hops.map((h) => [h.kind, h.from.id, h.to.id])).toEqual([
      ['STATEMENT', 'mongolia', 'vladimir-putin'],
      ['HOLDS_ROLE', 'vladimir-putin', 'russia'],
    ]);
    expect(p!.hops[0]!.statement).toEqual({ id: 'path-roles-statement-2010/putin-mongolia-railway', date: null });
    // With no date of its own the whole-path rule fell back on today: the presidency since 2012.
    expect(role(p!.hops[1])).toBe('Prime Minister 2008-05-08..2012-05-07');
  });

  it("a role held only between a tie's first and last dates needs an edge dated within it, and the path shows that edge", async () => {
    const support = (id: string, date: string) => `id: ${id}
title: Germany supports Moldova
outlet: reuters
publishedAt: ${date}
text: Germany supported Moldova with energy aid.
relations:
  - { type: SUPPORTED, source: Germany, target: Moldova, text: Germany supported Moldova, date: ${date} }
`;
    await importArticle(support('path-roles-moldova-2019', '2019-03-01'));
    await importArticle(support('path-roles-moldova-2026', '2026-03-01'));
    // Scholz was Chancellor from 2021-12-08 to 2025-05-06: neither edge is within it.
    expect(await paths('moldova', 'scholz')).toEqual([]);
    await importArticle(support('path-roles-moldova-2023', '2023-05-01'));
    const found = await paths('moldova', 'scholz');
    expect(found).toHaveLength(1);
    const [p] = found;
    expect(p!.hops.map((h) => [h.kind, h.from.id, h.to.id])).toEqual([
      ['SUPPORTED', 'moldova', 'germany'],
      ['HOLDS_ROLE', 'germany', 'olaf-scholz'],
    ]);
    // The tie's newest edge is of 2026; the one shown is the newest while Scholz was Chancellor.
    expect(p!.hops[0]!.relation).toMatchObject({ type: 'SUPPORTED', date: '2023-05-01' });
    expect(role(p!.hops[1])).toBe('Chancellor 2021-12-08..2025-05-06');
    // Read as between two large ends: the tie dated by the role is read alone, through its type's index over its
    // whole range, not with the ties shown as their newest edge.
    const { rows, plan } = await readProfiled(api.connection, 'queries/shortest-paths', {
      from: 'moldova',
      to: 'olaf-scholz',
      allowed: [...RELATION_TYPE_NAMES.map(tieTypeOf), 'HOLDS_ROLE'],
      maxHops: neo4j.int(4),
      first: neo4j.int(10),
      at: null,
      fewTies: neo4j.int(0),
    });
    expect(rows.map((r) => (r.rels as { type: string; date: string | null }[]).map((e) => [e.type, e.date]))).toEqual([
      [
        ['SUPPORTED', '2023-05-01'],
        ['HOLDS_ROLE', null],
      ],
    ]);
    expect(rowsOf(plan, 'DirectedRelationshipIndexSeek', 'effectiveDate >=')).toBeGreaterThan(0);
    expect(rowsOf(plan, 'DirectedRelationshipIndexSeek', 'effectiveDate IN')).toBe(0);
  });

  it('a path of roles only takes the roles held today', async () => {
    const found = await paths('putin', 'peskov');
    expect(found).toHaveLength(1);
    expect(found[0]!.hops.map((h) => [h.from.id, h.to.id, role(h)])).toEqual([
      ['vladimir-putin', 'russia', 'President 2012-05-07..null'],
      ['russia', 'dmitry-peskov', 'Kremlin Spokesman 2012-05-22..null'],
    ]);
  });
});
