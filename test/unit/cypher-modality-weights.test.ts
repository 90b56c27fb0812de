/**
 * A relation's weight in a tie's score and a timeline's trend is its polarity
 * times its modality's weight. The importer computes it in TypeScript
 * (MODALITY_WEIGHT); merges, splits, removals and the timeline's head compute
 * it in Cypher, which spells the weights out as a CASE. Were the two to drift,
 * a tie recomputed after a merge would disagree with the same tie imported:
 * every CASE over r.modality must give exactly the vocabulary's weights.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODALITY_WEIGHT, type Modality } from '../../src/domain/vocabulary.js';
import { CYPHER_DIR } from '../../src/graph/cypher.js';

function cypherFiles(dir = CYPHER_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/** The weight each CASE over `<var>.modality` gives to each modality; ELSE stands for any modality not named. */
function modalityCases(text: string): Array<Record<Modality, number>> {
  return [...text.matchAll(/CASE\s+\w+\.modality\s+((?:WHEN\s+'\w+'\s+THEN\s+[\d.]+\s+)+)ELSE\s+([\d.]+)\s+END/g)].map(
    (m) => {
      const named = new Map([...m[1]!.matchAll(/WHEN\s+'(\w+)'\s+THEN\s+([\d.]+)/g)].map((w) => [w[1]!, Number(w[2])]));
      const otherwise = Number(m[2]);
      const weights = {} as Record<Modality, number>;
      for (const modality of Object.keys(MODALITY_WEIGHT) as Modality[])
        weights[modality] = named.get(modality) ?? otherwise;
      return weights;
    },
  );
}

describe('modality weights spelled out in Cypher', () => {
  const files = cypherFiles()
    .map((file) => ({ name: path.relative(CYPHER_DIR, file), text: fs.readFileSync(file, 'utf8') }))
    .filter((f) => /\w+\.modality\s+WHEN/.test(f.text));

  it('are found where the score, the buckets and the timeline are computed', () => {
    const names = files.map((f) => f.name.replace(/\\/g, '/'));
    for (const expected of [
      'identity/add-ties-of-articles.cypher',
      'import/remove-ties.cypher',
      'import/remove-buckets.cypher',
      'queries/relation-timeline.cypher',
    ])
      expect(names).toContain(expected);
  });

  it.each(files.map((f) => [f.name, f.text] as const))('%s gives the vocabulary’s weights', (_name, text) => {
    const cases = modalityCases(text);
    // a CASE this reader cannot parse is a CASE it cannot check
    expect(cases.length).toBe(text.match(/\w+\.modality\s+WHEN/g)!.length);
    for (const weights of cases) expect(weights).toEqual(MODALITY_WEIGHT);
  });

  it('a weight that differs is caught', () => {
    const drifted = "sum(r.polarity * CASE r.modality WHEN 'asserted' THEN 1.0 WHEN 'hedged' THEN 0.25 ELSE 0.0 END)";
    expect(modalityCases(drifted)[0]).not.toEqual(MODALITY_WEIGHT);
  });
});
