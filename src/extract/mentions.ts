/**
 * Who is named where: gazetteer names, aliases, demonyms and seats of power
 * ("Kazakh", "the Kremlin" → their country), then unknown proper names
 * (runs of capitalised words, typed with compromise's lexicon and the titles
 * around them), then surnames and short forms that repeat an earlier name.
 */
import nlp from 'compromise';
import type { ActorKind } from '../domain/vocabulary.js';
import type { ActorDef } from '../ingest/article-format.js';
import type { ActorIndex } from '../ingest/gazetteer.js';

export interface Mention {
  start: number;
  end: number;
  surface: string;
  /** gazetteer id, or a slug for an actor new to the gazetteer */
  actorId: string;
  name: string;
  kind: ActorKind;
  known: boolean;
  /** for a capital named as a place: the country whose seat it is */
  seatOf?: { actorId: string; name: string; kind: ActorKind };
  /** for an actor new to the gazetteer: how sure the guess of name and kind is (0–1) */
  confidence?: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const matcherCache = new WeakMap<ActorIndex, { regex: RegExp; byName: Map<string, string> }>();

function gazetteerMatcher(gazetteer: ActorIndex): { regex: RegExp; byName: Map<string, string> } {
  let m = matcherCache.get(gazetteer);
  if (!m) {
    const byName = new Map<string, string>();
    for (const a of gazetteer.all()) {
      for (const n of [a.name, ...a.aliases, ...a.demonyms, ...a.seats]) {
        // Single letters and short all-lower-case words are too ambiguous to spot in running text ("dpa" is fine).
        if (n.length < 2 || (n === n.toLowerCase() && n.length < 3)) continue;
        byName.set(n, a.id);
        if (n.startsWith('the ')) byName.set(n.slice(4), a.id);
      }
    }
    // A person is also named by the last word of any of their names ("Lukashenka"), when no one else shares it.
    const surnames = new Map<string, Set<string>>();
    for (const a of gazetteer.all().filter((x) => x.kind === 'Person')) {
      for (const n of [a.name, ...a.aliases]) {
        const last = n.split(' ').pop()!;
        if (last !== n && /^\p{Lu}/u.test(last)) surnames.set(last, (surnames.get(last) ?? new Set()).add(a.id));
      }
    }
    for (const [last, ids] of surnames) if (ids.size === 1 && !byName.has(last)) byName.set(last, [...ids][0]!);
    const names = [...byName.keys()].sort((x, y) => y.length - x.length).map(escape);
    m = { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu'), byName };
    matcherCache.set(gazetteer, m);
  }
  return m;
}

const PERSON_TITLES = /\b(?:President|Chancellor|Minister|Secretary|Premier|Spokesman|Spokeswoman|spokesman|spokeswoman|secretary|minister|president|chancellor|expert|scholar|analyst|author|journalist|researcher|professor|leader|ambassador|envoy|adviser|advisor|director|head|chief|editor|fellow|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+$/;
const ORG_WORDS = /\b(?:Organization|Organisation|Union|Council|House|Institute|Ministry|Committee|Party|Bank|Fund|Treaty|Agency|Forum|Center|Centre|Office|Service|Department|Assembly|Parliament|Commission|Foundation|University|Group|Corporation|Company|Network|Channel|Government)\b/;
const MEDIA_CUE = /\b(?:magazine|newspaper|news agency|agency|outlet|channel|broadcaster|website|portal|daily|weekly)\s+$/i;
const LEADING_TITLES = /^(?:(?:Secretary of State|Prime Minister|Foreign Minister|Defense Minister|Defence Minister|Deputy|Vice|President|Presidents|Chancellor|Minister|Secretary|General|Press|Spokesman|Ambassador|Senator|Mr|Ms|Mrs|Dr)\.?\s+)+/;
const STOP_STARTS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'If', 'As', 'By', 'From', 'With', 'During', 'After', 'Before', 'Despite', 'While', 'When', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Our', 'According', 'Source', 'Naturally', 'However', 'Meanwhile', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
const WORD = String.raw`\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}])(?:St\.\s)?(?:${WORD}|\p{Lu}{2,})(?:[- ](?:${WORD}|\p{Lu}{2,}|van|von|de|der|al))*(?![\p{L}])`, 'gu');

export function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A gazetteer actor named at this place in the text. */
function knownMention(actor: ActorDef, start: number, surface: string): Mention {
  return { start, end: start + surface.length, surface, actorId: actor.id, name: actor.name, kind: actor.kind, known: true };
}

function overlaps(a: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

export function findMentions(text: string, gazetteer: ActorIndex, publishedAt: string | null = null): Mention[] {
  const { regex, byName } = gazetteerMatcher(gazetteer);
  const mentions: Mention[] = [];
  for (const m of text.matchAll(regex)) {
    const id = byName.get(m[0])!;
    const actor = gazetteer.get(id)!;
    mentions.push(knownMention(actor, m.index, m[0]));
  }
  const places = placesNamed(text, mentions, gazetteer);
  const groups = groupMentions(text, mentions);
  const kept = mentions.filter((m) => !places.some((p) => p.start === m.start) && !groups.some((g) => m.start >= g.start && m.end <= g.end));
  const unknown = unknownNames(text, [...kept, ...places, ...groups]);
  const roles = roleMentions(text, gazetteer, publishedAt, [...kept, ...places, ...groups, ...unknown]);
  const countries = [...ownCountryMentions(text, gazetteer, publishedAt, [...kept, ...unknown, ...roles]), ...countryAnaphora(text, kept)];
  // "the German leader" names Scholz; the demonym inside it is not a mention of its own.
  const outside = kept.filter((m) => !roles.some((r) => m.start >= r.start && m.end <= r.end));
  return [...outside, ...places, ...groups, ...unknown, ...roles, ...countries].sort((a, b) => a.start - b.start);
}

/**
 * "our president", "our country" in a quote: the speaker's own country (from
 * their roles on the article's date) or the holder of that title in it.
 */
export function speakerOwnMentions(text: string, quotes: { start: number; end: number; speaker: Mention | null }[], gazetteer: ActorIndex, publishedAt: string | null): Mention[] {
  const { holders } = roleMatcher(gazetteer);
  const out: Mention[] = [];
  for (const q of quotes) {
    const country = q.speaker?.known ? countryServedBy(gazetteer, q.speaker.actorId, publishedAt) : undefined;
    if (!country) continue;
    for (const m of text.slice(q.start, q.end).matchAll(/\b[Oo]ur\s+(country|government|state|nation|president|prime minister|chancellor|leader)\b/g)) {
      const word = m[1]!;
      const people = ['country', 'government', 'state', 'nation'].includes(word) ? [country.id] : holdersOf(holders, word === 'leader' ? HEADS : [word], country.id, publishedAt);
      const actor = people.length === 1 ? gazetteer.get(people[0]!) : undefined;
      if (!actor) continue;
      const start = q.start + m.index;
      out.push(knownMention(actor, start, m[0]));
    }
  }
  return out;
}

/** "this country", "the country": the country last named in the same paragraph. */
function countryAnaphora(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\b(?:[Tt]his|[Tt]hat|[Tt]he) (?:country|nation)\b/g)) {
    const paragraph = text.lastIndexOf('\n\n', m.index);
    const country = mentions.filter((x) => x.kind === 'Country' && x.known && x.end <= m.index && x.start > paragraph).pop();
    if (country) out.push({ ...country, start: m.index, end: m.index + m[0].length, surface: m[0], seatOf: undefined });
  }
  return out;
}

/** "his country", "her government": the country the last person named leads or serves, on the article's date. */
function ownCountryMentions(text: string, gazetteer: ActorIndex, publishedAt: string | null, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\b(?:his|her)\s+(?:country|government)\b/g)) {
    const person = [...mentions].filter((x) => x.kind === 'Person' && x.known && x.end <= m.index).pop();
    const country = person && countryServedBy(gazetteer, person.actorId, publishedAt);
    if (country) out.push(knownMention(country, m.index, m[0]));
  }
  return out;
}

/** The one country a person holds a role of on a date (none when they serve several, or none). */
function countryServedBy(gazetteer: ActorIndex, personId: string, date: string | null): ActorDef | undefined {
  const roles = gazetteer.get(personId)?.roles ?? [];
  const countries = [...new Set(roles.filter((r) => gazetteer.get(r.of)?.kind === 'Country' && heldOn(r, date)).map((r) => r.of))];
  return countries.length === 1 ? gazetteer.get(countries[0]!) : undefined;
}

const LOCATIVE = /\b(?:in|to|at|from|near|outside|inside|via|through|visited|visiting|visits)\s+(?:the\s+)?$/;

/**
 * A capital named as a location ("a summit in Berlin", "arrived in Tashkent")
 * is a place, not its government: the annotators' convention, and the
 * analysts' too (Moscow said ≠ in Moscow).
 */
function placesNamed(text: string, mentions: Mention[], gazetteer: ActorIndex): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const actor = gazetteer.get(m.actorId);
    if (!actor || !actor.seats.includes(m.surface) || m.surface.startsWith('the ') || /^\p{Lu}+$/u.test(m.surface)) continue;
    if (!LOCATIVE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    out.push({ ...m, actorId: slug(m.surface), name: m.surface, kind: 'Region', known: false, seatOf: { actorId: m.actorId, name: m.name, kind: m.kind }, confidence: 0.8 });
  }
  return out;
}

const GROUP_NOUNS = 'governments|government|media|pundits|ministers|officials|leaders|experts|authorities|analysts|diplomats|lawmakers|states|republics|countries|nations|troops|forces';

/** Collective actors: "Central Asian governments", "U.S. media", "Kazakh and American pundits", "Russian state media". */
function groupMentions(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const re = new RegExp(String.raw`(?:unnamed\s+|local\s+)?(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?:\s+and\s+\p{Lu}\p{Ll}+)?\s+)?(?:state\s+|foreign\s+|regional\s+)?(?:${GROUP_NOUNS})\b`, 'gu');
  for (const m of text.matchAll(re)) {
    const surface = m[0];
    const start = m.index!;
    const inner = mentions.filter((x) => x.start >= start && x.end <= start + surface.length);
    // Only a group qualified by a place or people ("Central Asian", "U.S.") or marked as unnamed/local.
    if (inner.length === 0 && !/^(?:unnamed|local)\s/.test(surface)) continue;
    if (inner.length > 0 && inner[0]!.start !== start) continue;
    const name = surface;
    out.push({ start, end: start + surface.length, surface, actorId: slug(name), name, kind: 'Organization', known: false, confidence: 0.5 });
  }
  return out;
}

/**
 * "the chancellor", "the Uzbek president": a title standing for its holder on
 * the article's date (the holder when the role is unambiguous, or the one of
 * the country the demonym names).
 */
interface Holder { title: string; person: string; of: string; since?: string; until?: string }

/** Whether a role (with optional bounds) was held on a date; an unknown date accepts every role. */
function heldOn(role: { since?: string; until?: string }, date: string | null): boolean {
  return !date || ((!role.since || role.since <= date) && (!role.until || role.until >= date));
}

const roleCache = new WeakMap<ActorIndex, { holders: Holder[]; demonyms: Map<string, string>; re: RegExp }>();

/** The gazetteer's role holders, demonyms and title pattern, built once per gazetteer. */
function roleMatcher(gazetteer: ActorIndex): { holders: Holder[]; demonyms: Map<string, string>; re: RegExp } {
  let m = roleCache.get(gazetteer);
  if (!m) {
    const holders: Holder[] = [];
    for (const a of gazetteer.all()) for (const r of a.roles) holders.push({ title: r.title.toLowerCase(), person: a.id, of: r.of, since: r.since, until: r.until });
    // Case-insensitive only in the first letter: with /iu, \p{Lu} would match any letter.
    const anyCase = (t: string): string => `[${t[0]!.toUpperCase()}${t[0]}]${escape(t.slice(1))}`;
    const titles = [...new Set([...holders.map((h) => h.title), 'leader', 'counterpart'])].sort((x, y) => y.length - x.length).map(anyCase);
    const demonyms = new Map<string, string>();
    for (const a of gazetteer.all()) for (const d of a.demonyms) demonyms.set(d.toLowerCase(), a.id);
    const re = new RegExp(`\\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?(${titles.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
    m = { holders, demonyms, re };
    roleCache.set(gazetteer, m);
  }
  return m;
}

const HEADS = ['president', 'prime minister', 'chancellor'];

/** Who held one of these titles (of a country, when given) on a date. */
function holdersOf(holders: Holder[], titles: string[], of: string | undefined, date: string | null): string[] {
  return [...new Set(holders.filter((h) => titles.includes(h.title) && (!of || h.of === of) && heldOn(h, date)).map((h) => h.person))];
}

function roleMentions(text: string, gazetteer: ActorIndex, publishedAt: string | null, taken: Mention[]): Mention[] {
  const { holders, demonyms, re } = roleMatcher(gazetteer);
  const out: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const of = m[1] ? demonyms.get(m[1].toLowerCase()) : undefined;
    if (m[1] && !of) continue;
    const title = m[2]!.toLowerCase();
    // "leader" and "counterpart" stand for the head of state or government of the country named.
    const titlesMeant = title === 'leader' || title === 'counterpart' ? HEADS : [title];
    if (title === 'counterpart' && !of) continue;
    let people = holdersOf(holders, titlesMeant, of, publishedAt);
    // Several possible holders ("the German leader": Steinmeier or Scholz): the one the article named last.
    if (people.length > 1) {
      const last = taken.filter((t) => people.includes(t.actorId) && t.start < m.index).sort((a, b) => b.start - a.start)[0];
      people = last ? [last.actorId] : [];
    }
    if (people.length !== 1) continue;
    const start = m.index!;
    const span = { start, end: start + m[0].length };
    if (overlaps(span, taken.filter((t) => !(t.start >= span.start && t.end <= span.end)))) continue;
    const person = gazetteer.get(people[0]!)!;
    out.push(knownMention(person, start, m[0]));
  }
  return out;
}

/** A headline or a menu in Title Case capitalises every word, so capitals there say nothing about names; a sentence ends with a full stop. */
function isTitleCase(line: string): boolean {
  const words = line.match(/[\p{L}’'-]{4,}/gu) ?? [];
  return !/[.:]\s*$/.test(line) && words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

function unknownNames(text: string, known: Mention[]): Mention[] {
  const found: Mention[] = [];
  const people = new Map<string, Mention>(); // last name → full mention, for later surname-only mentions
  for (const m of text.matchAll(NAME_RUN)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    if (isTitleCase(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    let surface = m[0].replace(/[’']s$/, '');
    let start = m.index!;
    // Drop leading words that are titles, sentence openers or names already found ("German President …").
    for (;;) {
      const title = LEADING_TITLES.exec(surface);
      if (title) {
        surface = surface.slice(title[0].length);
        start += title[0].length;
        continue;
      }
      const first = /^\S+/.exec(surface)?.[0] ?? '';
      const firstSpan = { start, end: start + first.length };
      if (first && surface.length > first.length && (STOP_STARTS.has(first) || overlaps(firstSpan, known))) {
        surface = surface.slice(first.length + 1);
        start += first.length + 1;
        continue;
      }
      break;
    }
    const words = surface.split(/\s+/);
    if (words.length === 1 && STOP_STARTS.has(surface)) continue;
    // "Secretary of State Antony Blinken": the run starts after "of".
    if (/Secretary of $/.test(text.slice(Math.max(0, start - 13), start)) && surface.startsWith('State ')) {
      surface = surface.slice(6);
      start += 6;
    }
    // Datelines ("MOSCOW, May 26") and shouting are not names; acronyms are short.
    if (/^\p{Lu}{5,}$/u.test(surface)) continue;
    if (surface.length < 3) continue;
    const span = { start, end: start + surface.length };
    if (overlaps(span, known) || overlaps(span, found)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const last = surface.split(' ').pop()!;
    const earlier = words.length === 1 ? people.get(last) : undefined;
    const guess = earlier ? { kind: 'Person' as const, confidence: earlier.confidence } : classify(surface, before);
    if (!guess) continue;
    const kind = guess.kind;
    const mention: Mention = earlier
      ? { ...earlier, start, end: span.end, surface }
      : { start, end: span.end, surface, actorId: slug(surface), name: surface, kind, known: false, confidence: guess.confidence };
    if (kind === 'Person' && words.length > 1) people.set(last, mention);
    found.push(mention);
  }
  return found;
}

/**
 * The kind of an unknown name, with how sure the guess is: a title or a
 * telling word next to it is surer than compromise's lexicon, which is surer
 * than the shape of the name alone.
 */
function classify(surface: string, before: string): { kind: ActorKind; confidence: number } | null {
  const words = surface.split(' ');
  const guess = (kind: ActorKind, confidence: number) => ({ kind, confidence });
  if (LOCATIVE.test(before) && words.length <= 2 && !ORG_WORDS.test(surface)) return guess('Region', 0.5);
  if (ORG_WORDS.test(surface)) return guess('Organization', 0.6);
  if (MEDIA_CUE.test(before)) return guess('Media', 0.6);
  if (PERSON_TITLES.test(before)) return guess('Person', 0.7);
  const doc = nlp(surface);
  if (doc.places().found) return guess('Region', 0.4);
  if (doc.organizations().found) return guess('Organization', 0.4);
  if (words.length >= 2 && words.length <= 4 && doc.people().found) return guess('Person', 0.4);
  // People seldom take an article: "the Syr Darya" is a place.
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) return /\bthe\s+$/i.test(before) ? guess('Region', 0.3) : guess('Person', 0.3);
  if (/^\p{Lu}{2,6}$/u.test(surface)) return guess('Organization', 0.3);
  return null;
}
