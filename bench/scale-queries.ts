/** The analysts' questions the scale bench (and bench/profile.ts) put to each graph, with the actors they name. */
import { z } from 'zod';
import { cypher } from '../src/graph/cypher.js';
import type { Connection } from '../src/graph/driver.js';
import { actorPool } from './synthetic.js';

/** The two actors the synthetic news names most (the Zipf pick's first two), the same at every size. */
const [hubActor, secondActor] = actorPool(2);
export const hub = hubActor!.id;
export const second = secondActor!.id;

/** The actors a graph's questions name: its two largest hubs, and two actors of its long tail. */
export interface BenchActors {
  hub: string;
  second: string;
  rare: string;
  rare2: string;
  /** actors with a relation edge: the cast the graph's news has named */
  named: number;
}

/**
 * Read from the graph, so that each size asks about an actor as rare in it as the other size's is in its own: the
 * actors with a relation edge, ordered by their count of edges (then id), and the two at the first quartile. A fixed
 * actor would not stay rare: every actor the news keeps naming gains edges as the graph grows.
 */
export async function benchActors(connection: Connection): Promise<BenchActors> {
  const { records } = await connection.driver.executeQuery(
    cypher('bench/tail-actors'),
    {},
    { database: connection.database, routing: 'READ' },
  );
  const rare: unknown = records[0]?.get('rare');
  const rare2: unknown = records[0]?.get('rare2');
  if (typeof rare !== 'string' || typeof rare2 !== 'string')
    throw new Error('the bench graph has fewer than two actors with relation edges: build it first');
  return { hub, second, rare, rare2, named: Number(records[0]?.get('named')) };
}

export function scaleQueries({ hub, second, rare, rare2 }: BenchActors): { name: string; query: string }[] {
  return [
    {
      name: 'relations, hub',
      query: `{ actor(id: "${hub}") { name relations(first: 20) { type counterpart { name } date modality assertedBy { name } } } }`,
    },
    {
      name: 'relations, rare',
      query: `{ actor(id: "${rare}") { name relations(first: 20) { type counterpart { name } date modality assertedBy { name } } } }`,
    },
    {
      name: 'timeline, hub dyad',
      query: `{ relationTimeline(a: "${hub}", b: "${second}", first: 20) { score trend totalCount entries { runningScore relation { type date modality } } } }`,
    },
    {
      name: '3-hop, hub',
      query: `{ actor(id: "${hub}") { neighbors(depth: 3, first: 50) { distance actor { name } } } }`,
    },
    {
      name: '3-hop, rare',
      query: `{ actor(id: "${rare}") { neighbors(depth: 3, first: 50) { distance actor { name } } } }`,
    },
    {
      name: '4-hop path',
      query: `{ path(from: "${rare}", to: "${rare2}", maxHops: 4) { length hops { kind from { name } to { name } } } }`,
    },
    {
      name: 'claims about hub',
      query: `{ claims(about: "${hub}", claimant: "${second}", first: 20) { totalCount nodes { text predicate modality claimant { name } } } }`,
    },
    {
      name: 'contested propositions',
      query:
        '{ propositions(contested: true, first: 20) { totalCount nodes { id independentSources attestationCount subject { name } object { name } } } }',
    },
    {
      name: 'full-text search',
      query:
        '{ search(text: "discussed matter", first: 20) { totalCount nodes { score hit { ... on Statement { text speaker { name } } } } } }',
    },
  ];
}

/**
 * Analysts' questions that bench:profile also asks (not timed by bench:scale): the filters of relations and a
 * wider ring that the bench's own rows leave out; the newest-first lists of statements (all, one speaker's, those
 * about a hub), claims (all, about a hub, by a hub) and articles; and the path's first answer alone, to set
 * against its ten.
 */
export function profileOnlyQueries({ hub, second, rare, rare2 }: BenchActors): { name: string; query: string }[] {
  return [
    {
      name: 'relations, hub, counterpart',
      query: `{ actor(id: "${hub}") { name relations(counterpart: "${second}", first: 20) { type counterpart { name } date modality } } }`,
    },
    {
      name: 'relations, hub, until',
      query: `{ actor(id: "${hub}") { name relations(until: "2019-06-30", first: 20) { type counterpart { name } date modality } } }`,
    },
    {
      name: 'relations, hub, since-until',
      query: `{ actor(id: "${hub}") { name relations(since: "2018-01-01", until: "2019-06-30", first: 20) { type counterpart { name } date modality } } }`,
    },
    {
      name: 'ring 2, rare, first 100',
      query: `{ actor(id: "${rare}") { neighbors(depth: 2, first: 100) { distance actor { name } } } }`,
    },
    {
      name: 'statements, newest',
      query: '{ statements(first: 20) { totalCount nodes { text date speaker { name } } } }',
    },
    {
      name: 'statements of hub',
      query: `{ statements(speaker: "${hub}", first: 20) { totalCount nodes { text date speaker { name } } } }`,
    },
    {
      name: 'statements of rare',
      query: `{ statements(speaker: "${rare}", first: 20) { totalCount nodes { text date speaker { name } } } }`,
    },
    {
      name: 'statements about hub',
      query: `{ statements(about: "${hub}", first: 20) { totalCount nodes { text date speaker { name } } } }`,
    },
    {
      name: 'claims about hub, any claimant',
      query: `{ claims(about: "${hub}", first: 20) { totalCount nodes { text predicate claimant { name } } } }`,
    },
    {
      name: 'claims by hub',
      query: `{ claims(claimant: "${hub}", first: 20) { totalCount nodes { text predicate claimant { name } } } }`,
    },
    {
      name: 'claims, newest',
      query: '{ claims(first: 20) { totalCount nodes { text predicate claimant { name } } } }',
    },
    {
      name: 'articles, newest',
      query: '{ articles(first: 20) { totalCount nodes { title publishedAt } } }',
    },
    {
      name: '4-hop path, first 1',
      query: `{ path(from: "${rare}", to: "${rare2}", maxHops: 4, first: 1) { length hops { kind from { name } to { name } } } }`,
    },
  ];
}

/** What one side answered, reduced to what both must agree on: the page's items in order, and the total if asked. */
export interface Answer {
  items: string[];
  total?: number;
}

/**
 * A question put to both sides: the peer's GraphQL, and how each side's data reduces to an Answer (parsed, so that
 * a reply of another shape fails loudly instead of comparing as empty). `unit` names the items in the check's line.
 */
export interface PeerQuery {
  query: string;
  unit: string;
  entente: (data: unknown) => Answer;
  peer: (data: unknown) => Answer;
}

const name = z.object({ name: z.string() });
const ententeNeighbours = z.object({ actor: z.object({ neighbors: z.array(z.object({ actor: name })) }) });
const peerNeighbours = z.object({ actors: z.array(z.object({ neighbors: z.array(name) })).length(1) });
const neighbours = {
  unit: 'neighbours',
  entente: (data: unknown): Answer => ({
    items: ententeNeighbours.parse(data).actor.neighbors.map((n) => n.actor.name),
  }),
  peer: (data: unknown): Answer => ({ items: peerNeighbours.parse(data).actors[0]!.neighbors.map((n) => n.name) }),
};

const claimFields = { text: z.string(), predicate: z.string(), modality: z.string() };
const ententeClaims = z.object({
  claims: z.object({
    totalCount: z.number(),
    nodes: z.array(z.object({ ...claimFields, claimant: name.nullable() })),
  }),
});
const peerClaims = z.object({
  claims: z.array(z.object({ ...claimFields, claimant: z.array(name) })),
  claimsConnection: z.object({ totalCount: z.number() }),
});
/** The stored modality is lower case ("asserted"); Entente's enum spells the same value upper case. */
const claimItem = (c: { text: string; predicate: string; modality: string }, claimants: string[]): string =>
  [c.text, c.predicate, c.modality.toUpperCase(), claimants.join(' + ')].join(' | ');

const ententeSearch = z.object({
  search: z.object({
    totalCount: z.number(),
    // a claim's hit has no fields in this selection (the fragment is on Statement)
    nodes: z.array(z.object({ hit: z.object({ text: z.string().optional(), speaker: name.nullish() }) })),
  }),
});
const peerSearch = z.object({
  statementsByText: z.object({
    totalCount: z.number(),
    edges: z.array(z.object({ node: z.object({ text: z.string(), speaker: z.array(name) }) })),
  }),
});

/**
 * The same questions put to the peer (@neo4j/graphql, bench/peer.ts), where its
 * schema can say them: relations newest-first across types, timelines and
 * paths it cannot. Its search covers statements only (one @fulltext type).
 * bench:scale compares the two sides' answers before it times them.
 */
export function peerQueries({ hub, second, rare }: BenchActors): Record<string, PeerQuery> {
  return {
    '3-hop, hub': {
      query: `{ actors(where: { id: { eq: "${hub}" } }) { name neighbors(depth: 3, first: 50) { name } } }`,
      ...neighbours,
    },
    '3-hop, rare': {
      query: `{ actors(where: { id: { eq: "${rare}" } }) { name neighbors(depth: 3, first: 50) { name } } }`,
      ...neighbours,
    },
    'claims about hub': {
      query: `{ claims(where: { AND: [{ claimant: { some: { id: { eq: "${second}" } } } }, { OR: [{ subject: { some: { id: { eq: "${hub}" } } } }, { object: { some: { id: { eq: "${hub}" } } } }] }] }, sort: [{ sortDate: DESC }, { articleId: ASC }, { start: ASC }, { id: ASC }], limit: 20) { text predicate modality claimant { name } }
    claimsConnection(where: { AND: [{ claimant: { some: { id: { eq: "${second}" } } } }, { OR: [{ subject: { some: { id: { eq: "${hub}" } } } }, { object: { some: { id: { eq: "${hub}" } } } }] }] }) { totalCount } }`,
      unit: 'claims',
      entente: (data) => {
        const { claims } = ententeClaims.parse(data);
        return {
          total: claims.totalCount,
          items: claims.nodes.map((c) => claimItem(c, c.claimant ? [c.claimant.name] : [])),
        };
      },
      peer: (data) => {
        const p = peerClaims.parse(data);
        return {
          total: p.claimsConnection.totalCount,
          items: p.claims.map((c) =>
            claimItem(
              c,
              c.claimant.map((a) => a.name),
            ),
          ),
        };
      },
    },
    'full-text search': {
      query:
        '{ statementsByText(phrase: "discussed AND matter", first: 20) { totalCount edges { score node { text speaker { name } } } } }',
      unit: 'hits',
      entente: (data) => {
        const { search } = ententeSearch.parse(data);
        return {
          total: search.totalCount,
          items: search.nodes.map((n) =>
            n.hit.text === undefined ? '(a claim)' : `${n.hit.text} | ${n.hit.speaker?.name ?? ''}`,
          ),
        };
      },
      peer: (data) => {
        const { statementsByText } = peerSearch.parse(data);
        return {
          total: statementsByText.totalCount,
          items: statementsByText.edges.map((e) => `${e.node.text} | ${e.node.speaker.map((a) => a.name).join(' + ')}`),
        };
      },
    },
  };
}
