/**
 * A neighbourhood's arguments, read the same way by Actor.neighbors and by
 * Query.actor, which looks ahead: when the actor's selection asks for its
 * neighbourhood, one query answers both (the same loader key, so the field
 * resolver finds the page already loaded).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type ValueNode } from 'graphql';
import { RELATION_TYPE_NAMES } from '../../domain/vocabulary.js';
import { badInput } from '../errors.js';
import { limitOf } from '../pagination.js';

interface NeighborArgs {
  depth: number | null;
  types?: readonly string[] | null;
  first: number | null;
}

export function neighborParams(args: NeighborArgs): Record<string, unknown> {
  const depth = args.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 3)
    throw badInput(
      `\`depth\` must be 1, 2 or 3 (got ${depth}); deeper neighbourhoods grow too fast to be useful.`,
      'depth',
    );
  return {
    types: args.types?.length ? args.types : RELATION_TYPE_NAMES,
    depth,
    first: limitOf(args.first, 50),
  };
}

/** An argument's value as written in the query or bound to a variable; undefined when neither says. */
export function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.ENUM:
    case Kind.STRING:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => valueOf(v, variables));
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}

/**
 * The neighbourhood parameters when this actor field's selection asks for exactly one neighbourhood with valid
 * arguments, else null (the field resolver then reports the bad argument, or loads each one itself). Read off the
 * query's syntax: graphql's own argument coercion checks types by instanceof, which fails when the server and the
 * schema load graphql from different module formats.
 */
export function neighborsAsked(info: GraphQLResolveInfo): Record<string, unknown> | null {
  if (info.fieldNodes.length !== 1) return null;
  const asked = (info.fieldNodes[0]!.selectionSet?.selections ?? []).filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'neighbors',
  );
  const [node] = asked;
  if (asked.length !== 1 || node === undefined) return null;
  const values = new Map((node.arguments ?? []).map((a) => [a.name.value, valueOf(a.value, info.variableValues)]));
  const number = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const types = values.get('types');
  try {
    return neighborParams({
      depth: number(values.get('depth')),
      first: number(values.get('first')),
      types: Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : null,
    });
  } catch {
    return null;
  }
}
