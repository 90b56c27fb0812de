/**
 * The API as an operator runs it: the compiled server (`entente serve`, what `npm start` runs after importing data/)
 * in a process of its own, pointed at the bench instance. Its latency is then not shared with the load generator's
 * event loop, and its memory (RSS, sampled from /proc) is the API's alone. The peer (@neo4j/graphql, bench/peer.ts)
 * is started here the same way, so that a comparison of the two is not a comparison of where each one ran.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../src/config.js';
import { startApiServer } from '../src/api/server.js';
import type { Connection } from '../src/graph/driver.js';
import { isBuilt } from '../bin/run-entry.js';
import { probe, type CypherCall } from './load.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A GraphQL server in a child process: Entente's API or the peer. */
export interface ApiProcess {
  url: string;
  pid: number;
  /** the process's resident set now, in MB (from /proc/<pid>/status) */
  rssMb(): number;
  /** CPU time (user + system) the process has used so far, in ms: divided by requests, a figure the machine's load hardly moves */
  cpuMs(): number;
  /** samples RSS every `everyMs` until stop() of the returned handle; peak in MB */
  sampleRss(everyMs?: number): { stop(): number };
  close(): Promise<void>;
}

/** A stale dist/ would measure old code: the same check bin/run-entry.js makes before running the compiled CLI. */
function assertBuilt(): void {
  if (!isBuilt())
    throw new Error(
      'dist/ is older than src/: run `npm run build` first, so the API process runs the code under test.',
    );
}

/** utime and stime, fields 14 and 15 of /proc/<pid>/stat (after the command's parenthesised name), in clock ticks. */
function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ on Linux
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return kb ? Number(kb[1]) / 1024 : NaN;
}

/**
 * The environment both servers are started with: the bench instance's Neo4j (already running: neither stops it) and
 * a free port, production mode (graphql-js and Apollo read NODE_ENV as they load), no parser.
 */
async function serverEnv(config: Config): Promise<NodeJS.ProcessEnv> {
  return {
    ...process.env,
    NODE_ENV: 'production',
    ENTENTE_NEO4J_INSTANCE: config.bundled.instance,
    ENTENTE_NEO4J_BOLT_PORT: String(config.bundled.boltPort),
    ENTENTE_NEO4J_HTTP_PORT: String(config.bundled.httpPort),
    ENTENTE_NEO4J_HEAP: config.bundled.heap,
    ENTENTE_NEO4J_PAGECACHE: config.bundled.pagecache,
    ENTENTE_NEO4J_TX_MEMORY: config.bundled.txMemory,
    ENTENTE_API_PORT: String(await freePort()),
    // The benchmark measures the API and Neo4j, not the parser.
    ENTENTE_NLP_AUTOSTART: 'false',
  };
}

/**
 * Starts `node dist/cli/main.js serve` on the bench instance's Neo4j and a free port; `nodeArgs` go to node (e.g.
 * --cpu-prof). Resolves once it prints its URL.
 */
export async function startApiProcess(config: Config, nodeArgs: string[] = []): Promise<ApiProcess> {
  assertBuilt();
  return startServerProcess([...nodeArgs, path.join(root, 'dist', 'cli', 'main.js'), 'serve'], await serverEnv(config));
}

/**
 * Starts the peer (bench/peer-serve.ts) the same way: the same node, `nodeArgs`, environment and readiness line;
 * it opens its driver with Entente's settings (src/graph/driver.ts, pool included). Being a bench file it is loaded
 * through tsx (`--import tsx`), which transpiles its few modules as they load; what runs afterwards is plain
 * JavaScript, as @neo4j/graphql itself is.
 */
export async function startPeerProcess(config: Config, nodeArgs: string[] = []): Promise<ApiProcess> {
  return startServerProcess(
    [...nodeArgs, '--import', 'tsx', path.join(root, 'bench', 'peer-serve.ts')],
    await serverEnv(config),
  );
}

async function startServerProcess(args: string[], env: NodeJS.ProcessEnv): Promise<ApiProcess> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /GraphQL API:\s+(\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before listening:\n${out}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb: () => rssOf(pid),
    cpuMs: () => cpuMsOf(pid),
    sampleRss(everyMs = 100) {
      let peak = rssOf(pid);
      const timer = setInterval(() => (peak = Math.max(peak, rssOf(pid))), everyMs);
      return {
        stop: () => {
          clearInterval(timer);
          return Math.max(peak, rssOf(pid));
        },
      };
    },
    close: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The Cypher calls each query makes, read from an in-process API's round-trip report: what the driver replay
 * repeats. The API that is measured is the process above, which cannot report them.
 */
export async function cypherCallsOf(
  config: Config,
  connection: Connection,
  queries: readonly { name: string; query: string }[],
): Promise<Map<string, CypherCall[]>> {
  const made = new Map<string, CypherCall[]>();
  let lastCalls: CypherCall[] = [];
  const reporter = await startApiServer(config, connection, {
    port: 0,
    onRequestDone: (s) => (lastCalls = s.queries),
  });
  try {
    for (const q of queries) {
      await probe(reporter.url, q.query, q.name);
      made.set(q.name, lastCalls);
    }
  } finally {
    await reporter.close();
  }
  return made;
}
