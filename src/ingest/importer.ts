/**
 * The import run: many article files, each checked and written whole or not
 * at all, so one bad file never blocks the others (unless --strict). The
 * gazetteer is synced once per run.
 */
import { DEFAULT_PROPOSITION_WINDOW_DAYS } from '../config.js';
import type { Connection } from '../graph/driver.js';
import { plannedOutcomes, syncGazetteer, writeArticles, type WriteOutcome } from '../graph/article-store.js';
import { addCounters, zeroCounters, type WriteCounters } from '../graph/write-counters.js';
import type { ActorIndex } from './gazetteer.js';
import { actorRow } from './plan-article.js';
import type { ArticlePlan, RoleRow } from '../graph/plan-types.js';
import { InputError } from './input-error.js';
import { isEntenteError } from '../errors.js';
import { Neo4jError } from 'neo4j-driver';
import { readArticleFile } from './read-article.js';

export const DEFAULT_BATCH_SIZE = 50;

type Outcome = 'created' | 'replaced' | 'unchanged' | 'failed';

export interface FileResult {
  source: string;
  articleId?: string;
  outcome: Outcome;
  /** with --dry-run, outcomes say what would happen */
  dryRun: boolean;
  newActorIds: string[];
  /** actors the file introduced that were found already in the graph, with how sure the match is */
  identified?: { name: string; actorId: string; method: string; confidence: number }[];
  error?: unknown;
}

export interface ImportSummary {
  results: FileResult[];
  counts: Record<Outcome, number>;
  counters: WriteCounters;
}

export interface ArticleSource {
  /** a file path, or a label such as "(stdin)" */
  name: string;
  plan: () => ArticlePlan;
}

interface ImportOptions {
  dryRun?: boolean;
  strict?: boolean;
  /** articles per transaction (default 50); 1 gives one transaction per article */
  batchSize?: number;
  /** reports of one relation at most this many days apart attest one proposition (default: the config's default) */
  propositionWindowDays?: number;
  onProgress?: (done: number, total: number, result: FileResult) => void;
  /** keep retrying while Neo4j is unreachable, for up to totalMs, reporting each attempt (the CLI); absent: fail at once (the API) */
  retry?: { totalMs: number; onRetry: (attempt: number, waitMs: number, error: unknown) => void };
}

/** Article files as import sources, each read and planned only when its turn comes. */
export function fileSources(files: string[], gazetteer: ActorIndex): ArticleSource[] {
  return files.map((file) => ({ name: file, plan: () => readArticleFile(file, gazetteer) }));
}

export async function syncGazetteerActors(connection: Connection, gazetteer: ActorIndex): Promise<WriteCounters> {
  const actors = gazetteer.all();
  const roles: RoleRow[] = actors.flatMap((a) =>
    a.roles.map((r) => ({
      personId: a.id,
      ofId: r.of,
      title: r.title,
      since: r.since ?? null,
      until: r.until ?? null,
    })),
  );
  const owners = actors.flatMap((a) => (a.ownedBy === undefined ? [] : [{ outletId: a.id, ownerId: a.ownedBy }]));
  return syncGazetteer(
    connection,
    actors.map(actorRow),
    roles,
    actors.filter((a) => a.kind === 'Person').map((a) => a.id),
    owners,
  );
}

/**
 * Sources are planned (parsed, validated, resolved) one by one, then written
 * in groups of `batchSize` articles per transaction. When a group's
 * transaction fails, its articles are retried one per transaction, so one
 * article the database rejects never takes the others down with it.
 */
export async function importArticles(
  connection: Connection,
  gazetteer: ActorIndex,
  sources: ArticleSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const counters = zeroCounters();
  if (!options.dryRun)
    addCounters(counters, await whileUnreachable(() => syncGazetteerActors(connection, gazetteer), options));
  const results: FileResult[] = [];
  const seenIds = new Map<string, string>();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const emit = (result: FileResult): void => {
    results.push(result);
    options.onProgress?.(results.length, sources.length, result);
  };
  let stop = false;
  for (let i = 0; i < sources.length && !stop; i += batchSize) {
    const group = sources.slice(i, i + batchSize);
    // Slots keep the results in source order, failures in planning included.
    const slots: (FileResult | undefined)[] = new Array<FileResult | undefined>(group.length);
    const planned: { slot: number; source: ArticleSource; plan: ArticlePlan }[] = [];
    for (const [slot, source] of group.entries()) {
      const outcome = planOne(source, seenIds);
      if ('plan' in outcome) planned.push({ slot, source, plan: outcome.plan });
      else {
        slots[slot] = outcome.failure;
        if (options.strict) {
          stop = true;
          break;
        }
      }
    }
    // Under --strict, what was planned before the failing file is still written, as in a file-by-file run.
    const written = await writeGroup(connection, planned, options, counters);
    planned.forEach((p, k) => (slots[p.slot] = written[k]));
    for (const result of slots) {
      if (result === undefined) continue;
      emit(result);
      if (result.outcome === 'failed' && options.strict) stop = true;
    }
  }
  const counts: Record<Outcome, number> = { created: 0, replaced: 0, unchanged: 0, failed: 0 };
  for (const r of results) counts[r.outcome] += 1;
  return { results, counts, counters };
}

function planOne(source: ArticleSource, seenIds: Map<string, string>): { plan: ArticlePlan } | { failure: FileResult } {
  try {
    const plan = source.plan();
    const first = seenIds.get(plan.article.id);
    if (first !== undefined)
      throw new InputError(source.name, [
        {
          path: 'id',
          message: `article id "${plan.article.id}" is also used by ${first} in this run; ids must be unique`,
        },
      ]);
    seenIds.set(plan.article.id, source.name);
    return { plan };
  } catch (error) {
    return { failure: { source: source.name, outcome: 'failed', dryRun: false, newActorIds: [], error } };
  }
}

/** An unchanged article writes nothing, so it introduces no actor, even one only it defines. */
function introduced(outcome: WriteOutcome, ids: string[]): string[] {
  return outcome === 'unchanged' ? [] : ids;
}

async function writeGroup(
  connection: Connection,
  group: { source: ArticleSource; plan: ArticlePlan }[],
  options: ImportOptions,
  counters: WriteCounters,
): Promise<FileResult[]> {
  if (group.length === 0) return [];
  const base = (g: { source: ArticleSource; plan: ArticlePlan }) => ({
    source: g.source.name,
    articleId: g.plan.article.id,
    dryRun: options.dryRun ?? false,
    newActorIds: g.plan.newActorIds,
  });
  const plans = group.map((g) => g.plan);
  if (options.dryRun) {
    const outcomes = await whileUnreachable(() => plannedOutcomes(connection, plans), options);
    return group.map((g, i) => ({
      ...base(g),
      outcome: outcomes[i]!,
      newActorIds: introduced(outcomes[i]!, g.plan.newActorIds),
    }));
  }
  try {
    const written = await whileUnreachable(
      () =>
        writeArticles(connection, plans, {
          windowDays: options.propositionWindowDays ?? DEFAULT_PROPOSITION_WINDOW_DAYS,
        }),
      options,
    );
    addCounters(counters, written.counters);
    return group.map((g, i) => {
      const identified = written.identified.filter((x) => x.articleId === g.plan.article.id);
      const matched = new Set(identified.map((x) => x.localId));
      return {
        ...base(g),
        outcome: written.outcomes[i]!,
        newActorIds: introduced(
          written.outcomes[i]!,
          g.plan.newActorIds.filter((id) => !matched.has(id)),
        ),
        identified: identified.map(({ name, actorId, method, confidence }) => ({ name, actorId, method, confidence })),
      };
    });
  } catch (error) {
    if (group.length === 1) {
      if (options.strict) throw error;
      return [{ ...base(group[0]!), outcome: 'failed', error }];
    }
    const results: FileResult[] = [];
    for (const g of group) results.push(...(await writeGroup(connection, [g], options, counters)));
    return results;
  }
}

/**
 * An unreachable server is waited for with growing pauses, each attempt
 * reported as it happens, instead of failing every article of the run (or
 * retrying silently for minutes). Each write is one transaction, so a retry
 * never doubles anything. Wrong credentials are not retried: that would
 * only trip the server's login rate limit.
 */
const TRANSIENT_ATTEMPTS = 5;

async function whileUnreachable<T>(work: () => Promise<T>, options: ImportOptions): Promise<T> {
  const started = Date.now();
  let waitMs = 500;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      // A deadlock or another transient failure is retried a few times in every caller: the transaction is whole or absent.
      if (error instanceof Neo4jError && error.retryable && attempt < TRANSIENT_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
        continue;
      }
      const retry = options.retry;
      if (
        !retry ||
        !(isEntenteError(error) && error.code === 'NEO4J_UNAVAILABLE') ||
        Date.now() - started + waitMs > retry.totalMs
      )
        throw error;
      retry.onRetry(attempt, waitMs, error);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      waitMs = Math.min(waitMs * 2, 10_000);
    }
  }
}
