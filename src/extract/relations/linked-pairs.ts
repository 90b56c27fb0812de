/**
 * A second, low-confidence reading for what the frames leave unread: two
 * actors of one sentence linked by a short dependency path through a
 * predicate of known valence (subject–verb–object or prepositional object,
 * the agent of a passive, the possessor and the prepositional phrase of a
 * nominal event, a predicate adjective's subject and object; coordinated
 * subjects of a reciprocal predicate and "between A and B" give both
 * sides), where the frames related no such pair. Its sign is the
 * predicate's valence class (quad-classes.ts, or the frame lexicon's type
 * for a word it lists), or failing that the sign of the words said of it
 * ("harsh policies towards X"); a predicate of unknown valence gives
 * nothing. Drafted below 0.4 (confidence.ts, shape 'linked').
 */
import type { RelationType } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { Quote } from '../speech/index.js';
import type { Arguments, End } from './arguments.js';
import { collect, particlesOf, subjectsOf, uniq } from './dependents.js';
import { emit } from './emit.js';
import type { Frame, HomeOf } from './frame.js';
import { adjectiveEntry, nounEntry, verbEntries } from './lexicon.js';
import { modalityOf } from './modality.js';
import { cataphoric, INCUR, RECEIVE } from './nominal-agents.js';
import { ADJECTIVE_CLASSES, NOUN_CLASSES, VERB_CLASSES, type ValenceClass } from './quad-classes.js';
import { BAD_MODIFIERS, COMMENDING, DISPARAGING, GOOD_MODIFIERS } from './sign-words.js';
import type { ExtractedRelation } from './types.js';

/** prepositions whose object is the other side of what a verb does ("fought with X", "cracked down on X", "hostile to X") */
const VERB_PREPOSITIONS = /^obl:(?:with|to|against|on|toward|towards|at|into|upon|onto|about|between|among)$/;
/** prepositions whose object is the other side of a stance ("wary of X", "hostile to X") */
const ADJECTIVE_PREPOSITIONS = /^obl:(?:of|with|to|against|on|toward|towards|at|about|over)$/;
/** prepositions whose object is the other side of a nominal event ("harassment of X", "hostility towards X") */
const NOUN_PREPOSITIONS = /^nmod:(?:of|to|against|on|toward|towards|with|at|into|upon|over)$/;

/** types that name an encounter: the meetings reading decides those, this one drafts only the consultation */
const ENCOUNTER = new Set<RelationType>(['MET', 'VISITED', 'HOSTED']);

interface Valence {
  type: RelationType;
  reciprocal: boolean;
  /** a word of the frame lexicon keeps its own slots ("flew to X", not "flew at X's airport") */
  slots?: readonly string[];
  /** a thing in the object's place stands for its owner ("bolstered X's army"); not for a word of the lexicon that says otherwise */
  possessor: boolean;
  /** a word said or shown rather than done ("a jab at X", "praise for X"): it may frame the clause that does it */
  verbal?: boolean;
}

const fromClass = (c: ValenceClass): Valence => ({
  type: c.type,
  reciprocal: c.reciprocal === true,
  possessor: true,
  verbal: c.quad.startsWith('verbal'),
});

/** a dependent named directly as a slot: the lexicon's other slots ("obj+as", "obj>nmod:on") are its frames' own reading */
const PLAIN_SLOT = /^(?:obj|iobj|obl:[a-z_]+)$/;

/** a word of the frame lexicon: its type, reciprocal only where its class says so (the frames read "A and B spoke" as two speeches) */
const fromEntry = (
  entry: { type: RelationType; targets?: readonly string[]; possessor?: boolean },
  c: ValenceClass | undefined,
): Valence => ({
  type: ENCOUNTER.has(entry.type) ? 'NEGOTIATED_WITH' : entry.type,
  reciprocal: c?.reciprocal === true,
  ...(entry.targets ? { slots: entry.targets.filter((t) => PLAIN_SLOT.test(t)) } : {}),
  possessor: entry.possessor === true,
});

/** the sign of the words said of a predicate: its adverbs and adjectives */
function modifierValence(s: Sentence, p: number): Valence | undefined {
  const said = s.children(p, /^(?:advmod|amod)$/).map((e) => s.token(e.dep).lemma.toLowerCase());
  if (said.some((w) => BAD_MODIFIERS.has(w))) return { type: 'CRITICIZED', reciprocal: false, possessor: true };
  if (said.some((w) => GOOD_MODIFIERS.has(w))) return { type: 'SUPPORTED', reciprocal: false, possessor: true };
  return undefined;
}

function nounValence(s: Sentence, n: number): Valence | undefined {
  const lemma = s.token(n).lemma.toLowerCase();
  const entry = nounEntry(lemma);
  // "relations", "ties": good or bad only by what is said of them, which the frames read
  const c = NOUN_CLASSES.get(lemma);
  if (entry) return entry.valence ? undefined : fromEntry({ type: entry.type, possessor: true }, c);
  return c ? fromClass(c) : modifierValence(s, n);
}

function verbValence(s: Sentence, v: number): Valence | undefined {
  const lemma = s.token(v).lemma.toLowerCase();
  const entries = verbEntries(lemma, particlesOf(s, v));
  const c = VERB_CLASSES.get(lemma);
  if (entries.length > 0) {
    const entry = entries.find((e) => e.targets.some((t) => PLAIN_SLOT.test(t)));
    return entry ? fromEntry(entry, c) : undefined;
  }
  return c ? fromClass(c) : modifierValence(s, v);
}

function adjectiveValence(s: Sentence, a: number): Valence | undefined {
  const lemma = participle(s, a) ?? s.token(a).lemma.toLowerCase();
  const entry = adjectiveEntry(lemma);
  const c = ADJECTIVE_CLASSES.get(lemma);
  if (entry) return fromEntry({ type: entry.type, possessor: true }, c);
  return c ? fromClass(c) : undefined;
}

interface Link {
  valence: Valence;
  path: string;
  sources: End[];
  targets: End[];
  /** both sides named together ("A and B clashed", "tensions between A and B") */
  pairs?: End[];
}

const others = (ends: End[], not: End[]): End[] => ends.filter((x) => !not.some((n) => n.m.actorId === x.m.actorId));

/** nouns of whose sake one acts ("in the interests of X", "for the benefit of X") */
const SAKE = new Set(['interest', 'benefit', 'sake', 'behalf', 'favour', 'favor', 'service', 'pay']);
/** prepositions the parser folds with such a noun ("on behalf of X", "in favour of X") */
const FOR_THE_SAKE_OF = /^obl:(?:on_behalf_of|in_favor_of|in_favour_of|for_the_sake_of)$/;

/** verbs whose object is the interest they serve ("serving the interests of X", "advanced Russia's interests") */
const SERVE = new Set(['serve', 'advance', 'promote', 'protect', 'defend', 'further', 'represent', 'pursue']);

/** the dependents of a verb that say whom its doer acts for */
function sakes(s: Sentence, v: number): { rel: string; dep: number }[] {
  const serving = SERVE.has(s.token(v).lemma.toLowerCase());
  return s
    .children(v)
    .filter(
      (e) =>
        FOR_THE_SAKE_OF.test(e.rel) ||
        ((/^(?:obl|nmod):(?:in|for|on)$/.test(e.rel) || (serving && e.rel === 'obj')) &&
          SAKE.has(s.token(e.dep).lemma.toLowerCase())),
    );
}

/** "acted in the interests of X", "governed on behalf of X", "serves Russia's interests": whatever the verb, its doer serves X */
function beneficiaries(s: Sentence, v: number, args: Arguments): End[] {
  return uniq(
    sakes(s, v).flatMap((e) =>
      FOR_THE_SAKE_OF.test(e.rel)
        ? args.actors(s, e.dep)
        : args.qualifiers(s, e.dep, 'possessor', ['nmod:of', 'nmod:poss', 'amod']),
    ),
  );
}

const SERVES: Valence = { type: 'SUPPORTED', reciprocal: false, possessor: false };

/** verbs that name their object something ("called X immature", "branded X an aggressor", "described X as a puppet") */
const NAMING = new Set([
  'call',
  'brand',
  'label',
  'describe',
  'dub',
  'term',
  'portray',
  'paint',
  'characterize',
  'characterise',
  'deem',
  'denounce',
]);

/** the sign of what a verb of naming calls its object, by the word and what qualifies it ("hooligan elements") */
function namedAs(s: Sentence, v: number): { valence: Valence; named: number[] } | undefined {
  if (!NAMING.has(s.token(v).lemma.toLowerCase())) return undefined;
  const objects = s.children(v, /^(?:obj|iobj)$/).map((e) => e.dep);
  const complements = [
    ...s.children(v, /^(?:xcomp|obl:as|obl:like)$/).map((e) => e.dep),
    // "branded Armenia an aggressor": the tagger may hang the name on the object
    ...objects.flatMap((o) => s.children(o, 'dep').map((e) => e.dep)),
  ];
  const words = complements.flatMap((c) => [c, ...s.children(c, /^(?:amod|compound)$/).map((e) => e.dep)]);
  const lemmas = words.map((w) => s.token(w).lemma.toLowerCase());
  const bad = lemmas.some((l) => DISPARAGING.has(l) || BAD_MODIFIERS.has(l));
  const good = lemmas.some((l) => COMMENDING.has(l) || GOOD_MODIFIERS.has(l));
  if (bad === good) return undefined;
  // "calling X's leadership immature": the parser may make the one named the complement's subject
  const named = [...objects, ...complements.flatMap((c) => s.children(c, /^nsubj/).map((e) => e.dep))];
  return {
    valence: { type: bad ? 'CRITICIZED' : 'SUPPORTED', reciprocal: false, possessor: true },
    named,
  };
}

/** a verb's agents and the other sides of what it does, and whom its doer acts for */
function verbLinks(s: Sentence, v: number, args: Arguments): Link[] {
  // the cheap tests first: most verbs have no valence, name nothing and serve no one, and their subjects are not sought
  const naming = namedAs(s, v);
  const valence = naming ? undefined : verbValence(s, v);
  if (!naming && !valence && sakes(s, v).length === 0) return [];
  const passive = s.children(v, 'nsubj:pass').length > 0;
  const agents = passive ? collect(s, v, ['obl:agent'], args, false) : subjectsOf(s, v, args);
  if (agents.length === 0) return [];
  const served = others(beneficiaries(s, v, args), agents);
  const out: Link[] =
    served.length > 0 ? [{ valence: SERVES, path: 'beneficiary', sources: agents, targets: served }] : [];
  if (naming) {
    const named = others(uniq(naming.named.flatMap((n) => args.actors(s, n, true))), agents);
    return named.length > 0
      ? [...out, { valence: naming.valence, path: 'named', sources: agents, targets: named }]
      : out;
  }
  if (!valence) return out;
  const slot = (rel: string): boolean => valence.slots === undefined || valence.slots.includes(rel);
  const objectRels = [passive ? 'nsubj:pass' : 'obj', 'iobj'].filter((r) => slot(r === 'nsubj:pass' ? 'obj' : r));
  const objects = collect(s, v, objectRels, args, valence.possessor);
  const obliques = uniq(
    s
      .children(v, VERB_PREPOSITIONS)
      .filter((e) => slot(e.rel))
      .flatMap((e) => args.actors(s, e.dep)),
  );
  const targets = others(uniq([...objects, ...obliques]), agents);
  if (targets.length > 0) out.push({ valence, path: passive ? 'passive' : 'verb', sources: agents, targets });
  else if (agents.length > 1 && valence.reciprocal)
    out.push({ valence, path: 'coordinated', sources: [], targets: [], pairs: agents });
  return out;
}

/** a nominal event's doer (its possessor, demonym or "by" phrase, or the subject of its light verb) and its other side */
function nounLink(s: Sentence, n: number, args: Arguments): Link[] {
  const valence = nounValence(s, n);
  if (!valence) return [];
  // "During his talks with X, Y said": a pronoun owning a fronted event points ahead to the subject
  const framed = cataphoric(s, n, args);
  const owners =
    framed.length > 0 ? framed : args.qualifiers(s, n, 'possessor', ['nmod:poss', 'amod', 'compound', 'nmod:by']);
  const between = collect(s, n, ['nmod:between', 'nmod:among'], args, false);
  // "Turkey's mediation between A and B": the one whose act it is deals with each side, the sides with each other
  if (between.length > 1)
    return [
      { valence, path: 'between', sources: [], targets: [], pairs: between },
      ...(owners.length > 0 ? [{ valence, path: 'between', sources: owners, targets: others(between, owners) }] : []),
    ];
  const targets = others(uniq(s.children(n, NOUN_PREPOSITIONS).flatMap((e) => args.actors(s, e.dep, false))), owners);
  if (owners.length > 0 && targets.length > 0) return [{ valence, path: 'nominal', sources: owners, targets }];
  // "Armenian-Azerbaijani tensions": both sides in its modifiers, however the parser nests them
  const modifiers = args.inModifiers(s, n, ['amod', 'compound']);
  if (modifiers.length > 1 && targets.length === 0 && valence.reciprocal)
    return [
      {
        valence,
        path: 'modifiers',
        sources: [],
        targets: [],
        pairs: [...modifiers].sort((a, b) => a.m.start - b.m.start),
      },
    ];
  if (owners.length > 0) return [];
  for (const e of s.parents(n)) {
    if (e.gov === 0) continue;
    // "voiced anger at X", "poured scorn on X", "showed goodwill towards X": a verb with no valence of its own shows the noun's,
    // its preposition or the noun's naming the other side
    // "drew criticism from X", "received aid from X": what one incurs or receives runs the other way (nominal-agents.ts)
    const taken = INCUR.has(s.token(e.gov).lemma.toLowerCase()) || RECEIVE.has(s.token(e.gov).lemma.toLowerCase());
    if (e.rel === 'obj' && !taken && !verbValence(s, e.gov)) {
      const agents = subjectsOf(s, e.gov, args);
      const carried = s.children(e.gov, VERB_PREPOSITIONS).flatMap((o) => args.actors(s, o.dep));
      const sides = others(uniq([...targets, ...carried]), agents);
      if (agents.length > 0 && sides.length > 0) return [{ valence, path: 'light', sources: agents, targets: sides }];
    }
    // "In a jab at X, Y said …", "in a rebuke to X, Y froze …": a word said frames the clause of the one who said it
    if (e.rel === 'obl:in' && valence.verbal === true && targets.length > 0) {
      const agents = subjectsOf(s, e.gov, args);
      const sides = others(targets, agents);
      if (agents.length > 0 && sides.length > 0) return [{ valence, path: 'framing', sources: agents, targets: sides }];
    }
  }
  return [];
}

/** "X is hostile to Y", "X remained loyal to Y": the subject of a predicate adjective and its object */
function adjectiveLink(s: Sentence, a: number, args: Arguments): Link | undefined {
  const valence = adjectiveValence(s, a);
  if (!valence) return undefined;
  const subjects = [
    ...s.children(a, /^nsubj/).flatMap((e) => args.actors(s, e.dep)),
    ...s.parents(a, 'xcomp').flatMap((e) => (e.gov > 0 ? subjectsOf(s, e.gov, args) : [])),
  ];
  // "became disenchanted with X": the parser may hang the adjective's phrase on the verb it completes
  const heads = [a, ...s.parents(a, 'xcomp').map((e) => e.gov)].filter((g) => g > 0);
  const targets = others(
    uniq(heads.flatMap((h) => s.children(h, ADJECTIVE_PREPOSITIONS)).flatMap((e) => args.actors(s, e.dep, true))),
    subjects,
  );
  if (subjects.length > 0 && targets.length > 0)
    return { valence, path: 'adjective', sources: uniq(subjects), targets };
  return undefined;
}

/** a past participle the adjective classes list ("disillusioned", "estranged"), which the tagger may call a verb */
function participle(s: Sentence, i: number): string | undefined {
  const word = s.token(i).word.toLowerCase();
  return s.token(i).pos === 'VBN' && ADJECTIVE_CLASSES.has(word) ? word : undefined;
}

/** the link a token makes as a predicate, by its part of speech */
function linksAt(s: Sentence, p: number, args: Arguments): Link[] {
  const pos = s.token(p).pos;
  if (pos.startsWith('NN')) return nounLink(s, p, args);
  if (pos.startsWith('JJ') || participle(s, p) !== undefined) {
    const link = adjectiveLink(s, p, args);
    return link ? [link] : [];
  }
  return pos.startsWith('VB') ? verbLinks(s, p, args) : [];
}

/** a place named as where something happens is no side of it */
const usable = (e: End): boolean => e.m.source !== 'place' && e.m.kind !== 'Region';

/**
 * The linked pairs of one sentence, as relations: none between a person and
 * the country they serve, none for a pair the frames already related
 * (`related`, by pairKey and claimant).
 */
export function linkedPairs(
  s: Sentence,
  args: Arguments,
  speech: readonly Quote[],
  homeOf: HomeOf,
  related: ReadonlySet<string>,
  isName: (i: number) => boolean,
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const t of s.tokens) {
    if (isName(t.i)) continue;
    for (const link of linksAt(s, t.i, args)) out.push(...relationsOf(s, t.i, link, speech, homeOf, related));
  }
  return out;
}

function relationsOf(
  s: Sentence,
  p: number,
  link: Link,
  speech: readonly Quote[],
  homeOf: HomeOf,
  related: ReadonlySet<string>,
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const lemma = s.token(p).lemma.toLowerCase();
  const frame: Frame = {
    type: link.valence.type,
    entry: `linked:${lemma}:${link.path}`,
    pred: p,
    sources: link.sources.filter(usable),
    targets: link.targets.filter(usable),
    ...(link.pairs ? { pairs: link.pairs.filter(usable) } : {}),
    shape: 'linked',
    modality: modalityOf(s, p),
  };
  for (const r of emit(s, frame, speech, homeOf)) {
    const a = r.source;
    const b = r.target;
    if (homeOf(a.actorId) === b.actorId || homeOf(b.actorId) === a.actorId) continue;
    const drafted = {
      ...r,
      meeting: false,
      symmetric: link.pairs !== undefined || r.symmetric,
      kind: kindOf(s, p, link.targets.find((x) => x.m.actorId === r.target.actorId)?.tok, link),
    };
    if (!relatedKeys(drafted, s.index).some((k) => related.has(k))) out.push(drafted);
  }
  return out;
}

/** the predicate's own word, with the preposition that names the other side ("feud with", "hostility towards") */
function kindOf(s: Sentence, p: number, target: number | undefined, link: Link): string {
  const lemma = s.token(p).lemma.toLowerCase();
  if (link.pairs || target === undefined) return lemma;
  const rel = s.parents(target).find((e) => e.gov === p)?.rel ?? '';
  const preposition = /^(?:obl|nmod):([a-z_]+)$/.exec(rel)?.[1];
  return preposition && preposition !== 'agent' ? `${lemma} ${preposition.replace(/_/g, ' ')}` : lemma;
}

/**
 * Who is related to whom (either way round for a symmetric relation): by
 * who says so across the article, and by sentence whoever says so (the
 * frames may have found a claimant where this reading's predicate lies
 * outside the reported clause).
 */
export function relatedKeys(r: ExtractedRelation, sentence: number): string[] {
  const ends = r.symmetric
    ? [
        [r.source.actorId, r.target.actorId],
        [r.target.actorId, r.source.actorId],
      ]
    : [[r.source.actorId, r.target.actorId]];
  return ends.flatMap(([a, b]) => [`${a} ${b} ${r.claimant?.actorId ?? ''}`, `${a} ${b} @${sentence}`]);
}
