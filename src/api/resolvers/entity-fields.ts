/** Fields of the entity types: every reference goes through a batching loader. */
import { RELATION_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { ArticleDTO, ClaimDTO, EventDTO, NeighborDTO, RelationDTO, RoleDTO, StatementDTO } from '../dto.js';
import { loadAll } from '../loaders.js';
import type { ApiContext } from '../context.js';
import * as q from '../rows/queries.js';
import { propositionAttestedBy } from './propositions.js';
import type { TypeResolvers } from './types.js';

const actor = (ctx: ApiContext, id: string | null) => (id === null ? null : ctx.loaders.actorOf(id));
const sentence = (ctx: ApiContext, articleId: string, index: number) =>
  index >= 0 ? ctx.loaders.sentence.load(`${articleId}#${index}`) : null;

export const Relation: TypeResolvers<'Relation', RelationDTO> = {
  source: (r, _a, ctx) => actor(ctx, r.sourceId),
  target: (r, _a, ctx) => actor(ctx, r.targetId),
  counterpart: (r, _a, ctx) => actor(ctx, r.perspectiveId === r.targetId ? r.sourceId : r.targetId),
  assertedBy: (r, _a, ctx) => actor(ctx, r.assertedById),
  claim: (r, _a, ctx) => (r.claimId ? ctx.loaders.claim.load(r.claimId) : null),
  statement: (r, _a, ctx) => (r.statementId ? ctx.loaders.statement.load(r.statementId) : null),
  article: (r, _a, ctx) => ctx.loaders.article.load(r.articleId),
  sentence: (r, _a, ctx) => sentence(ctx, r.articleId, r.sentenceIndex),
  proposition: (r, _a, ctx) => propositionAttestedBy(ctx, r.id),
};

export const Statement: TypeResolvers<'Statement', StatementDTO> = {
  speaker: (s, _a, ctx) => actor(ctx, s.speakerId),
  occasion: (s, _a, ctx) => (s.occasionId ? ctx.loaders.event.load(s.occasionId) : null),
  medium: (s, _a, ctx) => actor(ctx, s.mediumId),
  about: (s, _a, ctx) => loadAll(ctx.loaders.actor, s.aboutIds),
  article: (s, _a, ctx) => ctx.loaders.article.load(s.articleId),
  sentence: (s, _a, ctx) => sentence(ctx, s.articleId, s.sentenceIndex),
};

export const Claim: TypeResolvers<'Claim', ClaimDTO> = {
  subject: (c, _a, ctx) => actor(ctx, c.subjectId),
  object: (c, _a, ctx) => actor(ctx, c.objectId),
  claimant: (c, _a, ctx) => actor(ctx, c.claimantId),
  statement: (c, _a, ctx) => (c.statementId ? ctx.loaders.statement.load(c.statementId) : null),
  attribution: (c, _a, ctx) =>
    loadAll(ctx.loaders.actor, [
      ...new Set([c.outletId, ...c.viaIds, c.claimantId].filter((x): x is string => x !== null)),
    ]),
  article: (c, _a, ctx) => ctx.loaders.article.load(c.articleId),
  sentence: (c, _a, ctx) => sentence(ctx, c.articleId, c.sentenceIndex),
  proposition: (c, _a, ctx) => propositionAttestedBy(ctx, c.id),
};

export const Article: TypeResolvers<'Article', ArticleDTO> = {
  outlet: (a, _x, ctx) => actor(ctx, a.outletId),
  author: (a, _x, ctx) => actor(ctx, a.authorId),
  actors: async (a, _x, ctx) => loadAll(ctx.loaders.actor, (await ctx.loaders.articleParts.load(a.id))?.actorIds ?? []),
  statements: async (a, _x, ctx) =>
    loadAll(ctx.loaders.statement, (await ctx.loaders.articleParts.load(a.id))?.statementIds ?? []),
  claims: async (a, _x, ctx) => loadAll(ctx.loaders.claim, (await ctx.loaders.articleParts.load(a.id))?.claimIds ?? []),
  cites: async (a, _x, ctx) =>
    loadAll(ctx.loaders.article, (await ctx.loaders.articleParts.load(a.id))?.citedIds ?? []),
  relations: (a, _x, ctx) => ctx.loaders.perParent(q.articleRelations, { types: RELATION_TYPE_NAMES }).load(a.id),
};

export const Event: TypeResolvers<'Event', EventDTO> = {
  place: (e, _a, ctx) => actor(ctx, e.placeId),
  participants: (e, _a, ctx) => loadAll(ctx.loaders.actor, e.participantIds),
};

export const Role: TypeResolvers<'Role', RoleDTO> = {
  of: (r, _a, ctx) => actor(ctx, r.ofId),
};

export const Neighbor: TypeResolvers<'Neighbor', NeighborDTO> = {
  actor: (n, _a, ctx) => {
    // Read with the neighbourhood: later look-ups of these actors in the request are answered from the loader's cache.
    ctx.loaders.primeActors([n.actor]);
    return n.actor;
  },
};
