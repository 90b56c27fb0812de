/**
 * The compiled executor (src/api/compiled-execution.ts) answers exactly as graphql-js does: a document's first
 * request runs on graphql-js, its later ones on the code compiled for it, and each request below is sent three times
 * and must get the same status and the same bytes every time, errors included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { exampleReads } from '../../src/api/queries-doc.js';
import { IMPORTER_KEY, startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Sent {
  status: number;
  body: string;
  executedBy: string | undefined;
}

async function send(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: await res.text(), executedBy: api.lastExecutedBy() };
}

/** Three times the same request: graphql-js, then compiled, then compiled again, and all three answers alike. */
async function sameThrice(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Sent[]> {
  const answers: Sent[] = [];
  for (let i = 0; i < 3; i++) answers.push(await send(query, variables, headers));
  const [first, second, third] = answers as [Sent, Sent, Sent];
  expect(second.body, query).toBe(first.body);
  expect(third.body, query).toBe(first.body);
  expect([second.status, third.status]).toEqual([first.status, first.status]);
  return answers;
}

const executors = (answers: Sent[]) => answers.map((a) => a.executedBy);

describe('the compiled executor answers as graphql-js does', () => {
  it.each(exampleReads().map((q) => [q.name, q] as const))('documented read %s', async (_name, q) => {
    const answers = await sameThrice(q.query, q.variables);
    expect(JSON.parse(answers[0]!.body).errors).toBeUndefined();
    expect(executors(answers)).toEqual(['graphql-js', 'compiled', 'compiled']);
  });

  it('a timeline weighted by corroboration, and a path through a statement (entities still loading in their parents)', async () => {
    const timeline = exampleReads().find((q) => q.name === 'relation-timeline')!.query;
    const weighted = await sameThrice(timeline, { a: 'kazakhstan', b: 'russia', weighting: 'CORROBORATION' });
    expect(JSON.parse(weighted[0]!.body).errors).toBeUndefined();
    const path = `query($from: ID!, $to: ID!) { path(from: $from, to: $to, first: 5, via: [STATEMENTS, ROLES]) {
      length hops { kind from { name } to { name } statement { text speaker { name } } event { id } role { title } } } }`;
    const answers = await sameThrice(path, { from: 'van bruggen', to: 'russia' });
    expect(answers[0]!.body).toMatch(/"kind":"STATEMENT"/);
    expect(executors(answers)).toEqual(['graphql-js', 'compiled', 'compiled']);
  });

  it('the introspection query', async () => {
    const answers = await sameThrice(getIntrospectionQuery());
    expect(executors(answers)).toEqual(['graphql-js', 'compiled', 'compiled']);
  });

  it('aliases, fragments, __typename, @include and @skip', async () => {
    const query = `query($full: Boolean!) {
      a: actor(id: "kassym-jomart-tokayev") { ...who relations(first: 2) @include(if: $full) { type date } }
      b: actor(name: "Putin") { __typename ...who roles @skip(if: $full) { title } }
    }
    fragment who on Actor { id name kind }`;
    expect(executors(await sameThrice(query, { full: true }))).toEqual(['graphql-js', 'compiled', 'compiled']);
    expect(executors(await sameThrice(query, { full: false }))).toEqual(['compiled', 'compiled', 'compiled']);
  });

  it("a resolver's errors: BAD_USER_INPUT and NOT_FOUND with their extensions, the rest of the data kept", async () => {
    const cases = [
      '{ actor { id } }',
      '{ actors(first: 1000) { totalCount } }',
      '{ actors(after: "bm9wZQ") { totalCount } }',
      '{ ok: actor(id: "russia") { name } missing: relationTimeline(a: "russia", b: "no-such-actor") { score } }',
      '{ path(from: "tokayev", to: "putin", first: 0) { length } }',
    ];
    for (const query of cases) {
      const answers = await sameThrice(query);
      expect(JSON.parse(answers[0]!.body).errors?.[0]?.extensions?.code, query).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
      expect(executors(answers)).toEqual(['graphql-js', 'compiled', 'compiled']);
    }
  });

  it('an over-long argument, refused by the argument guard before its resolver runs', async () => {
    const answers = await sameThrice('query($id: ID!) { actor(id: $id) { name } }', { id: 'x'.repeat(1_001) });
    expect(JSON.parse(answers[0]!.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it("variables that do not coerce get graphql-js's BAD_USER_INPUT errors, from graphql-js", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query($first: Int) { actors(first: $first) { totalCount } }', { first: 'many' }],
      ['query($id: ID!) { actor(id: $id) { name } }', {}],
      ['query($since: Date) { statements(speaker: "tokayev", since: $since) { totalCount } }', { since: '2024-02-30' }],
      ['query($kind: ActorKind) { actors(kind: $kind) { totalCount } }', { kind: 'PLANET' }],
    ];
    for (const [query, variables] of cases) {
      const answers = await sameThrice(query, variables);
      expect(answers[0]!.status, query).toBe(400);
      expect(JSON.parse(answers[0]!.body).errors[0].extensions.code, query).toBe('BAD_USER_INPUT');
      expect(executors(answers), query).toEqual(['graphql-js', 'graphql-js', 'graphql-js']);
    }
  });

  it('an operation named in a document of several, and a name that matches none', async () => {
    const document = 'query A { actor(id: "russia") { name } } query B { actor(id: "kazakhstan") { name } }';
    for (const operationName of ['A', 'B']) {
      const answers: Sent[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(api.server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: document, operationName }),
        });
        answers.push({ status: res.status, body: await res.text(), executedBy: api.lastExecutedBy() });
      }
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(executors(answers)).toEqual(['graphql-js', 'compiled', 'compiled']);
    }
    const none = await fetch(api.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, operationName: 'C' }),
    });
    expect(none.status).toBe(400);
    expect(await none.text()).toMatch(/Unknown operation named \\"C\\"/);
  });

  it('a mutation refused for its input, which writes nothing however often it is sent', async () => {
    const mutation = 'mutation($article: String!) { importArticle(article: $article) { articleId outcome } }';
    const answers = await sameThrice(
      mutation,
      { article: 'id: api-compiled-bad\ntitle: no outlet or text' },
      { authorization: `Bearer ${IMPORTER_KEY}` },
    );
    expect(JSON.parse(answers[0]!.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(executors(answers)).toEqual(['graphql-js', 'compiled', 'compiled']);
  });
});
