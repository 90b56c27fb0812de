/** `entente import`: article files into the graph, with progress and a summary. */
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../ingest/input-error.js';
import { draftYaml, readRaw } from './extract.js';
import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { openConnection } from '../graph/driver.js';
import { loadGazetteer, type ActorIndex } from '../ingest/gazetteer.js';
import {
  DEFAULT_BATCH_SIZE,
  fileSources,
  importArticles,
  type ArticleSource,
  type FileResult,
  type ImportSummary,
} from '../ingest/importer.js';
import { expandInputs } from '../ingest/input-files.js';
import { planFromBytes, planFromSource } from '../ingest/read-article.js';
import { readStreamCapped } from '../ingest/source-text.js';
import type { Format } from '../ingest/structured-file.js';
import { isEntenteError } from '../errors.js';
import type { RawArticle } from '../extract/raw-article.js';
import { ensureParser } from '../nlp/parser.js';
import { action, note, say } from './output.js';

interface ImportFlags {
  dryRun?: boolean;
  strict?: boolean;
  format: Format;
  extract?: boolean;
  review?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      `import annotated article files (YAML or JSON) into the graph; each article is written whole or not at all (up to ${DEFAULT_BATCH_SIZE} articles share a transaction; a failed batch is retried one article per transaction)`,
    )
    .argument(
      '<inputs...>',
      'files, folders (searched recursively), quoted globs such as "data/articles/**/*.yaml", or - for standard input',
    )
    .option('-n, --dry-run', 'check everything and report what would change, without writing')
    .option('--strict', 'stop the run at the first file that fails')
    .addOption(new Option('--format <format>', 'format of standard input').choices(['yaml', 'json']).default('yaml'))
    .option('--extract', 'the inputs are raw articles (.txt, .html): extract draft annotations and import those')
    .option(
      '--review <dir>',
      'with --extract: write the drafts to <dir> for an analyst to edit instead of importing; import the folder later',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 all imported or unchanged, 1 some files failed, 2 bad configuration.\nExample: npx entente import data/articles',
    )
    .action(
      action(async (inputs: string[], flags: ImportFlags) => {
        const config = loadConfig();
        const gazetteer = loadGazetteer();
        if (flags.review && !flags.extract)
          throw new InputError('--review', [
            { path: '', message: '--review needs --extract: it writes machine drafts of raw articles' },
          ]);
        const sources = flags.extract
          ? await extractedSources(inputs, gazetteer, flags.review, config)
          : await toSources(inputs, flags.format, gazetteer);
        if (flags.review) {
          say(
            `Wrote ${sources.length} draft(s) to ${flags.review}; review them, then: npx entente import ${flags.review}`,
          );
          return;
        }
        const connection = openConnection(config);
        try {
          const summary = await runWithProgress(connection, gazetteer, sources, {
            ...flags,
            propositionWindowDays: config.propositions.windowDays,
          });
          printSummary(summary, flags.dryRun ?? false);
          // the counts cover only the files read: say that the rest were not, or they look forgotten
          const unread = sources.length - summary.results.length;
          if (unread > 0)
            note(`--strict: the run stopped at the first file that failed; ${unread} file(s) after it were not read.`);
          if (summary.counts.failed > 0) process.exitCode = 1;
        } finally {
          await connection.driver.close();
        }
      }),
    );
}

export async function runWithProgress(
  connection: ReturnType<typeof openConnection>,
  gazetteer: ActorIndex,
  sources: ArticleSource[],
  flags: { dryRun?: boolean; strict?: boolean; propositionWindowDays?: number },
): Promise<ImportSummary> {
  const bar =
    process.stderr.isTTY && sources.length > 1
      ? new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true })
      : undefined;
  bar?.start(sources.length, 0, { file: '' });
  try {
    return await importArticles(connection, gazetteer, sources, {
      ...flags,
      retry: {
        totalMs: loadConfig().neo4j.importRetryTimeMs,
        onRetry: (attempt, waitMs, error) => {
          bar?.stop();
          note(
            `Neo4j is unreachable (${error instanceof Error ? error.message.split('. To fix')[0] : String(error)}); retry ${attempt} in ${(waitMs / 1000).toFixed(1)} s…`,
          );
        },
      },
      onProgress: (done, _total, result) => {
        bar?.update(done, { file: result.articleId ?? result.source });
        if (result.outcome === 'failed') {
          bar?.stop();
          reportFailure(result);
          bar?.start(sources.length, done, { file: '' });
        }
      },
    });
  } finally {
    bar?.stop();
  }
}

async function toSources(inputs: string[], format: Format, gazetteer: ActorIndex): Promise<ArticleSource[]> {
  const sources: ArticleSource[] = [];
  const files = expandInputs(inputs.filter((i) => i !== '-'));
  if (inputs.includes('-')) {
    // A failure to read stays with this source, so the files of the run are still reported.
    const bytes = await readStreamCapped('(stdin)', process.stdin).catch((error: unknown) => error);
    sources.push({
      name: '(stdin)',
      plan: () => {
        if (bytes instanceof Buffer) return planFromBytes('(stdin)', bytes, format, gazetteer);
        throw bytes;
      },
    });
  }
  sources.push(...fileSources(files, gazetteer));
  if (sources.length === 0) note('No article files found (looked for .yaml, .yml and .json).');
  return sources;
}

/**
 * Raw articles → drafts (written to a review folder, or planned in memory for
 * import). A file the parser will not read (empty, no article body, too long,
 * not English) fails alone, as a bad annotated file does; the parser failing
 * stops the run before anything is written.
 */
async function extractedSources(
  inputs: string[],
  gazetteer: ActorIndex,
  reviewDir: string | undefined,
  config: Config,
): Promise<ArticleSource[]> {
  type Read = { file: string; raw: RawArticle } | { file: string; error: InputError };
  type Drafted = { file: string; draft: { id: string; yaml: string } } | { file: string; error: InputError };
  const read: Read[] = [];
  for (const file of expandRawInputs(inputs)) {
    try {
      read.push({ file, raw: await readRaw(file, config) });
    } catch (error) {
      if (error instanceof InputError) read.push({ file, error });
      else throw error;
    }
  }
  const parser = read.some((r) => 'raw' in r) ? (await ensureParser(config, note)).parser : undefined;
  const drafted: Drafted[] = [];
  for (const r of read)
    drafted.push('raw' in r ? { file: r.file, draft: await draftYaml(r.raw, r.file, gazetteer, parser!) } : r);
  if (reviewDir) {
    fs.mkdirSync(reviewDir, { recursive: true });
    for (const d of drafted) {
      if ('draft' in d) fs.writeFileSync(path.join(reviewDir, `${d.draft.id}.yaml`), d.draft.yaml);
      else {
        note(`error [${d.error.code}]: ${d.error.message}`);
        process.exitCode = 1;
      }
    }
    return drafted
      .filter((d) => 'draft' in d)
      .map((d) => ({ name: d.file, plan: () => planFromSource(d.file, d.draft.yaml, 'yaml', gazetteer) }));
  }
  return drafted.map((d) => ({
    name: d.file,
    plan: () => {
      if ('error' in d) throw d.error;
      return planFromSource(d.file, d.draft.yaml, 'yaml', gazetteer);
    },
  }));
}

function expandRawInputs(inputs: string[]): string[] {
  return inputs.flatMap((i) => {
    // A missing path stays in the list and fails alone when it is read.
    if (i === '-' || !fs.statSync(i, { throwIfNoEntry: false })?.isDirectory()) return [i];
    return fs
      .readdirSync(i)
      .filter((f) => /\.(txt|html?)$/i.test(f))
      .sort()
      .map((f) => path.join(i, f));
  });
}

function reportFailure(result: FileResult): void {
  const e = result.error;
  note(
    isEntenteError(e)
      ? `error [${e.code}]: ${e.message}`
      : `error: ${result.source}: ${e instanceof Error ? e.message : String(e)}`,
  );
}

/** `dry` comes from the command line: a dry run whose every file failed still wrote nothing. */
export function printSummary(summary: ImportSummary, dry: boolean): void {
  for (const r of summary.results) {
    if (r.newActorIds.length > 0 && r.outcome !== 'failed')
      say(`${r.articleId}: new actors not in the gazetteer: ${r.newActorIds.join(', ')}`);
    for (const m of r.identified ?? [])
      say(`${r.articleId}: "${m.name}" matched the known actor ${m.actorId} (${m.method}, confidence ${m.confidence})`);
  }
  const { created, replaced, unchanged, failed } = summary.counts;
  const c = summary.counters;
  say(
    `${dry ? 'Dry run (nothing written): would import' : 'Imported'} ${created + replaced} article(s) (${created} new, ${replaced} replaced), ${unchanged} unchanged, ${failed} failed.`,
  );
  if (!dry)
    say(
      `Nodes: +${c.nodesCreated} −${c.nodesDeleted}; relationships: +${c.relationshipsCreated} −${c.relationshipsDeleted}.`,
    );
  if (failed > 0)
    note(
      `Fix the problems listed above, then run the same command again${dry ? '' : ': the files that imported are unchanged by a second run'}.`,
    );
}
