/**
 * Where a nominal event with no possessor finds its source: the giver of
 * what the subject received, the critic of a reproach it incurred, the one
 * thanked or blamed for it, the owner of a stance towards it, or the subject
 * of the clause its pronoun owner points ahead to.
 */
import type { Sentence } from '../parse/document.js';
import type { Arguments, End } from './arguments.js';
import type { NounEntry } from './lexicon-entries.js';
import { modalityOf } from './modality.js';
import type { Frame } from './frame.js';
import { SUPPORT } from './word-classes.js';
import { SUBJECT, FRAMING, subjectsOf, collect, uniq } from './dependents.js';

/** verbs of receiving: the subject is the target of the aid or trade in their object ("received aid from X") */
export const RECEIVE = new Set([
  'receive',
  'get',
  'obtain',
  'accept',
  'request',
  'seek',
  'win',
  'secure',
  'enjoy',
  'welcome',
]);

const ASK = new Set(['request', 'seek']);

/** verbs whose "from" phrase is what the subject has from another ("benefited from Russian support") */
const RECEIVE_FROM = new Set(['benefit', 'profit', 'rely', 'depend', 'count', 'draw']);

/** verbs by which a subject incurs a reproach, or its act provokes one ("drew criticism from X", "sparked outrage among X") */
export const INCUR = new Set([
  'draw',
  'face',
  'attract',
  'earn',
  'incur',
  'receive',
  'spark',
  'provoke',
  'trigger',
  'prompt',
  'elicit',
  'stir',
  'fuel',
]);

/** the same through a preposition: "met with criticism from X", "came under criticism from X" */
const INCUR_UNDER: Record<string, string> = { 'obl:with': 'meet', 'obl:under': 'come' };

/** verbs that judge someone for what they did ("thanked X for", "blamed X for") and of it ("accused X of") */
const JUDGE_FOR = new Set([
  'thank',
  'praise',
  'commend',
  'applaud',
  'hail',
  'laud',
  'credit',
  'reward',
  'blame',
  'criticize',
  'criticise',
  'condemn',
  'fault',
  'punish',
  'sanction',
  'rebuke',
]);

const JUDGE_OF = new Set(['accuse', 'suspect', 'convict']);

/** classes of what one gives and another receives */
const GIVEN = new Set(['aid', 'support', 'trade']);

/** What a nominal reading settles; noun-frames adds the entry, the noun and its remoteness. */
type NominalReading = Pick<Frame, 'type' | 'sources' | 'targets' | 'shape' | 'modality'>;

/**
 * "Tajikistan received aid from Russia", "benefited from Russian support",
 * "won Chinese investment": what the subject receives runs from its giver
 * (the "from" phrase, or the noun's own demonym or possessor) to the subject.
 */
export function receivedFrom(
  s: Sentence,
  n: number,
  entry: NounEntry,
  args: Arguments,
  modifiers: End[],
): NominalReading | undefined {
  if (!GIVEN.has(entry.family)) return undefined;
  for (const e of s.parents(n, /^(?:obj|obl:on|obl:upon|obl:from)$/)) {
    if (e.gov === 0) continue;
    const lemma = s.token(e.gov).lemma.toLowerCase();
    const receiving = e.rel === 'obj' ? RECEIVE.has(lemma) : RECEIVE_FROM.has(lemma);
    if (!receiving) continue;
    const givers = [...modifiers, ...collect(s, e.gov, ['obl:from'], args, false)];
    const receivers = subjectsOf(s, e.gov, args).filter((r) => !givers.some((g) => g.m.actorId === r.m.actorId));
    if (givers.length === 0 || receivers.length === 0) continue;
    // "requested aid from X": asked for, not had; the asker seeks the giver's help (CAMEO 02)
    if (ASK.has(lemma))
      return {
        type: 'SEEKS_COOPERATION_WITH',
        sources: receivers,
        targets: uniq(givers),
        shape: 'light',
        modality: modalityOf(s, e.gov),
      };
    return {
      type: entry.type,
      sources: uniq(givers),
      targets: receivers,
      shape: 'light',
      modality: modalityOf(s, e.gov),
    };
  }
  return undefined;
}

/**
 * "X's veto drew criticism from Y", "X faced condemnation from Y", "the move
 * sparked anger among Y's leaders", "X came under criticism from Y": a
 * reproach the subject (or the owner of the subject) incurs runs from the
 * one it comes from to the subject. A new shape, so read as a frame (0.5)
 * until it is measured. "Sparked protests in Z" names no critic: a place
 * is where the reaction happens, not who reacts.
 */
export function incurredFrom(
  s: Sentence,
  n: number,
  entry: NounEntry,
  args: Arguments,
  modifiers: End[],
): NominalReading | undefined {
  if (entry.family !== 'criticize') return undefined;
  for (const e of s.parents(n, /^(?:obj|obl:with|obl:under)$/)) {
    if (e.gov === 0) continue;
    const lemma = s.token(e.gov).lemma.toLowerCase();
    const incurring = e.rel === 'obj' ? INCUR.has(lemma) : INCUR_UNDER[e.rel] === lemma;
    if (!incurring) continue;
    const critics = uniq([
      ...modifiers,
      ...collect(s, n, ['nmod:among'], args, false),
      ...collect(s, e.gov, ['obl:from', 'obl:among'], args, false),
    ]);
    const criticized = subjectsOf(s, e.gov, args).filter((r) => !critics.some((c) => c.m.actorId === r.m.actorId));
    if (critics.length === 0 || criticized.length === 0) continue;
    return { type: entry.type, sources: critics, targets: criticized, shape: 'frame', modality: modalityOf(s, e.gov) };
  }
  return undefined;
}

/**
 * "thanked X for the support of Y", "praised X for the aid to Y", "blamed X
 * for the attack on Y", "accused X of the shelling of Y": one thanked or
 * blamed for an event with no doer of its own is its doer. Read as a frame
 * (0.5): the judge's word, and a shape not yet measured.
 */
export function judgedFor(s: Sentence, n: number, args: Arguments): End[] {
  for (const e of s.parents(n, /^obl:(?:for|of)$/)) {
    if (e.gov === 0) continue;
    const lemma = s.token(e.gov).lemma.toLowerCase();
    if (!(e.rel === 'obl:for' ? JUDGE_FOR : JUDGE_OF).has(lemma)) continue;
    const passive = s.children(e.gov, 'nsubj:pass').length > 0;
    const doers = collect(s, e.gov, [passive ? 'nsubj:pass' : 'obj'], args, false);
    if (doers.length > 0) return doers;
  }
  return [];
}

/** nouns of a stance towards an event: whose stance it is, is whose event it is */
const STANCE = new Set([
  'commitment',
  'readiness',
  'willingness',
  'interest',
  'intention',
  'desire',
  'determination',
  'resolve',
  'hope',
  'wish',
  'aspiration',
  'openness',
  'eagerness',
  'plan',
  'call',
  'push',
  'bid',
  'effort',
]);

/** stances that look ahead: what they hold to has not happened */
const AHEAD = new Set([
  'readiness',
  'willingness',
  'intention',
  'desire',
  'hope',
  'wish',
  'aspiration',
  'eagerness',
  'plan',
  'call',
  'bid',
]);

/** the owners of the stance a nominal event hangs from: its possessor, or the subject of the support verb that holds it */
export function stanceOwners(s: Sentence, n: number, args: Arguments): { owners: End[]; ahead: boolean } {
  for (const e of s.parents(n, /^nmod:(?:to|for|in|of|towards|toward)$/)) {
    if (e.gov === 0 || !STANCE.has(s.token(e.gov).lemma.toLowerCase())) continue;
    const ahead = AHEAD.has(s.token(e.gov).lemma.toLowerCase());
    const found = ownersOfStance(s, e.gov, args);
    if (found.length > 0) return { owners: found, ahead };
  }
  return { owners: [], ahead: false };
}

function ownersOfStance(s: Sentence, stance: number, args: Arguments): End[] {
  // a named possessor ("Kazakhstan's interest") first; "his commitment" is better read from the verb's subject
  const owners = args.qualifiers(s, stance, 'possessor', ['nmod:poss', 'amod']);
  const named = owners.filter((o) => o.via !== 'coref');
  if (named.length > 0) return named;
  const held = s
    .parents(stance, 'obj')
    .filter((p) => p.gov > 0 && SUPPORT.has(s.token(p.gov).lemma.toLowerCase()))
    .flatMap((p) => subjectsOf(s, p.gov, args));
  return held.length > 0 ? held : owners;
}

/** the verb a framing phrase hangs on: directly ("during his visit"), or through "ahead"/"prior" ("ahead of his talks") */
function framedClause(s: Sentence, rel: string, gov: number): number | undefined {
  if (FRAMING.test(rel)) return gov;
  const lemma = s.token(gov).lemma.toLowerCase();
  if (rel === 'obl:of' && (lemma === 'ahead' || lemma === 'prior')) return s.parents(gov, 'advmod')[0]?.gov;
  return undefined;
}

/** the subjects of the clause an event owned by a pronoun frames ("during his visit", "ahead of his talks"), found before the parser's coreference */
export function cataphoric(s: Sentence, n: number, args: Arguments): End[] {
  if (!s.children(n, 'nmod:poss').some((e) => /^PRP/.test(s.token(e.dep).pos))) return [];
  for (const e of s.parents(n)) {
    if (e.gov === 0) continue;
    const clause = framedClause(s, e.rel, e.gov);
    if (clause === undefined || clause === 0) continue;
    const subjects = s
      .children(clause, SUBJECT)
      .filter((x) => x.dep > n)
      .flatMap((x) => args.actors(s, x.dep));
    if (subjects.length > 0) return subjects;
  }
  return [];
}
