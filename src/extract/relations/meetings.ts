/**
 * Meetings: the encounter a relation names, once per article at its most
 * specific; signing together as meeting in person; the hosts and guests of
 * a gathering; the purpose of a meeting, which is no second event.
 */
import { RELATION_TYPES, type RelationType, type RelationTypeInfo } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { Mention } from '../actors/mention.js';
import type { Arguments, End } from './arguments.js';
import { confidenceOf } from './confidence.js';
import { nounEntry, verbEntries } from './lexicon.js';
import type { ExtractedRelation, Shape } from './types.js';
import type { HomeOf } from './frame.js';
import { ATTRIBUTION, type Quote } from '../speech/index.js';
import { particlesOf, subjectsOf, collect, uniq } from './dependents.js';

/** verbs by which one hosts a gathering */
const HOSTING = new Set(['host', 'organize', 'organise', 'convene', 'chair', 'sponsor', 'throw', 'give']);

/** verbs by which one is a guest at a gathering ("took part in" is "take" with its object "part") */
const ATTENDING = new Set(['attend', 'join', 'participate', 'take', 'grace', 'address']);

/** meetings happen between these kinds */
const MEETS = new Set(['Person', 'Country', 'Organization']);

/** the most sides named together whose every pair is read as meeting ("A, B and C met", a trilateral) */
const MOST_SIDES = 4;

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
    (type === 'MET' || type === 'HOSTED' || talks) &&
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

const SIGNING = /^verb:(?:sign|ink|initial|seal):/;

/**
 * "Tokayev and Mirziyoyev signed a treaty", "the presidents of A and B
 * signed …": leaders who sign together meet to do it. The signing stays a
 * relation between those named; the encounter is between the people, a
 * country standing for the one person of the article who serves it.
 */
export function signedInPerson(
  relations: readonly ExtractedRelation[],
  people: readonly Mention[],
  homeOf: HomeOf,
): ExtractedRelation[] {
  const personOf = (m: Mention): Mention | undefined => {
    if (m.kind === 'Person') return m;
    if (m.kind !== 'Country') return undefined;
    const serving = [
      ...new Map(people.filter((p) => homeOf(p.actorId) === m.actorId).map((p) => [p.actorId, p])).values(),
    ];
    return serving.length === 1 ? serving[0] : undefined;
  };
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    // signing is done in person; agreeing may be done by phone
    if (r.type !== 'SIGNED_AGREEMENT_WITH' || !SIGNING.test(r.entry)) continue;
    if (r.negated || r.hedged || r.planned) continue;
    // a country signs through its leader only where the text says so ("the presidents of A and B signed")
    const byTitle = r.reading === 'coordinated/title';
    if (r.reading !== 'coordinated' && !byTitle) continue;
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

/** the host of a gathering: the agent of its hosting participle ("a summit hosted by X"), or the subject of the verb hosting it */
export function hostsOf(s: Sentence, n: number, args: Arguments): End[] {
  const byParticiple = s
    .children(n, /^acl/)
    .filter((e) => HOSTING.has(s.token(e.dep).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.dep, ['obl:by', 'obl:agent'], args, false));
  const bySubject = s
    .parents(n, 'obj')
    .filter((e) => e.gov > 0 && HOSTING.has(s.token(e.gov).lemma.toLowerCase()))
    .flatMap((e) => subjectsOf(s, e.gov, args));
  return uniq([...byParticiple, ...bySubject]);
}

/** who attended a gathering: the subject of "attended", "joined", "took part in", or the agent of "attended by" */
export function guestsOf(s: Sentence, n: number, args: Arguments): End[] {
  const attending = s
    .parents(n, /^(?:obj|obl:in|obl:at)$/)
    .filter((e) => e.gov > 0 && ATTENDING.has(s.token(e.gov).lemma.toLowerCase()))
    .filter((e) => e.rel === 'obj' || s.token(e.gov).lemma.toLowerCase() !== 'attend')
    .flatMap((e) => subjectsOf(s, e.gov, args));
  const attendedBy = s
    .children(n, /^acl/)
    .filter((e) => ATTENDING.has(s.token(e.dep).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.dep, ['obl:by', 'obl:agent'], args, false));
  // "the talks were attended by X"
  const passive = s
    .parents(n, 'nsubj:pass')
    .filter((e) => e.gov > 0 && ATTENDING.has(s.token(e.gov).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.gov, ['obl:by', 'obl:agent'], args, false));
  // "hosted a banquet for A and B", "gave a dinner in honour of X": those a gathering is given for are its guests
  const honoured = s.parents(n, 'obj').some((e) => e.gov > 0 && HOSTING.has(s.token(e.gov).lemma.toLowerCase()))
    ? [
        ...collect(s, n, ['nmod:for'], args, false),
        ...s
          .children(n, 'nmod:in')
          .filter((e) => /^honou?r$/.test(s.token(e.dep).lemma.toLowerCase()))
          .flatMap((e) => collect(s, e.dep, ['nmod:of'], args, false)),
      ]
    : [];
  return uniq([...attending, ...attendedBy, ...passive, ...honoured]);
}

/**
 * "The meeting of A and B", "talks in a narrow format between A and B":
 * the sides of a small gathering named by its "of" phrase when there are
 * several, or by the "between" of a word that only qualifies it (its
 * format, its round, its session).
 */
export function sidesOfGathering(s: Sentence, n: number, args: Arguments): End[] {
  const lemma = s.token(n).lemma.toLowerCase();
  if (!SMALL_GATHERINGS.has(lemma) && lemma !== 'summit') return [];
  const of = collect(s, n, ['nmod:of'], args, false);
  if (of.length >= 2) return of;
  return uniq(
    s
      .children(n, /^nmod:/)
      .filter((e) => args.actors(s, e.dep).length === 0 && QUALIFYING.has(s.token(e.dep).lemma.toLowerCase()))
      .flatMap((e) => collect(s, e.dep, ['nmod:between', 'nmod:among'], args, false)),
  );
}

/** words that say how a meeting was held, not what it was about */
const QUALIFYING = new Set(['format', 'round', 'session', 'setting', 'level', 'part', 'stage', 'composition']);

/**
 * "A and B attended the summit", "A and B took part in the forum": guests
 * of a large gathering need not meet one another (its host meets each);
 * whether guests of a small one do is guestsMeet's to say.
 */
export function guestsOfLargeGathering(s: Sentence, n: number, gov: number): boolean {
  return ATTENDING.has(s.token(gov).lemma.toLowerCase()) && !SMALL_GATHERINGS.has(s.token(n).lemma.toLowerCase());
}

/** gatherings of a few sides, where all who attend meet one another (unlike a summit, a forum or a ceremony) */
const SMALL_GATHERINGS = new Set([
  'meeting',
  'talk',
  'negotiation',
  'consultation',
  'conversation',
  'encounter',
  'tete-a-tete',
  'audience',
  'bilateral',
]);

/**
 * "talks in Minsk were attended by A and B", "a meeting attended by A and
 * B": with no host named, the attendees meet. "The meeting was (also)
 * attended by X and Y" names the aides at a meeting told before, who need
 * not meet one another: a gathering named as one already known is left out.
 */
export function guestsMeet(s: Sentence, n: number, guests: readonly End[]): boolean {
  if (guests.length < 2 || guests.length > MOST_SIDES || !SMALL_GATHERINGS.has(s.token(n).lemma.toLowerCase()))
    return false;
  const known = s
    .children(n, /^(?:det|nmod:poss)$/)
    .some((e) => /^(?:the|this|that|these|those)$/i.test(s.token(e.dep).word) || e.rel === 'nmod:poss');
  const also = [n, ...s.parents(n).map((e) => e.gov)].some((i) =>
    s.children(i, 'advmod').some((e) => /^(?:also|too|as well)$/i.test(s.token(e.dep).word)),
  );
  return !known && !also;
}

/** verbs by which one addresses someone present: what one tells, assures or thanks someone at a meeting is said face to face */
const ADDRESSING = new Set([
  'tell',
  'assure',
  'inform',
  'brief',
  'thank',
  'congratulate',
  'remind',
  'reassure',
  'ask',
  'urge',
  'invite',
  'present',
  'hand',
  'show',
  'greet',
  'promise',
]);

/** the prepositions that make a gathering the time or place of a clause ("during the talks", "at their meeting") */
const FRAMING_CASE = new Set(['during', 'at', 'after', 'following', 'in']);

/**
 * The sides of a meeting named only as the time or place of a clause:
 * "During the talks, X told Y that …", "X assured Y at their meeting …"
 * (one who addresses another at a meeting meets them there), and the
 * parser's reading of "At their meeting in Bishkek, A and B agreed …",
 * which hangs the coordinated subjects on the place as its conjuncts.
 * A meeting with both sides as the clause's subjects is read as a pair
 * already (noun-frames.ts).
 */
export function framedSides(s: Sentence, n: number, args: Arguments): { sources: End[]; targets: End[] } | undefined {
  if (!SMALL_GATHERINGS.has(s.token(n).lemma.toLowerCase())) return undefined;
  const framing = s.parents(n, /^obl:/).find((e) => e.gov > 0 && FRAMING_CASE.has(e.rel.slice(4)));
  const subjects = framing ? subjectsOf(s, framing.gov, args) : [];
  if (framing && subjects.length > 0) {
    const v = framing.gov;
    // "after the talks, X urged Y …" may be said in public; during or at them it is said to Y's face
    if (!/^obl:(?:during|at)$/.test(framing.rel)) return undefined;
    if (subjects.length !== 1 || !ADDRESSING.has(s.token(v).lemma.toLowerCase())) return undefined;
    const addressed = collect(s, v, ['obj', 'iobj'], args, false).filter(
      (x) => x.m.kind === 'Person' && x.m.actorId !== subjects[0]!.m.actorId,
    );
    return addressed.length > 0 ? { sources: subjects, targets: addressed } : undefined;
  }
  // "At their meeting in Bishkek, A and B …": the parser may take the subjects for conjuncts of the place (a seat read as its country)
  if (!s.children(n, 'case').some((e) => FRAMING_CASE.has(s.token(e.dep).word.toLowerCase()))) return undefined;
  for (const e of s.children(n, /^nmod:(?:in|at)$/)) {
    const place = args.actors(s, e.dep);
    if (place.length !== 1 || !['Region', 'Country'].includes(place[0]!.m.kind)) continue;
    const people = s
      .children(e.dep, /^conj/)
      .flatMap((c) => args.actors(s, c.dep))
      .filter((x) => x.m.kind === 'Person');
    if (people.length >= 2 && people.length <= MOST_SIDES) return { sources: [], targets: people };
  }
  return undefined;
}

/** verbs that tell how a sitting went ("lasted three hours", "focused on trade", "went well", "ended with a statement") */
const SITTING = new Set([
  'last',
  'focus',
  'centre',
  'center',
  'concentrate',
  'cover',
  'touch',
  'revolve',
  'end',
  'conclude',
  'begin',
  'start',
  'open',
  'run',
  'go',
  'produce',
  'follow',
  'precede',
  'include',
]);
const PAST_AUX = new Set(['was', 'were', 'had']);

/**
 * A clause that tells a sitting that happened: a verb of its course in
 * the past ("lasted", "went well", "focused on"), or "was held" / "took
 * place"; not what talks are ("remain impossible", "are needed") nor a
 * process ("have yielded little so far").
 */
function aSitting(s: Sentence, v: number, rel: string): boolean {
  const lemma = s.token(v).lemma.toLowerCase();
  const past =
    s.token(v).pos === 'VBD' || s.children(v, /^aux/).some((e) => PAST_AUX.has(s.token(e.dep).word.toLowerCase()));
  const held =
    (lemma === 'hold' && rel === 'nsubj:pass') ||
    (lemma === 'take' && s.children(v, 'obj').some((e) => s.token(e.dep).lemma.toLowerCase() === 'place'));
  return past && (SITTING.has(lemma) || held);
}

/**
 * A meeting named with its other side only, as what a clause is about
 * ("Talks with Putin lasted three hours", "The meeting with Xi was held
 * behind closed doors") or its time ("After talks with Erdogan, …" with no
 * subject of its own): its first side is the one who reports it or the
 * leader just named (Arguments.meetingSide), read through coreference and
 * so below an analyst's 0.6. Talks one criticizes, proposes or wants are
 * no such report, and talks with a state are a process more often than a
 * sitting.
 */
export function reportedSide(s: Sentence, n: number, targets: readonly End[], args: Arguments): End[] {
  // "talks with Armenia were progressing" is a process between states, not one sitting
  if (!SMALL_GATHERINGS.has(s.token(n).lemma.toLowerCase()) || !targets.every((t) => t.m.kind === 'Person')) return [];
  const about = s.parents(n).some((e) => e.gov > 0 && /^nsubj(?::pass)?$/.test(e.rel) && aSitting(s, e.gov, e.rel));
  if (!about) return [];
  // "Talks with Xi went well, Rahmon told reporters": the reporter of a clause without quotation marks
  const others = targets.map((t) => t.m.actorId);
  const reporter = s
    .parents(n, /^nsubj/)
    .flatMap((e) => s.children(e.gov, 'parataxis'))
    .flatMap((e) => subjectsOf(s, e.dep, args))
    .filter((x) => x.m.kind === 'Person' && !others.includes(x.m.actorId));
  if (reporter.length === 1) return [{ ...reporter[0]!, via: 'clause' }];
  return args.meetingSide(s, n, others);
}

/** verbs by which one holds talks ("held talks", "had a meeting", "conducted negotiations") */
const HOLDING = new Set(['hold', 'have', 'conduct']);

/**
 * "Putin held talks in Bishkek", "Scholz had meetings in Kazakhstan": one
 * who holds talks in another state's capital or in the state holds them
 * with its government (its one leader the article names, by
 * statesInPerson's rule, else the state); a frame, below 0.6. In one's own
 * capital nobody is met (emit.ts), and a city that is no seat names no one.
 */
export function talksAbroad(s: Sentence, n: number, args: Arguments): { sources: End[]; targets: End[] } | undefined {
  if (!SMALL_GATHERINGS.has(s.token(n).lemma.toLowerCase())) return undefined;
  const held = s.parents(n, 'obj').find((e) => e.gov > 0 && HOLDING.has(s.token(e.gov).lemma.toLowerCase()));
  // "held talks in Bishkek with business leaders": the other side is said, if not as an actor
  if (!held || [...s.children(n, 'nmod:with'), ...s.children(held.gov, 'obl:with')].length > 0) return undefined;
  const sources = subjectsOf(s, held.gov, args);
  if (sources.length !== 1 || sources[0]!.m.kind !== 'Person') return undefined;
  const places = [...s.children(n, 'nmod:in'), ...s.children(held.gov, 'obl:in')].flatMap((e) => args.actors(s, e.dep));
  const states = places.filter((p) => p.m.kind === 'Country');
  return states.length === 1 && places.length === 1 ? { sources, targets: states } : undefined;
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
