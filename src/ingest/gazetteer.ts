/**
 * The gazetteer: shared actors from data/actors/*.yaml, and the name index
 * that resolves an id, name, alias, demonym or seat of power to one actor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { distance } from 'fastest-levenshtein';
import { nameKey } from '../domain/names.js';
import { gazetteerSchema, type ActorDef } from './article-format.js';
import { InputError, type InputProblem } from './input-error.js';
import { schemaProblems } from './schema-problems.js';
import { parseStructured } from './structured-file.js';

const GAZETTEER_DIR = path.join(PROJECT_ROOT, 'data', 'actors');

type Resolution = { ok: true; actor: ActorDef } | { ok: false; reason: string };

export class ActorIndex {
  private readonly byId = new Map<string, ActorDef>();
  private readonly byKey = new Map<string, Set<string>>();

  constructor(actors: Iterable<ActorDef>) {
    for (const actor of actors) this.add(actor);
  }

  add(actor: ActorDef): void {
    this.byId.set(actor.id, actor);
    for (const name of [actor.name, ...actor.aliases, ...actor.demonyms, ...actor.seats]) {
      const key = nameKey(name);
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(actor.id);
      this.byKey.set(key, ids);
    }
  }

  /**
   * The one actor whose id, name or alias is a few typing mistakes away from `ref`
   * ("Dmitri Peskow" -> Dmitry Peskov), for messages; none when two are equally close.
   * Not part of resolve(): the extractor resolves many unknown names and needs no suggestion.
   */
  nearMatch(ref: string): ActorDef | undefined {
    const key = nameKey(ref);
    const budget = Math.max(1, Math.floor(key.length / 5));
    let best: { distance: number; ids: Set<string> } | undefined;
    const consider = (candidate: string, ids: Iterable<string>): void => {
      if (Math.abs(candidate.length - key.length) > budget) return;
      const d = distance(key, candidate);
      if (d > budget || (best && d > best.distance)) return;
      if (!best || d < best.distance) best = { distance: d, ids: new Set() };
      for (const id of ids) best.ids.add(id);
    };
    for (const [candidate, ids] of this.byKey) consider(candidate, ids);
    for (const id of this.byId.keys()) consider(id, [id]);
    return best?.ids.size === 1 ? this.byId.get([...best.ids][0]!) : undefined;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): ActorDef | undefined {
    return this.byId.get(id);
  }

  all(): ActorDef[] {
    return [...this.byId.values()];
  }

  /** An id wins over a name; a name shared by two actors must be written as an id. */
  resolve(ref: string): Resolution {
    const byId = this.byId.get(ref);
    if (byId) return { ok: true, actor: byId };
    const ids = this.byKey.get(nameKey(ref));
    if (!ids || ids.size === 0) {
      return {
        ok: false,
        reason: `unknown actor "${ref}": not an id, name or alias in the gazetteer (data/actors/) or in this file's actors`,
      };
    }
    if (ids.size > 1)
      return { ok: false, reason: `ambiguous actor "${ref}": it names ${[...ids].join(', ')}; write the id instead` };
    return { ok: true, actor: this.byId.get([...ids][0]!)! };
  }

  /** A copy, so that one article's own actors never leak into the next article. */
  extend(actors: readonly ActorDef[]): ActorIndex {
    if (actors.length === 0) return this;
    const copy = new ActorIndex(this.byId.values());
    for (const a of actors) copy.add(a);
    return copy;
  }
}

export function loadGazetteer(dir = GAZETTEER_DIR): ActorIndex {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort()
    : [];
  const actors: ActorDef[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const full = path.join(dir, file);
    const parsed = parseStructured(full, fs.readFileSync(full, 'utf8'), 'yaml');
    const result = gazetteerSchema.safeParse(parsed.data ?? []);
    if (!result.success) {
      throw new InputError(full, schemaProblems(result.error.issues, parsed));
    }
    const problems: InputProblem[] = [];
    result.data.forEach((actor, i) => {
      const other = seen.get(actor.id);
      if (other)
        problems.push({
          path: `[${i}].id`,
          message: `actor id "${actor.id}" is already defined in ${other}`,
          ...parsed.locate([i, 'id']),
        });
      seen.set(actor.id, file);
      actors.push(actor);
    });
    if (problems.length > 0) throw new InputError(full, problems);
  }
  const index = new ActorIndex(actors);
  const problems: InputProblem[] = [];
  for (const actor of actors) {
    if (actor.ownedBy !== undefined && !index.has(actor.ownedBy))
      problems.push({
        path: `${actor.id}.ownedBy`,
        message: `unknown actor id "${actor.ownedBy}" (ownedBy refers to a gazetteer id)`,
      });
    actor.roles.forEach((role, i) => {
      if (!index.has(role.of))
        problems.push({
          path: `${actor.id}.roles[${i}].of`,
          message: `unknown actor id "${role.of}" (roles refer to gazetteer ids)`,
        });
      if (role.since && role.until && role.until < role.since)
        problems.push({
          path: `${actor.id}.roles[${i}]`,
          message: `until (${role.until}) is before since (${role.since})`,
        });
    });
  }
  if (problems.length > 0) throw new InputError(dir, problems);
  return index;
}
