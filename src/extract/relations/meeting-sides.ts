/**
 * The sides of a meeting, wherever a sentence names them: the hosts and
 * guests of a gathering, the sides a clause about the talks frames ("During
 * the talks, X told Y"), the side a reporter's "talks with X" leaves
 * implicit, and the state a leader held talks in.
 */
import type { Sentence } from '../parse/document.js';
import type { Arguments, End } from './arguments.js';
import { collect, subjectsOf, uniq } from './dependents.js';
import { MOST_SIDES } from './meetings.js';

/** verbs by which one hosts a gathering */
const HOSTING = new Set(['host', 'organize', 'organise', 'convene', 'chair', 'sponsor', 'throw', 'give']);

/** verbs by which one is a guest at a gathering ("took part in" is "take" with its object "part") */
const ATTENDING = new Set(['attend', 'join', 'participate', 'take', 'grace', 'address']);

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
