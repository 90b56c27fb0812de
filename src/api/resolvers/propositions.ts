/** Propositions: the root query, their fields, and the proposition behind a relation or claim. */
import type { ApiContext } from '../context.js';
import type { AttestationDTO, PropositionDTO } from '../dto.js';
import { badInput } from '../errors.js';
import type { QueryPropositionsArgs } from '../generated/schema-types.js';
import { loadAll } from '../loaders.js';
import { connectionOf, pageOf } from '../pagination.js';
import * as q from '../rows/queries.js';
import { optionalActor, requireActor } from './refs.js';
import type { TypeResolvers } from './types.js';

export async function propositionAttestedBy(ctx: ApiContext, edgeId: string): Promise<PropositionDTO | null> {
  const id = await ctx.loaders.propositionIdOf.load(edgeId);
  return id === null ? null : ctx.loaders.proposition.load(id);
}

export async function propositions(_: unknown, args: QueryPropositionsArgs, ctx: ApiContext) {
  const p = pageOf(args.first, args.after);
  const minSources = args.minIndependentSources ?? 1;
  if (!Number.isInteger(minSources) || minSources < 0 || minSources > 1000)
    throw badInput(
      `\`minIndependentSources\` must be between 0 and 1000 (got ${minSources}).`,
      'minIndependentSources',
    );
  let dyad: string | null = null;
  if (args.between != null) {
    if (args.between.length !== 2)
      throw badInput(
        `\`between\` takes exactly two actors (got ${args.between.length}), e.g. between: ["kazakhstan", "russia"].`,
        'between',
      );
    const [a, b] = await Promise.all(args.between.map((ref) => requireActor(ctx, ref, 'between')));
    if (a === b) throw badInput('`between` names the same actor twice; give two different actors.', 'between');
    dyad = a! < b! ? `${a}|${b}` : `${b}|${a}`;
  }
  const about = await optionalActor(ctx, args.about, 'about');
  const contested = args.contested ?? null;
  // With no actor named, contested or not is the whole filter, and an index holds that list in page order.
  const ranked = about === null && dyad === null && contested !== null;
  const page = { minSources, skip: p.skip, limit: p.limit, countLimit: ctx.config.api.propositionCountLimit };
  const [row] = ranked
    ? await ctx.db.rows(q.propositionsRanked, { contested, ...page })
    : await ctx.db.rows(q.propositionsList, { about, dyad, contested, ...page });
  const connection = connectionOf(row?.total ?? 0, await loadAll(ctx.loaders.proposition, row?.ids ?? []), p);
  // Past the count limit the total is a floor, so whether a next page exists comes from the page's look-ahead id.
  return {
    ...connection,
    totalIsLowerBound: row?.totalIsLowerBound ?? false,
    pageInfo: { ...connection.pageInfo, hasNextPage: row?.hasMore ?? false },
  };
}

const actor = (ctx: ApiContext, id: string) => ctx.loaders.actor.load(id);

export const Proposition: TypeResolvers<'Proposition', PropositionDTO> = {
  subject: (p, _a, ctx) => actor(ctx, p.subjectId),
  object: (p, _a, ctx) => actor(ctx, p.objectId),
  sources: (p, _a, ctx) => loadAll(ctx.loaders.actor, p.sources),
  outlets: (p, _a, ctx) => loadAll(ctx.loaders.actor, p.outlets),
  attestations: (p, _a, ctx) => ctx.loaders.perParent(q.attestationsOfPropositions, {}).load(p.id),
  contradictions: async (p, _a, ctx) => {
    const found = await ctx.loaders.perParent(q.contradictionsOfPropositions, {}).load(p.id);
    const others = await loadAll(
      ctx.loaders.proposition,
      found.map((c) => c.propositionId),
    );
    const byId = new Map(others.map((o) => [o.id, o]));
    return found.flatMap((c) => {
      const other = byId.get(c.propositionId);
      return other ? [{ ...c, proposition: other }] : [];
    });
  },
};

export const Attestation: TypeResolvers<'Attestation', AttestationDTO> = {
  relation: (a, _x, ctx) => ctx.loaders.relation.load(a.id),
  claim: (a, _x, ctx) => (a.claimId ? ctx.loaders.claim.load(a.claimId) : null),
  article: (a, _x, ctx) => ctx.loaders.article.load(a.articleId),
  assertedBy: (a, _x, ctx) => actor(ctx, a.assertedById),
  outlet: (a, _x, ctx) => actor(ctx, a.outletId),
  sentence: (a, _x, ctx) =>
    a.sentenceIndex >= 0 ? ctx.loaders.sentence.load(`${a.articleId}#${a.sentenceIndex}`) : null,
};
