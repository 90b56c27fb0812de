import { describe, expect, it } from 'vitest';
import { ActorIndex } from '../../src/ingest/gazetteer.js';
import {
  actorPool,
  actorsNamedAfter,
  rng,
  syntheticArticle,
  syntheticPool,
  syntheticSources,
} from '../../bench/synthetic.js';

/** Every actor id an article names, wherever it names one. */
function namedIn(article: ReturnType<typeof syntheticArticle>): Set<string> {
  const ids = new Set<string>();
  for (const s of article.statements) [s.speaker, ...s.about].forEach((id) => ids.add(id));
  for (const c of article.claims) [c.claimant, c.subject, c.object].forEach((id) => ids.add(id));
  for (const r of article.relations) [r.source, r.target].forEach((id) => ids.add(id));
  return ids;
}

describe('the synthetic news stream the scale benches import', () => {
  it('names more actors as it grows, more slowly than the articles (Heaps), from 3,000 at the 100k-edge graph', () => {
    expect(actorsNamedAfter(8334)).toBe(3000);
    const at1m = actorsNamedAfter(83_334);
    expect(at1m).toBeGreaterThan(3000 * 3);
    expect(at1m).toBeLessThan(3000 * 10);
    expect(actorsNamedAfter(1)).toBeGreaterThanOrEqual(15 * 4);
  });

  it('draws each article from the actors named so far, so that the first articles name only the first actors', () => {
    const pool = actorPool(200);
    const random = rng(3);
    const early = syntheticArticle(0, pool, random, 60);
    const index = (id: string) => pool.findIndex((a) => a.id === id);
    expect(Math.max(...[...namedIn(early)].map(index))).toBeLessThan(60);
    // unbounded, a pick of 15 from 200 with a Zipf skew reaches past the first 60 in nearly every article
    const picks = Array.from({ length: 50 }, (_, i) => syntheticArticle(i, pool, random));
    expect(picks.some((a) => [...namedIn(a)].some((id) => index(id) >= 60))).toBe(true);
  });

  it('makes a smaller graph the first part of a larger one', () => {
    const small = syntheticPool(30);
    const large = syntheticPool(300);
    expect(large.slice(0, small.length)).toEqual(small);
    const plan = (pool: typeof small, n: number) =>
      syntheticSources(n, pool, new ActorIndex(pool))
        .slice(0, 30)
        .map((s) => JSON.stringify(s.plan()));
    expect(plan(large, 300)).toEqual(plan(small, 30));
  });

  it('refuses a pool too small for the stream instead of drawing past its end', () => {
    expect(() => syntheticSources(10_000, actorPool(100), new ActorIndex([]))).toThrow(/syntheticPool\(10000\)/);
  });
});
