/**
 * Gazetteer names in running text: names, aliases, demonyms and seats of power
 * ("Kazakh", "the Kremlin" → their country), and a person's surname when no
 * one else in the gazetteer shares it. Found in the text itself, so that a
 * name the parser's NER misses is still found.
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import { knownMention, type Mention, type Span } from './mention.js';

// A name written with a straight or a curly apostrophe is the same name.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

const apostrophe = (s: string): string => s.replace(/’/g, "'");

interface Matcher {
  regex: RegExp;
  byName: Map<string, string>;
}

const cache = new WeakMap<ActorIndex, Matcher>();

function matcher(gazetteer: ActorIndex): Matcher {
  let m = cache.get(gazetteer);
  if (m) return m;
  const byName = new Map<string, string>();
  for (const a of gazetteer.all()) {
    for (const n of [a.name, ...a.aliases, ...a.demonyms, ...a.seats]) {
      // Single letters and short all-lower-case words are too ambiguous to spot in running text ("dpa" is fine).
      if (n.length < 2 || (n === n.toLowerCase() && n.length < 3)) continue;
      byName.set(apostrophe(n), a.id);
      if (n.startsWith('the ')) byName.set(apostrophe(n.slice(4)), a.id);
      // "the southern Caucasus" is the South Caucasus: a region's compass word also as an adjective.
      const compass = a.kind === 'Region' ? /^(North|South|East|West)\s+(.+)$/.exec(n) : null;
      if (compass) for (const c of [compass[1]!, compass[1]!.toLowerCase()]) byName.set(`${c}ern ${compass[2]}`, a.id);
    }
  }
  const surnames = new Map<string, Set<string>>();
  for (const a of gazetteer.all().filter((x) => x.kind === 'Person')) {
    for (const n of [a.name, ...a.aliases]) {
      const last = n.split(' ').pop()!;
      if (last !== n && /^\p{Lu}/u.test(last)) surnames.set(last, (surnames.get(last) ?? new Set()).add(a.id));
    }
  }
  for (const [last, ids] of surnames) if (ids.size === 1 && !byName.has(last)) byName.set(last, [...ids][0]!);
  const names = [...byName.keys()].sort((x, y) => y.length - x.length).map(escape);
  // Whole words only; a hyphen is a word boundary here, the pairs are sorted out after matching.
  m = { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byName };
  cache.set(gazetteer, m);
  return m;
}

/** The gazetteer actor a name stands for, if the name is one of its names. */
export function gazetteerId(gazetteer: ActorIndex, name: string): string | undefined {
  const { byName } = matcher(gazetteer);
  const id = byName.get(apostrophe(name));
  if (id) return id;
  const r = gazetteer.resolve(name);
  return r.ok ? r.actor.id : undefined;
}

/**
 * Every gazetteer name in the text. A hyphenated compound with a common word
 * ("Russian-style", "Kremlin-backed", "pro-Western") names the actor; a pair
 * of names ("Armenia-Russia talks") names both when both are countries or
 * organisations, or two different people ("the Putin-Xi summit"), and
 * neither otherwise ("China-Central Asia", "Kassym-Jomart").
 */
export function gazetteerMentions(text: string, gazetteer: ActorIndex): { mentions: Mention[]; compounds: Span[] } {
  const { regex, byName } = matcher(gazetteer);
  const found: Mention[] = [];
  for (const m of text.matchAll(regex)) {
    // "Xi’an" is no "Xi": an apostrophe and letters after a name continue the word, unless they are a possessive.
    if (/^['’](?!s(?![\p{L}\p{N}]))\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    found.push(knownMention(gazetteer.get(byName.get(apostrophe(m[0]))!)!, m.index, m[0]));
  }
  const out: Mention[] = [];
  const compounds: Span[] = [];
  for (const m of found) {
    const word = hyphenWord(text, m.start, m.end);
    if (word.start === m.start && word.end === m.end) {
      out.push(m);
      continue;
    }
    const parts = text.slice(word.start, word.end).split('-');
    const named = found.filter((f) => f.start >= word.start && f.end <= word.end);
    // Every capitalised part of the compound must be a name we know, and each a country or an organisation.
    const capitalised = parts.filter((p) => /^\p{Lu}/u.test(p));
    const partsNamed = named.length >= capitalised.length;
    if (capitalised.length <= 1 && named.length === 1) out.push(m);
    else if (partsNamed && named.every((n) => n.kind === 'Country' || n.kind === 'Organization')) out.push(m);
    // "the Putin-Tokayev meeting", "the Xi-Putin summit": two people we know, each by a name of their own
    else if (
      partsNamed &&
      named.length >= 2 &&
      named.every((n) => n.kind === 'Person') &&
      new Set(named.map((n) => n.actorId)).size === named.length
    )
      out.push(m);
    else compounds.push(word);
  }
  return { mentions: out, compounds };
}

/** The hyphen-joined word around a span ("Armenia-Russia" around "Russia"). */
export function hyphenWord(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 1 && text[s - 1] === '-' && /[\p{L}\p{N}]/u.test(text[s - 2]!)) {
    s -= 1;
    while (s > 0 && /[\p{L}\p{N}.’']/u.test(text[s - 1]!)) s -= 1;
  }
  while (e < text.length - 1 && text[e] === '-' && /[\p{L}\p{N}]/u.test(text[e + 1]!)) {
    e += 1;
    while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) e += 1;
  }
  return { start: s, end: e };
}
