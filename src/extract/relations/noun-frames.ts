/**
 * A noun of the lexicon (a nominal event: "a visit to X", "sanctions on X",
 * "talks with X") takes its target from its prepositions and its source from
 * its possessor or demonym, from the subject of the verb it is the object of
 * ("held talks with X"), the subject of a clause it frames ("at the meeting
 * with X, Y said") or of a copula ("X is an ally of Y"); "between A and B"
 * and a pair of modifiers ("Kazakh-Russian relations") give both sides.
 */
import type { RelationType } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { Arguments, End } from './arguments.js';
import type { NounEntry } from './lexicon-entries.js';
import { entryKey, nounEntry } from './lexicon.js';
import { modalityOf, type Modality } from './modality.js';
import type { Shape } from './types.js';
import type { Frame } from './frame.js';
import { REMOTE, SUPPORT, EXCHANGE } from './word-classes.js';
import { SUBJECT, FRAMING, subjectsOf, collect, uniq, symmetric } from './dependents.js';
import {
  hostsOf,
  guestsOf,
  guestsMeet,
  framedSides,
  sidesOfGathering,
  reportedSide,
  guestsOfLargeGathering,
  talksAbroad,
} from './meeting-sides.js';
import { UNDO, valenced } from './valence.js';
import { receivedFrom, incurredFrom, judgedFor, stanceOwners, cataphoric } from './nominal-agents.js';

/** verbs whose object keeps the subject company at the event they are "for" */
const COMPANY = new Set(['join', 'host', 'receive', 'welcome', 'invite', 'accompany', 'meet']);

/** verbs of coming together, whose "for" phrase is the event the subject came for */
const GATHER = new Set([
  'sit',
  'gather',
  'meet',
  'convene',
  'come',
  'travel',
  'fly',
  'arrive',
  'head',
  'go',
  'assemble',
]);

/** classes of standing in a relation, said of someone by a copula or an apposition ("X, an ally of Y") */
const STANDING = new Set(['align', 'member']);

/** verbs of appeal: what they are "for" is the subject's wish ("called for talks with X", "pushed for sanctions on X") */
const APPEAL = new Set([
  'call',
  'push',
  'press',
  'appeal',
  'lobby',
  'advocate',
  'campaign',
  'argue',
  'ask',
  'plead',
  'clamor',
  'clamour',
  'vote',
  'hope',
  'wish',
  'pray',
]);

export function nounFrame(s: Sentence, word: number, args: Arguments): Frame | undefined {
  const entry = nounEntry(s.token(word).lemma.toLowerCase());
  if (!entry) return undefined;
  // "a member state of the CSTO", "EU member countries": the head the noun qualifies carries its phrases
  const n =
    entry.family === 'member'
      ? (s.parents(word, 'compound').find((e) => e.gov > 0 && MEMBER_HEAD.has(s.token(e.gov).lemma.toLowerCase()))
          ?.gov ?? word)
      : word;
  const modality = modalityOf(s, n);
  let type = valenced(s, n, entry);
  if (!type) return undefined;
  const remote =
    entry.family === 'phone' ||
    s
      .children(n, /^(?:compound|amod|nmod:by|nmod:over|nmod:via)$/)
      .some((e) => REMOTE.has(s.token(e.dep).lemma.toLowerCase()));
  if (remote && (type === 'MET' || type === 'VISITED')) type = 'NEGOTIATED_WITH';
  const key = entryKey(entry, 'noun');
  // "extended congratulations to X": the light verb may carry the noun's preposition
  // "pledged $500 million in aid to X", "sent a package of aid to X": the amount carries the event's verb
  const carriers = [n, ...amountOf(s, n)];
  const lightTargets = carriers
    .flatMap((c) => s.parents(c, 'obj'))
    .flatMap((e) =>
      e.gov > 0
        ? collect(
            s,
            e.gov,
            [
              ...entry.targets.map((t) => t.replace(/^nmod:/, 'obl:')),
              // "traded barbs with X", "exchanged fire with X": what is exchanged goes to the other side
              ...(EXCHANGE.has(s.token(e.gov).lemma.toLowerCase()) ? ['obl:with'] : []),
            ],
            args,
            false,
          )
        : [],
    );
  // "support for Georgia's sovereignty", "a visit to Russia's capital": a thing in the target's place stands for its owner
  const own = args.inModifiers(s, n, ['nmod:poss', 'amod', 'compound']).map((m) => m.m.actorId);
  const owned = collect(s, n, entry.targets, args, true).filter((t) => !own.includes(t.m.actorId));
  // "traded accusations with X": the other side of an exchange may hang on the noun
  const exchanged = s.parents(n, 'obj').some((e) => e.gov > 0 && EXCHANGE.has(s.token(e.gov).lemma.toLowerCase()))
    ? collect(s, n, ['nmod:with'], args, false)
    : [];
  const direct = uniq([...collect(s, n, entry.targets, args, false), ...owned, ...lightTargets, ...exchanged]);
  // "a memorandum of understanding with X", "an agreement on cooperation with X": the target of the noun it is of
  const targets =
    direct.length > 0
      ? direct
      : uniq(
          s
            .children(n, /^nmod:(?:of|on)$/)
            .filter((e) => args.actors(s, e.dep).length === 0)
            .flatMap((e) => collect(s, e.dep, entry.targets, args, false)),
        );
  // "X attended a summit hosted by Y", "Y hosted a forum attended by X": the guests meet the host
  if (entry.family === 'consult' || entry.family === 'negotiate') {
    const hosts = hostsOf(s, n, args);
    const guests = guestsOf(s, n, args).filter((g) => !hosts.some((h) => h.m.actorId === g.m.actorId));
    if (hosts.length > 0 && guests.length > 0)
      return { type: 'HOSTED', entry: key, pred: n, sources: hosts, targets: guests, shape: 'frame', remote, modality };
    if (hosts.length === 0 && guestsMeet(s, n, guests))
      return { type, entry: key, pred: n, sources: [], targets: [], pairs: guests, shape: 'frame', remote, modality };
  }
  // a gathering one is joined or hosted "for" ("joined X for dinner") is with the one the verb names, read below
  const forCompany = s.parents(n, 'obl:for').some((e) => e.gov > 0 && COMPANY.has(s.token(e.gov).lemma.toLowerCase()));
  if (entry.hostedOnly && !forCompany) return undefined;
  // "talks were held between A and B": the support verb may carry the noun's "between"
  const heldBetween = s
    .parents(n, /^(?:nsubj:pass|obj)$/)
    .filter((e) => e.gov > 0 && SUPPORT.has(s.token(e.gov).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.gov, ['obl:between', 'obl:among'], args, false));
  const between = uniq([
    ...collect(s, n, ['nmod:between', 'nmod:among'], args, false),
    ...heldBetween,
    ...(entry.family === 'consult' ? sidesOfGathering(s, n, args) : []),
  ]);
  if (between.length > 1)
    return { type, entry: key, pred: n, sources: [], targets: [], pairs: between, shape: 'between', remote, modality };
  const sourceRels = [
    'nmod:poss',
    'amod',
    'compound',
    'nmod:by',
    ...(entry.targets.includes('nmod:from') ? [] : ['nmod:from']),
  ];
  const modifiers = args.inModifiers(s, n, sourceRels).filter((m) => !targets.some((t) => t.m.actorId === m.m.actorId));
  // "Kazakh-Russian relations", "the Russia-Ukraine war": two sides in the modifiers, no target, the first named first
  if (modifiers.length > 1 && targets.length === 0)
    return {
      type,
      entry: key,
      pred: n,
      sources: [],
      targets: [],
      pairs: [...modifiers].sort((x, y) => x.m.start - y.m.start),
      shape: 'between',
      remote,
      modality,
    };
  // "joined X for talks", "hosted X for dinner": the event is with the one the verb names
  const company = s.parents(n, 'obl:for').find((e) => e.gov > 0 && COMPANY.has(s.token(e.gov).lemma.toLowerCase()));
  if (targets.length === 0 && company && (entry.family === 'consult' || entry.family === 'negotiate')) {
    const guests = collect(s, company.gov, ['obj'], args, false);
    const sources = subjectsOf(s, company.gov, args);
    if (guests.length > 0 && sources.length > 0)
      return { type, entry: key, pred: n, sources, targets: guests, shape: 'light', remote, modality };
  }
  if (targets.length === 0) {
    const received = receivedFrom(s, n, entry, args, modifiers) ?? incurredFrom(s, n, entry, args, modifiers);
    if (received) return { entry: key, pred: n, remote, ...received };
    const paired = pairedOrOwned(s, n, type, entry, remote, modality, args, modifiers);
    if (paired || entry.family !== 'consult') return paired;
    // "During the talks, X told Y …": a meeting named only as the time of a clause, its sides read from the clause
    const framed = framedSides(s, n, args);
    // "Putin held talks in Bishkek": with the government of the state whose capital it is
    const abroad = framed ? undefined : talksAbroad(s, n, args);
    if (abroad) return { type, entry: key, pred: n, ...abroad, shape: 'frame', remote, modality };
    if (!framed) return undefined;
    return framed.sources.length > 0
      ? { type, entry: key, pred: n, ...framed, shape: 'frame', remote, modality }
      : {
          type,
          entry: key,
          pred: n,
          sources: [],
          targets: [],
          pairs: framed.targets,
          shape: 'frame',
          remote,
          modality,
        };
  }
  // "During his visit to X, Y said": a pronoun owning the event that frames a clause points ahead to its subject
  const framed = cataphoric(s, n, args);
  if (framed.length > 0)
    return { type, entry: key, pred: n, sources: framed, targets, shape: 'frame', remote, modality };
  const possessor = args
    .qualifiers(s, n, 'name', sourceRels)
    .filter((m) => !targets.some((t) => t.m.actorId === m.m.actorId));
  if (possessor.length > 0)
    return { type, entry: key, pred: n, sources: possessor, targets, shape: 'nominal', remote, modality };
  // "reaffirmed his commitment to the partnership with X", "Kazakhstan's interest in cooperation with X"
  const stance = stanceOwners(s, n, args);
  if (stance.owners.length > 0)
    return {
      type,
      entry: key,
      pred: n,
      sources: stance.owners,
      targets,
      shape: 'light',
      remote,
      modality: stance.ahead ? { ...modality, planned: true } : modality,
    };
  const judged = judgedFor(s, n, args).filter((d) => !targets.some((t) => t.m.actorId === d.m.actorId));
  if (judged.length > 0)
    return { type, entry: key, pred: n, sources: judged, targets, shape: 'frame', remote, modality };
  for (const e of carriers.flatMap((c) => s.parents(c))) {
    if (e.gov === 0) continue;
    const shape = agentShape(s, e.rel, e.gov, entry);
    if (!shape) continue;
    // "welcomed X with a visit to Y": whose event it is, the subject's or the object's, is open
    if (shape === 'frame' && s.children(e.gov, 'obj').some((o) => args.actors(s, o.dep).length > 0)) continue;
    const sources = subjectsOf(s, e.gov, args);
    // "called for sanctions on X": what one appeals for has not happened
    const wanted =
      e.rel === 'obl:for' && APPEAL.has(s.token(e.gov).lemma.toLowerCase()) ? { ...modality, planned: true } : modality;
    if (sources.length > 0) return { type, entry: key, pred: n, sources, targets, shape, remote, modality: wanted };
  }
  // "X is an ally of Y", "X is a member of the CSTO"
  const copular = predicatedOf(s, n, args);
  if (copular.length > 0)
    return { type, entry: key, pred: n, sources: copular, targets, shape: 'copular', remote, modality };
  // "Belarus, a close ally of Russia, …": an apposition says the same as a copula
  const apposed = s
    .parents(n, 'appos')
    .filter((e) => e.gov > 0)
    .flatMap((e) => args.actors(s, e.gov))
    .filter((x) => !targets.some((t) => t.m.actorId === x.m.actorId));
  if (apposed.length > 0 && (STANDING.has(entry.family) || entry.agentive === true))
    return { type, entry: key, pred: n, sources: apposed, targets, shape: 'copular', remote, modality };
  // "Talks with Putin lasted three hours": the first side is the one who reports it or the leader just named
  const reported = entry.family === 'consult' ? reportedSide(s, n, targets, args) : [];
  if (reported.length > 0)
    return { type, entry: key, pred: n, sources: reported, targets, shape: 'frame', remote, modality };
  return undefined;
}

/**
 * A nominal event with no target: "A and B have good relations" pairs the
 * subjects of its verb; "X is Russia's partner" runs from Russia to X.
 */
function pairedOrOwned(
  s: Sentence,
  n: number,
  type: RelationType,
  noun: NounEntry,
  remote: boolean,
  modality: Modality,
  args: Arguments,
  modifiers: End[],
): Frame | undefined {
  const entry = entryKey(noun, 'noun');
  const exchanged = (e: { rel: string; gov: number }): boolean =>
    e.rel === 'obj' && EXCHANGE.has(s.token(e.gov).lemma.toLowerCase());
  // "A and B held talks", "A and B agreed at the summit", "A and B vowed to expand trade", "A and B traded accusations";
  // "A and B held a fifth round of talks": the amount carries the event's verb
  for (const e of [n, ...amountOf(s, n)].flatMap((c) => s.parents(c, /^(?:obj|obl)/))) {
    if (e.gov === 0 || !agentShape(s, e.rel, e.gov, noun)) continue;
    if (!symmetric(type) && !RECIPROCAL.has(noun.family) && !exchanged(e)) continue;
    if (noun.family === 'consult' && guestsOfLargeGathering(s, n, e.gov)) continue;
    const subjects = subjectsOf(s, e.gov, args);
    if (subjects.length > 1)
      return {
        type,
        entry,
        pred: n,
        sources: [],
        targets: [],
        pairs: subjects,
        shape: 'coordinated',
        remote,
        modality,
      };
  }
  const subjects = predicatedOf(s, n, args);
  const owners = modifiers.filter((m) => !subjects.some((x) => x.m.actorId === m.m.actorId));
  // "A and B are strategic partners", "A and B remain close allies": each stands so to the other
  if (noun.family === 'align' && subjects.length > 1 && owners.length === 0)
    return { type, entry, pred: n, sources: [], targets: [], pairs: subjects, shape: 'copular', remote, modality };
  // "X is Y's largest investor", "X remains Y's fiercest critic": the doer is the subject, the owner its other side
  if ((noun.agentive === true || noun.family === 'member') && subjects.length > 0 && owners.length > 0)
    return { type, entry, pred: n, sources: subjects, targets: owners, shape: 'copular', remote, modality };
  // the owner has the subject as its partner, ally, member …; a partnership or an alliance holds both ways
  if (subjects.length > 0 && owners.length > 0)
    return {
      type,
      entry,
      pred: n,
      sources: owners,
      targets: subjects,
      shape: 'copular',
      remote,
      modality,
      mutual: noun.family === 'align' || noun.family === 'trade',
    };
  // "Russia's ally Belarus": the apposed name is the one the owner has as its ally
  const apposed = s.children(n, 'appos').flatMap((e) => args.actors(s, e.dep));
  const others = modifiers.filter((m) => !apposed.some((x) => x.m.actorId === m.m.actorId));
  // "the CSTO member Armenia": a member is of its body, the other way round
  if (noun.family === 'member' && apposed.length > 0 && others.length > 0)
    return { type, entry, pred: n, sources: apposed, targets: others, shape: 'copular', remote, modality };
  if (STANDING.has(noun.family) && apposed.length > 0 && others.length > 0)
    return { type, entry, pred: n, sources: others, targets: apposed, shape: 'copular', remote, modality };
  return undefined;
}

/** heads a "member" qualifies that stand for the member itself ("member state") */
const MEMBER_HEAD = new Set(['state', 'country', 'nation']);

/** nouns of amount that an event is measured in ("$5 million in aid", "a package of aid", "worth of loans") */
const AMOUNT = new Set([
  'million',
  'billion',
  'trillion',
  'worth',
  'amount',
  'sum',
  'package',
  'tranche',
  'batch',
  'series',
  'lot',
  'round',
]);

/** the amount a nominal event hangs on by "in" or "of", if one */
function amountOf(s: Sentence, n: number): number[] {
  return s
    .parents(n, /^nmod:(?:in|of)$/)
    .map((e) => e.gov)
    .filter((g) => {
      if (g === 0) return false;
      const t = s.token(g);
      return t.pos === '$' || t.pos === 'CD' || AMOUNT.has(t.lemma.toLowerCase());
    });
}

/** events done together: coordinated subjects with no other side do them with each other ("A and B pledged to expand trade") */
const RECIPROCAL = new Set(['cooperate', 'trade']);
/** verbs that predicate a noun of their subject as a copula does ("X remains Y's largest partner") */
const COPULAR = new Set(['remain', 'become', 'stay']);

/** the subjects a predicate noun is said of: by a copula ("X is an ally of Y"), or by a verb like one ("X remains an ally of Y") */
function predicatedOf(s: Sentence, n: number, args: Arguments): End[] {
  if (s.children(n, 'cop').length > 0) return s.children(n, SUBJECT).flatMap((e) => args.actors(s, e.dep));
  return s
    .parents(n, 'xcomp')
    .filter((e) => e.gov > 0 && COPULAR.has(s.token(e.gov).lemma.toLowerCase()))
    .flatMap((e) => subjectsOf(s, e.gov, args));
}

/**
 * Whether the subject of the verb a nominal event hangs on is the event's
 * agent, and in which shape: as the object of a support verb ("held talks",
 * "paid a visit", "imposed sanctions", "expressed support"; any verb for
 * relations, whose verb says how they fare), what a verb of appeal is for
 * ("called for sanctions on X", a wish), or as the time or place of the
 * clause ("at the meeting with X, Y said"). "Cancelled talks with X" or
 * "complained about the visit to X" make no such event of the subject's.
 */
function agentShape(s: Sentence, rel: string, gov: number, entry: NounEntry): Shape | undefined {
  const lemma = s.token(gov).lemma.toLowerCase();
  if (rel === 'obj') return entry.valence || SUPPORT.has(lemma) || UNDO.has(lemma) ? 'light' : undefined;
  if (rel === 'obl:for') {
    if (APPEAL.has(lemma)) return 'light';
    // "sat down for talks with X", "flew to Moscow for talks with X": the purpose of coming, likely but not said to be done;
    // "was in Ankara for talks with X": being in a place for them (not "is ready for talks", a wish)
    const there = s.token(gov).pos.startsWith('NNP') && s.children(gov, 'cop').length > 0;
    return GATHER.has(lemma) || there ? 'frame' : undefined;
  }
  return FRAMING.test(rel) ? 'frame' : undefined;
}
