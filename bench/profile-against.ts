/**
 * A query's db hits before and after a change, on a graph that `npm run bench:scale` built: each case's statement
 * as an earlier commit held it (`git show COMMIT:cypher/...`) and as the working tree holds it, both run with the
 * same parameters (one warm-up, then PROFILE), their total db hits printed side by side, and their answers compared
 * (the whole rows, as JSON). The cases are the analysts' questions that bench:scale's rows leave out (filters of an
 * actor's relations, a wider neighbourhood) and the rows those statements also serve, the path among them; the
 * shortest-path search is also measured alone, all shortest paths against one, to show what enumerating every
 * shortest path costs.
 * Usage: npm run bench:profile-against [-- --size 100k] [--before COMMIT] [--only PREFIX]
 */
import { execFileSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import type { ProfiledPlan } from 'neo4j-driver';
import { RELATION_TYPE_NAMES, tieTypeOf } from '../src/domain/vocabulary.js';
import { PATH_READS } from '../src/api/resolvers/path.js';
import { cypher, paramsForText } from '../src/graph/cypher.js';
import { benchConnection, useScaleBenchDefaults } from './bench-db.js';
import { arg, helpIfAsked } from './help.js';
import { benchActors, type BenchActors } from './scale-queries.js';

helpIfAsked(import.meta.url);

const SIZE = (arg('size') ?? '100k').toLowerCase();
const BEFORE = arg('before') ?? 'HEAD';
const ONLY = arg('only');
useScaleBenchDefaults();

const before = (name: string): string =>
  execFileSync('git', ['show', `${BEFORE}:cypher/${name}.cypher`], { encoding: 'utf8' });
const hits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((s, c) => s + hits(c), 0);

const relations = {
  types: RELATION_TYPE_NAMES,
  direction: 'BOTH',
  counterpart: null,
  since: null,
  until: null,
  first: neo4j.int(20),
};
const neighbours = (id: string, depth: number, first: number) => ({
  ids: [id],
  types: RELATION_TYPE_NAMES,
  depth: neo4j.int(depth),
  first: neo4j.int(first),
});
// as the API sends a path's arguments by default: every tie type and roles, no date
const path = (from: string, to: string, first: number) => ({
  from,
  to,
  allowed: [...RELATION_TYPE_NAMES.map(tieTypeOf), 'HOLDS_ROLE'],
  maxHops: neo4j.int(4),
  first: neo4j.int(first),
  at: null,
  ...PATH_READS,
});
type Case = { name: string; statement: string; params: Record<string, unknown> };
const casesFor = ({ hub, second, rare, rare2 }: BenchActors): Case[] => [
  { name: 'relations, hub', statement: 'queries/relations-of-actors', params: { ...relations, ids: [hub] } },
  { name: 'relations, rare', statement: 'queries/relations-of-actors', params: { ...relations, ids: [rare] } },
  {
    name: 'relations, hub, counterpart',
    statement: 'queries/relations-of-actors',
    params: { ...relations, ids: [hub], counterpart: second },
  },
  {
    name: 'relations, hub, counterpart, until',
    statement: 'queries/relations-of-actors',
    params: { ...relations, ids: [hub], counterpart: second, until: '2016-12-31' },
  },
  {
    name: 'relations, hub, until',
    statement: 'queries/relations-of-actors',
    params: { ...relations, ids: [hub], until: '2019-06-30' },
  },
  {
    name: 'relations, hub, since-until',
    statement: 'queries/relations-of-actors',
    params: { ...relations, ids: [hub], since: '2018-01-01', until: '2019-06-30' },
  },
  {
    name: 'relations, hub, outgoing MET',
    statement: 'queries/relations-of-actors',
    params: { ...relations, ids: [hub], direction: 'OUTGOING', types: ['MET'] },
  },
  { name: 'ring 2, rare, first 100', statement: 'queries/neighbors-of-actors', params: neighbours(rare, 2, 100) },
  { name: '3-hop, hub', statement: 'queries/neighbors-of-actors', params: neighbours(hub, 3, 50) },
  { name: '3-hop, rare', statement: 'queries/neighbors-of-actors', params: neighbours(rare, 3, 50) },
  { name: '4-hop path', statement: 'queries/shortest-paths', params: path(rare, rare2, 10) },
  { name: '4-hop path, first 1', statement: 'queries/shortest-paths', params: path(rare, rare2, 1) },
];

// The path statement's own search (the first: ties and roles, the API's default), taken from its file so that the
// two cannot differ: every shortest path, and one.
const search = `MATCH (a:Actor {id: $from}), (b:Actor {id: $to}) ${/^ *MATCH p = allShortestPaths\(\(a\).*\)$/m
  .exec(cypher('queries/shortest-paths'))![0]
  .trim()}`;
const SEARCHES: Record<string, string> = {
  'all shortest paths': `${search} RETURN count(p) AS paths`,
  'one shortest path': `${search.replace('allShortestPaths(', 'shortestPath(')} RETURN count(p) AS paths`,
};

const { connection, release } = await benchConnection(`bench-scale-${SIZE}`);
const run = async (text: string, params: Record<string, unknown>) => {
  const options = { database: connection.database, routing: 'READ' as const };
  const sent = paramsForText(text, params);
  await connection.driver.executeQuery(text, sent, options);
  const profiled = await connection.driver.executeQuery(`PROFILE ${text}`, sent, options);
  return {
    rows: JSON.stringify(profiled.records.map((r) => r.toObject())),
    hits: profiled.summary.profile ? hits(profiled.summary.profile) : NaN,
  };
};
try {
  const actors = await benchActors(connection);
  console.log(`${SIZE}: db hits of ${BEFORE}'s statement -> the working tree's, same parameters`);
  for (const c of casesFor(actors).filter((x) => ONLY === undefined || x.name.startsWith(ONLY))) {
    const old = await run(before(c.statement), c.params);
    const now = await run(cypher(c.statement), c.params);
    const answer = JSON.parse(now.rows) as { items?: unknown[] }[];
    // a neighbourhood's page is one row of items; a path is a row each
    const items = answer[0]?.items?.length ?? answer.length;
    console.log(
      `${c.name.padEnd(36)} ${String(old.hits).padStart(8)} -> ${String(now.hits).padStart(8)}  ${items} items, same answer: ${old.rows === now.rows}`,
    );
  }
  if (ONLY === undefined || 'path search'.startsWith(ONLY))
    for (const [name, text] of Object.entries(SEARCHES)) {
      const r = await run(text, { from: actors.rare, to: actors.rare2 });
      console.log(`path search, ${name.padEnd(24)} ${String(r.hits).padStart(8)} db hits, ${r.rows}`);
    }
} finally {
  await connection.driver.close();
  await release();
}
