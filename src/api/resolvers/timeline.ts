/** relationTimeline: every assertion about a pair, in time order, with a running score and a trend. */
import { MODALITY_WEIGHT as WEIGHT_OF_MODALITY, RELATION_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { ApiContext } from '../context.js';
import type { RelationDTO } from '../dto.js';
import { badInput } from '../errors.js';
import type { QueryRelationTimelineArgs, TimelineWeighting, Trend } from '../generated/schema-types.js';
import { propositionAttestedBy } from './propositions.js';
import { requireActor } from './refs.js';

/** A hedged "may have" counts half; a denial is no evidence either way. */
export const MODALITY_WEIGHT: Record<string, number> = WEIGHT_OF_MODALITY;

export async function relationTimeline(_: unknown, args: QueryRelationTimelineArgs, ctx: ApiContext) {
  // Both look-ups go out together: the actor loader batches them into one query.
  const [a, b] = await Promise.all([requireActor(ctx, args.a, 'a'), requireActor(ctx, args.b, 'b')]);
  if (a === b) throw badInput('`a` and `b` are the same actor; a timeline needs two.', 'b');
  const rows = await ctx.db.rows('queries/relation-timeline', { a, b, types: args.types?.length ? args.types : RELATION_TYPE_NAMES });
  const relations = rows.map((r) => ({ ...(r.item as unknown as RelationDTO), perspectiveId: a }));
  const weights = await weightsOf(ctx, relations, args.weighting ?? 'MODALITY');
  let running = 0;
  const entries = relations.map((relation, i) => {
    running += relation.polarity * weights[i]!;
    return { relation, weight: round(weights[i]!), runningScore: round(running) };
  });
  return { a: ctx.loaders.actor.load(a), b: ctx.loaders.actor.load(b), entries, score: round(running), trend: trendOf(relations) };
}

/**
 * MODALITY: asserted 1, hedged 0.5, denied 0. CORROBORATION: that, times the
 * independent sources of the entry's proposition shared among its reports, so
 * that ten reprints by one state's outlets weigh what one report does, and
 * two independent outlets twice that.
 */
async function weightsOf(ctx: ApiContext, relations: readonly RelationDTO[], weighting: TimelineWeighting): Promise<number[]> {
  const modality = relations.map((r) => MODALITY_WEIGHT[r.modality] ?? 0);
  switch (weighting) {
    case 'MODALITY':
      return modality;
    case 'CORROBORATION': {
      const props = await Promise.all(relations.map((r) => propositionAttestedBy(ctx, r.id)));
      return props.map((p, i) => modality[i]! * (p ? p.independentSources / Math.max(1, p.attestationCount) : 1));
    }
  }
}

/** The sign of the weighted polarity of the latest half of the entries (at least one). */
export function trendOf(relations: readonly Pick<RelationDTO, 'polarity' | 'modality'>[]): Trend {
  const recent = relations.slice(Math.floor(relations.length / 2));
  const sum = recent.reduce((s, r) => s + r.polarity * (MODALITY_WEIGHT[r.modality] ?? 0), 0);
  return sum > 0.2 ? 'IMPROVING' : sum < -0.2 ? 'WORSENING' : 'STABLE';
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
