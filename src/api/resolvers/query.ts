/** Root queries: each resolves ids with one Cypher query, then entities through the loaders. */
import type { ApiContext } from '../context.js';
import type { ClaimDTO, SearchHitParent, StatementDTO } from '../dto.js';
import { badInput } from '../errors.js';
import type {
  QueryActorArgs,
  QueryActorsArgs,
  QueryArticleArgs,
  QueryArticlesArgs,
  QueryClaimsArgs,
  QuerySearchArgs,
  QueryStatementsArgs,
} from '../generated/schema-types.js';
import { loadAll, type EntityLoader } from '../loaders.js';
import { connectionOf, pageOf, type Page } from '../pagination.js';
import { neighborsAsked } from './neighbors.js';
import { relationsAsked } from './relations-asked.js';
import { actorIdFor, optionalActor } from './refs.js';
import { path } from './path.js';
import { propositions } from './propositions.js';
import { relationTimeline } from './timeline.js';
import { fullTextQuery } from './search-text.js';
import * as q from '../rows/queries.js';
import type { IdPage, NamedQuery, SearchHitRow } from '../rows/queries.js';
import type { TypeResolvers } from './types.js';

async function page<T>(
  ctx: ApiContext,
  query: NamedQuery<IdPage>,
  params: Record<string, unknown>,
  p: Page,
  loader: EntityLoader<T>,
) {
  const [row] = await ctx.db.rows(query, { ...params, skip: p.skip, limit: p.limit });
  return connectionOf(row?.total ?? 0, await loadAll(loader, row?.ids ?? []), p);
}

/** The statement or claim a hit names, tagged with its schema type for SearchHit's __resolveType. */
async function searchHit(ctx: ApiContext, hit: SearchHitRow): Promise<SearchHitParent | null> {
  switch (hit.kind) {
    case 'Statement': {
      const statement = await ctx.loaders.statement.load(hit.id);
      return statement && { ...statement, __typename: 'Statement' };
    }
    case 'Claim': {
      const claim = await ctx.loaders.claim.load(hit.id);
      return claim && { ...claim, __typename: 'Claim' };
    }
  }
}

export const Query: TypeResolvers<'Query', unknown> = {
  actor: async (_p, args: QueryActorArgs, ctx, info) => {
    if (args.id == null && args.name == null) throw badInput('Give `id` or `name`, e.g. actor(name: "Tokayev").');
    // An actor asked for with its neighbourhood is read with it: one round trip instead of two.
    const neighborhood = args.id == null ? null : neighborsAsked(info);
    if (args.id != null && neighborhood !== null) {
      const found = await ctx.loaders.neighborhood(neighborhood).load(args.id);
      if (found) return found.actor;
    }
    // So is an actor asked for with its relations (relations-asked.ts): the page carries the actor, under the loader
    // key Actor.relations then asks for. No row means no actor has that id: the loader learns so, and the reference
    // is tried as a name below without asking for the id again. A failed page is the relations field's to report
    // (the loader forgets a failure, so the field asks again).
    const relations = args.id == null ? null : relationsAsked(info);
    if (args.id != null && relations !== null) {
      const found = await ctx.loaders
        .relationPage(relations)
        .load(args.id)
        .catch(() => undefined);
      if (found) return found.actor;
      if (found === null) ctx.loaders.actor.prime(args.id, null);
    }
    // id and name resolve alike, as every other actor argument does: an id first, then any name.
    const id = await actorIdFor(ctx, (args.id ?? args.name)!);
    return id === null ? null : ctx.loaders.actor.load(id);
  },
  actors: (_p, args: QueryActorsArgs, ctx) => {
    const p = pageOf(args.first, args.after);
    const kind = args.kind ?? null;
    return args.search
      ? page(ctx, q.actorsSearch, { query: fullTextQuery(args.search, 'search'), kind }, p, ctx.loaders.actor)
      : page(ctx, q.actorsList, { kind }, p, ctx.loaders.actor);
  },
  relationTimeline,
  propositions,
  path,
  statements: async (_p, args: QueryStatementsArgs, ctx) => {
    const params = {
      speaker: await optionalActor(ctx, args.speaker, 'speaker'),
      about: await optionalActor(ctx, args.about, 'about'),
      since: args.since ?? null,
      until: args.until ?? null,
    };
    const p = pageOf(args.first, args.after);
    return args.text
      ? page<StatementDTO>(
          ctx,
          q.statementsByText,
          { ...params, query: fullTextQuery(args.text, 'text') },
          p,
          ctx.loaders.statement,
        )
      : page<StatementDTO>(ctx, q.statementsList, params, p, ctx.loaders.statement);
  },
  claims: async (_p, args: QueryClaimsArgs, ctx) => {
    const params = {
      about: await optionalActor(ctx, args.about, 'about'),
      claimant: await optionalActor(ctx, args.claimant, 'claimant'),
      predicate: args.predicate ?? null,
      modality: args.modality ?? null,
    };
    return page<ClaimDTO>(ctx, q.claimsList, params, pageOf(args.first, args.after), ctx.loaders.claim);
  },
  articles: async (_p, args: QueryArticlesArgs, ctx) => {
    const params = {
      outlet: await optionalActor(ctx, args.outlet, 'outlet'),
      since: args.since ?? null,
      until: args.until ?? null,
    };
    return page(ctx, q.articlesList, params, pageOf(args.first, args.after), ctx.loaders.article);
  },
  article: (_p, args: QueryArticleArgs, ctx) => ctx.loaders.article.load(args.id),
  search: async (_p, args: QuerySearchArgs, ctx) => {
    const p = pageOf(args.first, args.after);
    const [row] = await ctx.db.rows(q.searchUtterances, {
      query: fullTextQuery(args.text, 'text'),
      skip: p.skip,
      limit: p.limit,
      countLimit: ctx.config.api.searchCountLimit,
    });
    const nodes = await Promise.all(
      (row?.hits ?? []).map(async (h) => ({ score: h.score, hit: await searchHit(ctx, h) })),
    );
    const connection = connectionOf(
      row?.total ?? 0,
      nodes.filter((n) => n.hit !== null),
      p,
    );
    // Past the count limit the total is a floor, so whether a next page exists comes from the page's look-ahead hit.
    return {
      ...connection,
      totalIsLowerBound: row?.totalIsLowerBound ?? false,
      pageInfo: { ...connection.pageInfo, hasNextPage: row?.hasMore ?? false },
    };
  },
};
