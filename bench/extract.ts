/**
 * Extraction speed on real article texts: every article of a corpus folder
 * (default ../shared/corpus/articles) through the whole extractor, the
 * parser's time (CoreNLP) beside Entente's own time in one run; then
 * `entente import --extract` of N articles (default 100) through the real CLI,
 * showing that one host process with one model load serves them all.
 *
 * The parser: ENTENTE_NLP_URL if set (ENTENTE_NLP_TOKEN for an Entente host);
 * otherwise the bundled "bench" host (port ENTENTE_BENCH_NLP_PORT, 9013),
 * started here if needed and stopped at the end if started here. Parses are
 * never cached: a cached parse takes no time and would flatter the ratio.
 *
 * Usage: npm run bench:extract [-- CORPUS_ARTICLES_DIR] [--import N] [--confidence rules|learned]   (N=0 skips the import run)
 * --confidence learned times the extractor with the learned relation confidence (its model read on the untimed first article).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { extractTimed } from '../src/extract/extractor.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { endpointOf } from '../src/nlp/client.js';
import { nlpLayout } from '../src/nlp/layout.js';
import { fetchHealth, startNlp, stopNlp, type NlpHealth } from '../src/nlp/lifecycle.js';
import { openParser } from '../src/nlp/parser.js';
import { helpIfAsked } from './help.js';

helpIfAsked(import.meta.url);

const args = process.argv.slice(2);
const importAt = args.indexOf('--import');
const importCount = importAt >= 0 ? Number(args[importAt + 1]) : 100;
const confidenceAt = args.indexOf('--confidence');
const confidence = confidenceAt >= 0 && args[confidenceAt + 1] === 'learned' ? 'learned' : 'rules';
const dir =
  // the values after --import and --confidence are not the folder; every other argument may be
  args.find(
    (a, i) =>
      !a.startsWith('--') && (importAt < 0 || i !== importAt + 1) && (confidenceAt < 0 || i !== confidenceAt + 1),
  ) ?? path.join('..', 'shared', 'corpus', 'articles');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const external = Boolean(process.env.ENTENTE_NLP_URL);
const benchEnv: NodeJS.ProcessEnv = external
  ? { ...process.env, ENTENTE_NLP_CACHE_DIR: '' }
  : {
      ...process.env,
      ENTENTE_NLP_CACHE_DIR: '',
      ENTENTE_NLP_INSTANCE: 'bench',
      ENTENTE_NLP_PORT: process.env.ENTENTE_BENCH_NLP_PORT ?? '9013',
    };
const config = loadConfig(benchEnv);
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);
const startedHere = external ? false : !(await startNlp(config, log, { wait: true })).alreadyRunning;
const url = endpointOf(config)!.url;
// A host of someone else's that is still loading gets its time, as the bundled one does in startNlp.
for (let h = await fetchHealth(url); external && h?.status === 'loading'; h = await fetchHealth(url))
  await new Promise((r) => setTimeout(r, 2000));

try {
  await corpusPass();
  if (importCount > 0) await importPass(importCount);
} finally {
  if (startedHere)
    log(
      (await stopNlp(config)).wasRunning ? 'stopped the bench parser it started' : 'the bench parser was already gone',
    );
}

/** Each article once through extract(): the host's annotate time, the HTTP/JSON round trip, and Entente's readings. */
async function corpusPass(): Promise<void> {
  const gazetteer = loadGazetteer();
  const parser = openParser(config);
  const raws = files.map((f) => parsePlainText(fs.readFileSync(path.join(dir, f), 'utf8')));
  // One article first, untimed, so that Node's JIT warms up on the readings as it has on the parser's side.
  await extractTimed(raws[0]!, gazetteer, parser, { confidence });
  let nlp = 0;
  let own = 0;
  let words = 0;
  const load = os.loadavg()[0]!;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const raw of raws) {
    words += raw.text.split(/\s+/).length;
    const t = await extractTimed(raw, gazetteer, parser, { confidence });
    nlp += t.nlpMillis;
    own += t.readMillis;
  }
  const wallMs = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpu);
  const cpuMs = (cpuUsed.user + cpuUsed.system) / 1000;
  const transport = Math.max(0, wallMs - nlp - own);
  const pct = (ms: number): string => `${((100 * ms) / wallMs).toFixed(1).padStart(5)} %`;
  const secs = (ms: number): string => `${(ms / 1000).toFixed(2).padStart(7)} s`;
  console.log(
    `extract benchmark: ${raws.length} real articles, ${(words / raws.length).toFixed(0)} words on average, from ${dir}; parser at ${url}`,
  );
  console.log(
    `whole extractor:  ${(raws.length / (wallMs / 1000)).toFixed(2)} articles/s (${(wallMs / 1000).toFixed(1)} s wall, one article at a time)`,
  );
  console.log(`  parser (CoreNLP annotate, as the host timed it) ${secs(nlp)} ${pct(nlp)}`);
  console.log(`  request, CoreNLP JSON out and in               ${secs(transport)} ${pct(transport)}`);
  console.log(`  Entente's readings of the parse                ${secs(own)} ${pct(own)}`);
  const mine = own + transport;
  console.log(
    `Entente's own layer (readings + the round trip): ${((100 * mine) / wallMs).toFixed(1)} % of the total: ${mine <= 0.2 * wallMs ? 'within' : 'OVER'} the 20 % budget (readings alone ${((100 * own) / wallMs).toFixed(1)} %)`,
  );
  // Wall shares move with the machine's load (a busy machine stretches whichever side waits for the CPU); the process's CPU time does not.
  console.log(
    `Entente's process CPU (client, JSON, readings): ${(cpuMs / 1000).toFixed(2)} s = ${((100 * cpuMs) / wallMs).toFixed(1)} % of the wall; load average at the start ${load.toFixed(1)} on ${os.cpus().length} cores`,
  );
}

/** The real CLI on N article files; the host's pid and its served count before and after show who did the work. */
async function importPass(n: number): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-extract-'));
  try {
    const inbox = path.join(work, 'inbox');
    fs.mkdirSync(inbox);
    for (let i = 0; i < n; i++)
      fs.copyFileSync(
        path.join(dir, files[i % files.length]!),
        path.join(inbox, `${String(i).padStart(4, '0')}-${files[i % files.length]}`),
      );
    const before = await fetchHealth(url);
    const started = performance.now();
    const run = await runCli(['import', '--extract', '--review', path.join(work, 'review'), inbox], benchEnv);
    const wall = (performance.now() - started) / 1000;
    const after = await fetchHealth(url);
    if (run.code !== 0) throw new Error(`import --extract failed (exit ${run.code}):\n${run.stderr}`);
    const startedByCli = /Starting the CoreNLP host/.test(run.stderr);
    const loads = external
      ? undefined
      : (fs.readFileSync(nlpLayout(config).logFile, 'utf8').match(/models loaded in/g) ?? []).length;
    console.log(
      `import --extract of ${n} articles (the corpus texts under ${n} names; drafts to a review folder): ${wall.toFixed(1)} s, ${(n / wall).toFixed(2)} articles/s`,
    );
    console.log(
      `  one host: pid ${describePid(before, after)}; texts it annotated: ${served(before, after, n)}; the CLI started a host: ${startedByCli ? 'YES' : 'no'}${loads === undefined ? '' : `; model loads in its log: ${loads}`}`,
    );
    const once = samePid(before, after) && !startedByCli && (loads === undefined || loads === 1);
    console.log(`  models loaded once for the whole run: ${once ? 'yes' : 'NO'}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function samePid(a: NlpHealth | undefined, b: NlpHealth | undefined): boolean {
  return a?.pid !== undefined && a.pid === b?.pid;
}

function describePid(a: NlpHealth | undefined, b: NlpHealth | undefined): string {
  if (a?.pid === undefined || b?.pid === undefined) return 'unknown (a host that does not report it)';
  return a.pid === b.pid ? `${a.pid} before and after` : `${a.pid} before, ${b.pid} after`;
}

function served(a: NlpHealth | undefined, b: NlpHealth | undefined, n: number): string {
  if (a?.served === undefined || b?.served === undefined) return 'unknown';
  const delta = b.served - a.served;
  if (delta === n) return `+${delta} (exactly the articles)`;
  return delta > n ? `+${delta} (others used this host too)` : `+${delta}`;
}

function runCli(cliArgs: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'entente.js'), ...cliArgs], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}
