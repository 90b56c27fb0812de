/**
 * `bench:graphql --phases`: the wall-clock phases of the API's requests, recorded inside the API process by
 * bench/api-phases.mjs, read back once the process has stopped and printed per measured row: from arrival to the
 * first Cypher call, the Cypher calls (first out to last records in), from the last records to the response sent,
 * and the garbage collections in the row's windows. Set beside the replay's p50, they say which part of the
 * GraphQL/driver gap is the API's JavaScript and which is the extra process hop and the machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const preload = path.join(path.dirname(fileURLToPath(import.meta.url)), 'api-phases.mjs');

/** node arguments that load the recorder into the API process */
export const phaseRecorderArgs = (): string[] => ['--import', pathToFileURL(preload).href];

interface Recorded {
  requests: { arrived: number; sent: number; calls: { out: number; in: number }[] }[];
  collections: { at: number; ms: number }[];
}

/** One measured row: its GraphQL windows (ms since the epoch) and the replay's p50 beside it. */
export interface PhaseRow {
  name: string;
  clients: number;
  windows: { from: number; to: number }[];
  driverP50: number;
}

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

/** Reads what the stopped API process `pid` recorded and prints the phases of each 1-client row. */
export function printPhases(pid: number, rows: PhaseRow[]): void {
  const file = path.join(os.tmpdir(), `entente-api-phases-${pid}.json`);
  const recorded = JSON.parse(fs.readFileSync(file, 'utf8')) as Recorded;
  fs.rmSync(file);
  console.log(
    "\nwhere a request spends its time inside the API process (1 client; ms, p50 / p95): arrival to the first Cypher call, the calls (first out to last records in), last records to response sent; the replay's p50 beside them; GC in the row's windows",
  );
  console.log(
    'query                    |  in API total  |  before Cypher |     Cypher     |  after Cypher  | replay p50 | GC: count, total ms, longest',
  );
  const f = (a: number[]) => `${percentile(a, 50).toFixed(2).padStart(6)} ${percentile(a, 95).toFixed(2).padStart(6)}`;
  // At 16 clients requests overlap and a call cannot be told to its request, so only 1-client rows are shown.
  for (const row of rows.filter((r) => r.clients === 1)) {
    const inside = (t: number) => row.windows.some((w) => t >= w.from && t <= w.to);
    const requests = recorded.requests.filter((r) => inside(r.arrived) && r.calls.length > 0 && r.sent > 0);
    const firstOut = (r: Recorded['requests'][number]) => Math.min(...r.calls.map((c) => c.out));
    const lastIn = (r: Recorded['requests'][number]) => Math.max(...r.calls.map((c) => c.in));
    const gc = recorded.collections.filter((c) => inside(c.at));
    console.log(
      `${row.name.padEnd(24)} | ${f(requests.map((r) => r.sent - r.arrived))} | ${f(requests.map((r) => firstOut(r) - r.arrived))} | ${f(requests.map((r) => lastIn(r) - firstOut(r)))} | ${f(requests.map((r) => r.sent - lastIn(r)))} | ${row.driverP50.toFixed(2).padStart(10)} | ${gc.length}, ${gc.reduce((a, c) => a + c.ms, 0).toFixed(0)}, ${Math.max(0, ...gc.map((c) => c.ms)).toFixed(1)}`,
    );
  }
}
