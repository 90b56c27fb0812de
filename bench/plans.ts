/**
 * What Neo4j's planning costs the API's reads. First, each read of cypher/queries planned anew (EXPLAIN with
 * `CYPHER replan=force`, after one unforced EXPLAIN so that the JVM has compiled the planner). Then, for each read
 * that takes its arguments in one map ($args), the shapes of arguments the API sends one after the other (a batch
 * of one id, of 2 and of 15; one type, a few, all of them; a counterpart, a date, or none): as separate parameters
 * (the baseline, the statement with `$args.x` read as `$x`) and in one map, each side after clearing the plan
 * caches. Neo4j keys a cached plan by the parameters' types, and a list's type carries its size bucket (1, 10, 100)
 * and a null its own: each new shape of separate parameters is a plan of its own.
 * Usage: npm run bench:plans [-- --only PREFIX]
 * Runs against the bench instance 'bench' (started if needed; its graph is read by nothing here but the planner).
 */
import neo4j from 'neo4j-driver';
import { PATH_READS } from '../src/api/resolvers/path.js';
import { RELATION_TYPE_NAMES } from '../src/domain/vocabulary.js';
import { cypher, cypherNames, paramsForText } from '../src/graph/cypher.js';
import { benchConnection } from './bench-db.js';
import { arg, helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);
const ONLY = arg('only');

type Params = Record<string, unknown>;

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `bench-plans-${i}`);
/** The shapes the API sends a read in: the first, then each with one argument changed. */
const SHAPES: Record<string, Params[]> = {
  'queries/neighbors-of-actors': shapes(
    { ids: ids(1), types: RELATION_TYPE_NAMES, depth: neo4j.int(2), first: neo4j.int(10) },
    { ids: ids(2) },
    { ids: ids(15) },
    { types: ['MET'] },
    { types: ['MET', 'SANCTIONED', 'INVADED'] },
  ),
  'queries/relations-of-actors': shapes(
    {
      ids: ids(1),
      types: RELATION_TYPE_NAMES,
      direction: 'BOTH',
      counterpart: null,
      since: null,
      until: null,
      first: neo4j.int(10),
    },
    { ids: ids(2) },
    { ids: ids(15) },
    { types: ['MET'] },
    { counterpart: 'bench-plans-x' },
    { since: '2020-01-01' },
  ),
  'queries/shortest-paths': shapes(
    {
      from: 'bench-plans-0',
      to: 'bench-plans-1',
      allowed: [...RELATION_TYPE_NAMES.map((t) => `TIE_${t}`)],
      maxHops: neo4j.int(4),
      first: neo4j.int(10),
      at: null,
      ...PATH_READS,
    },
    { allowed: ['TIE_MET'] },
    { at: '2020-01-01' },
  ),
  'queries/relation-timeline': shapes(
    { a: 'bench-plans-0', b: 'bench-plans-1', types: RELATION_TYPE_NAMES, skip: neo4j.int(0), limit: neo4j.int(10) },
    { types: ['MET'] },
  ),
  'queries/relation-timeline-recent': shapes(
    { a: 'bench-plans-0', b: 'bench-plans-1', types: RELATION_TYPE_NAMES },
    { types: ['MET'] },
  ),
};

function shapes(first: Params, ...changes: Params[]): Params[] {
  return [first, ...changes.map((c) => ({ ...first, ...c }))];
}

const { connection, release } = await benchConnection();
const options = { database: connection.database };
const timed = async (text: string, params: Params): Promise<number> => {
  const t0 = performance.now();
  await connection.driver.executeQuery(text, params, options);
  return performance.now() - t0;
};
const selected = (name: string) => ONLY === undefined || name.replace('queries/', '').startsWith(ONLY);

try {
  console.log('Planning each read anew (EXPLAIN, CYPHER replan=force), ms:');
  for (const name of cypherNames('queries').filter(selected)) {
    const text = cypher(name);
    const params = SHAPES[name]?.[0];
    const sent = paramsForText(text, params ?? {});
    await timed(`EXPLAIN ${text}`, sent).catch(() => undefined); // parameters it lacks are an error after planning
    const ms = await timed(`CYPHER replan=force EXPLAIN ${text}`, sent).catch(() => NaN);
    console.log(`  ${name.replace('queries/', '').padEnd(34)} ${ms.toFixed(0).padStart(7)}`);
  }

  console.log('\nThe shapes the API sends, in turn, plan caches cleared before each side: ms per shape');
  for (const [name, list] of Object.entries(SHAPES).filter(([n]) => selected(n))) {
    const oneMap = cypher(name);
    const separate = oneMap.replaceAll('$args.', '$');
    await connection.driver.executeQuery('CALL db.clearQueryCaches()', {}, options);
    const before: number[] = [];
    for (const p of list) before.push(await timed(separate, p));
    await connection.driver.executeQuery('CALL db.clearQueryCaches()', {}, options);
    const after: number[] = [];
    for (const p of list) after.push(await timed(oneMap, { args: p }));
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    console.log(`  ${name.replace('queries/', '')}, ${list.length} shapes:`);
    console.log(
      `    separate parameters: ${before.map((x) => x.toFixed(0)).join(', ')} (total ${sum(before).toFixed(0)})`,
    );
    console.log(
      `    one map ($args):     ${after.map((x) => x.toFixed(0)).join(', ')} (total ${sum(after).toFixed(0)})`,
    );
    console.log(`    one map / separate:  ${(sum(after) / sum(before)).toFixed(2)}x`);
  }
} finally {
  await release();
}
