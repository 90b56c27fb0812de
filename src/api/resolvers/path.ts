/**
 * path: shortest paths between two actors. Relation edges are hops of their
 * own; a statement (SAID then ABOUT) or an event (two PARTICIPATED_IN) between
 * two actors becomes one hop that names it.
 */
import { RELATION_TYPE_NAMES, tieTypeOf } from '../../domain/vocabulary.js';
import type { ApiContext } from '../context.js';
import type { RelationDTO, RoleDTO } from '../dto.js';
import { badInput } from '../errors.js';
import type { PathVia, QueryPathArgs } from '../generated/schema-types.js';
import type { Row } from '../query-runner.js';
import { requireActor } from './refs.js';

export const MAX_HOPS = 6;
const MAX_PATHS = 50;

const VIA_TYPES: Record<PathVia, string[]> = {
  ROLES: ['HOLDS_ROLE'],
  STATEMENTS: ['SAID', 'ABOUT'],
  EVENTS: ['PARTICIPATED_IN'],
};

export async function path(_: unknown, args: QueryPathArgs, ctx: ApiContext) {
  const maxHops = args.maxHops ?? 4;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    throw badInput(`\`maxHops\` must be between 1 and ${MAX_HOPS} (got ${maxHops}).`, 'maxHops');
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS)
    throw badInput(`\`first\` must be between 1 and ${MAX_PATHS} (got ${first}).`, 'first');
  const [from, to] = await Promise.all([requireActor(ctx, args.from, 'from'), requireActor(ctx, args.to, 'to')]);
  if (from === to) throw badInput('`from` and `to` are the same actor.', 'to');
  // Relation hops run over the projection's ties; the query shows each as its newest evidence edge.
  const allowed = [
    ...(args.types?.length ? args.types : RELATION_TYPE_NAMES).map(tieTypeOf),
    ...(args.via ?? ['ROLES']).flatMap((v) => VIA_TYPES[v]),
  ];
  const rows = await ctx.db.rows('queries/shortest-paths', { from, to, allowed, maxHops, first, at: args.at ?? null });
  return rows.map((row) => toPath(row, ctx));
}

interface PathNode {
  id: string;
  label: 'Actor' | 'Statement' | 'Event';
}
type PathRel = RelationDTO & { title?: string; since?: string | null; until?: string | null };

function toPath(row: Row, ctx: ApiContext) {
  const nodes = row.nodes as unknown as PathNode[];
  const rels = row.rels as unknown as PathRel[];
  const hops: Record<string, unknown>[] = [];
  let from = nodes[0]!;
  for (let i = 0; i < rels.length; i++) {
    const next = nodes[i + 1]!;
    const rel = rels[i]!;
    if (next.label !== 'Actor') {
      // A statement or an event in the middle: fold the two relationships into one hop.
      const after = nodes[i + 2]!;
      hops.push({
        from: ctx.loaders.actor.load(from.id),
        to: ctx.loaders.actor.load(after.id),
        kind: next.label === 'Statement' ? 'STATEMENT' : 'EVENT',
        statement: next.label === 'Statement' ? ctx.loaders.statement.load(next.id) : null,
        event: next.label === 'Event' ? ctx.loaders.event.load(next.id) : null,
        relation: null,
        role: null,
      });
      from = after;
      i += 1;
      continue;
    }
    const role: RoleDTO | null =
      rel.type === 'HOLDS_ROLE'
        ? { title: rel.title ?? '', ofId: rel.targetId, since: rel.since ?? null, until: rel.until ?? null }
        : null;
    hops.push({
      from: ctx.loaders.actor.load(from.id),
      to: ctx.loaders.actor.load(next.id),
      kind: rel.type,
      relation: role ? null : { ...rel, perspectiveId: from.id },
      role,
      statement: null,
      event: null,
    });
    from = next;
  }
  return { length: hops.length, hops };
}
