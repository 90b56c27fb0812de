/**
 * Robustness of the GraphQL API against generated malformed payloads: the
 * importArticle mutation fed damaged articles (the same generators as the
 * files), and queries with hostile arguments, bodies and headers. Every
 * request is answered, none as an internal error or a 5xx, echoed values
 * stay short, the server stays up, and the graph changes only by the
 * articles that were accepted, stored as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { IMPORTER_KEY, startTestApi, type TestApi } from '../support/api.js';
import { damagedArticle, int, pick, rng, type Rng } from './generators.js';

const SEED = Number(process.env.ENTENTE_ROBUST_SEED ?? 20261128) + 1;
const IMPORTS = 220;
const QUERIES = 160;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Outcome {
  label: string;
  status: number;
  body: string;
}

async function send(
  label: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  method = 'POST',
): Promise<Outcome> {
  const res = await fetch(api.server.url, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${IMPORTER_KEY}`, ...headers },
    ...(method === 'POST' ? { body } : {}),
    signal: AbortSignal.timeout(20_000),
  });
  return { label, status: res.status, body: await res.text() };
}

const LUCENE = [
  'AND',
  'OR',
  'NOT',
  '&&',
  '||',
  '!',
  '+',
  '-',
  '"',
  '*',
  '?',
  '~',
  '^2',
  ':',
  '\\',
  '/',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  "' OR 1=1 --",
  'title:x',
  'a~0.5',
  '/.*/',
  'TO',
  '*:*',
];
const CURSOR_TEXT = [
  'o:-1',
  'o:1e9',
  'o:99999999999999999999',
  'o:2147483648',
  'o:',
  'x:1',
  'o:1.5',
  'o:0x10',
  '',
  'o:00000000000001',
];

function hostileString(r: Rng): string {
  switch (int(r, 0, 5)) {
    case 0:
      return Array.from({ length: int(r, 1, 30) }, () => pick(r, LUCENE)).join(pick(r, [' ', '']));
    case 1:
      return 'w'.repeat(int(r, 90, 200_000));
    case 2:
      return String.fromCharCode(...Array.from({ length: int(r, 1, 40) }, () => int(r, 0, 0xffff)));
    case 3:
      return pick(r, [
        '',
        ' ',
        '\u0000',
        '\uD800',
        'Putin',
        'kazakhstan',
        '%',
        '_',
        '\\',
        "'",
        '"',
        '`',
        '${x}',
        '{{x}}',
        '<script>',
      ]);
    case 4:
      return Array.from({ length: int(r, 21, 60) }, (_, i) => `w${i}`).join(' ');
    default:
      return 'x'.repeat(int(r, 1, 3)) + pick(r, LUCENE);
  }
}

/** A hostile query: the arguments, page sizes, cursors and shapes analysts could send by mistake or on purpose. */
function hostileQuery(r: Rng): {
  label: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  method?: string;
} {
  const s = () => JSON.stringify(hostileString(r));
  const cursor = () =>
    JSON.stringify(r() < 0.7 ? Buffer.from(pick(r, CURSOR_TEXT)).toString('base64url') : hostileString(r));
  const n = () => pick(r, [0, -1, 101, 2147483648, 1e20, 3, 7]);
  const q = (text: string, variables: unknown = {}) => JSON.stringify({ query: text, variables });
  const kind = int(r, 0, 14);
  const make: (() => { label: string; body: string | Buffer; headers?: Record<string, string>; method?: string })[] = [
    () => ({ label: 'search text', body: q(`{ search(text: ${s()}) { totalCount nodes { score } } }`) }),
    () => ({
      label: 'actors search',
      body: q(`{ actors(search: ${s()}, first: ${pick(r, [1, 5, 100])}) { totalCount } }`),
    }),
    () => ({ label: 'statements text', body: q(`{ statements(text: ${s()}) { totalCount } }`) }),
    () => ({
      label: 'cursor',
      body: q(`{ ${pick(r, ['articles', 'claims', 'statements', 'actors'])}(after: ${cursor()}) { totalCount } }`),
    }),
    () => ({ label: 'page size', body: q(`{ articles(first: ${n()}) { totalCount } }`) }),
    () => ({ label: 'actor id', body: q('query($id: ID!) { actor(id: $id) { name } }', { id: hostileString(r) }) }),
    () => ({
      label: 'actor name',
      body: q('query($n: String!) { actor(name: $n) { name relations(counterpart: $n) { type } } }', {
        n: hostileString(r),
      }),
    }),
    () => ({ label: 'timeline', body: q(`{ relationTimeline(a: ${s()}, b: ${s()}) { score } }`) }),
    () => ({ label: 'path', body: q(`{ path(from: ${s()}, to: "russia", maxHops: ${n()}) { length } }`) }),
    () => ({
      label: 'dates',
      body: q(
        `{ statements(since: ${JSON.stringify(pick(r, ['2023-02-30', '99999-01-01', '', '2023-1-1', hostileString(r)]))}) { totalCount } }`,
      ),
    }),
    () => ({
      label: 'deep query',
      body: q(
        `{ actor(id: "russia") ${'{ neighbors { actor '.repeat(int(r, 5, 40))}{ id }${' } }'.repeat(int(r, 5, 40))} }`,
      ),
    }),
    () => ({
      label: 'aliases',
      body: q(
        `{ ${Array.from({ length: int(r, 16, 400) }, (_, i) => `a${i}: actor(id: "russia") { id }`).join(' ')} }`,
      ),
    }),
    () => ({
      label: 'raw body',
      body: pick(r, [
        '',
        '{',
        'null',
        '[]',
        '[{"query":"{__typename}"}]',
        '{"query": 1}',
        '{"query":"{__typename}","variables":"x"}',
        '{"query":"{ __typename"}',
        '{"query":"{__typename}","operationName":7}',
      ]),
    }),
    () => ({
      label: 'bytes',
      body: Buffer.from(Array.from({ length: int(r, 1, 300) }, () => int(r, 0, 255))),
      headers: {
        'content-type': pick(r, [
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/graphql',
        ]),
      },
    }),
    () => ({ label: 'get', body: '', method: 'GET', headers: { 'apollo-require-preflight': 'true' } }),
  ];
  return make[kind]!();
}

describe('generated malformed payloads', () => {
  it(`${IMPORTS} damaged articles through importArticle and ${QUERIES} hostile requests: all answered, none internal, nothing stored altered`, async () => {
    const r = rng(SEED);
    const articlesBefore = await count('Article');
    const outcomes: Outcome[] = [];
    const created: string[] = [];
    const sent = new Map<string, { text: string; format: 'yaml' | 'json' }>();
    for (let i = 0; i < IMPORTS; i++) {
      const d = damagedArticle(r, 10_000 + i);
      const mutation =
        'mutation($a: String!, $f: ArticleFormat) { importArticle(article: $a, format: $f) { articleId outcome } }';
      const format = d.format === 'json' ? 'JSON' : 'YAML';
      // Mostly the article as a JSON string; sometimes its raw bytes spliced into the body, invalid UTF-8 and all.
      const body =
        r() < 0.8
          ? JSON.stringify({ query: mutation, variables: { a: d.bytes.toString('utf8'), f: format } })
          : Buffer.concat([
              Buffer.from(`{"query":${JSON.stringify(mutation)},"variables":{"f":"${format}","a":"`),
              d.bytes,
              Buffer.from('"}}'),
            ]);
      const out = await send(`importArticle [${d.ops.join(', ')}]`, body);
      outcomes.push(out);
      const id = (JSON.parse(out.body) as { data?: { importArticle?: { articleId?: string; outcome?: string } } }).data
        ?.importArticle;
      if (id?.outcome === 'CREATED') {
        created.push(id.articleId!);
        sent.set(id.articleId!, { text: d.bytes.toString('utf8'), format: d.format });
      }
    }
    for (let i = 0; i < QUERIES; i++) {
      const h = hostileQuery(r);
      outcomes.push(await send(h.label, h.body, h.headers, h.method));
    }

    const bad = outcomes.filter(
      (o) => o.status >= 500 || /INTERNAL_SERVER_ERROR|Internal error/.test(o.body) || !isJson(o.body),
    );
    expect(bad.map((o) => `${o.label}: ${o.status} ${o.body.slice(0, 300)}`)).toEqual([]);
    // Echoed values are cut short: no answer carries a megabyte of the caller's input back.
    const longest = outcomes.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    expect(longest.body.length, `${longest.label}: ${longest.body.slice(0, 1500)}`).toBeLessThan(20_000);
    const health = await fetch(api.server.healthUrl);
    expect(health.status).toBe(200);
    // Only accepted articles were written, and each holds what was sent.
    expect(await count('Article')).toBe(articlesBefore + created.length);
    for (const [id, { text, format }] of sent) {
      const reference = (format === 'json' ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
      const { records } = await api.connection.driver.executeQuery(
        'MATCH (a:Article {id: $id}) RETURN a.title AS title, a.text AS text, a.url AS url',
        { id },
        { database: api.connection.database },
      );
      expect(records[0]!.toObject(), id).toEqual({
        title: reference.title,
        text: reference.text,
        url: reference.url ?? null,
      });
    }
    console.log(
      `${outcomes.length} payloads: ${created.length} articles accepted, ${outcomes.filter((o) => o.body.includes('BAD_USER_INPUT')).length} BAD_USER_INPUT, 0 internal errors`,
    );
  }, 120_000);

  it('an oversized body gets 413, in one piece or chunked, and the server keeps answering', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 0x20);
    expect((await send('big', big)).status).toBe(413);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 6; i++) controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
        controller.close();
      },
    });
    const res = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked,
      duplex: 'half',
    });
    expect(res.status).toBe(413);
    expect((await api.gql('{ __typename }')).status).toBe(200);
  });
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function count(label: string): Promise<number> {
  const { records } = await api.connection.driver.executeQuery(
    `MATCH (n:${label}) RETURN count(n) AS n`,
    {},
    { database: api.connection.database },
  );
  return Number(records[0]!.get('n'));
}
