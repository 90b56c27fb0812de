/**
 * The learned relation confidence (src/extract/relations/learned-confidence.ts)
 * through the real parser, on sentences written for these tests (none comes
 * from a corpus article): it changes the confidence and nothing else, it is
 * deterministic, it keeps a plain asserted reading above a weaker one of the
 * same class, and the features the extractor computes are the ones the
 * shipped weights were trained on.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { extract, type ExtractOptions } from '../../src/extract/extractor.js';
import { ParsedDocument } from '../../src/extract/parse/document.js';
import { MentionIndex } from '../../src/extract/parse/mention-index.js';
import { candidates } from '../../src/extract/relations/pair-candidates.js';
import { FEATURE_TEMPLATES, ruleIndex, templateOf } from '../../src/extract/relations/pair-features.js';
import { pairModel } from '../../src/extract/relations/pair-model.js';
import { quoteLookup } from '../../src/extract/relations/learned-confidence.js';
import { parserQuoteMarks } from '../../src/extract/speech/index.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { openParser } from '../../src/nlp/parser.js';

const gazetteer = loadGazetteer();
const parser = openParser(loadConfig());
const article = (text: string) => ({
  url: null,
  outlet: 'Test Wire',
  publishedAt: '2024-03-14',
  author: null,
  title: 'Test',
  text,
});
const run = (text: string, confidence: ExtractOptions['confidence']) =>
  extract(article(text), gazetteer, parser, { confidence });

const TEXTS = [
  'Poland criticized Hungary over the vote. Hungary later said it would sign a gas agreement with Serbia.',
  'Japan signed a trade agreement with Vietnam on Tuesday, and Tokyo praised Hanoi for its reforms.',
  'Finland accused Russia of jamming signals. Its foreign minister said Moscow had threatened Estonia.',
];

describe('the learned confidence', () => {
  it('drafts exactly what the rules draft, and only the confidence differs', async () => {
    let changed = 0;
    for (const text of TEXTS) {
      const rules = await run(text, 'rules');
      const learned = await run(text, 'learned');
      expect(rules.relations.length, text).toBeGreaterThan(0);
      const strip = (x: typeof rules) => x.relations.map(({ confidence: _, ...r }) => r);
      expect(strip(learned), text).toEqual(strip(rules));
      expect(learned.meetings).toEqual(rules.meetings);
      learned.relations.forEach((r, i) => {
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        if (r.meeting || r.type === 'MET') expect(r.confidence).toBe(rules.relations[i]!.confidence);
        if (r.confidence !== rules.relations[i]!.confidence) changed += 1;
      });
    }
    // a test that the model is consulted at all
    expect(changed).toBeGreaterThan(0);
  });

  it('gives the same confidences on every run', async () => {
    const once = (await run(TEXTS[1]!, 'learned')).relations.map((r) => r.confidence);
    const again = (await run(TEXTS[1]!, 'learned')).relations.map((r) => r.confidence);
    expect(again).toEqual(once);
  });

  it('is surer of a plain asserted reading than of a hedged or intended one of the same class', async () => {
    const confidenceOf = async (text: string, type: string) => {
      const rs = (await run(text, 'learned')).relations.filter((r) => r.type === type);
      expect(rs.length, text).toBe(1);
      return rs[0]!.confidence;
    };
    const pairs: [string, string, string][] = [
      ['Germany condemned Russia on Monday.', 'Germany may condemn Russia on Monday.', 'CRITICIZED'],
      ['Chile sharply criticized Peru.', 'Chile could criticize Peru.', 'CRITICIZED'],
      [
        'Japan signed a trade agreement with Vietnam.',
        'Japan is expected to sign a trade agreement with Vietnam.',
        'SIGNED_AGREEMENT_WITH',
      ],
      ['Norway backed Sweden in the dispute.', 'Norway plans to back Sweden in the dispute.', 'SUPPORTED'],
    ];
    for (const [plain, weaker, type] of pairs) {
      const surer = await confidenceOf(plain, type);
      const lesser = await confidenceOf(weaker, type);
      expect(surer, `${plain} / ${weaker}`).toBeGreaterThan(lesser);
    }
  });

  it('computes, from real parses, features of the templates and names the shipped weights were trained on', async () => {
    const model = pairModel();
    const known: ReadonlySet<string> = new Set(FEATURE_TEMPLATES);
    const seen = new Map<string, [number, number]>();
    for (const text of TEXTS) {
      const x = await run(text, 'rules');
      const { doc } = await parser.parse(parserQuoteMarks(text), '2024-03-14');
      const parsed = new ParsedDocument(text, doc);
      const cands = candidates(
        parsed,
        new MentionIndex(parsed, x.mentions),
        ruleIndex(parsed, x.relations),
        quoteLookup(x.quotes),
      );
      expect(cands.length, text).toBeGreaterThan(0);
      for (const c of cands)
        for (const f of c.features) {
          expect(known.has(templateOf(f)), `feature ${f} has a template not in FEATURE_TEMPLATES`).toBe(true);
          if (!model.templates.includes(templateOf(f))) continue;
          const [hit, all] = seen.get(templateOf(f)) ?? [0, 0];
          seen.set(templateOf(f), [hit + (model.weights.has(f) ? 1 : 0), all + 1]);
        }
    }
    // a feature renamed, or its value spelled differently, without retraining would find no weight
    expect(seen.size).toBeGreaterThan(20);
    for (const [template, [hit, all]] of seen)
      expect(hit / all, `features of template ${template} with a weight`).toBeGreaterThan(0.5);
  });
});
