/**
 * `entente actors merge A B` and `split A`: an analyst's correction of
 * identity, in one transaction each. A merge moves every relationship of A to
 * B (each tagged with where it came from), keeps A as a MergedActor pointing
 * at B, and rebuilds what depends on actor ids: the attestations and
 * propositions of the articles involved, their projection ties and the
 * timeline's month buckets (both keyed by the actors' ids). A split
 * undoes exactly that. The gazetteer wins: a curated actor is never merged
 * into a draft one.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { nameKey } from '../domain/names.js';
import { propositionKey } from '../domain/propositions.js';
import { MODALITIES, RELATION_TYPE_NAMES, type Modality, type RelationType } from '../domain/vocabulary.js';
import { ActorMergeError } from '../errors.js';
import { addCounters, zeroCounters, type WriteCounters } from './write-counters.js';
import { cypher } from './cypher.js';
import type { Connection } from './driver.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { regroupPropositions } from './propositions-store.js';
import { boolean, decodeRows, list, nullable, number, object, oneOf, string } from './row-decode.js';
import { toPlain } from './values.js';

interface MergeResult {
  from: string;
  into: string;
  moved: number;
  articles: number;
  counters: WriteCounters;
}

interface ActorState {
  id: string;
  live: boolean;
  merged: boolean;
  kind: string | null;
  gazetteer: boolean;
  mergedInto: string | null;
  name: string | null;
  aliases: string[];
}

const HOW_TO_FIND = 'find actor ids with the GraphQL query actors(search: "…") or in Neo4j Browser';

export async function mergeActors(
  connection: Connection,
  from: string,
  into: string,
  windowDays: number,
): Promise<MergeResult> {
  if (from === into)
    throw new ActorMergeError(
      'INPUT_INVALID',
      `cannot merge "${from}" into itself; give two different actor ids: entente actors merge <duplicate> <survivor>`,
    );
  return inTransaction(connection, async (tx) => {
    const [a, b] = (await states(tx, [from, into])) as [ActorState, ActorState];
    for (const s of [a, b]) {
      if (s.merged)
        throw new ActorMergeError(
          'INPUT_INVALID',
          `"${s.id}" was already merged into "${s.mergedInto}"; use "${s.mergedInto}", or undo with: entente actors split ${s.id}`,
        );
      if (!s.live) throw new ActorMergeError('NOT_FOUND', `no actor with id "${s.id}"; ${HOW_TO_FIND}`);
    }
    if (a.gazetteer && b.gazetteer)
      throw new ActorMergeError(
        'INPUT_INVALID',
        `"${from}" and "${into}" are both gazetteer actors; correct data/actors/ instead (give one the other's names as aliases and delete it)`,
      );
    if (a.gazetteer)
      throw new ActorMergeError(
        'INPUT_INVALID',
        `"${from}" is a gazetteer actor and "${into}" is not: the gazetteer wins; merge the other way: entente actors merge ${into} ${from}`,
      );
    if (a.kind !== b.kind)
      throw new ActorMergeError(
        'INPUT_INVALID',
        `"${from}" is a ${a.kind} and "${into}" a ${b.kind}; only actors of one kind can be the same`,
      );
    const known = new Set([b.name ?? '', ...b.aliases].map(nameKey));
    const added = [...new Set([a.name ?? '', ...a.aliases].filter((n) => n !== '' && !known.has(nameKey(n))))].map(
      (name) => ({ name, key: nameKey(name) }),
    );
    return rewire(tx, { from, into, tag: from, only: null }, [from, into], windowDays, (articleIds) =>
      tx.run(cypher('identity/retire-actor'), { from, into, added, articleIds }),
    );
  });
}

export async function splitActor(connection: Connection, id: string, windowDays: number): Promise<MergeResult> {
  return inTransaction(connection, async (tx) => {
    const [a] = (await states(tx, [id])) as [ActorState];
    if (a.live)
      throw new ActorMergeError(
        'INPUT_INVALID',
        `"${id}" is not a merged actor, so there is nothing to split; split takes the id that was merged away (the first id given to merge)`,
      );
    if (!a.merged) throw new ActorMergeError('NOT_FOUND', `no actor with id "${id}"; ${HOW_TO_FIND}`);
    const into = a.mergedInto!;
    // The actor comes back first, so that edges moved back land on an Actor.
    return rewire(
      tx,
      { from: into, into: id, tag: null, only: id },
      [id, into],
      windowDays,
      (articleIds) => tx.run(cypher('identity/restore-actor'), { id, articleIds }),
      true,
    );
  });
}

async function rewire(
  tx: ManagedTransaction,
  move: { from: string; into: string; tag: string | null; only: string | null },
  actorIds: string[],
  windowDays: number,
  relabel: (articleIds: string[]) => Promise<unknown>,
  relabelFirst = false,
): Promise<MergeResult> {
  const counters = zeroCounters();
  const [row] = (await tx.run(cypher('identity/articles-mentioning'), { ids: actorIds })).records;
  const articleIds = row ? list(string)(toPlain(row.get('articleIds')), 'articles-mentioning.articleIds') : [];
  const count = async (name: string, params: Record<string, unknown>) => {
    const result = await tx.run(cypher(name), params);
    const u = result.summary.counters.updates();
    addCounters(counters, {
      nodesCreated: u.nodesCreated,
      nodesDeleted: u.nodesDeleted,
      relationshipsCreated: u.relationshipsCreated,
      relationshipsDeleted: u.relationshipsDeleted,
    });
    return result;
  };
  await count('import/remove-ties', { articleIds });
  await count('import/remove-buckets', { articleIds });
  // the claims' actor ids change with the move, so their tallies are taken out before and counted again after
  await count('import/remove-claim-tallies', { articleIds });
  if (relabelFirst) await relabel(articleIds);
  const [movedRow] = (await count('identity/move-relationships', move)).records;
  const moved = movedRow ? number(toPlain(movedRow.get('moved')), 'move-relationships.moved') : 0;
  if (!relabelFirst) await relabel(articleIds);
  const refreshed = await tx.run(cypher('identity/refresh-attestations'), { articleIds });
  const keys = decodeRows(refreshed.records, refreshedAttestation, 'refresh-attestations').map((a) => ({
    id: a.id,
    oldKey: a.oldKey,
    key: propositionKey(a.type, a.sourceId, a.targetId, a.modality).key,
  }));
  const changed = keys.filter((k) => k.key !== k.oldKey);
  await tx.run(cypher('identity/set-attestation-keys'), { keys: changed });
  await regroupPropositions(tx, [...new Set(changed.flatMap((k) => [k.oldKey, k.key]))], windowDays, counters);
  await count('identity/add-ties-of-articles', { articleIds });
  await count('identity/add-buckets-of-articles', { articleIds });
  await count('import/add-claim-tallies', { articleIds });
  return {
    from: move.tag ?? move.only ?? move.from,
    into: move.tag ? move.into : move.from,
    moved,
    articles: articleIds.length,
    counters,
  };
}

const refreshedAttestation = object<{
  id: string;
  oldKey: string;
  type: RelationType;
  sourceId: string;
  targetId: string;
  modality: Modality;
}>({
  id: string,
  oldKey: string,
  type: oneOf(...RELATION_TYPE_NAMES),
  sourceId: string,
  targetId: string,
  modality: oneOf(...MODALITIES),
});

const actorState = object<ActorState>({
  id: string,
  live: boolean,
  merged: boolean,
  kind: nullable(string),
  gazetteer: boolean,
  mergedInto: nullable(string),
  name: nullable(string),
  aliases: list(string),
});

async function states(tx: ManagedTransaction, ids: string[]): Promise<ActorState[]> {
  const { records } = await tx.run(cypher('identity/actors-state'), { ids });
  const found = decodeRows(records, actorState, 'actors-state');
  return ids.map(
    (id) =>
      found.find((s) => s.id === id) ?? {
        id,
        live: false,
        merged: false,
        kind: null,
        gazetteer: false,
        mergedInto: null,
        name: null,
        aliases: [],
      },
  );
}

async function inTransaction<T>(connection: Connection, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = connection.driver.session({ database: connection.database });
  try {
    return await session.executeWrite(work, { metadata: { app: 'entente', job: 'actors' } });
  } catch (error) {
    if (error instanceof ActorMergeError) throw error;
    throw translateNeo4jError(error, connection.target);
  } finally {
    await session.close();
  }
}
