/**
 * The analysts' newest-first lists on a scale graph: each list read
 * (statements, one speaker's statements, statements about an actor, an
 * actor's own statements and claims and the claims about it, claims in every
 * filter, articles) timed through the driver beside the statement it
 * replaced, which collected and sorted every matching item: the graph tests
 * keep that one as their oracle (cypher/test/*-collected), so both sides
 * answer the same page, and the bench checks that they do. Runs alternate
 * between the two sides; the median of --runs each, after two unrecorded
 * rounds. Uses a graph that `npm run bench:scale` built (instance
 * bench-scale-<size>).
 * Usage: npm run bench:lists [-- --size 100k] [--runs 12] [--only statements]
 */
import { performance } from 'node:perf_hooks';
import { cypher, paramsFor } from '../src/graph/cypher.js';
import type { Connection } from '../src/graph/driver.js';
import { integerParams } from '../src/graph/values.js';
import { benchConnection, useScaleBenchDefaults } from './bench-db.js';
import { arg, helpIfAsked, onlyAskedFor } from './help.js';
import { median } from './load.js';
import { benchActors, hub, second } from './scale-queries.js';

helpIfAsked(import.meta.url);

const SIZE = (arg('size') ?? '100k').toLowerCase();
const RUNS = Number(arg('runs') ?? 12);
const asked = onlyAskedFor();
useScaleBenchDefaults();

interface ListRead {
  name: string;
  /** the read the API makes, and the collecting statement it replaced */
  read: string;
  collected: string;
  params: Record<string, unknown>;
}

function listReads(rare: string): ListRead[] {
  const statements = { speaker: null, about: null, since: null, until: null, skip: 0, limit: 20 };
  const claims = { about: null, claimant: null, predicate: null, modality: null, skip: 0, limit: 20 };
  const articles = { outlet: null, since: null, until: null, skip: 0, limit: 20 };
  const s = (name: string, params: Record<string, unknown>): ListRead => ({
    name,
    read: 'queries/statements-list',
    collected: 'test/statements-list-collected',
    params: { ...statements, ...params },
  });
  const c = (name: string, params: Record<string, unknown>): ListRead => ({
    name,
    read: 'queries/claims-list',
    collected: 'test/claims-list-collected',
    params: { ...claims, ...params },
  });
  const a = (name: string, params: Record<string, unknown>): ListRead => ({
    name,
    read: 'queries/articles-list',
    collected: 'test/articles-list-collected',
    params: { ...articles, ...params },
  });
  return [
    s('statements, newest', {}),
    s('statements since 2020', { since: '2020-01-01' }),
    s('statements of hub', { speaker: hub }),
    s('statements of rare', { speaker: rare }),
    s('statements about hub', { about: hub }),
    s('statements of hub about second', { speaker: hub, about: second }),
    {
      name: 'Actor.statements, hub and rare',
      read: 'queries/statements-by-speakers',
      collected: 'test/statements-by-speakers-collected',
      params: { ids: [hub, rare], first: 20 },
    },
    {
      name: 'Actor.claimsMade, hub and rare',
      read: 'queries/claims-by-claimants',
      collected: 'test/claims-by-claimants-collected',
      params: { ids: [hub, rare], first: 20 },
    },
    {
      name: 'Actor.claimsAbout, hub and rare',
      read: 'queries/claims-about-actors',
      collected: 'test/claims-about-actors-collected',
      params: { ids: [hub, rare], first: 20 },
    },
    c('claims, newest', {}),
    c('claims, hedged', { modality: 'hedged' }),
    c('claims about hub', { about: hub }),
    c('claims about hub, MET', { about: hub, predicate: 'MET' }),
    c('claims by hub', { claimant: hub }),
    c('claims by second about hub', { claimant: second, about: hub }),
    a('articles, newest', {}),
    a('articles since 2020', { since: '2020-01-01' }),
  ];
}

async function timed(connection: Connection, name: string, params: Record<string, unknown>) {
  const started = performance.now();
  const { records } = await connection.driver.executeQuery(cypher(name), paramsFor(name, integerParams(params)), {
    database: connection.database,
    routing: 'READ',
  });
  return { ms: performance.now() - started, answer: JSON.stringify(records.map((r) => r.toObject())) };
}

const { connection, release } = await benchConnection(`bench-scale-${SIZE}`);
try {
  const { rare } = await benchActors(connection);
  process.stdout.write(
    `== ${SIZE}: each list read beside the statement that collected and sorted every match (median of ${RUNS}, ms, through the driver)\n`,
  );
  process.stdout.write(
    `${'list'.padEnd(32)} ${'collected'.padStart(10)} ${'read'.padStart(8)} ${'ratio'.padStart(7)}\n`,
  );
  for (const list of listReads(rare).filter((l) => asked(l.name))) {
    const times = { read: [] as number[], collected: [] as number[] };
    const answers = { read: '', collected: '' };
    for (let round = 0; round < RUNS + 2; round++) {
      const order = round % 2 === 0 ? (['read', 'collected'] as const) : (['collected', 'read'] as const);
      for (const side of order) {
        const { ms, answer } = await timed(connection, list[side], list.params);
        if (round >= 2) times[side].push(ms);
        answers[side] = answer;
      }
    }
    if (answers.read !== answers.collected)
      throw new Error(`bench:lists: ${list.name}: the read and the collected statement answer different pages`);
    const [collected, read] = [median(times.collected), median(times.read)];
    process.stdout.write(
      `${list.name.padEnd(32)} ${collected.toFixed(1).padStart(10)} ${read.toFixed(1).padStart(8)} ${(collected / read).toFixed(1).padStart(6)}x\n`,
    );
  }
} finally {
  await release();
}
