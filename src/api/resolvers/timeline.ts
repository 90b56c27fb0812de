/** relationTimeline: the assertions about a pair, in time order, a page at a time, with a running score and a trend. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { MODALITY_WEIGHT, RELATION_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { ApiContext } from '../context.js';
import type { RelationDTO } from '../dto.js';
import { badInput } from '../errors.js';
import type { QueryRelationTimelineArgs, TimelineWeighting, Trend } from '../generated/schema-types.js';
import { connectionOf, MAX_PAGE_SIZE, pageOf } from '../pagination.js';
import { relationTimelineRecent, relationTimeline as timelineQuery, type TimelineRow } from '../rows/queries.js';
import { propositionAttestedBy } from './propositions.js';
import { resolvePairWhileRunning } from './refs.js';

export async function relationTimeline(
  _: unknown,
  args: QueryRelationTimelineArgs,
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const page = pageOf(args.first, args.after, MAX_PAGE_SIZE);
  const weighting = args.weighting ?? 'MODALITY';
  const types = args.types?.length ? args.types : RELATION_TYPE_NAMES;
  const load = async (a: string, b: string, skip: number, limit: number): Promise<TimelineRow | undefined> =>
    (await ctx.db.rows(timelineQuery, { a, b, types, skip, limit }))[0];
  // The trend's sum reads the dyad's month buckets and one month's edges: beside the page, only when the trend is selected.
  const withTrend = trendSelected(info);
  const firstPage = (a: string, b: string) =>
    Promise.all([
      load(a, b, page.skip, page.limit),
      withTrend
        ? ctx.db.rows(relationTimelineRecent, { a, b, types }).then((rows) => rows[0]?.recent ?? 0)
        : Promise.resolve(0),
    ]);
  // The two look-ups go out together (the actor loader batches them into one query), and the page and the trend
  // beside them (refs.ts).
  const { a, b, run } = await resolvePairWhileRunning(ctx, [args.a, 'a'], [args.b, 'b'], firstPage);
  if (a === b) throw badInput('`a` and `b` are the same actor; a timeline needs two.', 'b');
  const relationsOf = (row: TimelineRow | undefined) => (row?.items ?? []).map((r) => ({ ...r, perspectiveId: a }));
  // By modality, the whole timeline's score, trend and the running score before the page are numbers Cypher
  // sums; only the page becomes relations. Corroboration weights need every entry's proposition, so that
  // weighting reads the whole timeline and pages it here.
  const [first, recentSum] = await run();
  let row = first;
  const total = row?.total ?? 0;
  let relations = relationsOf(row);
  let weights = await weightsOf(ctx, relations, weighting);
  let running = row?.before ?? 0;
  let score = row?.score ?? 0;
  if (weighting === 'CORROBORATION') {
    if (total > relations.length) row = await load(a, b, 0, total);
    const all = relationsOf(row);
    const allWeights = await weightsOf(ctx, all, weighting);
    const scores = all.map((r, i) => r.polarity * allWeights[i]!);
    running = scores.slice(0, page.skip).reduce((s, x) => s + x, 0);
    score = scores.reduce((s, x) => s + x, 0);
    relations = all.slice(page.skip, page.skip + page.limit);
    weights = allWeights.slice(page.skip, page.skip + page.limit);
  }
  const entries = relations.map((relation, i) => {
    running += relation.polarity * weights[i]!;
    return { relation, weight: round(weights[i]!), runningScore: round(running) };
  });
  const { totalCount, pageInfo } = connectionOf(total, entries, page);
  return {
    a: ctx.loaders.actor.load(a),
    b: ctx.loaders.actor.load(b),
    entries,
    totalCount,
    pageInfo,
    score: round(score),
    trend: trendOfSum(recentSum),
  };
}

/**
 * MODALITY: asserted 1, hedged 0.5, denied 0. CORROBORATION: that, times the
 * independent sources of the entry's proposition shared among its reports, so
 * that ten reprints by one state's outlets weigh what one report does, and
 * two independent outlets twice that.
 */
async function weightsOf(
  ctx: ApiContext,
  relations: readonly RelationDTO[],
  weighting: TimelineWeighting,
): Promise<number[]> {
  const modality = relations.map((r) => MODALITY_WEIGHT[r.modality]);
  switch (weighting) {
    case 'MODALITY':
      return modality;
    case 'CORROBORATION': {
      const props = await Promise.all(relations.map((r) => propositionAttestedBy(ctx, r.id)));
      return props.map((p, i) => modality[i]! * (p ? p.independentSources / Math.max(1, p.attestationCount) : 1));
    }
  }
}

/** The trend from the modality-weighted polarity summed over the latest half of the entries (relation-timeline-recent.cypher sums it). */
export function trendOfSum(sum: number): Trend {
  if (sum > 0.2) return 'IMPROVING';
  if (sum < -0.2) return 'WORSENING';
  return 'STABLE';
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Whether the request selects `trend`: its sum is a query of its own (relation-timeline-recent.cypher, over the
 * pair's month buckets), so it is asked for only when the trend is to be answered.
 */
function trendSelected(info: GraphQLResolveInfo): boolean {
  const has = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) =>
      s.kind === Kind.FIELD
        ? s.name.value === 'trend'
        : has(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet),
    );
  return info.fieldNodes.some((node) => has(node.selectionSet));
}
