/**
 * path: shortest paths between two actors. Relation edges are hops of their
 * own; a statement (SAID then ABOUT) or an event (two PARTICIPATED_IN) between
 * two actors becomes one hop that names it.
 */
import { RELATION_TYPE_NAMES, tieTypeOf, type RelationType } from '../../domain/vocabulary.js';
import type { ApiContext } from '../context.js';
import type { ActorDTO, EventDTO, RelationDTO, RoleDTO, StatementDTO } from '../dto.js';
import { badInput } from '../errors.js';
import type { PathVia, QueryPathArgs } from '../generated/schema-types.js';
import { shortestPaths, type PathLinkRow, type PathNodeRow, type PathRow } from '../rows/queries.js';
import { resolvePairWhileRunning } from './refs.js';

const MAX_HOPS = 6;
const MAX_PATHS = 50;

/**
 * How the path statement reads a large graph (cypher/queries/shortest-paths):
 * two ends with at most `fewTies` ties and roles each are searched from both
 * ends (the pairs of their first rings tested through the TIED index), and a
 * tie dated by the roles beside it whose end has at most that many
 * relationships is read from that end.
 * Tuned on the 1M-edge bench graph (docs/benchmarks.md); any value gives the same answer.
 */
export const PATH_READS = { fewTies: 100 } as const;

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
  // Relation hops run over the projection's ties; the query shows each as its newest evidence edge.
  const allowed = [
    ...(args.types?.length ? args.types : RELATION_TYPE_NAMES).map(tieTypeOf),
    ...(args.via ?? ['ROLES']).flatMap((v) => VIA_TYPES[v]),
  ];
  const paths = (from: string, to: string) =>
    ctx.db.rows(shortestPaths, { from, to, allowed, maxHops, first, at: args.at ?? null, ...PATH_READS });
  // The two look-ups go out together, and the paths beside them (refs.ts).
  const { a: from, b: to, run } = await resolvePairWhileRunning(ctx, [args.from, 'from'], [args.to, 'to'], paths);
  if (from === to) throw badInput('`from` and `to` are the same actor.', 'to');
  const rows = await run();
  return rows.map((row) => toPath(row, ctx));
}

/** A PathHop as its fields resolve: entities still loading are promises the executor awaits. */
interface Hop {
  from: ActorDTO | null | Promise<ActorDTO | null>;
  to: ActorDTO | null | Promise<ActorDTO | null>;
  kind: RelationType | 'HOLDS_ROLE' | 'STATEMENT' | 'EVENT';
  relation: RelationDTO | null;
  role: RoleDTO | null;
  statement: Promise<StatementDTO | null> | null;
  event: Promise<EventDTO | null> | null;
}

/** Folds a path's links into hops: a statement or an event between two actors is one hop that names it. */
function toPath({ nodes, rels }: PathRow, ctx: ApiContext) {
  // The path's actors came with it: their look-ups below are answered from the loader's cache.
  ctx.loaders.primeActors(nodes.flatMap((n) => (n.actor ? [n.actor] : [])));
  const actor = (n: PathNodeRow) => ctx.loaders.actorOf(n.id);
  const hops: Hop[] = [];
  for (let i = 0; i < rels.length; i++) {
    const from = nodes[i]!;
    const next = nodes[i + 1]!;
    const link = rels[i]!;
    switch (next.label) {
      case 'Statement':
      case 'Event': {
        const after = nodes[i + 2]!;
        hops.push(foldedHop(from, next, after, ctx));
        i += 1;
        continue;
      }
      case 'Actor':
        hops.push({ from: actor(from), to: actor(next), ...linkHop(link, from) });
        continue;
    }
  }
  return { length: hops.length, hops };
}

function foldedHop(from: PathNodeRow, middle: PathNodeRow, to: PathNodeRow, ctx: ApiContext): Hop {
  const statement = middle.label === 'Statement';
  return {
    from: ctx.loaders.actorOf(from.id),
    to: ctx.loaders.actorOf(to.id),
    kind: statement ? 'STATEMENT' : 'EVENT',
    statement: statement ? ctx.loaders.statement.load(middle.id) : null,
    event: statement ? null : ctx.loaders.event.load(middle.id),
    relation: null,
    role: null,
  };
}

/** A hop between two actors: a relation edge or a role held (the path's query keeps only roles held on the date). */
function linkHop(link: PathLinkRow, from: PathNodeRow): Omit<Hop, 'from' | 'to'> {
  const none = { statement: null, event: null };
  switch (link.kind) {
    case 'relation':
      return { ...none, kind: link.relation.type, relation: { ...link.relation, perspectiveId: from.id }, role: null };
    case 'role': {
      const role: RoleDTO = { title: link.title, ofId: link.ofId, since: link.since, until: link.until };
      return { ...none, kind: 'HOLDS_ROLE', relation: null, role };
    }
    case 'link':
      // The query never places a statement's or an event's link between two actors.
      throw new Error('shortest-paths: a SAID/ABOUT/PARTICIPATED_IN link between two actors');
  }
}
