/**
 * Per-request DataLoaders: every nested field of a list is fetched for the
 * whole list in one Cypher round trip. By-id loaders batch entity look-ups;
 * list loaders batch a field (with its arguments) over all parent ids.
 */
import DataLoader from 'dataloader';
import type {
  ActorDTO,
  ArticleDTO,
  ArticlePartsDTO,
  ClaimDTO,
  EventDTO,
  PropositionDTO,
  RelationDTO,
  StatementDTO,
} from './dto.js';
import { propositionOf } from './proposition-rows.js';
import { stringColumn, type QueryRunner, type Row } from './query-runner.js';

/** A per-request loader of entities by id (null for an id that is not in the graph). */
export type EntityLoader<T> = DataLoader<string, T | null>;

export class Loaders {
  readonly actor = this.byIds<ActorDTO>('queries/actors-by-ids');
  readonly statement = this.byIds<StatementDTO>('queries/statements-by-ids');
  readonly claim = this.byIds<ClaimDTO>('queries/claims-by-ids');
  readonly article = this.byIds<ArticleDTO>('queries/articles-by-ids');
  readonly event = this.byIds<EventDTO>('queries/events-by-ids');
  readonly proposition = this.byIds<PropositionDTO>('queries/propositions-by-ids', (row) =>
    propositionOf(row.item ?? null),
  );
  readonly relation = this.byIds<RelationDTO>('queries/relations-by-ids');
  /** key: a relation edge's or a claim's id (they share it with their attestation); value: its proposition's id */
  readonly propositionIdOf = this.byIds<string>('queries/propositions-of-attestations', (row) =>
    stringColumn(row, 'id'),
  );
  readonly articleParts = this.byIds<ArticlePartsDTO>(
    'queries/article-parts',
    (row) => row as unknown as ArticlePartsDTO,
  );
  /** key: `${articleId}#${sentenceIndex}` */
  readonly sentence = new DataLoader<string, string | null>(async (keys) => {
    const refs = keys.map((key) => {
      const at = key.lastIndexOf('#');
      return { key, articleId: key.slice(0, at), index: Number(key.slice(at + 1)) };
    });
    const rows = await this.db.rows('queries/sentences-by-refs', { refs });
    const byKey = new Map(rows.map((r) => [stringColumn(r, 'key'), (r.sentence as string | null) ?? null]));
    return keys.map((k) => byKey.get(k) ?? null);
  });

  private readonly lists = new Map<string, DataLoader<string, Row>>();

  constructor(private readonly db: QueryRunner) {}

  /** The row a list query returns for each parent id (its `items` or `ids` columns), batched per distinct arguments. */
  perParent(query: string, params: Record<string, unknown>): DataLoader<string, Row> {
    const cacheKey = `${query} ${JSON.stringify(params)}`;
    let loader = this.lists.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<string, Row>(async (ids) => {
        const rows = await this.db.rows(query, { ...params, ids });
        const byKey = new Map(rows.map((r) => [stringColumn(r, 'key'), r]));
        return ids.map((id) => byKey.get(id) ?? {});
      });
      this.lists.set(cacheKey, loader);
    }
    return loader;
  }

  private byIds<T>(query: string, pick: (row: Row) => T = (row) => row.item as unknown as T): EntityLoader<T> {
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await this.db.rows(query, { ids });
      const byKey = new Map(rows.map((r) => [stringColumn(r, 'key'), pick(r)]));
      return ids.map((id) => byKey.get(id) ?? null);
    });
  }
}

/** Loads entities by id, dropping any that vanished between two queries of one request; a failed batch still fails. */
export async function loadAll<T>(loader: EntityLoader<T>, ids: readonly string[]): Promise<T[]> {
  const items = await loader.loadMany(ids);
  const failure = items.find((x): x is Error => x instanceof Error);
  if (failure) throw failure;
  return items.filter((x): x is T => x !== null);
}
