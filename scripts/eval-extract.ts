/**
 * `npm run eval:extract -- <corpus folder> [--half tune|check|both] [--report] [--keep]`:
 * extracts every article of <corpus>/articles (or one half: tune = the
 * even-numbered files, check = the odd-numbered ones, see the corpus README),
 * writes the predictions in the evaluation format to a temporary folder, and
 * scores them with the corpus's own scorer (<corpus>/../tools/score-extraction.mjs,
 * or --scorer PATH). Parses are cached in .cache/nlp (by text and date).
 *
 * --half both scores each half and prints the two side by side with their gap.
 * --report adds the confidence calibration: the relations and meetings drafted
 * in each confidence band, scored by the same scorer, so that "confidence >= 0.6"
 * can be read as a precision.
 * --confidence learned drafts the relations with the learned confidence
 * (docs/relations-confidence.md) instead of the rules' own; what is drafted is the same.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { EntenteError } from '../src/errors.js';
import { draftedConfidence, extract, meetingsOf, toGoldJson, type Extraction } from '../src/extract/extractor.js';
import { parsePlainText } from '../src/extract/raw-article.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { openParser } from '../src/nlp/parser.js';

type Half = 'tune' | 'check';
interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}
type Micro = Record<string, Score>;

// A known failure (no parser, a bad corpus folder) reads like the CLI's: its message and next step, no stack.
process.on('uncaughtException', (error) => {
  if (!(error instanceof EntenteError)) throw error;
  process.stderr.write(`eval:extract: ${error.message}\n`);
  process.exit(1);
});

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const corpus = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const half = option('--half');
const confidence = (option('--confidence') ?? 'rules') as 'rules' | 'learned';
if (
  !corpus ||
  (half !== undefined && half !== 'tune' && half !== 'check' && half !== 'both') ||
  (confidence !== 'rules' && confidence !== 'learned')
) {
  process.stderr.write(
    'usage: npm run eval:extract -- <corpus folder> [--half tune|check|both] [--report] [--confidence rules|learned] [--scorer PATH] [--keep]\n',
  );
  process.exit(2);
}
const scorer = option('--scorer') ?? path.join(corpus, '..', 'tools', 'score-extraction.mjs');
const keep = args.includes('--keep');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-eval-'));
const gazetteer = loadGazetteer();
const parser = openParser(loadConfig({ ENTENTE_NLP_CACHE_DIR: path.join('.cache', 'nlp'), ...process.env }));

/** The articles of a half (all of them without one), extracted, with their gold copied beside the predictions. */
async function extractHalf(which: Half | undefined): Promise<{ gold: string; extractions: Map<string, Extraction> }> {
  const inHalf = (file: string): boolean =>
    which === undefined || (Number.parseInt(file, 10) % 2 === 0) === (which === 'tune');
  const gold = path.join(out, which ?? 'all', 'gold');
  fs.mkdirSync(gold, { recursive: true });
  const extractions = new Map<string, Extraction>();
  for (const file of fs
    .readdirSync(path.join(corpus!, 'articles'))
    .filter((f) => f.endsWith('.txt') && inHalf(f))
    .sort()) {
    const name = file.replace(/\.txt$/, '.json');
    fs.copyFileSync(path.join(corpus!, 'gold', name), path.join(gold, name));
    extractions.set(
      name,
      await extract(parsePlainText(fs.readFileSync(path.join(corpus!, 'articles', file), 'utf8')), gazetteer, parser, {
        confidence,
      }),
    );
  }
  return { gold, extractions };
}

function writePredictions(
  dir: string,
  extractions: Map<string, Extraction>,
  keepRelation: (confidence: number) => boolean = () => true,
): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, x] of extractions) {
    const relations = x.relations.filter((r) => keepRelation(draftedConfidence(x, r)));
    fs.writeFileSync(
      path.join(dir, name),
      JSON.stringify(toGoldJson({ ...x, relations, meetings: meetingsOf(relations) }), null, 2),
    );
  }
}

function score(gold: string, pred: string): Micro {
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the scorer failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { micro: Micro }).micro;
}

const BANDS: [string, number, number][] = [
  ['[0.0, 0.4)', 0, 0.4],
  ['[0.4, 0.6)', 0.4, 0.6],
  ['[0.6, 0.8)', 0.6, 0.8],
  ['[0.8, 1.0]', 0.8, Infinity],
  ['>= 0.6', 0.6, Infinity],
];

/** Precision of what was drafted in each confidence band: relations, meetings, and both together. */
function calibration(label: string, gold: string, extractions: Map<string, Extraction>): void {
  const cell = (tp: number, n: number): string => (n ? `${tp}/${n} = ${((100 * tp) / n).toFixed(0)}%` : '-').padEnd(16);
  process.stdout.write(`\nconfidence calibration, ${label}: right / drafted (the corpus scorer's matching)\n`);
  process.stdout.write(`${'confidence'.padEnd(12)}${'relations'.padEnd(16)}${'meetings'.padEnd(16)}together\n`);
  for (const [band, lo, hi] of BANDS) {
    const pred = path.join(out, label, `band-${lo}`);
    writePredictions(pred, extractions, (c) => c >= lo && c < hi);
    const m = score(gold, pred);
    const r = m.relations!;
    const g = m.meetings!;
    process.stdout.write(
      `${band.padEnd(12)}${cell(r.tp, r.predicted)}${cell(g.tp, g.predicted)}${cell(r.tp + g.tp, r.predicted + g.predicted)}\n`,
    );
  }
}

if (half === 'both') {
  const halves = { tune: await extractHalf('tune'), check: await extractHalf('check') };
  const micro = Object.fromEntries(
    (['tune', 'check'] as const).map((h) => {
      const pred = path.join(out, h, 'pred');
      writePredictions(pred, halves[h].extractions);
      return [h, score(halves[h].gold, pred)];
    }),
  ) as Record<Half, Micro>;
  process.stdout.write(`${'micro F1'.padEnd(18)}${'tune'.padStart(7)}${'check'.padStart(7)}${'gap'.padStart(8)}\n`);
  for (const measure of Object.keys(micro.tune)) {
    const t = micro.tune[measure]!.f1;
    const c = micro.check[measure]!.f1;
    const gap = `${c >= t ? '+' : ''}${(c - t).toFixed(3)}`;
    process.stdout.write(
      `${measure.padEnd(18)}${t.toFixed(3).padStart(7)}${c.toFixed(3).padStart(7)}${gap.padStart(8)}\n`,
    );
  }
  if (args.includes('--report'))
    for (const h of ['tune', 'check'] as const) calibration(`${h} half`, halves[h].gold, halves[h].extractions);
} else {
  const { gold, extractions } = await extractHalf(half);
  const pred = path.join(out, half ?? 'all', 'pred');
  writePredictions(pred, extractions);
  const run = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred], { stdio: 'inherit' });
  if (args.includes('--report')) calibration(half ? `${half} half` : 'all articles', gold, extractions);
  process.exitCode = run.status ?? 1;
}
if (keep) process.stdout.write(`predictions kept in ${out}\n`);
else fs.rmSync(out, { recursive: true, force: true });
