/**
 * Where full-text search's time goes, half by half, on a graph that `npm run bench:scale` built: the search
 * statement as an earlier commit held it and as the working tree holds it, and each of its Lucene reads alone
 * (the count, the page, a page further on) beside the read of every hit, with the bench's own search text. PROFILE
 * cannot show this: db hits do not count Lucene's work. Each case runs --calls times inside one statement (so Bolt
 * and the transaction are paid once), in --rounds rounds after a warm-up, alternating the cases' order; printed per
 * call: the CPU time of the Neo4j process (all its threads, from /proc; other jobs on the machine delay it but do
 * not add to it) and the wall time, the lowest and the median round.
 * Usage: npm run bench:search-halves [-- --size 100k] [--before COMMIT] [--rounds 5] [--calls 40] [--text 'discussed matter']
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fullTextQuery } from '../src/api/resolvers/search-text.js';
import { cypher } from '../src/graph/cypher.js';
import { serverStatus } from '../src/server/lifecycle.js';
import { benchConnection, benchConfig, useScaleBenchDefaults } from './bench-db.js';
import { arg, helpIfAsked } from './help.js';
import { median } from './load.js';

helpIfAsked(import.meta.url);

const SIZE = (arg('size') ?? '100k').toLowerCase();
const BEFORE = arg('before') ?? 'HEAD';
const ROUNDS = Number(arg('rounds') ?? 5);
const CALLS = Number(arg('calls') ?? 40);
const TEXT = arg('text') ?? 'discussed matter';
useScaleBenchDefaults();

const instance = `bench-scale-${SIZE}`;
const query = fullTextQuery(TEXT, 'text');
// The search statement repeated inside one statement: the named statement (an earlier commit's or this tree's) put
// in the same loop as the named reads below, so that both are measured alike.
const statement = (body: string) =>
  `UNWIND range(1, $calls) AS i CALL (i) { ${body} } RETURN count(*) AS calls, collect(total)[0] AS answer`;
const searchParams = { query, skip: 0, limit: 20, countLimit: 10_000 };
const count = cypher('bench/search-read-count');
const page = cypher('bench/search-read-page');

const CASES: { name: string; statement: string; params: Record<string, unknown>; share?: number }[] = [
  { name: 'nothing (the loop alone)', statement: cypher('bench/repeat-loop'), params: {} },
  {
    name: `statement at ${BEFORE}`,
    statement: statement(
      execFileSync('git', ['show', `${BEFORE}:cypher/queries/search-utterances.cypher`], { encoding: 'utf8' }),
    ),
    params: searchParams,
  },
  { name: 'statement now', statement: statement(cypher('queries/search-utterances')), params: searchParams },
  { name: 'count, scored top 10,001', statement: count, params: { q: query, options: { limit: 10_001 } } },
  { name: 'count, boosted by 0', statement: count, params: { q: `(${query})^0`, options: { limit: 10_001 } } },
  { name: 'page 1 (top 21)', statement: page, params: { q: query, options: { skip: 0, limit: 21 } } },
  { name: 'page 6 (skip 100, 21)', statement: page, params: { q: query, options: { skip: 100, limit: 21 } } },
  { name: 'every hit, scored', statement: count, params: { q: query, options: {} }, share: 10 },
];

// The CPU the Neo4j process has used, in ms, summed over its threads.
function neo4jCpuMs(pid: number): number {
  let ns = 0;
  for (const thread of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return ns / 1e6;
}

const { connection, release } = await benchConnection(instance);
try {
  const { pid } = serverStatus(benchConfig(instance));
  if (pid === undefined)
    throw new Error(`bench:search-halves reads the CPU time of the bundled ${instance} server; it is not running`);
  const cpu = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  const wall = new Map<string, number[]>(CASES.map((c) => [c.name, []]));
  const answers = new Map<string, string>();
  console.log(
    `${SIZE}: search text "${TEXT}" -> ${query}; ${CALLS} calls a statement, ${ROUNDS} rounds after a warm-up`,
  );
  for (let round = 0; round <= ROUNDS; round++) {
    for (const c of round % 2 === 0 ? CASES : [...CASES].reverse()) {
      const calls = Math.max(1, Math.floor(CALLS / (c.share ?? 1)));
      const cpu0 = neo4jCpuMs(pid);
      const t0 = performance.now();
      const { records } = await connection.driver.executeQuery(
        c.statement,
        { ...c.params, calls },
        { routing: 'READ' },
      );
      const ms = performance.now() - t0;
      const cpuMs = neo4jCpuMs(pid) - cpu0;
      answers.set(c.name, String(records[0]?.get('answer')));
      if (round === 0) continue;
      cpu.get(c.name)!.push(cpuMs / calls);
      wall.get(c.name)!.push(ms / calls);
    }
  }
  const low = (xs: number[]) =>
    Math.min(...xs)
      .toFixed(2)
      .padStart(7);
  const middle = (xs: number[]) => median(xs).toFixed(2).padStart(7);
  console.log(`${'per call, ms'.padEnd(28)} | Neo4j CPU lowest  median | wall lowest  median | answer`);
  for (const c of CASES)
    console.log(
      `${c.name.padEnd(28)} |          ${low(cpu.get(c.name)!)} ${middle(cpu.get(c.name)!)} |    ${low(wall.get(c.name)!)} ${middle(wall.get(c.name)!)} | ${answers.get(c.name)}`,
    );
} finally {
  await release();
}
