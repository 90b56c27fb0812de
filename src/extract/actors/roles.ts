/**
 * Titles read as their holders on the article's date ("the chancellor", "the
 * Uzbek president", "his Ukrainian counterpart"), and the countries people
 * serve ("his country", "our president" in a quote).
 */
import type { ActorDef } from '../../ingest/article-format.js';
import type { ActorIndex } from '../../ingest/gazetteer.js';
import { inside, knownMention, overlaps, type Mention } from './mention.js';

interface Holder {
  title: string;
  person: string;
  of: string;
  since?: string;
  until?: string;
}

interface RoleIndex {
  holders: Holder[];
  demonyms: Map<string, string>;
  countries: Map<string, string>;
  re: RegExp;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a role (with optional bounds) was held on a date; an unknown date accepts every role. */
export function heldOn(role: { since?: string; until?: string }, date: string | null): boolean {
  return !date || ((!role.since || role.since <= date) && (!role.until || role.until >= date));
}

const cache = new WeakMap<ActorIndex, RoleIndex>();

/** The gazetteer's role holders, demonyms and title pattern, built once per gazetteer. */
function roleIndex(gazetteer: ActorIndex): RoleIndex {
  let m = cache.get(gazetteer);
  if (m) return m;
  const holders: Holder[] = [];
  for (const a of gazetteer.all())
    for (const r of a.roles)
      holders.push({ title: r.title.toLowerCase(), person: a.id, of: r.of, since: r.since, until: r.until });
  // Case-insensitive only in the first letter: with /iu, \p{Lu} would match any letter.
  const anyCase = (t: string): string => `[${t[0]!.toUpperCase()}${t[0]}]${escape(t.slice(1))}`;
  const titles = [...new Set([...holders.map((h) => h.title), 'leader', 'counterpart', 'premier'])]
    .sort((x, y) => y.length - x.length)
    .map(anyCase);
  const demonyms = new Map<string, string>();
  const countries = new Map<string, string>();
  for (const a of gazetteer.all()) {
    for (const d of a.demonyms) demonyms.set(d.toLowerCase(), a.id);
    if (a.kind === 'Country') for (const n of [a.name, ...a.aliases]) countries.set(n.toLowerCase(), a.id);
  }
  // "the Uzbek president", "his counterpart", "Kazakhstan's embattled president" — not "the President Xi" (a name follows).
  const re = new RegExp(
    `(?:\\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?|\\b(\\p{Lu}\\p{Ll}+)[’']s\\s+(?:\\p{Ll}+\\s+)?)(${titles.join('|')})\\b(?!\\s+\\p{Lu})`,
    'gu',
  );
  m = { holders, demonyms, countries, re };
  cache.set(gazetteer, m);
  return m;
}

const HEADS = ['president', 'prime minister', 'chancellor'];
/** Titles that stand for others: a country's leader or counterpart is its head of state or government. */
const TITLE_MEANS: Readonly<Record<string, string[]>> = {
  leader: HEADS,
  counterpart: HEADS,
  premier: ['prime minister'],
};

/** Who held one of these titles (of a country, when given) on a date. */
function holdersOf(holders: Holder[], titles: string[], of: string | undefined, date: string | null): string[] {
  return [
    ...new Set(
      holders.filter((h) => titles.includes(h.title) && (!of || h.of === of) && heldOn(h, date)).map((h) => h.person),
    ),
  ];
}

/** A title that is not about the article's date: "the former president", "the president at the time". */
const NOT_NOW_BEFORE = /\b(?:former|then|late|ex|previous|next|future)[\s-]+(?:\p{Lu}\p{Ll}+\s+)?$/u;
const NOT_NOW_AFTER = /^\s+(?:at the time|then|back then|in \d{4})\b/;

/**
 * Titles standing for their holder: the holder on the article's date when the
 * role is unambiguous, or the one of the country the demonym names; among
 * several possible holders, the one the article named last.
 */
export function titleMentions(
  text: string,
  gazetteer: ActorIndex,
  publishedAt: string | null,
  taken: readonly Mention[],
): Mention[] {
  const { holders, demonyms, countries, re } = roleIndex(gazetteer);
  const out: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const qualifier = m[1] ?? m[2];
    const of = qualifier
      ? (demonyms.get(qualifier.toLowerCase()) ?? countries.get(qualifier.toLowerCase()))
      : undefined;
    if (qualifier && !of) continue;
    const title = m[3]!.toLowerCase();
    if (
      NOT_NOW_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length - title.length)) ||
      NOT_NOW_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))
    )
      continue;
    // "leader" and "counterpart" stand for the head of state or government of the country named.
    const titlesMeant = TITLE_MEANS[title] ?? [title];
    if (title === 'counterpart' && !of) continue;
    let people = holdersOf(holders, titlesMeant, of, publishedAt);
    if (people.length > 1) {
      const last = taken
        .filter((t) => people.includes(t.actorId) && t.start < m.index)
        .sort((a, b) => b.start - a.start)[0];
      people = last ? [last.actorId] : [];
    }
    if (people.length !== 1) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (
      overlaps(
        span,
        taken.filter((t) => !inside(t, span)),
      )
    )
      continue;
    out.push(knownMention(gazetteer.get(people[0]!)!, span.start, m[0], 'title'));
  }
  return out;
}

/** The one country a person holds a role of on a date (none when they serve several, or none). */
export function countryServedBy(gazetteer: ActorIndex, personId: string, date: string | null): ActorDef | undefined {
  const roles = gazetteer.get(personId)?.roles ?? [];
  const countries = [
    ...new Set(roles.filter((r) => gazetteer.get(r.of)?.kind === 'Country' && heldOn(r, date)).map((r) => r.of)),
  ];
  return countries.length === 1 ? gazetteer.get(countries[0]!) : undefined;
}

/**
 * "our president", "our country" in a quote: the speaker's own country (from
 * their roles on the article's date) or the holder of that title in it.
 */
export function speakerOwnMentions(
  text: string,
  quotes: readonly { start: number; end: number; speaker: Mention | null }[],
  gazetteer: ActorIndex,
  publishedAt: string | null,
): Mention[] {
  const { holders } = roleIndex(gazetteer);
  const out: Mention[] = [];
  for (const q of quotes) {
    const country = q.speaker?.known ? countryServedBy(gazetteer, q.speaker.actorId, publishedAt) : undefined;
    if (!country) continue;
    for (const m of text
      .slice(q.start, q.end)
      .matchAll(/\b[Oo]ur\s+(country|government|state|nation|president|prime minister|chancellor|leader)\b/g)) {
      const word = m[1]!;
      const people = ['country', 'government', 'state', 'nation'].includes(word)
        ? [country.id]
        : holdersOf(holders, word === 'leader' ? HEADS : [word], country.id, publishedAt);
      const actor = people.length === 1 ? gazetteer.get(people[0]!) : undefined;
      if (actor) out.push(knownMention(actor, q.start + m.index, m[0], 'anaphor'));
    }
  }
  return out;
}

/** "his country", "her government": the country the last person named leads or serves, on the article's date. */
export function ownCountryMentions(
  text: string,
  gazetteer: ActorIndex,
  publishedAt: string | null,
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\b(?:his|her)\s+(?:country|government)\b/g)) {
    const person = mentions.filter((x) => x.kind === 'Person' && x.known && x.end <= m.index).pop();
    const country = person && countryServedBy(gazetteer, person.actorId, publishedAt);
    if (country) out.push(knownMention(country, m.index, m[0], 'anaphor'));
  }
  return out;
}

/** Words that make "the … country" another country than the one just named. */
const ANOTHER =
  /\b(?:other|another|second|third|each|every|host|home|neighbou?ring|first|next|which|whose|same|either|neither)\b/i;

/**
 * "this country", "the country", "the Central Asian country", "the
 * energy-rich nation": the country last named in the same paragraph.
 */
export function countryAnaphora(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\b(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}?(?:country|nation)\b/gu)) {
    if (
      ANOTHER.test(m[0]) ||
      mentions.some((x) => x.kind === 'Country' && x.start >= m.index && x.end <= m.index + m[0].length)
    )
      continue;
    const paragraph = text.lastIndexOf('\n\n', m.index);
    const country = mentions
      .filter((x) => x.kind === 'Country' && x.known && x.end <= m.index && x.start > paragraph)
      .pop();
    if (country)
      out.push({
        ...country,
        start: m.index,
        end: m.index + m[0].length,
        surface: m[0],
        seatOf: undefined,
        source: 'anaphor',
      });
  }
  return out;
}
