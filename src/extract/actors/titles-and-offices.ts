/**
 * Titles and offices around a name: office words, which name no office
 * without a country to say whose ("Foreign Ministry"); the country that owns
 * an office ("Kazakhstan's", "… of the Kyrgyz Republic"); a title before or
 * after a name ("President of Mongolia X", "Energy Minister X"), which says
 * the name is a person's or the office is only a title.
 */
import type { Mention } from './mention.js';
import type { EntitySpan } from './entity-span.js';

/** Words of an office's name that do not say which office without a country before them. */
export const OFFICE_WORDS = new Set([
  'foreign',
  'affairs',
  'ministry',
  'minister',
  'department',
  'office',
  'state',
  'parliament',
  'union',
  'government',
  'council',
  'committee',
  'service',
  'services',
  'press',
  'presidential',
  'defense',
  'defence',
  'interior',
  'justice',
  'finance',
  'economy',
  'security',
  'national',
  'federal',
  'public',
  'administration',
  'treasury',
  'agency',
  'assembly',
  'senate',
  'court',
  'supreme',
  'constitutional',
  'central',
  'election',
  'electoral',
  'commission',
  'embassy',
  'bank',
  'police',
  'army',
  'armed',
  'forces',
  'general',
  'staff',
  'of',
  'the',
  'and',
  'for',
  'high',
  'joint',
  'chiefs',
  'house',
  'cabinet',
  'duma',
  'kremlin',
  'white',
]);

/** A known country right before an office's name, as a possessive or a demonym ("Kazakhstan's", "Kazakh"). */
export function ownerBefore(text: string, start: number, taken: readonly Mention[]): Mention | undefined {
  return taken.find(
    (m) =>
      m.known && m.kind === 'Country' && m.end <= start && /^(?:['’]s)?\s+(?:the\s+)?$/.test(text.slice(m.end, start)),
  );
}

/** A known country right after an office's name, joined by "of" ("… of the Kyrgyz Republic", "… of Kazakhstan"). */
export function ownerOf(text: string, end: number, taken: readonly Mention[]): Mention | undefined {
  return taken.find(
    (m) => m.known && m.kind === 'Country' && m.start >= end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, m.start)),
  );
}

/**
 * "President of Mongolia Ukhnaagiin Khürelsükh", "Speaker Nurlanbek
 * Shakiev": a name right after a title (or a title "of" a country) is the
 * holder, whatever class NER gave an unfamiliar name.
 */
export function afterTitle(sp: EntitySpan): boolean {
  const s = sp.sentence;
  let i = sp.tokens[0]!.i - 1;
  if (i >= 1 && ['COUNTRY', 'STATE_OR_PROVINCE', 'NATIONALITY'].includes(s.token(i).ner)) {
    while (i >= 1 && ['COUNTRY', 'STATE_OR_PROVINCE', 'NATIONALITY'].includes(s.token(i).ner)) i -= 1;
    while (i >= 1 && /^(?:of|the)$/i.test(s.token(i).word)) i -= 1;
  }
  return i >= 1 && s.token(i).ner === 'TITLE';
}

/** Title words NER may leave untagged ("Energy Minister"). */
const TITLE_WORDS =
  /^(?:minister|chairman|chairwoman|chair|secretary|spokesman|spokeswoman|spokesperson|head|chief|director|speaker|ambassador|envoy|commander|governor|executive|ceo|president)$/i;

/** A title and a person's name right after the span: "Energy Minister Almasadam Satkaliyev". */
export function titleFollows(sp: EntitySpan): boolean {
  const s = sp.sentence;
  let i = sp.tokens.at(-1)!.i + 1;
  if (i > s.tokens.length || !(s.token(i).ner === 'TITLE' || TITLE_WORDS.test(s.token(i).word))) return false;
  while (i <= s.tokens.length && (s.token(i).ner === 'TITLE' || TITLE_WORDS.test(s.token(i).word))) i += 1;
  return i <= s.tokens.length && s.token(i).ner === 'PERSON';
}
