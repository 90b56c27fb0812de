/** Turning what an analyst typed (an id, or a name, alias or seat of power) into an actor id. */
import { nameKey } from '../../domain/names.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { actorByName } from '../rows/queries.js';

export async function actorIdFor(ctx: ApiContext, ref: string): Promise<string | null> {
  if (await ctx.loaders.actor.load(ref)) return ref;
  const [row] = await ctx.db.rows(actorByName, { key: nameKey(ref) });
  return row?.id ?? null;
}

export async function requireActor(ctx: ApiContext, ref: string, argument: string): Promise<string> {
  const id = await actorIdFor(ctx, ref);
  if (id === null)
    throw notFound('actor', ref, `Check \`${argument}\`: give an actor id or name; find one with actors(search: "…").`);
  return id;
}

export async function optionalActor(
  ctx: ApiContext,
  ref: string | null | undefined,
  argument: string,
): Promise<string | null> {
  return ref == null ? null : requireActor(ctx, ref, argument);
}
