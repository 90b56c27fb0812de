/**
 * Titles read as their holders on the article's date ("the chancellor", "the
 * Uzbek president", "his Ukrainian counterpart"), and the countries people
 * serve ("his country", "our president" in a quote).
 */
import type { ActorDef } from '../../ingest/article-format.js';
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import { inside, knownMention, overlaps, type Mention } from './mention.js';

interface Holder {
  title: string;
  person: string;
  of: string;
  since?: string;
  until?: string;
}

/** A role the article itself gives a person ("Kazakh Deputy Foreign Minister Roman Vassilenko"): held on its date. */
interface LocalHolder {
  title: string;
  of: string;
  person: Mention;
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

/**
 * One spelling per office: "Minister of Foreign Affairs", "Foreign Affairs
 * Minister" and "foreign minister" are the same title.
 */
function normalTitle(title: string): string {
  const t = title.toLowerCase().replace(/\s+/g, ' ').trim();
  const ofWhat = /^((?:deputy |first deputy |acting )?)minister (?:of|for) (?:the )?(.+)$/.exec(t);
  const out = ofWhat ? `${ofWhat[1]}${ofWhat[2]} minister` : t;
  // The office of foreign affairs goes by other names in Washington and London.
  if (out === 'secretary of state' || out === 'foreign secretary') return 'foreign minister';
  return out.replace(/ affairs minister$/, ' minister').replace(/\bdefense\b/, 'defence');
}

const cache = new WeakMap<ActorIndex, RoleIndex>();

// Case-free in each word's first letter only: with /iu, \p{Lu} would match any letter.
const anyCase = (t: string): string =>
  t
    .split(' ')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escape(w.slice(1))}`)
    .join('\\s+');

/**
 * "the Uzbek president", "his counterpart", "Kazakhstan's embattled
 * president", "the President of Russia", "the country's president" — not "the President Xi" or "the
 * President of Russia Vladimir Putin" (a name follows: NER reads it).
 */
function titlePattern(titles: readonly string[], countryNames: readonly string[]): RegExp {
  const alternatives = [...new Set([...titles, 'leader', 'counterpart', 'premier'])]
    .sort((x, y) => y.length - x.length)
    .map(anyCase);
  return new RegExp(
    `(?:\\b(?:[Tt]he\\s+(?:country|nation|republic)[’']s|[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\\s+(?:(\\p{Lu}\\p{Ll}+)\\s+)?|\\b(\\p{Lu}\\p{Ll}+)[’']s\\s+(?:\\p{Ll}+\\s+)?)` +
      `(${alternatives.join('|')})(?:\\s+of\\s+(?:the\\s+)?(${countryNames.map((n) => escape(n).replace(/['’]/g, "['’]")).join('|')}))?` +
      `(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})(?!\\s+of\\s+(?:the\\s+)?\\p{Lu})`,
    'gu',
  );
}

/** The gazetteer's role holders, demonyms and title pattern, built once per gazetteer. */
function roleIndex(gazetteer: ActorIndex): RoleIndex {
  let m = cache.get(gazetteer);
  if (m) return m;
  const holders: Holder[] = [];
  for (const a of gazetteer.all())
    for (const r of a.roles)
      holders.push({ title: normalTitle(r.title), person: a.id, of: r.of, since: r.since, until: r.until });
  const demonyms = new Map<string, string>();
  const countries = new Map<string, string>();
  const countryNames: string[] = [];
  for (const a of gazetteer.all()) {
    for (const d of a.demonyms) demonyms.set(d.toLowerCase(), a.id);
    if (a.kind === 'Country')
      for (const n of [a.name, ...a.aliases]) {
        countries.set(n.toLowerCase().replace(/’/g, "'"), a.id);
        countryNames.push(n);
      }
  }
  countryNames.sort((x, y) => y.length - x.length);
  m = {
    holders,
    demonyms,
    countries,
    re: titlePattern(
      holders.map((h) => h.title),
      countryNames,
    ),
  };
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

/** The titles a person holds on a date, from the gazetteer and from what the article says of them. */
function titlesOf(
  holders: readonly Holder[],
  local: readonly LocalHolder[],
  personId: string,
  date: string | null,
): string[] {
  return [
    ...new Set([
      ...holders.filter((h) => h.person === personId && heldOn(h, date)).map((h) => h.title),
      ...local.filter((h) => h.person.actorId === personId).map((h) => h.title),
    ]),
  ];
}

/**
 * Titles standing for their holder: the holder on the article's date when the
 * role is unambiguous, or the one of the country the demonym or "of …" names;
 * among several possible holders, the one the article named last. Roles the
 * article gives to people it names ("Tajik Foreign Minister X") come first.
 * "His counterpart" holds the office of the person "his" stands for: a
 * foreign minister's counterpart is the other country's foreign minister.
 */
export function titleMentions(
  text: string,
  gazetteer: ActorIndex,
  publishedAt: string | null,
  taken: readonly Mention[],
  local: readonly LocalHolder[] = [],
): Mention[] {
  const index = roleIndex(gazetteer);
  const { holders, demonyms, countries } = index;
  const localTitles = local.map((h) => h.title).filter((t) => !holders.some((h) => h.title === t));
  const re =
    localTitles.length === 0
      ? index.re
      : titlePattern(
          [...holders.map((h) => h.title), ...localTitles],
          [...countries.keys()].map(displayCase(gazetteer)),
        );
  const out: Mention[] = [];
  for (const m of text.matchAll(re)) {
    const qualifier = m[1] ?? m[2];
    const qualified = qualifier
      ? (demonyms.get(qualifier.toLowerCase()) ?? countries.get(qualifier.toLowerCase()))
      : undefined;
    if (qualifier && !qualified) continue;
    const ofCountry = m[4] ? countries.get(m[4].toLowerCase().replace(/’/g, "'")) : undefined;
    if (qualified && ofCountry && qualified !== ofCountry) continue;
    // "Its leader, Serdar Berdimuhamedov,": the name in apposition says who; NER reads it.
    const after = m.index + m[0].length;
    if (/^,\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+/u.test(text.slice(after, after + 80))) continue;
    // "its leader": the leader of the country last named, not of whichever country was named last with a leader
    // "the country's president" is "its president"
    const its =
      /^(?:its|the\s+(?:country|nation|republic)['’]s)\s/i.test(m[0]) && !qualified && !ofCountry
        ? lastCountryBefore(taken, m.index)
        : undefined;
    const of = qualified ?? ofCountry ?? its;
    const title = normalTitle(m[3]!);
    if (
      NOT_NOW_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length - m[3]!.length)) ||
      NOT_NOW_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))
    )
      continue;
    if (title === 'counterpart' && !of) continue;
    let titlesMeant = TITLE_MEANS[title] ?? [title];
    if (title === 'counterpart') {
      // Whose counterpart: the person last named before "his"/"her".
      const owner = taken
        .filter((t) => t.kind === 'Person' && t.end <= m.index)
        .sort((x, y) => x.end - y.end)
        .pop();
      const offices = owner ? titlesOf(holders, local, owner.actorId, publishedAt) : [];
      const office = offices.find((t) => !HEADS.includes(t));
      if (office && !offices.some((t) => HEADS.includes(t))) titlesMeant = [office];
    }
    const localPeople = local.filter(
      (h) => titlesMeant.includes(h.title) && (!of || h.of === of) && h.person.start < m.index,
    );
    let person: Mention | undefined;
    if (localPeople.length > 0 && new Set(localPeople.map((h) => h.person.actorId)).size === 1)
      person = localPeople.at(-1)!.person;
    let people = person ? [] : holdersOf(holders, titlesMeant, of, publishedAt);
    if (people.length > 1) {
      const last = taken
        .filter((t) => people.includes(t.actorId) && t.start < m.index)
        .sort((x, y) => y.start - x.start)[0];
      people = last ? [last.actorId] : [];
    }
    if (!person && people.length !== 1) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (
      overlaps(
        span,
        taken.filter((t) => !inside(t, span)),
      )
    )
      continue;
    out.push(
      person
        ? { ...person, start: span.start, end: span.end, surface: m[0], seatOf: undefined, source: 'title' }
        : knownMention(gazetteer.get(people[0]!)!, span.start, m[0], 'title'),
    );
  }
  return out;
}

/** The country named last before an offset, nearby (a sentence or two back). */
function lastCountryBefore(taken: readonly Mention[], at: number): string | undefined {
  return taken
    .filter((t) => t.kind === 'Country' && t.known && t.end <= at && at - t.end < 250)
    .sort((x, y) => x.end - y.end)
    .pop()?.actorId;
}

/** A country's name as the gazetteer spells it, from its lower-case key. */
function displayCase(gazetteer: ActorIndex): (lower: string) => string {
  const names = new Map<string, string>();
  for (const a of gazetteer.all())
    if (a.kind === 'Country') for (const n of [a.name, ...a.aliases]) names.set(n.toLowerCase(), n);
  return (lower) => names.get(lower) ?? lower;
}

/**
 * The roles the article gives the people it names: a title right before the
 * name, with the country from a demonym or a possessive before it or "of …"
 * inside it ("Kazakh Deputy Foreign Minister Roman Vassilenko", "Foreign
 * Minister of Tajikistan Sirojiddin Muhriddin", "Armenia's Foreign Minister
 * X"). The title words are the ones NER tags TITLE, with the words of an
 * office's name between them ("Minister of Foreign Affairs").
 */
export function localHolders(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  publishedAt: string | null,
  mentions: readonly Mention[],
): LocalHolder[] {
  const { holders } = roleIndex(gazetteer);
  const out: LocalHolder[] = [];
  for (const person of mentions) {
    if (person.kind !== 'Person' || person.source === 'title' || person.source === 'anaphor') continue;
    const s = doc.sentenceAt(person.start);
    const first = s?.tokenAt(person.start);
    if (!s || !first) continue;
    let of: string | undefined;
    const words: { word: string; title: boolean }[] = [];
    for (let i = first.i - 1; i >= 1; i -= 1) {
      const t = s.token(i);
      const named = mentions.find((x) => x.start <= t.start && t.end <= x.end);
      if (named) {
        if (!named.known || named.kind !== 'Country' || (of && of !== named.actorId)) break;
        of = named.actorId;
        // The rest of the country's name ("the United States") is read with it.
        while (i > 1 && s.token(i - 1).start >= named.start) i -= 1;
        continue;
      }
      if (t.pos === 'POS' || /^the$/i.test(t.word)) continue;
      // "Armenia's foreign minister, Ararat Mirzoyan": the title set off by a comma right before the name
      if (t.word === ',' && words.length === 0 && i === first.i - 1) continue;
      if (t.ner === 'TITLE' || /^counterparts?$/i.test(t.word)) words.unshift({ word: t.word, title: true });
      else if (/^(?:of|for)$/i.test(t.word) || (/^\p{Lu}/u.test(t.word) && t.pos.startsWith('NNP')))
        words.unshift({ word: t.word, title: false });
      else break;
    }
    const from = words.findIndex((w) => w.title);
    if (from < 0 || !of) continue;
    // "Foreign Minister of Tajikistan": the "of" before the country is no part of the title.
    const title = normalTitle(
      words
        .slice(from)
        .map((w) => w.word)
        .join(' ')
        .replace(/(?:\s+(?:of|for))+$/i, ''),
    );
    if (!/^[\p{L} -]+$/u.test(title)) continue;
    if (title !== 'counterpart') {
      out.push({ title, of, person });
      continue;
    }
    // "his Kazakh counterpart Murat Nurtleu": Nurtleu holds, for Kazakhstan, the office of the person "his" stands for.
    const owner = mentions
      .filter((x) => x.kind === 'Person' && x.end <= person.start && x.actorId !== person.actorId)
      .sort((x, y) => x.end - y.end)
      .pop();
    const offices = owner ? titlesOf(holders, out, owner.actorId, publishedAt) : [];
    const office = offices.find((t) => !HEADS.includes(t));
    if (office && !offices.some((t) => HEADS.includes(t))) out.push({ title: office, of, person });
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
  doc: ParsedDocument,
  quotes: readonly { start: number; end: number; speaker: Mention | null }[],
  gazetteer: ActorIndex,
  publishedAt: string | null,
  mentions: readonly Mention[],
): Mention[] {
  const text = doc.text;
  const { holders } = roleIndex(gazetteer);
  // a speaker new to the gazetteer serves the country the article's title for them names ("Armenia's foreign minister, X")
  const local = quotes.some((q) => q.speaker && !q.speaker.known)
    ? localHolders(doc, gazetteer, publishedAt, mentions)
    : [];
  const out: Mention[] = [];
  for (const q of quotes) {
    const served = q.speaker?.known ? countryServedBy(gazetteer, q.speaker.actorId, publishedAt) : undefined;
    const given =
      q.speaker && !q.speaker.known ? local.find((l) => l.person.actorId === q.speaker!.actorId) : undefined;
    const country = served ?? (given ? gazetteer.get(given.of) : undefined);
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
