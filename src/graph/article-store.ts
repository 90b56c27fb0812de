/**
 * Writing articles to Neo4j. Each article is one managed write transaction:
 * it is written whole or not at all, and an unchanged article (same plan
 * hash) is not written again.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticlePlan, RoleRow } from './plan-types.js';
import type { ActorRow } from './plan-types.js';
import { DEFAULT_PROPOSITION_WINDOW_DAYS } from '../config.js';
import type { Connection } from './driver.js';
import { cypher } from './cypher.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { tieDeltas } from './ties.js';
import { bucketDeltas } from './timeline-buckets.js';
import { surnameKey } from '../domain/identity.js';
import { recordIdentities, resolveIdentities, type Identified } from './identity-store.js';
import { maintainPropositions } from './propositions-store.js';
import { decodeRows, nullable, object, string } from './row-decode.js';
import { addCounters, zeroCounters, type WriteCounters } from './write-counters.js';

export type WriteOutcome = 'created' | 'replaced' | 'unchanged';

interface WriteResult {
  /** one per article, in order */
  outcomes: WriteOutcome[];
  /** for the whole batch: Neo4j counts per statement, not per article */
  counters: WriteCounters;
  /** actors the articles introduced that were matched to actors already known */
  identified: Identified[];
}

const TX_META = { app: 'entente', job: 'import' };

const storedArticle = object<{ id: string; planHash: string | null }>({ id: string, planHash: nullable(string) });

/** What writing each plan would do, from the plan hashes the database holds (a stub has none). */
function outcomesOf(records: { toObject(): unknown }[], plans: ArticlePlan[]): WriteOutcome[] {
  const stored = new Map(decodeRows(records, storedArticle, 'article-state').map(({ id, planHash }) => [id, planHash]));
  return plans.map((plan) => {
    const hash = stored.get(plan.article.id);
    if (hash === undefined || hash === null) return 'created';
    return hash === plan.planHash ? 'unchanged' : 'replaced';
  });
}

/** For --dry-run: the outcomes writeArticles would have, without writing. */
export async function plannedOutcomes(connection: Connection, plans: ArticlePlan[]): Promise<WriteOutcome[]> {
  try {
    const { records } = await connection.driver.executeQuery(
      cypher('import/article-state'),
      { ids: plans.map((p) => p.article.id) },
      { database: connection.database, routing: 'READ' },
    );
    return outcomesOf(records, plans);
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  }
}

/**
 * Writes a batch of articles in one transaction and three round trips: the
 * stored plan hashes, the removal of replaced articles' content, and one
 * UNWIND over the rest. No article is ever partly written; if the
 * transaction fails, the importer retries its articles one per transaction
 * to isolate the culprit.
 * Committing many articles at once matters: a commit waits for the
 * transaction log to reach the disk, and that flush costs more than writing
 * one article.
 */
interface WriteOptions {
  /** reports of one relation at most this many days apart attest one proposition (config: propositions.windowDays) */
  windowDays: number;
}

export async function writeArticles(
  connection: Connection,
  plans: ArticlePlan[],
  options: WriteOptions,
): Promise<WriteResult> {
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const state = await tx.run(cypher('import/article-state'), { ids: plans.map((p) => p.article.id) });
        const outcomes = outcomesOf(state.records, plans);
        const replaced = plans.filter((_, i) => outcomes[i] === 'replaced').map((p) => p.article.id);
        const batch = await resolveIdentities(
          tx,
          plans.filter((_, i) => outcomes[i] !== 'unchanged'),
        );
        const toWrite = batch.plans;
        const counters = zeroCounters();
        if (replaced.length > 0) await removeContent(tx, replaced, counters);
        if (toWrite.length > 0) {
          addCounters(counters, await run(tx, 'import/write-articles', { articles: toWrite.map(planParameters) }));
          addCounters(counters, await run(tx, 'import/add-ties', { ties: tieDeltas(toWrite) }));
          addCounters(counters, await run(tx, 'import/add-buckets', { buckets: bucketDeltas(toWrite) }));
          addCounters(
            counters,
            await run(tx, 'import/add-claim-tallies', { articleIds: toWrite.map((p) => p.article.id) }),
          );
          await maintainPropositions(
            tx,
            {
              removedArticleIds: replaced,
              attestations: toWrite.flatMap((p) => p.attestations),
              windowDays: options.windowDays,
            },
            counters,
          );
          await recordIdentities(tx, batch);
        }
        return { outcomes, counters, identified: batch.identified };
      },
      { metadata: { ...TX_META, articles: plans.length } },
    );
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  } finally {
    await session.close();
  }
}

/** The projection, the timeline's buckets and the claim tallies give back what these articles added before their content goes, in the same transaction. */
async function removeContent(tx: ManagedTransaction, articleIds: string[], counters: WriteCounters): Promise<void> {
  addCounters(counters, await run(tx, 'import/remove-ties', { articleIds }));
  addCounters(counters, await run(tx, 'import/remove-buckets', { articleIds }));
  addCounters(counters, await run(tx, 'import/remove-claim-tallies', { articleIds }));
  addCounters(counters, await run(tx, 'import/delete-articles-content', { articleIds }));
}

/**
 * Removes articles and everything they contributed, keeping the projection
 * exact; returns the ids that were in the graph. Shared actors stay.
 */
export async function deleteArticles(
  connection: Connection,
  articleIds: string[],
  options: WriteOptions = { windowDays: DEFAULT_PROPOSITION_WINDOW_DAYS },
): Promise<{ deleted: string[]; counters: WriteCounters }> {
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const state = await tx.run(cypher('import/article-state'), { ids: articleIds });
        const present = state.records.map((r) => String(r.get('id')));
        const counters = zeroCounters();
        if (present.length > 0) {
          await removeContent(tx, present, counters);
          addCounters(counters, await run(tx, 'import/delete-articles', { articleIds: present }));
          await maintainPropositions(
            tx,
            { removedArticleIds: present, attestations: [], windowDays: options.windowDays },
            counters,
          );
        }
        return { deleted: present, counters };
      },
      { metadata: { ...TX_META, step: 'delete', articles: articleIds.length } },
    );
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  } finally {
    await session.close();
  }
}

function planParameters(plan: ArticlePlan): Record<string, unknown> {
  const { planHash, article, actors, mentionIds, citations, events, statements, claims, edges } = plan;
  // attestations are written by maintainPropositions, after the edges they describe
  const own = new Set(plan.newActorIds);
  return {
    planHash,
    article,
    actors,
    ownActors: actors.filter((a) => own.has(a.id)),
    mentionIds,
    citations,
    events,
    statements,
    claims,
    edges,
  };
}

interface OwnerRow {
  outletId: string;
  ownerId: string;
}

export async function syncGazetteer(
  connection: Connection,
  actors: ActorRow[],
  roles: RoleRow[],
  personIds: string[],
  owners: OwnerRow[] = [],
): Promise<WriteCounters> {
  const keyed = roles.map((r) => ({ ...r, key: `${r.title}|${r.ofId}|${r.since ?? ''}` }));
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const counters = await run(tx, 'import/sync-gazetteer', { actors, roles: keyed, personIds });
        addCounters(counters, await run(tx, 'import/sync-ownership', { owners, actorIds: actors.map((a) => a.id) }));
        await run(tx, 'identity/set-keys', { keys: actors.map((a) => ({ id: a.id, surnameKey: surnameKey(a.name) })) });
        return counters;
      },
      { metadata: { ...TX_META, step: 'gazetteer' } },
    );
  } catch (error) {
    throw translateNeo4jError(error, connection.target);
  } finally {
    await session.close();
  }
}

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<WriteCounters> {
  const result = await tx.run(cypher(name), params);
  const u = result.summary.counters.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
  };
}
