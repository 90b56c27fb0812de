/**
 * Extraction speed: articles per second on one core for ~500-word articles
 * (generated from sentence templates with gazetteer names: quotes, reported
 * speech, meetings, relations), next to a baseline measured in the same run:
 * compromise tagging the same texts (its full part-of-speech parse, what a
 * tagger-based extractor pays) and compromise only tokenizing them into
 * sentences (the floor this extractor pays). Usage: npm run bench:extract [-- N]
 */
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { extract } from '../src/extract/extractor.js';
import { loadGazetteer } from '../src/ingest/gazetteer.js';
import { rng } from './synthetic.js';

const N = Number(process.argv[2] ?? 300);
const gazetteer = loadGazetteer();
const people = gazetteer.all().filter((a) => a.kind === 'Person').map((a) => a.name);
const countries = gazetteer.all().filter((a) => a.kind === 'Country').map((a) => a.name);
const random = rng(11);
const pick = <T,>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

const TEMPLATES = [
  () => `${pick(people)} met ${pick(people)} in ${pick(countries)} on Thursday to discuss energy, transport and the security situation in the wider region.`,
  () => `“We will continue our cooperation with ${pick(countries)} and our other partners, whatever the pressure,” ${pick(people)} said at a press conference.`,
  () => `${pick(people)} said that relations between ${pick(countries)} and ${pick(countries)} have worsened since the start of the war.`,
  () => `According to ${pick(people)}, ${pick(countries)} may have turned its back on ${pick(countries)} after months of quiet diplomacy.`,
  () => `Analysts in ${pick(countries)} noted that trade volumes grew by a third last year, although officials declined to publish detailed figures for the period.`,
  () => `${pick(countries)} criticized ${pick(countries)} for its decision, and the foreign ministry summoned the ambassador for an explanation.`,
  () => `The talks, which lasted several hours, ended without a joint statement, but both delegations described them as constructive and useful.`,
];

function article(): string {
  const sentences: string[] = [];
  let words = 0;
  while (words < 500) {
    const s = pick(TEMPLATES)();
    sentences.push(s);
    words += s.split(/\s+/).length;
  }
  return sentences.reduce((text, s, i) => text + (i % 3 === 0 ? '\n\n' : ' ') + s, '').trim();
}

const texts = Array.from({ length: N }, article);
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / N;
const time = (f: (t: string) => unknown): number => {
  const t0 = performance.now();
  for (const t of texts) f(t);
  return (performance.now() - t0) / 1000;
};
time((t) => extract({ url: null, outlet: null, publishedAt: '2023-09-29', author: null, title: null, text: t }, gazetteer)); // warm-up
const tagged = time((t) => nlp(t).sentences().length);
const tokenized = time((t) => nlp.tokenize(t).out('array').length);
const ours = time((t) => extract({ url: null, outlet: null, publishedAt: '2023-09-29', author: null, title: null, text: t }, gazetteer));
const rate = (s: number): string => `${(N / s).toFixed(0)} articles/s`.padEnd(18);
console.log(`extract benchmark: ${N} articles of ${words.toFixed(0)} words on one core`);
console.log(`baseline, compromise POS-tagging:    ${rate(tagged)}`);
console.log(`baseline, compromise tokenizing:     ${rate(tokenized)}`);
console.log(`extractor (everything):              ${rate(ours)} speed ratio ${(tagged / ours).toFixed(2)} × tagging, ${(tokenized / ours).toFixed(2)} × tokenizing`);
