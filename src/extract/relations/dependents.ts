/**
 * Reading a predicate's dependents in the enhanced++ graph: its subjects (up
 * through participles and control), the actors in named slots, particles
 * folded into prepositions.
 */
import { RELATION_TYPES, type RelationType, type RelationTypeInfo } from '../../domain/vocabulary.js';
import type { Sentence } from '../parse/document.js';
import type { Arguments, End } from './arguments.js';
import { SUPPORT } from './word-classes.js';

export const SUBJECT = /^nsubj(?::xsubj)?$/;

/** clause relations that make a nominal event the time or place of what the subject did ("at the meeting", "during his visit") */
export const FRAMING = /^obl:(?:at|during|after|following|on|in|before|ahead_of|prior_to|upon|since|amid|throughout)$/;

export function particlesOf(s: Sentence, v: number): string[] {
  return [
    // idioms name their noun after a preposition too ("came to terms with", "went to war with")
    ...s
      .children(v, /^(?:compound:prt|advmod|obj|advcl|obl(?::[a-z]+)?)$/)
      .map((e) => s.token(e.dep).lemma.toLowerCase()),
    // "moved away from X": the parser folds the particle into the preposition (obl:away_from)
    ...s.children(v, PARTICLE_PREPOSITION).map((e) => e.rel.slice(4).split('_')[0]!),
  ];
}

/** a particle folded with its preposition into one relation ("obl:away_from", "obl:out_of") */
const PARTICLE_PREPOSITION = /^obl:(?:away|out|back|off|apart|up|down)_[a-z]+$/;

/** dependents by relation, where "obl:from" also finds the particle's fold "obl:away_from" */
function dependents(s: Sentence, i: number, rel: string): readonly { dep: number }[] {
  const direct = s.children(i, rel);
  if (!rel.startsWith('obl:') || rel.includes('_')) return direct;
  const folded = s.children(i, PARTICLE_PREPOSITION).filter((e) => e.rel.endsWith(`_${rel.slice(4)}`));
  return folded.length > 0 ? [...direct, ...folded] : direct;
}

/**
 * The subjects of a verb; for a participle or an infinitive with none of
 * its own ("…, accusing Brussels of blackmail", "his interest in
 * establishing peace during a call with X"), the subject of the clause it
 * hangs from, up the tree, marked as found there.
 */
export function subjectsOf(s: Sentence, v: number, args: Arguments, depth = 0): End[] {
  const subjects = withConjuncts(s, s.children(v, SUBJECT));
  if (subjects.length > 0) {
    const found = subjects.flatMap((e) => {
      const ends = args.actors(s, e.dep);
      if (ends.length > 0) return ends;
      // "Russia's influence is waning": a thing's possessor acts through it
      const owners = args.qualifiers(s, e.dep, 'possessor', ['nmod:poss']);
      if (owners.length > 0 || depth >= 3) return owners;
      // "X expressed readiness to normalize …": the controller is a stance X expressed
      return s
        .parents(e.dep, 'obj')
        .filter((p) => p.gov > 0 && SUPPORT.has(s.token(p.gov).lemma.toLowerCase()))
        .flatMap((p) => subjectsOf(s, p.gov, args, depth + 1));
    });
    // "used the speech to attack X", "took the chance to thank X": a thing controlling an infinitive does not act, its user does
    const thing = (e: { rel: string; dep: number }): boolean =>
      e.rel === 'nsubj:xsubj' &&
      s.token(e.dep).pos.startsWith('NN') &&
      !SOMEONE.has(s.token(e.dep).lemma.toLowerCase());
    if (found.length > 0 || !subjects.every(thing)) return found;
  }
  if (depth >= 3) return [];
  // "Putin and Tokayev, speaking after their talks, said": the parser hangs the participle on the first conjunct
  const modified = withConjuncts(
    s,
    s.parents(v, /^acl/).map((e) => ({ rel: e.rel, dep: e.gov })),
  ).flatMap((e) => (e.dep > 0 ? args.actors(s, e.dep) : []));
  if (modified.length > 0) return modified;
  const t = s.token(v);
  const nonFinite = /^VB[GN]?$/.test(t.pos) || !t.pos.startsWith('VB');
  if (!nonFinite) return [];
  for (const e of s.parents(v, /^(?:advcl|dep|acl|obj|obl|xcomp)/)) {
    if (e.gov === 0) continue;
    // "accused X of shelling", "thanked X for helping", "criticized X over blocking": the one judged did it
    if (JUDGED_FOR.test(e.rel) && t.pos === 'VBG') {
      const passive = s.children(e.gov, 'nsubj:pass').length > 0;
      const judged = s
        .children(e.gov, passive ? 'nsubj:pass' : 'obj')
        .flatMap((o) => args.actors(s, o.dep))
        .map((x) => ({ ...x, via: 'clause' as const }));
      if (judged.length > 0) return judged;
    }
    const up = subjectsOf(s, e.gov, args, depth + 1);
    if (up.length > 0)
      return up.map((x) => (x.via === 'name' || x.via === 'title' ? { ...x, via: 'clause' as const } : x));
  }
  return [];
}

/**
 * Subjects with the conjuncts the parser left off ("Erdogan and Aliyev
 * attended the opening and held talks": enhanced++ shares only "Erdogan"
 * with the second verb). Only "and" joins doers; "or" and "but" do not.
 */
function withConjuncts<E extends { rel: string; dep: number }>(s: Sentence, subjects: readonly E[]): E[] {
  const out = [...subjects];
  for (const e of subjects) {
    if (e.dep === 0) continue;
    for (const c of s.children(e.dep, 'conj:and'))
      if (!out.some((o) => o.dep === c.dep)) out.push({ ...e, dep: c.dep });
  }
  return out;
}

/** nouns for people that control an infinitive as its doer ("allow anyone to interfere") */
const SOMEONE = new Set([
  'anyone',
  'anybody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'one',
  'other',
  'people',
  'person',
]);

/** a gerund hanging by one of these prepositions from a verb with an object is what the object did ("accused X of V-ing", "warned X against V-ing") */
const JUDGED_FOR = /^(?:advcl|obl):(?:of|for|over|against)$/;

/** the actors in the given dependents of token i */
export function collect(s: Sentence, i: number, rels: readonly string[], args: Arguments, possessor: boolean): End[] {
  const out: End[] = [];
  for (const rel of rels) for (const e of dependents(s, i, rel)) out.push(...args.actors(s, e.dep, possessor));
  return uniq(out);
}

/** the actors in the given dependents of token i, where "a>b" goes through a non-actor noun in a to its dependent b ("open to cooperation with X") */
export function throughNouns(s: Sentence, i: number, slots: readonly string[], args: Arguments): End[] {
  const out: End[] = [];
  for (const slot of slots) {
    const [first, second] = slot.split('>') as [string, string | undefined];
    if (second === undefined) out.push(...collect(s, i, [first], args, false));
    else
      for (const e of s.children(i, first))
        if (args.actors(s, e.dep).length === 0) out.push(...collect(s, e.dep, [second], args, false));
  }
  return uniq(out);
}

export function uniq(ends: End[]): End[] {
  const seen = new Set<string>();
  return ends.filter((e) => !seen.has(e.m.actorId) && seen.add(e.m.actorId));
}

export const symmetric = (type: RelationType): boolean => (RELATION_TYPES[type] as RelationTypeInfo).symmetric === true;

/**
 * "each other", "one another": the object of a verb whose coordinated
 * subjects do it to one another ("A and B accused each other").
 */
export function reciprocal(s: Sentence, i: number): boolean {
  const word = s.token(i).word.toLowerCase();
  const with_ = (rel: RegExp, w: string): boolean =>
    s.children(i, rel).some((e) => s.token(e.dep).word.toLowerCase() === w);
  if (word === 'other') return with_(/^det$/, 'each');
  if (word === 'one') return with_(/^(?:dep|det|amod)$/, 'another');
  return (
    word === 'another' &&
    s.parents(i, /^(?:dep|det|amod)$/).some((e) => e.gov > 0 && s.token(e.gov).word.toLowerCase() === 'one')
  );
}
