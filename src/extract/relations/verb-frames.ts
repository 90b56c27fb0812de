/**
 * A verb of the lexicon takes its source from its subject (the agent in a
 * passive; enhanced++ shares subjects across coordination and control) and
 * its target from the dependents its frame names.
 */
import type { Sentence } from '../parse/document.js';
import type { Arguments, End } from './arguments.js';
import type { VerbEntry } from './lexicon-entries.js';
import { entryKey, ingLemmas, nounEntry, verbEntries } from './lexicon.js';
import { modalityOf } from './modality.js';
import type { Frame } from './frame.js';
import { REMOTE, EVENTS, EXCHANGE } from './word-classes.js';
import { FRAMING, particlesOf, subjectsOf, collect, uniq, symmetric, reciprocal } from './dependents.js';
import { MOST_SIDES, onTheSidelines, purposeOfMeeting } from './meetings.js';

/** complements naming someone an ally ("regards X as a friend") */
const ALLY = new Set(['friend', 'ally', 'partner', 'brother', 'neighbor', 'neighbour']);

/** verbs that name an exchange between coordinated subjects only with its medium ("spoke by phone") */
const ALONE = new Set(['speak', 'correspond']);

/** nouns of manner the parser takes for a verb's object ("met face to face", "talked one on one"): no other side */
const MANNER = new Set(['face', 'one']);

/** what a state keeps in or opens to another, whose closing is a break with it ("closed its embassy in X", "the bureau of X") */
const MISSIONS = new Set([
  'embassy',
  'consulate',
  'mission',
  'office',
  'bureau',
  'representation',
  'legation',
  'base',
  'airspace',
  'border',
  'port',
  'market',
  'checkpoint',
  'crossing',
]);

/** verbs of inviting: their object is asked to come */
const INVITE = new Set(['invite']);

/** the prepositions by which a verb of judging names what its object did ("accused X of", "thanked X for", "criticized X over") */
const JUDGED_BY = /^obl:(?:of|for|over)$/;

/**
 * "Accused X of shelling Y", "thanked X for supporting Y": the parser often
 * makes the gerund a modifier of its own object ("shelling" an adjective of
 * "Y", "Y" the verb's "of" phrase). The one judged is the doer, the
 * gerund's object its target, read from the clause (below 0.6).
 */
export function judgedGerund(s: Sentence, i: number, args: Arguments): Frame | undefined {
  const t = s.token(i);
  const candidates = t.pos.startsWith('VB') ? [t.lemma.toLowerCase()] : ingLemmas(t.word);
  const entry = candidates
    .flatMap((l) => verbEntries(l, []))
    .find((x) => x.targets.includes('obj') || x.targets.includes('obj-unnamed'));
  if (!entry || !/ing$/i.test(t.word)) return undefined;
  for (const e of s.parents(i, /^(?:amod|compound)$/)) {
    if (e.gov === 0) continue;
    const judging = s.parents(e.gov, JUDGED_BY).find((p) => p.gov > 0);
    if (!judging) continue;
    const passive = s.children(judging.gov, 'nsubj:pass').length > 0;
    const doers = collect(s, judging.gov, [passive ? 'nsubj:pass' : 'obj'], args, false);
    const targets = args
      .actors(s, e.gov, entry.possessor === true)
      .filter((x) => !doers.some((d) => d.m.actorId === x.m.actorId));
    if (doers.length === 0 || targets.length === 0) continue;
    return {
      type: entry.type,
      entry: entryKey(entry, 'verb'),
      pred: i,
      sources: doers.map((x) => ({ ...x, via: 'clause' as const })),
      targets,
      shape: 'active',
      remote: false,
      modality: modalityOf(s, judging.gov),
    };
  }
  return undefined;
}

export function verbFrame(s: Sentence, v: number, args: Arguments): Frame | undefined {
  const lemma = s.token(v).lemma.toLowerCase();
  const entries = verbEntries(lemma, particlesOf(s, v));
  if (entries.length === 0) return undefined;
  // "traded barbs with X", "exchanged fire with X": the noun names the event
  if (
    EXCHANGE.has(lemma) &&
    s
      .children(v, 'obj')
      .some(
        (e) =>
          nounEntry(s.token(e.dep).lemma.toLowerCase())?.family !== 'trade' &&
          nounEntry(s.token(e.dep).lemma.toLowerCase()) !== undefined,
      )
  )
    return undefined;
  const invited = invitation(s, v, entries[0]!, args);
  if (invited) return invited;
  // "invited X to visit": read once, from the visit (invitation above), as an intention
  if (INVITE.has(lemma) && s.children(v, 'xcomp').length > 0) return undefined;
  // "Armenia, backed by France", "sanctions imposed by X on Y": a participle modifying a noun is a passive of that noun
  const patient = participleOf(s, v);
  const passive = patient !== undefined || s.children(v, 'nsubj:pass').length > 0;
  const sources = passive
    ? collect(s, v, patient === undefined ? ['obl:agent'] : ['obl:agent', 'obl:by'], args, false)
    : subjectsOf(s, v, args);
  const modality = modalityOf(s, v);
  const remote = s.children(v, /^obl:(?:by|over|via|on)$/).some((e) => REMOTE.has(s.token(e.dep).lemma.toLowerCase()));
  for (const entry of entries) {
    const targets = targetsOf(s, v, entry, passive, args, patient);
    if (targets.length === 0) continue;
    if (entry.members) {
      // only a body has members: "Germany includes Kazakhstan in its strategy" names none
      if (sources.length === 0 || !sources.every((x) => x.m.kind === 'Organization')) continue;
      return {
        type: entry.type,
        entry: entryKey(entry, 'verb'),
        pred: v,
        sources: targets,
        targets: sources,
        shape: passive ? 'passive' : 'active',
        remote,
        modality,
      };
    }
    const type =
      entry.unlessPerson && !targets.some((t) => t.m.kind === 'Person' || t.via === 'title')
        ? entry.unlessPerson
        : entry.type;
    return {
      type,
      entry: entryKey(entry, 'verb'),
      pred: v,
      sources,
      targets,
      shape: passive ? 'passive' : 'active',
      remote,
      modality,
      together: receivedTogether(s, v, targets),
    };
  }
  // "After meeting Putin, X said": the parser may hang the participle on its object as a modifier
  if (s.token(v).pos === 'VBG' && sources.length === 0) {
    for (const e of s.parents(v, 'amod')) {
      const met = args.actors(s, e.gov);
      const clause = s.parents(e.gov, FRAMING).find((c) => c.gov > 0);
      // "Putin, hosting Tokayev in the Kremlin, said": the object, so modified, is set beside the doer in apposition
      const beside = s.parents(e.gov, 'appos').find((c) => c.gov > 0);
      const doers = beside
        ? args.actors(s, beside.gov).filter((x) => !met.some((m) => m.m.actorId === x.m.actorId))
        : [];
      const subjects = clause ? subjectsOf(s, clause.gov, args) : doers;
      const entry = entries[0]!;
      if (met.length > 0 && subjects.length > 0)
        return {
          type: entry.type,
          entry: entryKey(entry, 'verb'),
          pred: v,
          sources: subjects.map((x) => (x.via === 'name' ? { ...x, via: 'clause' as const } : x)),
          targets: met,
          shape: 'active',
          remote,
          modality,
        };
    }
  }
  // "Germany, where he visited": the place a relative clause hangs on
  // only a visit goes to the place; "Tashkent, where the two signed agreements" is an agreement between them
  const where =
    entries[0]!.family === 'visit' &&
    s.children(v, 'advmod').some((e) => s.token(e.dep).lemma.toLowerCase() === 'where');
  if (where && sources.length > 0) {
    const places = s.parents(v, 'acl:relcl').flatMap((e) => args.actors(s, e.gov));
    const entry = entries[0]!;
    if (places.length > 0)
      return {
        type: entry.type,
        entry: entryKey(entry, 'verb'),
        pred: v,
        sources,
        targets: places,
        shape: 'active',
        remote,
        modality,
      };
  }
  // "A and B accused each other", "blamed one another for the clashes": each did it to the other
  const mutual = passive || sources.length < 2 ? undefined : entries.find((e) => reciprocalSlot(s, v, e));
  if (mutual)
    return {
      type: mutual.type,
      entry: entryKey(mutual, 'verb'),
      pred: v,
      sources: [],
      targets: [],
      pairs: sources,
      mutual: true,
      shape: 'coordinated',
      remote,
      modality,
    };
  const first = entries[0]!;
  // "A and B met to discuss water": the purpose of a meeting is its topic, not a second event among the same sides
  if (purposeOfMeeting(s, v)) return undefined;
  // "A and B spoke at a forum" is two speeches; "A and B spoke by phone" is a call between them
  if (ALONE.has(lemma) && !remote && !onTheSidelines(s, v)) return undefined;
  // "A and B met", "the deal signed by A and B"; "A and B sat down with the region's leaders" has its other side,
  // unnamed as an actor, and A and B are one side of it
  const otherSide =
    !passive && reciprocalSlot(s, v, first, (i) => !reciprocal(s, i) && !MANNER.has(s.token(i).lemma.toLowerCase()));
  if (symmetric(first.type) && sources.length > 1 && (!passive || patient !== undefined) && !otherSide)
    return {
      type: first.type,
      entry: entryKey(first, 'verb'),
      pred: v,
      sources: [],
      targets: [],
      pairs: sources,
      shape: 'coordinated',
      remote,
      modality,
    };
  return undefined;
}

/** verbs by which a host receives guests, who when named together are received together */
const RECEIVING = new Set(['host', 'receive', 'welcome', 'entertain']);

/** words that say guests were received one at a time */
const APART = new Set(['separately', 'individually', 'respectively', 'successively', 'apart']);

/**
 * "X hosted A and B at the White House", "A and B were received by X": two
 * or three guests named together as the objects of one hosting sit with one
 * another (a trilateral meeting); "separately" or "in turn" says they did
 * not. More sides are a summit, whose guests need not meet one another.
 */
function receivedTogether(s: Sentence, v: number, targets: readonly End[]): boolean {
  if (!RECEIVING.has(s.token(v).lemma.toLowerCase()) || targets.length < 2 || targets.length + 1 > MOST_SIDES)
    return false;
  const apart = s
    .children(v, /^(?:advmod|obl|obl:in)$/)
    .some((e) => APART.has(s.token(e.dep).lemma.toLowerCase()) || /^turns?$/.test(s.token(e.dep).word.toLowerCase()));
  return !apart && targets.every((t) => t.m.kind === 'Person' || t.m.kind === 'Country');
}

/** whether a slot of the entry that names its target directly holds "each other" or "one another" (or what else is asked) */
function reciprocalSlot(
  s: Sentence,
  v: number,
  entry: VerbEntry,
  holds: (i: number) => boolean = (i) => reciprocal(s, i),
): boolean {
  const rels = new Set(entry.targets.filter((t) => !t.includes('>')).map((t) => t.split(/[+-]/)[0]!));
  return s.children(v).some((e) => rels.has(e.rel) && holds(e.dep));
}

/**
 * "X invited Y to visit Z": the wish is the inviter's, its object the
 * invitee (an intent to meet, CAMEO 036), not the invitee's trip.
 */
function invitation(s: Sentence, v: number, entry: VerbEntry, args: Arguments): Frame | undefined {
  if (!EVENTS.has(entry.family)) return undefined;
  for (const e of s.parents(v, 'xcomp')) {
    if (e.gov === 0 || !INVITE.has(s.token(e.gov).lemma.toLowerCase())) continue;
    const sources = subjectsOf(s, e.gov, args);
    const targets = collect(s, e.gov, ['obj'], args, false);
    if (sources.length === 0 || targets.length === 0) return undefined;
    return {
      type: 'SEEKS_COOPERATION_WITH',
      entry: entryKey(entry, 'verb'),
      pred: v,
      sources,
      targets,
      shape: 'active',
      remote: false,
      modality: { ...modalityOf(s, e.gov), planned: true },
    };
  }
  return undefined;
}

/** the noun a past participle modifies with no subject of its own, its patient ("X, backed by Y"); the tagger may call it a past tense */
function participleOf(s: Sentence, v: number): number | undefined {
  if (!/^VB[ND]$/.test(s.token(v).pos)) return undefined;
  // "the deal signed by A and B covers oil": a long subject makes the parser take the participle for the clause's verb,
  // its noun for the subject; a participle with no auxiliary and a "by" phrase is still a passive
  const subjects = s.children(v, /^nsubj/);
  if (subjects.length > 0) {
    const reduced =
      s.token(v).pos === 'VBN' &&
      subjects.every((e) => e.rel === 'nsubj') &&
      s.children(v, /^(?:aux|aux:pass|cop)$/).length === 0 &&
      s.children(v, 'obl:by').length > 0;
    return reduced ? subjects[0]!.dep : undefined;
  }
  return s.parents(v, 'acl').find((e) => e.gov > 0)?.gov;
}

function targetsOf(
  s: Sentence,
  v: number,
  entry: VerbEntry,
  passive: boolean,
  args: Arguments,
  patient?: number,
): End[] {
  const out: End[] = [];
  const nouns: number[] = [];
  for (const slot of entry.targets) {
    if (slot === 'obj+as') {
      const named = s
        .children(v, /^(?:obl:as|xcomp|obl:like)$/)
        .some((e) => ALLY.has(s.token(e.dep).lemma.toLowerCase()));
      if (named) out.push(...collect(s, v, [passive ? 'nsubj:pass' : 'obj'], args, false));
      // "called China a reliable partner": the parser makes the one named the subject of the naming noun
      for (const e of s.children(v, 'xcomp'))
        if (ALLY.has(s.token(e.dep).lemma.toLowerCase())) out.push(...collect(s, e.dep, ['nsubj'], args, false));
      continue;
    }
    if (slot === 'obj-unnamed') {
      // "called X a liar", "called X corrupt", "called on X", "called for": no call; "called X to discuss" is one
      const named =
        s.children(v, /^(?:ccomp|compound:prt|obl:for)$/).length > 0 ||
        s.children(v, 'xcomp').some((e) => !s.token(e.dep).pos.startsWith('VB')) ||
        s.children(v, 'obj').length > 1;
      if (!named && !passive) out.push(...collect(s, v, ['obj'], args, false).filter((t) => t.m.kind === 'Person'));
      continue;
    }
    if (slot === 'obj+pressed') {
      if (
        s.children(v, /^(?:xcomp|ccomp|obl:for|obl:into|obl:over|obl:on)$/).length > 0 ||
        (s.children(v, 'obj').length > 0 && s.children(v, /^(?:advmod|obl:to|obl:toward|obl:towards)$/).length === 0)
      )
        out.push(...collect(s, v, [passive ? 'nsubj:pass' : 'obj'], args, false));
      continue;
    }
    if (slot === 'obj+mission') {
      // "closed its embassy in X", "shut the Russian consulate", "closed the bureau of X"; "closed the meeting in X" breaks nothing
      for (const e of s.children(v, passive ? 'nsubj:pass' : 'obj')) {
        if (!MISSIONS.has(s.token(e.dep).lemma.toLowerCase())) continue;
        out.push(
          ...args.actors(s, e.dep, true),
          ...collect(s, e.dep, ['nmod:in', 'nmod:of', 'nmod:with'], args, false),
          // "sealed its border with X": the parser may hang the neighbour on the verb
          ...collect(s, v, ['obl:with'], args, false),
        );
      }
      continue;
    }
    if (slot === 'obl:against+of') {
      // "warned of reprisals against X": the parser may hang the target on the verb; "warned against joining X" names none
      if (s.children(v, 'obl:of').length > 0) out.push(...collect(s, v, ['obl:against'], args, false));
      continue;
    }
    if (slot === 'obj+order') {
      // "told X to leave" is an order; "told X that …" or "told X about …" only informs
      if (s.children(v, 'xcomp').some((e) => s.token(e.dep).pos.startsWith('VB')))
        out.push(...collect(s, v, [passive ? 'nsubj:pass' : 'obj'], args, false));
      continue;
    }
    if (slot === 'obj+with') {
      if (s.children(v, 'obl:with').length > 0)
        out.push(...collect(s, v, [passive ? 'nsubj:pass' : 'obj'], args, false));
      continue;
    }
    if (slot.endsWith('+xcomp')) {
      // "asked X to send troops", "appealed to X for help": a request has what is asked; "asked X about Y" is a question
      const asked = s.children(v, /^(?:xcomp|obl:for|ccomp)$/).length > 0;
      const base = slot.slice(0, -'+xcomp'.length);
      if (asked) out.push(...collect(s, v, [base === 'obj' && passive ? 'nsubj:pass' : base], args, false));
      continue;
    }
    const [first, second] = slot.split('>') as [string, string | undefined];
    if (first === 'obj' && patient !== undefined) {
      // the participle's object is the noun it modifies
      if (second === undefined) out.push(...args.actors(s, patient, entry.possessor === true));
      else if (args.actors(s, patient).length === 0) out.push(...collect(s, patient, [second], args, false));
      continue;
    }
    // "met the EU's policy chief Josep Borrell": the parser may take a long object for an indirect one with no direct one
    const lone = s.children(v, 'obj').length === 0 && s.children(v, 'iobj').length > 0;
    let rel = first;
    if (first === 'obj' && passive) rel = 'nsubj:pass';
    else if (first === 'obj' && lone) rel = 'iobj';
    if (second === undefined) {
      out.push(...collect(s, v, [rel], args, entry.possessor === true));
      continue;
    }
    // through a non-actor noun: "complied with sanctions against X"
    for (const e of s.children(v, rel)) {
      if (args.actors(s, e.dep).length > 0) continue;
      const through = collect(s, e.dep, [second], args, false);
      // "violated X's airspace" finds its target in the possessor itself
      if (through.length > 0 && second !== 'nmod:poss') nouns.push(e.dep);
      out.push(...through);
    }
  }
  // "froze Armenia's participation in the CSTO": the owner of the noun the target was found through is its other party, not a target
  const owner = (t: End): boolean => nouns.some((n) => s.parents(t.tok, 'nmod:poss').some((p) => p.gov === n));
  return uniq(out.filter((t) => !owner(t)));
}
