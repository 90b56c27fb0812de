/**
 * Keeps propositions true inside the import transaction: the attestations of
 * rewritten articles are replaced, every proposition key they touch is
 * regrouped from all of its attestations (so the result does not depend on
 * import order), and the contradictions of the pairs of actors involved are
 * recomputed. Six round trips per batch, whatever its size.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  FAMILIES,
  findContradictions,
  groupByTime,
  type Family,
  type PropositionFacts,
  type PropositionKey,
} from '../domain/propositions.js';
import { groupBy } from '../domain/collections.js';
import { RELATION_TYPE_NAMES, type RelationType } from '../domain/vocabulary.js';
import { RowShapeError } from '../errors.js';
import type { AttestationRow } from './plan-types.js';
import { cypher } from './cypher.js';
import {
  boolean,
  column,
  list,
  map,
  nullable,
  number,
  object,
  oneOf,
  string,
  withDefault,
  type Decoder,
} from './row-decode.js';
import { toPlain } from './values.js';
import { addCounters, type WriteCounters } from './write-counters.js';

interface PropositionChanges {
  /** articles whose old attestations go (replaced or deleted) */
  removedArticleIds: string[];
  /** the attestations of the articles just written */
  attestations: AttestationRow[];
  windowDays: number;
}

interface AttestationFact {
  id: string;
  key: string;
  date: string | null;
  type: RelationType;
  polarity: number;
  outletId: string;
  sourceGroup: string;
}

export async function maintainPropositions(
  tx: ManagedTransaction,
  changes: PropositionChanges,
  counters: WriteCounters,
): Promise<void> {
  const keys = new Set(changes.attestations.map((a) => a.key));
  if (changes.removedArticleIds.length > 0) {
    const result = await tx.run(cypher('propositions/detach-attestations'), { articleIds: changes.removedArticleIds });
    addCounters(counters, result.summary.counters.updates());
    const row = result.records[0];
    for (const k of row ? list(string)(toPlain(row.get('keys')), 'detach-attestations.keys') : []) keys.add(k);
  }
  if (changes.attestations.length > 0)
    addCounters(
      counters,
      (await tx.run(cypher('propositions/attest'), { attestations: changes.attestations })).summary.counters.updates(),
    );
  await regroupPropositions(tx, [...keys], changes.windowDays, counters);
}

/** Rebuilds the propositions of these keys from all their attestations, and the contradictions of the pairs involved. */
export async function regroupPropositions(
  tx: ManagedTransaction,
  keyList: string[],
  windowDays: number,
  counters: WriteCounters,
): Promise<void> {
  const keys = new Set(keyList);
  if (keys.size === 0) return;
  const changes = { windowDays };
  const rows = await tx.run(cypher('propositions/attestations-of-keys'), { keys: [...keys] });
  const row = rows.records[0];
  const read = row ? attestationsOfKeys(toPlain(row.toObject()), 'attestations-of-keys') : null;
  const groupOf = new Map(read?.groups ?? []);
  const facts = (read?.attestations ?? []).map((a): AttestationFact => ({
    ...a,
    sourceGroup: groupOf.get(a.outletId) ?? a.outletId,
  }));
  const groups = groupsOf([...keys], facts, changes.windowDays);
  addCounters(
    counters,
    (
      await tx.run(cypher('propositions/write-groups'), { keys: [...keys], ids: groups.map((g) => g.id), groups })
    ).summary.counters.updates(),
  );

  const dyads = [...new Set(groups.map((g) => g.dyad).concat([...keys].map(dyadOfKey)))];
  const props = await tx.run(cypher('propositions/of-dyads'), { dyads });
  const propRows = props.records.map((r) => toPlain(r.toObject()));
  const propFacts = propRows.map((row, i) => propositionFact(row, `of-dyads row ${i}`));
  // What is there now, keyed as findContradictions keys what should be: from>to (ids hold '>' too, so the parts
  // are kept beside the key rather than split out of it).
  const now = new Map<string, { fromId: string; toId: string; reason: string; strength: number }>();
  propRows.forEach((row, i) => {
    const at = `of-dyads row ${i}.contradicts`;
    const fromId = propFacts[i]!.id;
    for (const c of existingContradictions(column(row, 'contradicts', at), at))
      now.set(`${fromId}>${c.to}`, { fromId, toId: c.to, reason: c.reason, strength: c.strength });
  });
  const wanted = findContradictions(propFacts, changes.windowDays);
  const wantedKeys = new Set(wanted.map((c) => `${c.fromId}>${c.toId}`));
  const changed = wanted.filter((c) => {
    const was = now.get(`${c.fromId}>${c.toId}`);
    return was === undefined || was.reason !== c.reason || was.strength !== c.strength;
  });
  const stale = [...now.entries()]
    .filter(([k]) => !wantedKeys.has(k))
    .map(([, c]) => ({ fromId: c.fromId, toId: c.toId }));
  addCounters(
    counters,
    (
      await tx.run(cypher('propositions/write-contradictions'), {
        ids: propFacts.map((p) => p.id),
        contradictions: changed,
        stale,
      })
    ).summary.counters.updates(),
  );
}

interface ExistingContradiction {
  to: string;
  reason: string;
  strength: number;
}

const existingContradictions = list(object<ExistingContradiction>({ to: string, reason: string, strength: number }));

interface GroupRow extends PropositionKey {
  id: string;
  types: string[];
  polarity: number;
  firstDate: string | null;
  lastDate: string | null;
  attestationIds: string[];
  outlets: string[];
  sources: string[];
}

function groupsOf(keys: string[], facts: AttestationFact[], windowDays: number): GroupRow[] {
  const byKey = groupBy(facts, (f) => f.key);
  return keys.flatMap((key) => {
    const members = byKey.get(key) ?? [];
    const parts = parseKey(key);
    return groupByTime(key, members, windowDays).map((g): GroupRow => ({
      id: g.id,
      ...parts,
      types: [...new Set(g.members.map((m) => m.type))].sort(),
      polarity: Math.round((g.members.reduce((s, m) => s + m.polarity, 0) / g.members.length) * 100) / 100,
      firstDate: g.first,
      lastDate: g.last,
      attestationIds: g.members.map((m) => m.id),
      outlets: [...new Set(g.members.map((m) => m.outletId))].sort(),
      sources: [...new Set(g.members.map((m) => m.sourceGroup))].sort(),
    }));
  });
}

/** The key's parts, read back through propositionKey so that there is one spelling of a key. */
function parseKey(key: string): PropositionKey {
  const match = /^(asserted|denied):([a-z]+):(.+?)(<>|>)(.+)$/.exec(key);
  const [, stance, family, subjectId, arrow, objectId] = match ?? [];
  if ((stance !== 'asserted' && stance !== 'denied') || !isFamily(family) || !subjectId || !objectId)
    throw new Error(`malformed proposition key "${key}"`);
  const dyad = subjectId < objectId ? `${subjectId}|${objectId}` : `${objectId}|${subjectId}`;
  return { key, stance, family, subjectId, objectId, symmetric: arrow === '<>', dyad };
}

const dyadOfKey = (key: string): string => parseKey(key).dyad;

/** An outlet and the source group it counts in (its owner at the top of the chain). */
const outletGroup: Decoder<[string, string]> = map(list(string), (pair, at) => {
  const [outlet, group] = pair;
  if (pair.length !== 2 || outlet === undefined || group === undefined)
    throw new RowShapeError(at, `expected [outlet, group], got ${JSON.stringify(pair)}`);
  return [outlet, group];
});

const attestationsOfKeys = object<{
  groups: [string, string][];
  attestations: Omit<AttestationFact, 'sourceGroup'>[];
}>({
  groups: list(outletGroup),
  attestations: list(
    object<Omit<AttestationFact, 'sourceGroup'>>({
      id: string,
      key: string,
      date: nullable(string),
      type: oneOf(...RELATION_TYPE_NAMES),
      polarity: number,
      outletId: string,
    }),
  ),
});

const propositionFact = object<PropositionFacts>({
  id: string,
  stance: oneOf('asserted', 'denied'),
  family: oneOf(...FAMILIES),
  dyad: string,
  subjectId: string,
  objectId: string,
  symmetric: withDefault(boolean, false),
  first: nullable(string),
  last: nullable(string),
  selfDeniers: list(string),
});

const isFamily = (value: unknown): value is Family =>
  typeof value === 'string' && (FAMILIES as readonly string[]).includes(value);
