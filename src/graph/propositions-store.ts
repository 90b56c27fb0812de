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
import { isRelationType, type RelationType } from '../domain/vocabulary.js';
import type { AttestationRow } from './plan-types.js';
import { cypher } from './cypher.js';
import { toPlain } from './values.js';
import type { WriteCounters } from './article-store.js';

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
    add(counters, result.summary.counters.updates());
    for (const k of (result.records[0]?.get('keys') as string[] | undefined) ?? []) keys.add(k);
  }
  if (changes.attestations.length > 0)
    add(
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
  const groupOf = new Map(
    ((row ? toPlain(row.get('groups')) : []) as [string, string][]).map(([outlet, group]) => [outlet, group]),
  );
  const facts = ((row ? toPlain(row.get('attestations')) : []) as Record<string, unknown>[]).map((a) =>
    attestationFact({ ...a, sourceGroup: groupOf.get(String(a.outletId)) ?? a.outletId }),
  );
  const groups = groupsOf([...keys], facts, changes.windowDays);
  add(
    counters,
    (await tx.run(cypher('propositions/write-groups'), { keys: [...keys], groups })).summary.counters.updates(),
  );

  const dyads = [...new Set(groups.map((g) => g.dyad).concat([...keys].map(dyadOfKey)))];
  const props = await tx.run(cypher('propositions/of-dyads'), { dyads });
  const propFacts = props.records.map((r) => propositionFact(toPlain(r.toObject()) as Record<string, unknown>));
  const contradictions = findContradictions(propFacts, changes.windowDays);
  add(
    counters,
    (
      await tx.run(cypher('propositions/write-contradictions'), {
        ids: propFacts.map((p) => p.id),
        contradictions,
        keep: Object.fromEntries(contradictions.map((c) => [`${c.fromId}>${c.toId}`, true])),
      })
    ).summary.counters.updates(),
  );
}

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
  const byKey = new Map<string, AttestationFact[]>();
  for (const f of facts) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
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

function attestationFact(row: Record<string, unknown>): AttestationFact {
  const type = String(row.type);
  if (!isRelationType(type))
    throw new Error(`attestation ${String(row.id)} has type "${type}", which is not in the vocabulary`);
  return {
    id: String(row.id),
    key: String(row.key),
    date: row.date == null ? null : (row.date as string),
    type,
    polarity: Number(row.polarity),
    outletId: String(row.outletId),
    sourceGroup: String(row.sourceGroup),
  };
}

function propositionFact(row: Record<string, unknown>): PropositionFacts {
  return {
    id: String(row.id),
    stance:
      row.stance === 'asserted' || row.stance === 'denied'
        ? row.stance
        : fail(`proposition ${String(row.id)} has no known stance`),
    family: isFamily(row.family) ? row.family : fail(`proposition ${String(row.id)} has no known family`),
    dyad: String(row.dyad),
    subjectId: String(row.subjectId),
    objectId: String(row.objectId),
    symmetric: row.symmetric === true,
    first: row.first == null ? null : (row.first as string),
    last: row.last == null ? null : (row.last as string),
    selfDeniers: (row.selfDeniers as string[] | null) ?? [],
  };
}

const isFamily = (value: unknown): value is Family =>
  typeof value === 'string' && (FAMILIES as readonly string[]).includes(value);
const fail = (message: string): never => {
  throw new Error(message);
};

function add(
  into: WriteCounters,
  u: { nodesCreated: number; nodesDeleted: number; relationshipsCreated: number; relationshipsDeleted: number },
): void {
  into.nodesCreated += u.nodesCreated;
  into.nodesDeleted += u.nodesDeleted;
  into.relationshipsCreated += u.relationshipsCreated;
  into.relationshipsDeleted += u.relationshipsDeleted;
}
