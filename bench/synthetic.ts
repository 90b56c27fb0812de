/**
 * Deterministic synthetic articles with a realistic shape: about 15 actors
 * drawn with a Zipf skew from the actors the news has named so far (a pool
 * that grows with the stream, by Heaps' law), 8 statements, 5 claims and 12
 * relation edges each (5 from claims, 7 reported by the outlet) of every
 * vocabulary type, dated over ten years.
 * Same seed, same articles: runs are comparable, and a smaller graph is the
 * first part of a larger one.
 */
import type { ActorDef, ArticleFile } from '../src/ingest/article-format.js';
import { RELATION_TYPE_NAMES, type ActorKind } from '../src/domain/vocabulary.js';
import type { ActorIndex } from '../src/ingest/gazetteer.js';
import type { ArticleSource } from '../src/ingest/importer.js';
import { planArticle } from '../src/ingest/plan-article.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: ActorKind[] = ['Person', 'Person', 'Person', 'Country', 'Organization', 'Media', 'Region'];

export function actorPool(size: number, random = rng(7)): ActorDef[] {
  return Array.from({ length: size }, (_, i) => {
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    const id = `synthetic-${kind.toLowerCase()}-${i}`;
    return { id, kind, name: `${kind} ${i}`, aliases: [`Alias ${i}`], demonyms: [], seats: [], roles: [] };
  });
}

/**
 * How many actors a stream of news has named after `articles` articles. Real news keeps naming people and
 * organisations it never named before: the count of distinct names grows as K·n^β (Heaps' law), β well below 1.
 * A fixed pool would make a large graph a dense one, where even the least known actor has a hundred edges.
 * Calibrated so that the 100k-edge graph (8,334 articles) names 3,000, the fixed pool of the earlier generator;
 * the 1M-edge graph (83,334 articles) names about 11,900. Never fewer than four articles' worth of actors, so
 * that the first articles still find 15 distinct ones.
 */
export function actorsNamedAfter(articles: number): number {
  const heapsBeta = 0.6;
  return Math.max(60, Math.round(3000 * (articles / 8334) ** heapsBeta));
}

/** Zipf-like pick: low indices (the "Russia"s and "Putin"s) are drawn far more often. */
function zipfIndex(random: () => number, n: number, s = 1.1): number {
  return Math.min(n - 1, Math.floor(Math.pow(n, Math.pow(random(), s)) - 1));
}

/** One article naming actors from the first `named` of the pool (all of it unless said). */
export function syntheticArticle(
  index: number,
  pool: ActorDef[],
  random: () => number,
  named = pool.length,
): ArticleFile {
  const actors = new Set<string>();
  const drawn = Math.min(named, pool.length);
  while (actors.size < 15) actors.add(pool[zipfIndex(random, drawn)]!.id);
  const ids = [...actors];
  const pick = (): string => ids[Math.floor(random() * ids.length)]!;
  const pair = (): [string, string] => {
    const a = pick();
    let b = pick();
    while (b === a) b = pick();
    return [a, b];
  };
  const sentences = Array.from(
    { length: 25 },
    (_, k) =>
      `Sentence ${k} of article ${index} reports that actors ${pick()} and ${pick()} discussed matter ${Math.floor(random() * 1e6)} at length with many words to reach a realistic size.`,
  );
  const text = sentences.join(' ');
  const statements = Array.from({ length: 8 }, (_, k) => ({
    id: `s${k}`,
    speaker: pick(),
    direct: k % 2 === 0,
    text: sentences[k]!,
    occurrence: 1,
    about: [pick()],
  }));
  // Ten years of news, 2014 to 2023, spread evenly over the articles.
  const date = new Date(Date.UTC(2014, 0, 1) + ((index * 7919) % 3652) * 86_400_000).toISOString().slice(0, 10);
  const claims = Array.from({ length: 5 }, (_, k) => {
    const [subject, object] = pair();
    return {
      id: `c${k}`,
      claimant: statements[k]!.speaker,
      subject,
      predicate: RELATION_TYPE_NAMES[Math.floor(random() * RELATION_TYPE_NAMES.length)]!,
      object,
      modality: k === 0 ? ('hedged' as const) : ('asserted' as const),
      text: sentences[k]!,
      occurrence: 1,
      statement: `s${k}`,
      via: [],
      date,
    };
  });
  const relations = Array.from({ length: 7 }, (_, k) => {
    const [source, target] = pair();
    return {
      type: RELATION_TYPE_NAMES[Math.floor(random() * RELATION_TYPE_NAMES.length)]!,
      source,
      target,
      text: sentences[10 + k]!,
      occurrence: 1,
      modality: k === 6 ? ('denied' as const) : ('asserted' as const),
      date,
    };
  });
  return {
    id: `synthetic-article-${index}`,
    url: null,
    title: `Synthetic article ${index}`,
    outlet: pool.find((a) => a.kind === 'Media')!.id,
    author: null,
    extracted: false,
    publishedAt: date,
    language: 'en',
    text,
    cites: [],
    actors: [],
    mentions: [],
    events: [],
    statements,
    claims,
    relations,
  };
}

/**
 * The first `count` synthetic articles as the importer takes them: planned
 * lazily and in order from one seeded stream, so every bench imports the same
 * articles, the i-th naming actors from the first actorsNamedAfter(i + 1).
 * Synthetic articles come from no file, so nothing is located.
 */
export function syntheticSources(count: number, pool: ActorDef[], gazetteer: ActorIndex): ArticleSource[] {
  if (pool.length < actorsNamedAfter(count))
    throw new Error(`a pool of ${pool.length} actors is too small for ${count} articles: use syntheticPool(${count})`);
  const random = rng(42);
  const noFile = { name: 'synthetic', data: null, locate: () => undefined };
  return Array.from({ length: count }, (_, i) => ({
    name: `synthetic-${i}`,
    plan: () => planArticle(noFile, syntheticArticle(i, pool, random, actorsNamedAfter(i + 1)), gazetteer),
  }));
}

/** Every actor the first `articles` synthetic articles can name: the gazetteer of a synthetic graph of that size. */
export function syntheticPool(articles: number): ActorDef[] {
  return actorPool(actorsNamedAfter(articles));
}
