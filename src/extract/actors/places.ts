/**
 * A capital named as a location ("a summit in Berlin", "visited Tashkent",
 * the dateline "MINSK, May 2") is a place, not its government: the
 * annotators' convention, and the analysts' too (Moscow said ≠ in Moscow).
 * Read from the parse: a locative preposition on the name, or the name as
 * what is visited. "To", "from" and "at" also mark who a message, a tie or an
 * attitude is directed at ("a message to Brussels", "pressure from Beijing",
 * "a jab at Moscow"): there the word the preposition hangs on decides, a
 * word of communicating, relating or feeling making the capital its
 * government, a word of motion or of distance keeping it a place.
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { slug, type Mention } from './mention.js';
import { SITE_HEADS } from './site-names.js';

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
/** Prepositions that mark a place only after a word of motion or distance, and a party after one of relating. */
const DIRECTED_CASES = new Set(['to', 'from', 'at']);

/**
 * Words whose "to/from/at" names a party, not a place: communicating
 * (message, appeal, reply), relating (ties, loyalty, ambassador), pressing or
 * giving (pressure, support, orders).
 */
const TOWARDS_A_PARTY = new Set([
  // communicating
  'message',
  'signal',
  'letter',
  'note',
  'appeal',
  'plea',
  'call',
  'warning',
  'threat',
  'ultimatum',
  'demand',
  'request',
  'offer',
  'proposal',
  'overture',
  'response',
  'reply',
  'answer',
  'reaction',
  'retort',
  'complaint',
  'protest',
  'objection',
  'congratulations',
  'condolence',
  'apology',
  'gratitude',
  'thanks',
  'nod',
  'hint',
  'assurance',
  'promise',
  'pledge',
  'rhetoric',
  'propaganda',
  // relating
  'tie',
  'link',
  'relation',
  'relationship',
  'loyalty',
  'allegiance',
  'closeness',
  'rapprochement',
  'dependence',
  'reliance',
  'independence',
  'ambassador',
  'envoy',
  'emissary',
  'representative',
  'debt',
  'obligation',
  'tilt',
  'pivot',
  'drift',
  'shift',
  'defer',
  'bow',
  'cave',
  'yield',
  'submit',
  'cling',
  'lean',
  'gravitate',
  'warm',
  'align',
  'owe',
  'belong',
  'loyal',
  'hostile',
  'friendly',
  'beholden',
  'indebted',
  'subservient',
  'accountable',
  'sympathetic',
  'opposed',
  'independent',
  // pressing, giving
  'pressure',
  'support',
  'backing',
  'aid',
  'assistance',
  'help',
  'funding',
  'loan',
  'money',
  'order',
  'instruction',
  'directive',
  'gift',
  'concession',
  'gesture',
  'outreach',
  'resistance',
  'opposition',
  'defiance',
  'interference',
  'meddling',
  'criticism',
  'rebuke',
  'snub',
  'challenge',
  'blow',
  'slap',
]);
/**
 * Those "in" a capital who stand for its government: officials, its elite, envoys accredited there. A bare
 * quantifier ("many in Moscow", "nobody in Astana") may be anyone who lives there: a place.
 */
const IN_POWER = new Set([
  'official',
  'policymaker',
  'politician',
  'leadership',
  'elite',
  'establishment',
  'hawk',
  'hardliner',
  'circle',
  'corridor',
  'decision-maker',
  'ambassador',
  'envoy',
  'emissary',
  'representative',
]);
/** What a government thinks or wants, "in" its capital: "the mood in Moscow", "priorities in Baku". */
const IN_MINDS = new Set([
  'mood',
  'thinking',
  'view',
  'priority',
  'calculus',
  'calculation',
  'perception',
  'sentiment',
  'opinion',
  'consensus',
  'debate',
  'concern',
  'alarm',
  'anger',
  'irritation',
  'frustration',
  'suspicion',
  'unease',
  'worry',
  'appetite',
  'patience',
  'impatience',
  'hope',
]);
/** Verbs of speaking whose "to" is the one addressed ("wrote to Moscow"); their "from" is where one speaks. */
const ADDRESSING = new Set([
  'cosy',
  'cozy',
  'sidle',
  'suck',
  'say',
  'write',
  'complain',
  'object',
  'reply',
  'respond',
  'react',
  'apologize',
  'apologise',
  'listen',
  'speak',
  'talk',
  'explain',
  'turn',
  'appeal',
  'signal',
  'pledge',
  'promise',
]);
/** Verbs of parting whose "from" is the party one parts with ("distanced itself from Moscow", "broke away from Moscow"). */
const PARTING = new Set(['distance', 'break', 'split', 'secede', 'decouple', 'emancipate', 'diverge']);
/** Words whose "at" names whom they are aimed at, not where: "a jab at Moscow", "angry at Beijing". */
const AIMED_AT = new Set([
  'jab',
  'swipe',
  'dig',
  'jibe',
  'shot',
  'barb',
  'anger',
  'fury',
  'frustration',
  'hostility',
  'aim',
  'direct',
  'point',
  'snipe',
  'poke',
  'angry',
  'furious',
  'annoyed',
  'irritated',
  'glance',
  'scoff',
  'sneer',
  'rail',
  'mock',
]);

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
    // "in Astana or Tashkent": a conjunct without a preposition of its own shares the first one's
    const up = s.head(t.i);
    const first = up?.rel === 'conj' && up.gov < t.i && s.treeChildren(t.i, 'case').length === 0 ? up.gov : undefined;
    const at = first ?? t.i;
    const marked = s.treeChildren(at, 'case').map((e) => s.token(e.dep).lemma.toLowerCase());
    const directed = marked.find((c) => DIRECTED_CASES.has(c));
    if (directed && towardsAParty(s, at, directed)) return false;
    if (marked.includes('in') && circleOfPower(s, at)) return false;
    if (marked.some((c) => cases.has(c))) return true;
    // "the Tashkent airport", "the Baku port": the city's site
    if (up?.rel === 'compound' && up.gov > t.i && SITE_HEADS.has(s.token(up.gov).lemma.toLowerCase())) return true;
    if (cases === BEING_AT) continue;
    if (s.parents(t.i, 'obj').some((e) => MOTION_VERBS.has(s.token(e.gov).lemma))) return true;
  }
  return false;
}

/**
 * Is the word a "to/from/at" name hangs on one of relating to a party
 * ("ties to Moscow", "hit out at Beijing"), or a verb whose object is one
 * ("sent a message to Brussels", "renewed his appeal to Berlin"; "sent
 * troops to Moscow" is to the city)?
 */
function towardsAParty(s: Sentence, i: number, preposition: string): boolean {
  let up = s.head(i);
  // "broke away from Moscow": the particle's verb
  if (up && up.gov > 0 && /^(?:away|off)$/i.test(s.token(up.gov).word)) up = s.head(up.gov);
  if (!up || up.gov === 0) return false;
  const gov = s.token(up.gov);
  const lemma = gov.lemma.toLowerCase();
  const words = preposition === 'at' ? AIMED_AT : TOWARDS_A_PARTY;
  if (words.has(lemma) || words.has(gov.word.toLowerCase())) return true;
  if (gov.pos.startsWith('VB') && (preposition === 'to' ? ADDRESSING : PARTING).has(lemma)) return true;
  // "hit out at", "lashed out at": the particle's verb
  if (preposition === 'at' && s.treeChildren(up.gov, 'compound:prt').length > 0 && /^(?:hit|lash)$/.test(lemma))
    return true;
  return (
    gov.pos.startsWith('VB') &&
    s.treeChildren(up.gov, /^obj$/).some((e) => words.has(s.token(e.dep).lemma.toLowerCase()))
  );
}

/**
 * "Officials in Beijing", "hardliners in Moscow", "the mood in Ankara", "Armenia's
 * ambassador in Moscow": "in" a capital after those who decide, what they
 * think or want, or an envoy accredited there names its government, not a
 * location ("protesters in Moscow", "talks in Baku" stay places).
 */
function circleOfPower(s: Sentence, i: number): boolean {
  const up = s.head(i);
  // the word the phrase hangs on, or the noun right before "in", which the parser may have hung it past
  const marker = s.treeChildren(i, 'case').map((e) => e.dep)[0];
  const candidates = [up && up.gov > 0 && up.gov < i ? up.gov : 0, marker && marker > 1 ? marker - 1 : 0];
  return candidates.some((c) => {
    if (c === 0) return false;
    const gov = s.token(c);
    const word = gov.lemma.toLowerCase();
    if (/^(?:DT|PRP|NNS?|JJS?)$/.test(gov.pos) && IN_POWER.has(word)) return true;
    return /^NNS?$/.test(gov.pos) && IN_MINDS.has(word);
  });
}

/** "DUSHANBE, Oct. 9 (Xinhua) --": a city opening the text, before a comma or a dash. */
function isDateline(text: string, m: { start: number; end: number }): boolean {
  // "ASTANA/TASHKENT —": datelines that name two cities
  const cities = /^(?:\s*\p{Lu}[\p{Lu} .'-]*\/)*\s*$/u;
  return (
    cities.test(text.slice(0, m.start)) && /^(?:\/\p{Lu}[\p{Lu} .'-]*)*\s*[,(—–-]/u.test(text.slice(m.end, m.end + 40))
  );
}
