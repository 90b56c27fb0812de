/**
 * The import run: many article files, each checked and written on its own,
 * so one bad file never blocks the others (unless --strict). The gazetteer is
 * loaded and synced once per run.
 */
import type { Connection } from '../graph/driver.js';
import { addCounters, storedPlanHashes, syncGazetteer, writeArticle, zeroCounters, type WriteCounters } from '../graph/article-store.js';
import type { ActorIndex } from './gazetteer.js';
import { actorRow } from './plan-article.js';
import type { ArticlePlan, RoleRow } from './plan-types.js';
import { InputError } from './input-error.js';

export type Outcome = 'created' | 'replaced' | 'unchanged' | 'failed';

export interface FileResult {
  source: string;
  articleId?: string;
  outcome: Outcome;
  /** with --dry-run, outcomes say what would happen */
  dryRun: boolean;
  newActorIds: string[];
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

export interface ImportOptions {
  dryRun?: boolean;
  strict?: boolean;
  onProgress?: (done: number, total: number, result: FileResult) => void;
}

export async function syncGazetteerActors(connection: Connection, gazetteer: ActorIndex): Promise<WriteCounters> {
  const actors = gazetteer.all();
  const roles: RoleRow[] = actors.flatMap((a) => a.roles.map((r) => ({ personId: a.id, ofId: r.of, title: r.title, since: r.since ?? null, until: r.until ?? null })));
  return syncGazetteer(connection, actors.map(actorRow), roles, actors.filter((a) => a.kind === 'Person').map((a) => a.id));
}

export async function importArticles(connection: Connection, gazetteer: ActorIndex, sources: ArticleSource[], options: ImportOptions = {}): Promise<ImportSummary> {
  const counters = zeroCounters();
  if (!options.dryRun) addCounters(counters, await syncGazetteerActors(connection, gazetteer));
  const results: FileResult[] = [];
  const seenIds = new Map<string, string>();
  for (const source of sources) {
    const result = await importOne(connection, source, seenIds, options, counters);
    results.push(result);
    options.onProgress?.(results.length, sources.length, result);
    if (result.outcome === 'failed' && options.strict) break;
  }
  const counts: Record<Outcome, number> = { created: 0, replaced: 0, unchanged: 0, failed: 0 };
  for (const r of results) counts[r.outcome] += 1;
  return { results, counts, counters };
}

async function importOne(connection: Connection, source: ArticleSource, seenIds: Map<string, string>, options: ImportOptions, counters: WriteCounters): Promise<FileResult> {
  const dryRun = options.dryRun ?? false;
  try {
    const plan = source.plan();
    const first = seenIds.get(plan.article.id);
    if (first !== undefined) throw new InputError(source.name, [{ path: 'id', message: `article id "${plan.article.id}" is also used by ${first} in this run; ids must be unique` }]);
    seenIds.set(plan.article.id, source.name);
    const base = { source: source.name, articleId: plan.article.id, dryRun, newActorIds: plan.newActorIds };
    if (dryRun) {
      const stored = (await storedPlanHashes(connection, [plan.article.id])).get(plan.article.id);
      return { ...base, outcome: stored === undefined || stored === null ? 'created' : stored === plan.planHash ? 'unchanged' : 'replaced' };
    }
    const written = await writeArticle(connection, plan);
    addCounters(counters, written.counters);
    return { ...base, outcome: written.outcome };
  } catch (error) {
    if (!(error instanceof InputError) && options.strict) throw error;
    return { source: source.name, outcome: 'failed', dryRun, newActorIds: [], error };
  }
}
