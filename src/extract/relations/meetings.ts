/**
 * Meetings: the encounter a relation names, once per article at its most
 * specific; signing together as meeting in person; the purpose of a
 * meeting, which is no second event; a transcript of leaders speaking in
 * turn. Who the sides are is meeting-sides.ts.
 */
import { RELATION_TYPES, type RelationType, type RelationTypeInfo } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { Mention } from '../actors/mention.js';
import { confidenceOf } from './confidence.js';
import { nounEntry, verbEntries } from './lexicon.js';
import type { ExtractedRelation, Shape } from './types.js';
import type { HomeOf } from './frame.js';
import { ATTRIBUTION, type Quote } from '../speech/index.js';
import { particlesOf } from './dependents.js';

/** meetings happen between these kinds */
const MEETS = new Set(['Person', 'Country', 'Organization']);

/** the most sides named together whose every pair is read as meeting ("A, B and C met", a trilateral) */
export const MOST_SIDES = 4;

/** talks by a name that says the sides sat together ("held consultations with X"), unlike a dialogue or a contact */
const IN_PERSON_TALKS = new Set(['consultation', 'conversation']);

/**
 * a face-to-face encounter that happened: a meeting or a hosting (or
 * consultations held), not denied, doubted, planned or held by phone. At
 * the predicate, a gathering named by a noun is still ahead when the verb
 * it is the subject or object of says so ("the meeting is scheduled for
 * July", "talks could take place in the autumn").
 */
export function isEncounter(
  type: RelationType,
  how: { negated: boolean; hedged: boolean; planned: boolean; remote: boolean },
  a: Mention,
  b: Mention,
  at?: { s: Sentence; pred: number; sides?: number },
): boolean {
  const lemma = at?.s.token(at.pred).lemma.toLowerCase() ?? '';
  const talks =
    type === 'NEGOTIATED_WITH' &&
    at !== undefined &&
    ((at.s.token(at.pred).pos.startsWith('NN') && IN_PERSON_TALKS.has(lemma)) ||
      (TALKING.has(lemma) && onTheSidelines(at.s, at.pred)));
  return (
    // "visited Putin at his residence", "paid a visit to the king": a visit to a person is a meeting with them
    (type === 'MET' || type === 'HOSTED' || talks || (type === 'VISITED' && b.kind === 'Person')) &&
    !how.negated &&
    !how.hedged &&
    !how.planned &&
    !how.remote &&
    !(at && stillAhead(at.s, at.pred)) &&
    !(at && a.kind === 'Country' && b.kind === 'Country' && aProcess(at.s, at.pred)) &&
    // five or more sides named together are a multilateral gathering, not a meeting of each pair
    (at?.sides ?? 2) <= MOST_SIDES &&
    MEETS.has(a.kind) &&
    MEETS.has(b.kind)
  );
}

/** verbs that tell how a process fares: "talks stalled", "negotiations dragged on", "the talks have progressed" */
const COURSE = new Set([
  'stall',
  'continue',
  'progress',
  'drag',
  'collapse',
  'falter',
  'founder',
  'stagnate',
  'resume',
  'advance',
  'break',
  'fail',
  'succeed',
]);

/**
 * Talks between states whose course a clause tells ("talks between A and
 * B stalled", "negotiations with X have progressed") are a process of many
 * sittings, not one meeting; between people they are one sitting that
 * went on ("talks between X and Y continued over dinner").
 */
function aProcess(s: Sentence, n: number): boolean {
  return (
    s.token(n).pos.startsWith('NN') &&
    s.parents(n, /^nsubj/).some((e) => e.gov > 0 && COURSE.has(s.token(e.gov).lemma.toLowerCase()))
  );
}

/** verbs of talking, which say nothing of where until "on the sidelines of" a gathering does */
const TALKING = new Set(['speak', 'talk', 'converse', 'confer', 'chat', 'discuss']);

/** "spoke on the sidelines of the summit", "on the margins of the forum": where those present talk face to face */
export function onTheSidelines(s: Sentence, v: number): boolean {
  return s
    .children(v, /^obl:(?:on|at|during)$/)
    .some((e) => /^(?:sideline|sidelines|margin|margins)$/.test(s.token(e.dep).lemma.toLowerCase()));
}

/** verbs that put a gathering on a calendar, not in the past: "scheduled", "set for", "slated", "planned", "postponed" */
const SCHEDULING = new Set([
  'schedule',
  'set',
  'slate',
  'plan',
  'expect',
  'arrange',
  'prepare',
  'propose',
  'postpone',
  'delay',
  'reschedule',
  'announce',
  'due',
]);
/** auxiliaries of what has not happened: the future and the merely possible */
const NOT_YET_AUX = new Set(['will', 'shall', "'ll", 'wo', 'may', 'might', 'could', 'would', 'should']);

/**
 * A gathering named by a noun that is the subject or the object of a verb
 * of scheduling, or of a verb in the future or the conditional ("a meeting
 * is scheduled for July", "the talks could take place in the autumn", "a
 * summit is expected to be held", "the meeting is due next week").
 */
function stillAhead(s: Sentence, n: number): boolean {
  if (!s.token(n).pos.startsWith('NN')) return false;
  const notYet = (v: number, depth: number): boolean => {
    const lemma = s.token(v).lemma.toLowerCase();
    if (SCHEDULING.has(lemma)) return true;
    if (s.children(v, /^aux/).some((e) => NOT_YET_AUX.has(s.token(e.dep).word.toLowerCase()))) return true;
    // "is due to take place", "is expected to be held": the verb the clause hangs from
    if (s.children(v, 'cop').length > 0 && SCHEDULING.has(lemma)) return true;
    return depth < 2 && s.parents(v, /^(?:xcomp|conj)/).some((e) => e.gov > 0 && notYet(e.gov, depth + 1));
  };
  // "will join X for dinner", "invited X for talks": the verb one is joined or asked "for" it by
  const asked = s
    .parents(n, 'obl:for')
    .some((e) => e.gov > 0 && (s.token(e.gov).lemma.toLowerCase() === 'invite' || notYet(e.gov, 0)));
  return asked || s.parents(n, /^(?:nsubj|nsubj:pass|obj)$/).some((e) => e.gov > 0 && notYet(e.gov, 0));
}

/**
 * An encounter is named once, at its most specific: "Putin met Japarov …
 * Russian-Kyrgyz talks …" or "the presidents of Kazakhstan" beside
 * "Tokayev" are the one meeting of the people, so a meeting with a country
 * end stands down (as a relation it stays) when a meeting of the same
 * article has, in its place, a person who serves that country.
 */
export function oneMeetingPerEncounter(relations: ExtractedRelation[], homeOf: HomeOf): ExtractedRelation[] {
  const meetings = relations.filter((r) => r.meeting);
  const stands = (general: Mention, specific: Mention): boolean =>
    general.actorId === specific.actorId ||
    (general.kind === 'Country' && specific.kind === 'Person' && homeOf(specific.actorId) === general.actorId);
  const covered = (r: ExtractedRelation): boolean =>
    (r.source.kind === 'Country' || r.target.kind === 'Country') &&
    meetings.some(
      (o) =>
        o !== r &&
        (o.source.kind === 'Person' || o.target.kind === 'Person') &&
        ((stands(r.source, o.source) && stands(r.target, o.target)) ||
          (stands(r.source, o.target) && stands(r.target, o.source))) &&
        !(o.source.kind === 'Country' || o.target.kind === 'Country'),
    );
  return relations.map((r) => (r.meeting && covered(r) ? { ...r, meeting: false } : r));
}

/** the one person of the article who serves a country, if only one does */
function servingOnly(m: Mention, people: readonly Mention[], homeOf: HomeOf): Mention | undefined {
  if (m.kind !== 'Country') return undefined;
  const serving = [
    ...new Map(people.filter((p) => homeOf(p.actorId) === m.actorId).map((p) => [p.actorId, p])).values(),
  ];
  return serving.length === 1 ? serving[0] : undefined;
}

/** how far (in characters: about a sentence) from a meeting of states its leaders must be named to stand for them */
const NEAR = 200;

/**
 * "Russian-Kazakh talks were held in the Kremlin, with Putin and Tokayev
 * …": a meeting of two states is the meeting of the one person named for
 * each about a sentence around it, read
 * as through coreference (the state's meeting stands down for it in
 * oneMeetingPerEncounter). With no such person, or several, the states stay.
 */
export function statesInPerson(
  relations: readonly ExtractedRelation[],
  people: readonly Mention[],
  homeOf: HomeOf,
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    if (!r.meeting || r.source.kind !== 'Country' || r.target.kind !== 'Country') continue;
    // the leaders named around the talks, not any the article names ("Putin proposed talks …; Russian-Ukrainian talks
    // were held in Istanbul at the level of delegations" is no meeting of Putin's)
    const near = people.filter(
      (p) => Math.abs(p.start - r.evidenceStart) <= NEAR && Math.abs(p.end - r.evidenceEnd) <= NEAR,
    );
    const a = servingOnly(r.source, near, homeOf);
    const b = servingOnly(r.target, near, homeOf);
    if (!a || !b || a.actorId === b.actorId) continue;
    const shape = r.reading.split('/')[0] as Shape;
    out.push({
      ...r,
      source: a,
      target: b,
      reading: `${shape}/coref`,
      confidence: confidenceOf(shape, 'coref', r.hedged),
    });
  }
  return out;
}

/** a signing read from its verb */
export const SIGNING = /^verb:(?:sign|ink|initial|seal|countersign):/;

/** verbs of signing a document ("signed the contract with X" is read from the noun, under this verb) */
export const SIGNING_VERBS = new Set(['sign', 'ink', 'initial', 'seal', 'countersign']);

/**
 * "Tokayev and Mirziyoyev signed a treaty", "the presidents of A and B
 * signed …", "X signed the contract with Y": people who sign together
 * meet to do it. The signing stays a
 * relation between those named; the encounter is between the people, a
 * country standing for the one person of the article who serves it.
 */
export function signedInPerson(
  relations: readonly ExtractedRelation[],
  people: readonly Mention[],
  homeOf: HomeOf,
  signedBy: (r: ExtractedRelation) => boolean = (r) => SIGNING.test(r.entry),
): ExtractedRelation[] {
  const personOf = (m: Mention): Mention | undefined => (m.kind === 'Person' ? m : servingOnly(m, people, homeOf));
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    // signing is done in person; agreeing may be done by phone
    if (r.type !== 'SIGNED_AGREEMENT_WITH' || !signedBy(r)) continue;
    if (r.negated || r.hedged || r.planned) continue;
    // a country signs through its leader only where the text says so ("the presidents of A and B signed")
    const byTitle = r.reading === 'coordinated/title';
    // "X signed the contract with Y": two people named as signing with each other sat together too
    const withEachOther =
      /^(?:active|passive|light)$/.test(r.reading) && r.source.kind === 'Person' && r.target.kind === 'Person';
    if (r.reading !== 'coordinated' && !byTitle && !withEachOther) continue;
    const end = (m: Mention): Mention | undefined => {
      if (byTitle) return personOf(m);
      return m.kind === 'Person' ? m : undefined;
    };
    const a = end(r.source);
    const b = end(r.target);
    if (!a || !b || a.actorId === b.actorId) continue;
    const info = RELATION_TYPES.MET as RelationTypeInfo;
    out.push({
      ...r,
      type: 'MET',
      source: a,
      target: b,
      polarity: info.polarity,
      meeting: true,
      symmetric: true,
      reading: 'coordinated/clause',
      confidence: confidenceOf('coordinated', 'clause', false),
    });
  }
  return out;
}

/** a to-infinitive hanging from a verb of meeting, or from a verb whose object is a meeting ("held talks to discuss") */
export function purposeOfMeeting(s: Sentence, v: number): boolean {
  if (!s.children(v, 'mark').some((e) => s.token(e.dep).word.toLowerCase() === 'to')) return false;
  return s.parents(v, /^(?:advcl|xcomp)/).some((e) => {
    if (e.gov === 0) return false;
    const meets = (i: number): boolean => {
      const lemma = s.token(i).lemma.toLowerCase();
      const noun = nounEntry(lemma);
      return (
        verbEntries(lemma, particlesOf(s, i)).some((x) => x.family === 'consult' || x.family === 'host') ||
        (noun !== undefined && (noun.family === 'consult' || noun.family === 'negotiate'))
      );
    };
    return meets(e.gov) || s.children(e.gov, 'obj').some((o) => meets(o.dep));
  });
}

/** a transcript of a call or a video link, not of a sitting */
const REMOTE_TEXT = /\b(?:tele)?phone|\bvideo|\bonline\b|\bvirtual/i;

/**
 * "Vladimir Putin: Mr President, friends, …" / "Kassym-Jomart Tokayev:
 * Thank you …": a transcript in which leaders of different states speak in
 * turn records their meeting (the readouts of a presidency print the
 * opening of talks so), unless the article speaks of a call or a video link.
 * Read as a frame (0.5): what the transcript is of is not said.
 */
export function transcriptMeetings(text: string, speech: readonly Quote[], homeOf: HomeOf): ExtractedRelation[] {
  const turns = speech.filter(
    (q) => q.direct && q.confidence === ATTRIBUTION.transcript && q.speaker?.kind === 'Person' && q.speaker.known,
  );
  const first = new Map<string, Quote>();
  for (const q of turns) if (!first.has(q.speaker!.actorId)) first.set(q.speaker!.actorId, q);
  const sides = [...first.values()].filter((q) => homeOf(q.speaker!.actorId) !== undefined);
  const homes = new Set(sides.map((q) => homeOf(q.speaker!.actorId)));
  if (sides.length < 2 || sides.length > MOST_SIDES || homes.size < 2 || REMOTE_TEXT.test(text)) return [];
  const info = RELATION_TYPES.MET as RelationTypeInfo;
  const out: ExtractedRelation[] = [];
  for (let i = 0; i < sides.length; i++)
    for (let j = i + 1; j < sides.length; j++) {
      const [a, b] = [sides[i]!, sides[j]!];
      if (homeOf(a.speaker!.actorId) === homeOf(b.speaker!.actorId)) continue;
      out.push({
        type: 'MET',
        source: a.speaker!,
        target: b.speaker!,
        claimant: null,
        evidenceStart: b.start,
        evidenceEnd: b.end,
        polarity: info.polarity,
        hedged: false,
        negated: false,
        planned: false,
        meeting: true,
        symmetric: true,
        reading: 'frame',
        entry: 'transcript:MET',
        confidence: confidenceOf('frame', 'name', false),
      });
    }
  return out;
}
