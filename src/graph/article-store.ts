/**
 * Writing articles to Neo4j. Each article is one managed write transaction:
 * it is written whole or not at all, and an unchanged article (same plan
 * hash) is not written again.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticlePlan, RoleRow } from '../ingest/plan-types.js';
import type { ActorRow } from '../ingest/plan-types.js';
import type { Connection } from './driver.js';
import { cypher } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';

export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface WriteResult {
  outcome: WriteOutcome;
  counters: WriteCounters;
}

export const zeroCounters = (): WriteCounters => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

export function addCounters(into: WriteCounters, more: WriteCounters): void {
  into.nodesCreated += more.nodesCreated;
  into.nodesDeleted += more.nodesDeleted;
  into.relationshipsCreated += more.relationshipsCreated;
  into.relationshipsDeleted += more.relationshipsDeleted;
}

const TX_META = { app: 'entente', job: 'import' };

/** Stored plan hashes for these ids (absent ids are new articles). */
export async function storedPlanHashes(connection: Connection, ids: string[]): Promise<Map<string, string | null>> {
  try {
    const { records } = await connection.driver.executeQuery(cypher('import/article-state'), { ids }, { database: connection.database, routing: 'READ' });
    return new Map(records.map((r) => [String(r.get('id')), (r.get('planHash') as string | null) ?? null]));
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
}

export async function writeArticle(connection: Connection, plan: ArticlePlan): Promise<WriteResult> {
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = zeroCounters();
      const state = await tx.run(cypher('import/article-state'), { ids: [plan.article.id] });
      const existing = state.records[0];
      if (existing && existing.get('planHash') === plan.planHash) return { outcome: 'unchanged', counters };
      if (existing) addCounters(counters, await run(tx, 'import/delete-article-content', { articleId: plan.article.id }));
      addCounters(counters, await run(tx, 'import/write-article', planParameters(plan)));
      return { outcome: existing && existing.get('planHash') !== null ? 'replaced' : 'created', counters };
    }, { metadata: { ...TX_META, article: plan.article.id } });
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  } finally {
    await session.close();
  }
}

export function planParameters(plan: ArticlePlan): Record<string, unknown> {
  const { planHash, article, actors, mentionIds, citations, events, statements, claims, edges } = plan;
  return { planHash, article, actors, mentionIds, citations, events, statements, claims, edges };
}

export async function syncGazetteer(connection: Connection, actors: ActorRow[], roles: RoleRow[], personIds: string[]): Promise<WriteCounters> {
  const keyed = roles.map((r) => ({ ...r, key: `${r.title}|${r.ofId}|${r.since ?? ''}` }));
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite((tx) => run(tx, 'import/sync-gazetteer', { actors, roles: keyed, personIds }), { metadata: { ...TX_META, step: 'gazetteer' } });
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  } finally {
    await session.close();
  }
}

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<WriteCounters> {
  const result = await tx.run(cypher(name), params);
  const u = result.summary.counters.updates();
  return { nodesCreated: u.nodesCreated, nodesDeleted: u.nodesDeleted, relationshipsCreated: u.relationshipsCreated, relationshipsDeleted: u.relationshipsDeleted };
}
