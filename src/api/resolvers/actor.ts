/** Actor fields: each list is one Cypher round trip for all the actors of the response. */
import type { ActorDTO } from '../dto.js';
import type {
  ActorClaimsAboutArgs,
  ActorClaimsMadeArgs,
  ActorMentionedInArgs,
  ActorNeighborsArgs,
  ActorRelationsArgs,
  ActorRolesArgs,
  ActorStatementsArgs,
} from '../generated/schema-types.js';
import { loadAll } from '../loaders.js';
import { limitOf } from '../pagination.js';
import type { ApiContext } from '../context.js';
import * as q from '../rows/queries.js';
import { neighborParams } from './neighbors.js';
import { relationParams } from './relations-asked.js';
import { optionalActor } from './refs.js';
import type { TypeResolvers } from './types.js';

const ids = (ctx: ApiContext, query: q.PerParentQuery<string>, params: Record<string, unknown>, id: string) =>
  ctx.loaders.perParent(query, params).load(id);

/** Wikidata's canonical entity URI, the form linked-data tools compare. */
const wikidataUri = (id: string): string => `http://www.wikidata.org/entity/${id}`;

export const Actor: TypeResolvers<'Actor', ActorDTO> = {
  sameAs: (a) => (a.wikidataId ? [wikidataUri(a.wikidataId)] : []),
  relations: async (a, args: ActorRelationsArgs, ctx) => {
    const params = relationParams(args, await optionalActor(ctx, args.counterpart, 'counterpart'));
    const page = await ctx.loaders.relationPage(params).load(a.id);
    return (page?.items ?? []).map((r) => ({ ...r, perspectiveId: a.id }));
  },
  statements: async (a, args: ActorStatementsArgs, ctx) =>
    loadAll(ctx.loaders.statement, await ids(ctx, q.statementsBySpeakers, { first: limitOf(args.first) }, a.id)),
  claimsMade: async (a, args: ActorClaimsMadeArgs, ctx) =>
    loadAll(ctx.loaders.claim, await ids(ctx, q.claimsByClaimants, { first: limitOf(args.first) }, a.id)),
  claimsAbout: async (a, args: ActorClaimsAboutArgs, ctx) =>
    loadAll(ctx.loaders.claim, await ids(ctx, q.claimsAboutActors, { first: limitOf(args.first) }, a.id)),
  mentionedIn: async (a, args: ActorMentionedInArgs, ctx) =>
    loadAll(ctx.loaders.article, await ids(ctx, q.articlesMentioningActors, { first: limitOf(args.first) }, a.id)),
  roles: (a, args: ActorRolesArgs, ctx) => ctx.loaders.perParent(q.rolesOfActors, { at: args.at ?? null }).load(a.id),
  neighbors: async (a, args: ActorNeighborsArgs, ctx) =>
    (await ctx.loaders.neighborhood(neighborParams(args)).load(a.id))?.items ?? [],
};
