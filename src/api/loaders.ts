/**
 * Per-request DataLoaders: every nested field of a list is fetched for the
 * whole list in one Cypher round trip. By-id loaders batch entity look-ups;
 * list loaders batch a field (with its arguments) over all parent ids.
 */
import DataLoader from 'dataloader';
import type { ActorDTO } from './dto.js';
import type { QueryRunner } from './query-runner.js';
import * as q from './rows/queries.js';
import type { EntityQuery, NamedQuery, Keyed, Neighborhood, PerParentQuery, RelationPage } from './rows/queries.js';

/** A per-request loader of entities by id (null for an id that is not in the graph). */
export type EntityLoader<T> = DataLoader<string, T | null>;

export class Loaders {
  /**
   * Actors already read in this request, by id. A field that shows one returns it as it is instead of a promise:
   * graphql-js completes an object whose fields are all plain values at once, while each promise costs it a
   * continuation and the object a wait for all its fields (a page of relations shows two actors per item).
   */
  private readonly actorsRead = new Map<string, ActorDTO>();
  readonly actor: EntityLoader<ActorDTO> = new DataLoader<string, ActorDTO | null>(async (ids) => {
    const found = await this.keyed(q.actorsByIds, { ids }, ids, null);
    for (const a of found) if (a) this.actorsRead.set(a.id, a);
    return found;
  });
  readonly statement = this.byIds(q.statementsByIds);
  readonly claim = this.byIds(q.claimsByIds);
  readonly article = this.byIds(q.articlesByIds);
  readonly event = this.byIds(q.eventsByIds);
  readonly proposition = this.byIds(q.propositionsByIds);
  readonly relation = this.byIds(q.relationsByIds);
  /** key: a relation edge's or a claim's id (they share it with their attestation); value: its proposition's id */
  readonly propositionIdOf = this.byIds(q.propositionsOfAttestations);
  readonly articleParts = this.byIds(q.articleParts);
  /** key: `${articleId}#${sentenceIndex}` */
  readonly sentence = new DataLoader<string, string | null>(async (keys) => {
    const refs = keys.map((key) => {
      const at = key.lastIndexOf('#');
      return { key, articleId: key.slice(0, at), index: Number(key.slice(at + 1)) };
    });
    return this.keyed(q.sentencesByRefs, { refs }, keys, null);
  });

  private readonly lists = new Map<string, DataLoader<string, unknown[]>>();
  private readonly neighborhoods = new Map<string, DataLoader<string, Neighborhood | null>>();
  private readonly relationPages = new Map<string, DataLoader<string, RelationPage | null>>();

  constructor(private readonly db: QueryRunner) {}

  /** The list a query returns for each parent id, batched per distinct arguments; empty for a parent it has no row for. */
  perParent<T>(query: PerParentQuery<T>, params: Record<string, unknown>): DataLoader<string, T[]> {
    const cacheKey = `${query.name} ${JSON.stringify(params)}`;
    // The cache key starts with the query's name, and a name has one row type.
    let loader = this.lists.get(cacheKey) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T[]>(async (ids) => this.keyed(query, { ...params, ids }, ids, []));
      this.lists.set(cacheKey, loader);
    }
    return loader;
  }

  /**
   * Neighbourhood pages by actor id, batched per distinct arguments (null for an id that is no actor). Each answer
   * carries its actor, which primes the actor loader: actor(id:) { neighbors } asks once for both.
   */
  neighborhood(params: Record<string, unknown>): DataLoader<string, Neighborhood | null> {
    const cacheKey = JSON.stringify(params);
    let loader = this.neighborhoods.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<string, Neighborhood | null>(async (ids) => {
        const found = await this.keyed(q.neighborsOfActors, { ...params, ids }, ids, null);
        for (const n of found) if (n) this.primeActors([n.actor]);
        return found;
      });
      this.neighborhoods.set(cacheKey, loader);
    }
    return loader;
  }

  /**
   * Relations pages by actor id, batched per distinct arguments (null for an id that is no actor). Each page carries
   * its actor and the actors its relations name, which prime the actor loader: a response showing counterparts and
   * reporters asks no second query for them, and actor(id:) { relations } is one round trip.
   */
  relationPage(params: Record<string, unknown>): DataLoader<string, RelationPage | null> {
    const cacheKey = JSON.stringify(params);
    let loader = this.relationPages.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<string, RelationPage | null>(async (ids) => {
        const found = await this.keyed(q.relationsOfActors, { ...params, ids }, ids, null);
        for (const page of found) if (page) this.primeActors([page.actor, ...page.actors]);
        return found;
      });
      this.relationPages.set(cacheKey, loader);
    }
    return loader;
  }

  /** An actor this request has read already, as it is; else its batched look-up. */
  actorOf(id: string): ActorDTO | Promise<ActorDTO | null> {
    return this.actorsRead.get(id) ?? this.actor.load(id);
  }

  /** Actors read with another answer (a relations page, a path, a neighbourhood): later look-ups need no query. */
  primeActors(actors: Iterable<ActorDTO>): void {
    for (const a of actors) {
      this.actor.prime(a.id, a);
      this.actorsRead.set(a.id, a);
    }
  }

  private byIds<T>(query: EntityQuery<T>): EntityLoader<T> {
    return new DataLoader<string, T | null>(async (ids) => this.keyed(query, { ids }, ids, null));
  }

  /** Runs a batched query and lines its rows up with the keys asked for. */
  private async keyed<T, D>(
    query: NamedQuery<Keyed<T>>,
    params: Record<string, unknown>,
    keys: readonly string[],
    missing: D,
  ): Promise<(T | D)[]> {
    const rows = await this.db.rows(query, params);
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => (byKey.has(k) ? byKey.get(k)! : missing));
  }
}

/** Loads entities by id, dropping any that vanished between two queries of one request; a failed batch still fails. */
export async function loadAll<T>(loader: EntityLoader<T>, ids: readonly string[]): Promise<T[]> {
  const items = await loader.loadMany(ids);
  const failure = items.find((x): x is Error => x instanceof Error);
  if (failure) throw failure;
  return items.filter((x): x is T => x !== null);
}
