/**
 * The learned pair model shipped as data (data/relation-pairs-model.json) and
 * the arithmetic of the learned confidence: no parser needed. The parse-level
 * checks (features computed from real sentences, confidences compared across
 * wordings) are in test/extract/learned-confidence.test.ts.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ModelInvalidError } from '../../src/errors.js';
import { combined } from '../../src/extract/relations/learned-confidence.js';
import {
  FEATURE_TEMPLATES,
  LEMMA_TEMPLATES,
  RULE_TEMPLATES,
  templateOf,
} from '../../src/extract/relations/pair-features.js';
import {
  MODEL_FILE,
  PAIR_CLASSES,
  classProbabilities,
  pairModel,
  parseModel,
} from '../../src/extract/relations/pair-model.js';

const shipped = (): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as Record<string, unknown>;

describe('the shipped pair model', () => {
  it('loads once, and scores the same features the same way every time', () => {
    const model = pairModel();
    expect(pairModel()).toBe(model);
    expect(model.weights.size).toBeGreaterThan(1000);
    const features = [
      'bias',
      'len:1',
      'ar:nsubj',
      'br:obj',
      'arbr:nsubj|obj',
      'kab:Country|Country',
      'va:name',
      'vb:name',
    ];
    const p = classProbabilities(model.weights, features);
    expect(p).toHaveLength(PAIR_CLASSES.length);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(classProbabilities(parseModel(shipped(), MODEL_FILE).weights, features)).toEqual(p);
  });

  it("was trained on templates the code computes, without lemma identity or the rules' reading", () => {
    const model = pairModel();
    const known: ReadonlySet<string> = new Set(FEATURE_TEMPLATES);
    expect(model.templates.filter((t) => !known.has(t))).toEqual([]);
    for (const name of model.weights.keys()) expect(model.templates).toContain(templateOf(name));
    // the shipped choice (docs/relations-confidence.md): shape and class features only
    expect(model.templates.filter((t) => LEMMA_TEMPLATES.has(t) || RULE_TEMPLATES.has(t))).toEqual([]);
    expect(shipped().features).toBe('classes-norules');
  });
});

describe('a model file that does not fit', () => {
  const variant = (change: (m: Record<string, unknown>) => void): unknown => {
    const m = shipped();
    change(m);
    return m;
  };

  it('is refused with the file, the reason and the command that regenerates it', () => {
    const renamed = variant((m) => {
      m.templates = [...(m.templates as string[]), 'pathlen'];
    });
    expect(() => parseModel(renamed, 'x.json')).toThrow(ModelInvalidError);
    expect(() => parseModel(renamed, 'x.json')).toThrow(
      /x\.json: .*no longer computes \(pathlen\).*train:relations -- --write/,
    );
    expect(() =>
      parseModel(
        variant((m) => delete m.calibration),
        'x.json',
      ),
    ).toThrow(/calibration/);
    expect(() =>
      parseModel(
        variant((m) => (m.classes = ['none', '+'])),
        'x.json',
      ),
    ).toThrow(/classes/);
    expect(() =>
      parseModel(
        variant((m) => (m.combine = 'average')),
        'x.json',
      ),
    ).toThrow(/combine/);
    expect(() =>
      parseModel(
        variant((m) => (m.weights = { 'zz:1': [0, 0, 0, 0] })),
        'x.json',
      ),
    ).toThrow(/zz:1/);
    expect(() =>
      parseModel(
        variant((m) => (m.weights = { bias: [0, 0] })),
        'x.json',
      ),
    ).toThrow(/bias/);
  });
});

describe('the shape combination', () => {
  const shape = { combine: 'shape' as const, calibration: { a: 1, b: 0, c: 0 } };

  it("puts the probability in the shape's place within the shape table's range, keeping the rules' certainty", () => {
    // a plain named active reading (0.7 = its shape's number): the probability, bounded to [0.35, 0.7]
    expect(combined(shape, 0.5, { reading: 'active', confidence: 0.7 })).toBe(0.5);
    expect(combined(shape, 0.99, { reading: 'active', confidence: 0.7 })).toBe(0.7);
    expect(combined(shape, 0.01, { reading: 'active', confidence: 0.7 })).toBe(0.35);
    // the same probability, hedged (0.9), an intention (0.8), an end found through coreference (0.8): lower
    expect(combined(shape, 0.99, { reading: 'active', confidence: 0.63 })).toBe(0.63);
    expect(combined(shape, 0.99, { reading: 'active', confidence: 0.56 })).toBeLessThan(0.6);
    expect(combined(shape, 0.99, { reading: 'active/coref', confidence: 0.56 })).toBeLessThan(0.6);
    // a copular reading (0.5) the model finds likely rises to the bound, no further
    expect(combined(shape, 0.9, { reading: 'copular', confidence: 0.5 })).toBe(0.7);
  });

  it('is a logistic calibration for platt and blend, and the probability itself for p', () => {
    expect(
      combined({ combine: 'p', calibration: { a: 1, b: 0, c: 0 } }, 0.83, { reading: 'active', confidence: 0.7 }),
    ).toBe(0.83);
    expect(
      combined({ combine: 'platt', calibration: { a: 1, b: 0, c: 0 } }, 0.25, { reading: 'active', confidence: 0.7 }),
    ).toBe(0.25);
    expect(
      combined({ combine: 'blend', calibration: { a: 0, b: 2, c: -1 } }, 0.25, { reading: 'active', confidence: 0.5 }),
    ).toBe(0.5);
  });
});
