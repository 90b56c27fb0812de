/**
 * Neo4j plans a Cypher statement the first time it runs it, and the API's
 * largest statements (the neighbourhood's rings, the path) took 4-8 s to plan
 * on a busy 2-core machine: far past the 1.5 s request deadline, so right after
 * `npm start` a newcomer's first try of half the documented queries was
 * answered 503, and `neighbors` kept failing until a shed request's plan
 * happened to finish in the background. Running the documented reads once in
 * process, where no deadline applies, before the API says it is up, leaves
 * those plans in Neo4j's cache (keyed by the statement and its parameters'
 * types, which the examples share with analysts' queries).
 */
import type { ApolloServer } from '@apollo/server';
import { createContext, type ApiContext } from './context.js';
import { EXPLORER_DEFAULT_QUERY } from './explorer.js';
import { exampleReads } from './queries-doc.js';

/** The documented reads, and the query the explorer opens with. */
export const warmUpReads = (): { name: string; query: string; variables: Record<string, unknown> }[] => [
  { name: 'explorer default query', query: EXPLORER_DEFAULT_QUERY, variables: {} },
  ...exampleReads(),
];

const WARM_UP_BUDGET_MS = 60_000;

export interface WarmUp {
  queries: number;
  /** examples left cold because the budget was spent */
  skipped: number;
  millis: number;
  /** the examples that answered with errors, each with its first message (the start goes on) */
  failed: string[];
}

export async function warmUpQueries(
  apollo: ApolloServer<ApiContext>,
  base: Omit<ApiContext, 'db' | 'loaders' | 'role'>,
): Promise<WarmUp> {
  const started = Date.now();
  const reads = warmUpReads();
  const failed: string[] = [];
  // One at a time: on two cores, planning side by side is no faster.
  let run = 0;
  for (const { name, query, variables } of reads) {
    // On a large graph each example is a real read (up to the query timeout): the start waits a minute at most.
    if (Date.now() - started > WARM_UP_BUDGET_MS) break;
    run += 1;
    // Planning is what is slow here, not the read, and a first run in a cold JVM beside CoreNLP loading its models
    // took over the 15 s query timeout once: the warm-up's reads may use what is left of its minute.
    const left = WARM_UP_BUDGET_MS - (Date.now() - started);
    const config = {
      ...base.config,
      api: { ...base.config.api, queryTimeoutMs: Math.max(base.config.api.queryTimeoutMs, left) },
    };
    const res = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext({ ...base, config, role: 'reader' }) },
    );
    const error = res.body.kind === 'single' ? res.body.singleResult.errors?.[0] : undefined;
    if (error) failed.push(`${name}: ${error.message}`);
  }
  return { queries: run, skipped: reads.length - run, millis: Date.now() - started, failed };
}
