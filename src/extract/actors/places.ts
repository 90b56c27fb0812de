/**
 * A capital named as a location ("a summit in Berlin", "visited Tashkent",
 * the dateline "MINSK, May 2") is a place, not its government: the
 * annotators' convention, and the analysts' too (Moscow said ≠ in Moscow).
 * Read from the parse: a locative preposition on the name, or the name as
 * what is visited.
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import { slug, type Mention } from './mention.js';

const LOCATIVE_CASES = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'inside',
  'via',
  'through',
  'into',
  'across',
  'around',
]);
const BEING_AT = new Set(['in', 'at', 'inside', 'outside', 'near']);
const MOTION_VERBS = new Set(['visit', 'tour', 'arrive', 'reach', 'enter', 'leave']);

export function asPlace(m: Mention, gazetteer: ActorIndex): Mention {
  const actor = gazetteer.get(m.actorId)!;
  const bare = m.surface.replace(/^the\s+/, '');
  const name = bare === bare.toUpperCase() ? bare.charAt(0) + bare.slice(1).toLowerCase() : bare;
  return {
    ...m,
    actorId: slug(name),
    name,
    kind: 'Region',
    known: false,
    seatOf: { actorId: actor.id, name: actor.name, kind: actor.kind },
    confidence: 0.8,
    source: 'place',
  };
}

/** Is this seat-of-power mention used as a location? */
export function usedAsPlace(m: Mention, doc: ParsedDocument, gazetteer: ActorIndex): boolean {
  const actor = gazetteer.get(m.actorId);
  if (!actor || !actor.seats.some((seat) => seat.toLowerCase() === m.surface.toLowerCase())) return false;
  // "at the White House" is a place; "according to the Kremlin" is its government: a building is a place only where one is.
  const cases = m.surface.startsWith('the ') ? BEING_AT : LOCATIVE_CASES;
  if (isDateline(doc.text, m)) return true;
  // An acronym or a capital in capitals elsewhere is a name of the government, not a place.
  if (/^\p{Lu}+$/u.test(m.surface)) return false;
  const s = doc.sentenceAt(m.start);
  if (!s) return false;
  for (const t of s.tokens.filter((x) => x.start >= m.start && x.end <= m.end)) {
    if (s.treeChildren(t.i, 'case').some((e) => cases.has(s.token(e.dep).lemma.toLowerCase()))) return true;
    if (cases === BEING_AT) continue;
    if (s.parents(t.i, 'obj').some((e) => MOTION_VERBS.has(s.token(e.gov).lemma))) return true;
  }
  return false;
}

/** "DUSHANBE, Oct. 9 (Xinhua) --": a city opening the text, before a comma or a dash. */
function isDateline(text: string, m: { start: number; end: number }): boolean {
  return text.slice(0, m.start).trim() === '' && /^\s*[,(—–-]/.test(text.slice(m.end, m.end + 3));
}
