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

/**
 * Resolves two actor references and runs `work` on their ids. The work starts beside the look-up, on the references
 * as given: analysts and tools mostly name actors by id, and then the look-up only confirms them, so the answer comes
 * a round trip sooner. When a reference turns out to be a name, that early answer is dropped and the work runs again
 * on the resolved ids; when one is no actor, its NOT_FOUND stands and the early answer, even a failure, is dropped.
 * The caller checks the ids (two different actors) before asking for the answer with `run`.
 */
export async function resolvePairWhileRunning<T>(
  ctx: ApiContext,
  first: readonly [ref: string, argument: string],
  second: readonly [ref: string, argument: string],
  work: (a: string, b: string) => Promise<T>,
): Promise<{ a: string; b: string; run: () => Promise<T> }> {
  // The same reference twice is a request the caller refuses once it has the ids: nothing to start for it.
  const early = first[0] === second[0] ? undefined : work(first[0], second[0]);
  early?.catch(() => undefined);
  const [a, b] = await Promise.all([requireActor(ctx, ...first), requireActor(ctx, ...second)]);
  const asGiven = early !== undefined && a === first[0] && b === second[0];
  return { a, b, run: () => (asGiven ? early : work(a, b)) };
}
