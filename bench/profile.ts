/**
 * Where the time of the scale bench's queries goes: each GraphQL question is
 * asked once through the API, and every Cypher call it made is run again under
 * PROFILE (rows, db hits and time per operator, the costliest first) and then
 * timed alone through the driver (median of --runs). Uses a graph that
 * `npm run bench:scale` built (instance bench-scale-<size>).
 * Usage: npm run bench:profile [-- --size 100k] [--only 3-hop] [--runs 7] [--plan]
 */
import { performance } from 'node:perf_hooks';
import type { ProfiledPlan } from 'neo4j-driver';
import { startApiServer } from '../src/api/server.js';
import { cypher, paramsFor } from '../src/graph/cypher.js';
import { integerParams } from '../src/graph/values.js';
import { benchConfig, benchConnection, useScaleBenchDefaults } from './bench-db.js';
import { median, probe } from './load.js';
import { benchActors, profileOnlyQueries, scaleQueries } from './scale-queries.js';
import { arg, helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const SIZE = (arg('size') ?? '100k').toLowerCase();
const ONLY = arg('only');
const RUNS = Number(arg('runs') ?? 7);
const FULL_PLAN = process.argv.includes('--plan');
useScaleBenchDefaults();

interface Step {
  depth: number;
  operator: string;
  rows: number;
  dbHits: number;
  ms: number | null;
  details: string;
}

function steps(plan: ProfiledPlan, depth = 0, out: Step[] = []): Step[] {
  const args = plan.arguments as Record<string, unknown>;
  const time = args.Time;
  out.push({
    depth,
    operator: plan.operatorType,
    rows: plan.rows,
    dbHits: plan.dbHits,
    ms: time == null ? null : Number(time) / 1e6,
    details: (typeof args.Details === 'string' ? args.Details : '').slice(0, 110),
  });
  for (const child of plan.children) steps(child, depth + 1, out);
  return out;
}

const instance = `bench-scale-${SIZE}`;
const { connection, release } = await benchConnection(instance);
let calls: { name: string; params: Record<string, unknown> }[] = [];
const api = await startApiServer(benchConfig(instance), connection, {
  port: 0,
  onRequestDone: (s) => (calls = s.queries),
});
try {
  const actors = await benchActors(connection);
  for (const q of [...scaleQueries(actors), ...profileOnlyQueries(actors)].filter(
    (x) => ONLY === undefined || x.name.startsWith(ONLY),
  )) {
    await probe(api.url, q.query, q.name);
    const made = calls;
    console.log(`\n== ${q.name}: ${made.length} Cypher call(s)`);
    for (const c of made) {
      const params = paramsFor(c.name, integerParams(c.params));
      const text = cypher(c.name);
      const run = () =>
        connection.driver.executeQuery(text, params, { database: connection.database, routing: 'READ' });
      await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
      const profiled = await connection.driver.executeQuery(`PROFILE ${text}`, params, {
        database: connection.database,
        routing: 'READ',
      });
      const plan = profiled.summary.profile;
      if (!plan) continue;
      const all = steps(plan);
      const hits = all.reduce((s, x) => s + x.dbHits, 0);
      console.log(
        `-- ${c.name}: median ${median(times).toFixed(1)} ms of ${RUNS} (min ${Math.min(...times).toFixed(1)}), ${hits} db hits, ${plan.rows} rows`,
      );
      const shown = FULL_PLAN ? all : [...all].sort((a, b) => b.dbHits - a.dbHits || b.rows - a.rows).slice(0, 6);
      for (const s of shown)
        console.log(
          `   ${'  '.repeat(FULL_PLAN ? s.depth : 0)}${s.operator.padEnd(28)} rows ${String(s.rows).padStart(8)}  hits ${String(s.dbHits).padStart(9)}  ${s.details}`,
        );
    }
  }
} finally {
  await api.close();
  await release();
}
