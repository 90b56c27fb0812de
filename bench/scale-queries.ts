/** The analysts' questions the scale bench (and bench/profile.ts) put to each graph, with the actors they name. */
import { actorPool } from './synthetic.js';

export const pool = actorPool(3000);
export const hub = pool[0]!.id;
export const second = pool[1]!.id;
export const rare = pool[2500]!.id;
export const rare2 = pool[2000]!.id;

export const QUERIES: { name: string; query: string }[] = [
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

/**
 * Analysts' questions that bench:profile also asks (not timed by bench:scale): the filters of relations and a
 * wider ring that the bench's own rows leave out, and the path's first answer alone, to set against its ten.
 */
export const PROFILE_ONLY: { name: string; query: string }[] = [
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
    name: '4-hop path, first 1',
    query: `{ path(from: "${rare}", to: "${rare2}", maxHops: 4, first: 1) { length hops { kind from { name } to { name } } } }`,
  },
];

/**
 * The same questions put to the peer (@neo4j/graphql, bench/peer.ts), where its
 * schema can say them: relations newest-first across types, timelines and
 * paths it cannot. Its search covers statements only (one @fulltext type).
 */
export const PEER_QUERIES: Record<string, string> = {
  '3-hop, hub': `{ actors(where: { id: { eq: "${hub}" } }) { name neighbors(depth: 3, first: 50) { name } } }`,
  '3-hop, rare': `{ actors(where: { id: { eq: "${rare}" } }) { name neighbors(depth: 3, first: 50) { name } } }`,
  'claims about hub': `{ claims(where: { AND: [{ claimant: { some: { id: { eq: "${second}" } } } }, { OR: [{ subject: { some: { id: { eq: "${hub}" } } } }, { object: { some: { id: { eq: "${hub}" } } } }] }] }, sort: [{ date: DESC }], limit: 20) { text predicate modality claimant { name } }
    claimsConnection(where: { AND: [{ claimant: { some: { id: { eq: "${second}" } } } }, { OR: [{ subject: { some: { id: { eq: "${hub}" } } } }, { object: { some: { id: { eq: "${hub}" } } } }] }] }) { totalCount } }`,
  'full-text search':
    '{ statementsByText(phrase: "discussed AND matter", first: 20) { totalCount edges { score node { text speaker { name } } } } }',
};
