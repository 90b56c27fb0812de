/**
 * The learned pair model: a multinomial logistic regression over the pair
 * features (pair-features.ts) that reads, for an ordered pair of actors of a
 * sentence, no relation or a relation of positive, negative or neutral sign.
 * Its weights, and the calibration that turns its probability into the
 * drafted confidence, are data (data/relation-pairs-model.json), written by
 * `npm run train:relations -- --write` (scripts/train-relations.ts), and read
 * once, on first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import { ModelInvalidError } from '../../errors.js';
import { FEATURE_TEMPLATES, templateOf } from './pair-features.js';

export const PAIR_CLASSES = ['none', '+', '-', '0'] as const;

/**
 * How the model's probability p of the rules' sign for the pair becomes the
 * drafted confidence (learned-confidence.ts): p itself; sigmoid(a·logit(p) + c)
 * (platt); sigmoid(a·logit(p) + b·rules + c) with the rules' confidence (blend);
 * or p in the shape's place, bounded by the shape table's range, times the
 * rules' certainty factors (shape).
 */
export const COMBINATIONS = ['p', 'platt', 'blend', 'shape'] as const;
export type Combination = (typeof COMBINATIONS)[number];

export interface Calibration {
  a: number;
  b: number;
  c: number;
}

export interface PairModel {
  /** the templates the model was trained on (FEATURE_TEMPLATES, less those left out) */
  templates: string[];
  weights: Map<string, Float64Array>;
  combine: Combination;
  calibration: Calibration;
}

export const MODEL_FILE = path.join(PROJECT_ROOT, 'data', 'relation-pairs-model.json');
const RETRAIN = 'Regenerate it with `npm run train:relations -- --write` (docs/relations-confidence.md).';

interface ModelJson {
  classes: string[];
  templates: string[];
  combine: Combination;
  calibration: Calibration;
  weights: Record<string, number[]>;
}

/** a model from its JSON; throws ModelInvalidError naming `file` and what is wrong */
export function parseModel(json: unknown, file: string): PairModel {
  const bad = (reason: string): never => {
    throw new ModelInvalidError(`${file}: ${reason}. ${RETRAIN}`);
  };
  if (typeof json !== 'object' || json === null) return bad('not a JSON object');
  const m = json as Partial<ModelJson>;
  if (!Array.isArray(m.classes) || m.classes.join() !== PAIR_CLASSES.join())
    bad(`field "classes" must be ${JSON.stringify(PAIR_CLASSES)}`);
  if (!Array.isArray(m.templates)) return bad('field "templates" is missing');
  const known: ReadonlySet<string> = new Set(FEATURE_TEMPLATES);
  const unknown = m.templates.filter((t) => !known.has(t));
  if (unknown.length > 0)
    bad(`it was trained on feature templates the code no longer computes (${unknown.join(', ')})`);
  if (!COMBINATIONS.includes(m.combine as Combination))
    bad(`field "combine" must be one of ${COMBINATIONS.join(', ')}`);
  const c = m.calibration;
  if (!c || ![c.a, c.b, c.c].every((v) => typeof v === 'number' && Number.isFinite(v)))
    bad('field "calibration" must hold the numbers a, b and c');
  if (typeof m.weights !== 'object' || m.weights === null) return bad('field "weights" is missing');
  const weights = new Map<string, Float64Array>();
  for (const [name, w] of Object.entries(m.weights)) {
    if (!Array.isArray(w) || w.length !== PAIR_CLASSES.length || !w.every((v) => typeof v === 'number'))
      bad(`weights of feature "${name}" must be ${PAIR_CLASSES.length} numbers`);
    if (!m.templates.includes(templateOf(name))) bad(`feature "${name}" is of no template the model lists`);
    weights.set(name, Float64Array.from(w));
  }
  return { templates: m.templates, weights, combine: m.combine!, calibration: c! };
}

let loaded: PairModel | undefined;

/** the shipped model, read on first use */
export function pairModel(): PairModel {
  if (!loaded) {
    let text: string;
    try {
      text = fs.readFileSync(MODEL_FILE, 'utf8');
    } catch {
      throw new ModelInvalidError(`${MODEL_FILE}: cannot be read. ${RETRAIN}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new ModelInvalidError(`${MODEL_FILE}: not JSON (${(e as Error).message}). ${RETRAIN}`);
    }
    loaded = parseModel(json, MODEL_FILE);
  }
  return loaded;
}

/** the model's probability of each class (PAIR_CLASSES order) for one pair's features */
export function classProbabilities(weights: ReadonlyMap<string, Float64Array>, features: readonly string[]): number[] {
  const z = PAIR_CLASSES.map(() => 0);
  for (const f of features) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < z.length; k += 1) z[k]! += w[k]!;
  }
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
