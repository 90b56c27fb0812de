/**
 * Propositions: many reports (attestations) of one thing. Pure rules, no I/O:
 * which relation types say the same thing (polarity families), which reports
 * of it fall together in time, and when two propositions contradict.
 *
 * Same thing = same stance (asserted or denied), same family, same actors in
 * the same direction (either direction for a symmetric type), dates chained
 * within a window. Hedged reports count as assertions: "may have turned its
 * back" corroborates "turned its back", at lower strength.
 */
import { groupBy } from './collections.js';
import { RELATION_TYPES, type Modality, type RelationType } from './vocabulary.js';

export const FAMILIES = ['engagement', 'cooperation', 'estrangement', 'coercion', 'membership'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Families group types that report the same direction of a relationship.
 * Meetings (engagement) are kept apart from cooperation: talks are held
 * between adversaries too, so they neither corroborate nor contradict it.
 */
const FAMILY_OF: Record<RelationType, Family> = {
  MET: 'engagement',
  VISITED: 'engagement',
  HOSTED: 'engagement',
  NEGOTIATED_WITH: 'engagement',
  REASSURED: 'cooperation',
  SIGNED_AGREEMENT_WITH: 'cooperation',
  SEEKS_COOPERATION_WITH: 'cooperation',
  TRADES_WITH: 'cooperation',
  ALIGNING_WITH: 'cooperation',
  SUPPORTED: 'cooperation',
  RELATIONS_IMPROVING: 'cooperation',
  MEMBER_OF: 'membership',
  COMPLIES_WITH_SANCTIONS_AGAINST: 'coercion',
  SANCTIONED: 'coercion',
  THREATENED: 'coercion',
  INVADED: 'coercion',
  CRITICIZED: 'estrangement',
  REJECTED: 'estrangement',
  FAILED_TO_SUPPORT: 'estrangement',
  DRIFTING_FROM: 'estrangement',
  RELATIONS_WORSENING: 'estrangement',
  LOSING_INFLUENCE_OVER: 'estrangement',
};

/** Families whose claims about one pair of actors at one time cannot both hold. */
const OPPOSED_FAMILIES: Record<Family, readonly Family[]> = {
  engagement: [],
  cooperation: ['estrangement', 'coercion'],
  estrangement: ['cooperation'],
  coercion: ['cooperation'],
  membership: [],
};

type Stance = 'asserted' | 'denied';
const stanceOf = (modality: Modality): Stance => (modality === 'denied' ? 'denied' : 'asserted');

type ContradictionReason = 'self_denial' | 'denial' | 'opposite_polarity';
/** How strongly a contradiction counts: an actor denying a claim about itself is the strongest case. */
const REASON_STRENGTH: Record<ContradictionReason, number> = {
  self_denial: 1,
  denial: 0.8,
  opposite_polarity: 0.6,
};

export interface PropositionKey {
  key: string;
  stance: Stance;
  family: Family;
  subjectId: string;
  objectId: string;
  symmetric: boolean;
  /** the unordered pair, for finding contradictions in either direction */
  dyad: string;
}

export function propositionKey(
  type: RelationType,
  sourceId: string,
  targetId: string,
  modality: Modality,
): PropositionKey {
  const symmetric = 'symmetric' in RELATION_TYPES[type];
  const [subjectId, objectId] = symmetric && targetId < sourceId ? [targetId, sourceId] : [sourceId, targetId];
  const stance = stanceOf(modality);
  const family = FAMILY_OF[type];
  const dyad = sourceId < targetId ? `${sourceId}|${targetId}` : `${targetId}|${sourceId}`;
  return {
    key: `${stance}:${family}:${subjectId}${symmetric ? '<>' : '>'}${objectId}`,
    stance,
    family,
    subjectId,
    objectId,
    symmetric,
    dyad,
  };
}

interface Dated {
  id: string;
  /** ISO date or null when the report cannot be placed in time */
  date: string | null;
}

interface Group<T extends Dated> {
  /** stable while the earliest report stays */
  id: string;
  first: string | null;
  last: string | null;
  members: T[];
}

const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);

/**
 * Splits the reports of one key into propositions: sorted by date, a report
 * joins the running group when it is at most windowDays after the group's
 * latest date. Undated reports join the latest group (an undated report is
 * read as current), or form one group of their own when nothing is dated.
 * The result does not depend on the order reports arrive in.
 */
export function groupByTime<T extends Dated>(key: string, reports: readonly T[], windowDays: number): Group<T>[] {
  const dated = reports
    .filter((r) => r.date !== null)
    .sort((a, b) => a.date!.localeCompare(b.date!) || a.id.localeCompare(b.id));
  const undated = reports.filter((r) => r.date === null).sort((a, b) => a.id.localeCompare(b.id));
  const groups: Group<T>[] = [];
  for (const r of dated) {
    const current = groups.at(-1);
    if (current && daysBetween(current.last!, r.date!) <= windowDays) {
      current.members.push(r);
      current.last = r.date;
    } else groups.push({ id: `${key}@${r.date}`, first: r.date, last: r.date, members: [r] });
  }
  if (undated.length > 0) {
    const latest = groups.at(-1);
    if (latest) latest.members.push(...undated);
    else groups.push({ id: `${key}@undated`, first: null, last: null, members: undated });
  }
  return groups;
}

/** Whether two propositions' spans, widened by the window, overlap; an undated span overlaps everything. */
export function overlapInTime(
  a: { first: string | null; last: string | null },
  b: { first: string | null; last: string | null },
  windowDays: number,
): boolean {
  if (a.first === null || a.last === null || b.first === null || b.last === null) return true;
  return daysBetween(a.last, b.first) <= windowDays && daysBetween(b.last, a.first) <= windowDays;
}

export interface PropositionFacts {
  id: string;
  stance: Stance;
  family: Family;
  dyad: string;
  subjectId: string;
  objectId: string;
  symmetric: boolean;
  first: string | null;
  last: string | null;
  /** actors asserting a denial who are one of the pair, or speak for one (a role of it) */
  selfDeniers: string[];
}

interface Contradiction {
  /** the asserting side when a denial is involved */
  fromId: string;
  toId: string;
  reason: ContradictionReason;
  strength: number;
}

/** Every contradiction among propositions about the same pairs of actors, each pair of propositions once. */
export function findContradictions(props: readonly PropositionFacts[], windowDays: number): Contradiction[] {
  const byDyad = groupBy(props, (p) => p.dyad);
  const out: Contradiction[] = [];
  for (const group of byDyad.values()) {
    const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
    // Only pairs that overlap in time can conflict: a hub's pair holds hundreds of propositions over ten years,
    // and comparing all of them with each other was most of an import batch's time. Walked in order of first
    // date, a proposition meets only those that start before it ends (plus the window); the undated meet all.
    // Each pair is still judged lower id first, and the answer keeps the all-pairs order.
    const found: { i: number; j: number; c: Contradiction }[] = [];
    const judge = (x: number, y: number): void => {
      const [i, j] = x < y ? [x, y] : [y, x];
      const c = contradiction(sorted[i]!, sorted[j]!, windowDays);
      if (c) found.push({ i, j, c });
    };
    const dated: { k: number; first: number; last: number }[] = [];
    const undated: number[] = [];
    sorted.forEach((p, k) => {
      if (p.first === null || p.last === null) undated.push(k);
      else dated.push({ k, first: dayOf(p.first), last: dayOf(p.last) });
    });
    dated.sort((a, b) => a.first - b.first || a.k - b.k);
    for (let a = 0; a < dated.length; a++) {
      for (let b = a + 1; b < dated.length && dated[b]!.first - dated[a]!.last <= windowDays; b++)
        judge(dated[a]!.k, dated[b]!.k);
    }
    for (const [n, u] of undated.entries()) {
      for (const d of dated) judge(u, d.k);
      for (const v of undated.slice(n + 1)) judge(u, v);
    }
    found.sort((x, y) => x.i - y.i || x.j - y.j);
    for (const f of found) out.push(f.c);
  }
  return out;
}

const dayOf = (date: string): number => Math.round(Date.parse(date) / DAY_MS);

function contradiction(a: PropositionFacts, b: PropositionFacts, windowDays: number): Contradiction | null {
  if (!overlapInTime(a, b, windowDays)) return null;
  const make = (from: PropositionFacts, to: PropositionFacts, reason: ContradictionReason): Contradiction => ({
    fromId: from.id,
    toId: to.id,
    reason,
    strength: REASON_STRENGTH[reason],
  });
  if (a.stance !== b.stance) {
    // A denial answers the same claim: same family, same direction (or a relation that holds both ways).
    const sameDirection = a.symmetric || b.symmetric || (a.subjectId === b.subjectId && a.objectId === b.objectId);
    if (a.family !== b.family || !sameDirection) return null;
    const [asserted, denied] = a.stance === 'asserted' ? [a, b] : [b, a];
    return make(asserted, denied, denied.selfDeniers.length > 0 ? 'self_denial' : 'denial');
  }
  if (a.stance === 'asserted' && OPPOSED_FAMILIES[a.family].includes(b.family)) return make(a, b, 'opposite_polarity');
  return null;
}
