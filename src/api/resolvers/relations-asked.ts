/**
 * An actor's relations page, its arguments read the same way by Actor.relations and by Query.actor, which looks
 * ahead as it does for a neighbourhood (neighbors.ts): when an actor named by id is asked for with its relations,
 * the page starts beside the actor's look-up, under the loader key Actor.relations then asks for, so the two round
 * trips overlap instead of following each other.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import { RELATION_TYPE_NAMES } from '../../domain/vocabulary.js';
import type { ActorRelationsArgs, Direction, RelationType } from '../generated/schema-types.js';
import { limitOf } from '../pagination.js';
import { valueOf } from './neighbors.js';

export function relationParams(args: ActorRelationsArgs, counterpart: string | null): Record<string, unknown> {
  return {
    types: args.types?.length ? args.types : RELATION_TYPE_NAMES,
    direction: args.direction ?? 'BOTH',
    counterpart,
    since: args.since ?? null,
    until: args.until ?? null,
    first: limitOf(args.first, 50),
  };
}

const DIRECTIONS: readonly string[] = ['OUTGOING', 'INCOMING', 'BOTH'] satisfies Direction[];
const isRelationType = (t: unknown): t is RelationType =>
  typeof t === 'string' && (RELATION_TYPE_NAMES as readonly string[]).includes(t);

/**
 * The page's parameters when this actor field's selection asks for exactly one relations list, with neither a
 * counterpart (its own look-up comes first) nor dates (checked by their scalar), else null: the field resolver then
 * loads the page itself, after the actor, as it always could.
 */
export function relationsAsked(info: GraphQLResolveInfo): Record<string, unknown> | null {
  if (info.fieldNodes.length !== 1) return null;
  const asked = (info.fieldNodes[0]!.selectionSet?.selections ?? []).filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'relations',
  );
  const [node] = asked;
  if (asked.length !== 1 || node === undefined) return null;
  const values = new Map((node.arguments ?? []).map((a) => [a.name.value, valueOf(a.value, info.variableValues)]));
  if (['counterpart', 'since', 'until'].some((k) => values.get(k) != null)) return null;
  const types = values.get('types') ?? null;
  const direction = values.get('direction') ?? null;
  const first = values.get('first') ?? null;
  if (types !== null && !(Array.isArray(types) && types.every(isRelationType))) return null;
  if (direction !== null && !(typeof direction === 'string' && DIRECTIONS.includes(direction))) return null;
  if (first !== null && typeof first !== 'number') return null;
  try {
    return relationParams({ types, direction: direction as Direction | null, first }, null);
  } catch {
    return null;
  }
}
