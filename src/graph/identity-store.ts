/**
 * Identity at import, inside the import transaction: an actor an article
 * introduces is matched against the actors the graph (and the batch before
 * it) already holds before a node is created for it; a match rewrites the
 * article's references to the known actor and is recorded with its
 * confidence. Two round trips before the write, one after.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { identify, surnameKey, type IdentityCandidate, type IdentityMethod } from '../domain/identity.js';
import { nameKey } from '../domain/names.js';
import { propositionKey } from '../domain/propositions.js';
import type { ArticlePlan } from './plan-types.js';
import { cypher } from './cypher.js';
import { decodeRows, list, nullable, object, string } from './row-decode.js';

export interface Identified {
  articleId: string;
  /** the id the article gave the actor */
  localId: string;
  name: string;
  nameKey: string;
  actorId: string;
  method: IdentityMethod;
  confidence: number;
}

interface ResolvedBatch {
  plans: ArticlePlan[];
  identified: Identified[];
}

/** The batch's plans with every actor it introduces either matched to a known actor or kept as new. */
export async function resolveIdentities(tx: ManagedTransaction, plans: ArticlePlan[]): Promise<ResolvedBatch> {
  const introduced = plans.flatMap((p) => p.actors.filter((a) => p.newActorIds.includes(a.id)));
  if (introduced.length === 0) return { plans, identified: [] };
  const known = await tx.run(cypher('identity/known-ids'), { ids: [...new Set(introduced.map((a) => a.id))] });
  const existing = new Map(
    decodeRows(known.records, knownId, 'known-ids').map(({ id, mergedInto }) => [id, mergedInto]),
  );
  const names = introduced.flatMap((a) => [a.name, ...a.aliases]);
  const found = await tx.run(cypher('identity/candidates'), {
    surnames: [...new Set(names.map(surnameKey))],
    names: [...new Set(names.map(nameKey))],
  });
  const candidates: IdentityCandidate[] = decodeRows(found.records, candidateOf, 'candidates');

  const identified: Identified[] = [];
  const resolved = plans.map((plan) => {
    const mapping = new Map<string, string>();
    for (const actor of plan.actors.filter((a) => plan.newActorIds.includes(a.id))) {
      if (existing.has(actor.id)) {
        const into = existing.get(actor.id);
        if (into) mapping.set(actor.id, into);
        continue;
      }
      const roles = plan.ownRoles.filter((r) => r.personId === actor.id).map((r) => ({ title: r.title, of: r.ofId }));
      const self: IdentityCandidate = {
        id: actor.id,
        kind: actor.kind,
        name: actor.name,
        aliases: actor.aliases,
        roles,
      };
      const match = identify(self, candidates);
      if (match && !wouldJoinEnds(plan, actor.id, match.id)) {
        mapping.set(actor.id, match.id);
        identified.push({
          articleId: plan.article.id,
          localId: actor.id,
          name: actor.name,
          nameKey: nameKey(actor.name),
          actorId: match.id,
          method: match.method,
          confidence: match.confidence,
        });
      } else {
        // Later articles of the batch may name the same person again.
        candidates.push(self);
        existing.set(actor.id, null);
      }
    }
    return mapping.size === 0 ? plan : remapPlan(plan, mapping);
  });
  return { plans: resolved, identified };
}

/** After the batch is written: surname keys of new actors, their roles, and the matches made. */
export async function recordIdentities(tx: ManagedTransaction, batch: ResolvedBatch): Promise<void> {
  const own = batch.plans.flatMap((p) => p.actors.filter((a) => p.newActorIds.includes(a.id)));
  const roles = batch.plans.flatMap((p) =>
    p.ownRoles.map((r) => ({
      ...r,
      articleId: p.article.id,
      key: `${r.title}|${r.ofId}|${r.since ?? ''}|${p.article.id}`,
    })),
  );
  if (own.length === 0 && roles.length === 0 && batch.identified.length === 0) return;
  await tx.run(cypher('identity/record'), {
    keys: own.map((a) => ({ id: a.id, surnameKey: surnameKey(a.name) })),
    roles,
    identified: batch.identified,
  });
}

/** A match must not turn an edge into a loop (an article quoting the person about herself under two names). */
function wouldJoinEnds(plan: ArticlePlan, from: string, to: string): boolean {
  return plan.edges.some(
    (e) => (e.sourceId === from && e.targetId === to) || (e.sourceId === to && e.targetId === from),
  );
}

/** The plan with actor ids replaced; the actors matched are no longer the article's own. */
function remapPlan(plan: ArticlePlan, mapping: ReadonlyMap<string, string>): ArticlePlan {
  const id = (x: string): string => mapping.get(x) ?? x;
  const opt = (x: string | null): string | null => (x === null ? null : id(x));
  const edges = plan.edges.map((e) => ({
    ...e,
    sourceId: id(e.sourceId),
    targetId: id(e.targetId),
    assertedBy: id(e.assertedBy),
  }));
  return {
    ...plan,
    article: { ...plan.article, outletId: id(plan.article.outletId), authorId: opt(plan.article.authorId) },
    actors: plan.actors.filter((a) => !mapping.has(a.id)),
    newActorIds: plan.newActorIds.filter((a) => !mapping.has(a)),
    ownRoles: plan.ownRoles.filter((r) => !mapping.has(r.personId)).map((r) => ({ ...r, ofId: id(r.ofId) })),
    mentionIds: [...new Set(plan.mentionIds.map(id))].sort(),
    events: plan.events.map((e) => ({
      ...e,
      placeId: opt(e.placeId),
      participantIds: [...new Set(e.participantIds.map(id))],
    })),
    statements: plan.statements.map((s) => ({
      ...s,
      speakerId: id(s.speakerId),
      mediumId: opt(s.mediumId),
      aboutIds: [...new Set(s.aboutIds.map(id))],
    })),
    claims: plan.claims.map((c) => ({
      ...c,
      claimantId: id(c.claimantId),
      subjectId: id(c.subjectId),
      objectId: id(c.objectId),
      viaIds: c.viaIds.map(id),
    })),
    edges,
    citations: plan.citations.map((c) => ({ ...c, outletId: id(c.outletId), authorId: opt(c.authorId) })),
    attestations: plan.attestations.map((a) => {
      const [sourceId, targetId] = [id(a.sourceId), id(a.targetId)];
      return {
        ...a,
        sourceId,
        targetId,
        assertedBy: id(a.assertedBy),
        outletId: id(a.outletId),
        key: propositionKey(a.type, sourceId, targetId, a.modality).key,
      };
    }),
  };
}

const candidateOf = object<IdentityCandidate>({
  id: string,
  kind: string,
  name: string,
  aliases: list(string),
  roles: list(object<{ title: string; of: string }>({ title: string, of: string })),
});

const knownId = object<{ id: string; mergedInto: string | null }>({ id: string, mergedInto: nullable(string) });
