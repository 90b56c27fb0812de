/**
 * Places named with a site's or a building's noun ("the Fergana valley", "the
 * TurkStream pipeline", "Akkuyu nuclear power plant", "Independence Palace"):
 * NER tags the name before the noun as the place, or tags nothing, and the
 * noun belongs to the name.
 */
import type { ParsedDocument, Sentence, Token } from '../parse/document.js';
import type { EntitySpan } from './entity-span.js';
import { outsideTheStory } from './story-lines.js';

/** Common nouns a place's name may end in, lowercase: "the Fergana valley", "the Atasu-Alashankou pipeline". */
export const SITE_HEADS = new Set([
  'valley',
  'coast',
  'sea',
  'river',
  'lake',
  'gorge',
  'plateau',
  'steppe',
  'desert',
  'basin',
  'mountains',
  'peninsula',
  'strait',
  'gulf',
  'bay',
  'delta',
  'pipeline',
  'airport',
  'port',
  'railway',
  'highway',
  'canal',
  'dam',
  'plant',
  'field',
  'terminal',
  'corridor',
  'route',
]);

/** The site noun a place's name is a compound of, within a few words ("Akkuyu nuclear power plant"), if any. */
function siteHead(s: Sentence, last: Token): { words: Token[]; head: Token } | undefined {
  const up = s.head(last.i);
  if (!up || up.rel !== 'compound' || up.gov <= last.i || up.gov - last.i > 3) return undefined;
  const head = s.token(up.gov);
  if (!/^NNS?$/.test(head.pos) || !SITE_HEADS.has(head.lemma.toLowerCase())) return undefined;
  const words = s.tokens.slice(last.i, head.i - 1);
  const modifies = (t: Token): boolean => s.head(t.i)?.gov === head.i && /^(?:amod|compound)$/.test(s.head(t.i)!.rel);
  return words.every(modifies) ? { words, head } : undefined;
}

export function toSiteHead(sp: EntitySpan): void {
  // "the Black Sea coast", "the Aral Sea basin": a name that is a site already is the place; the site noun after it
  // is a part of it, not a longer name.
  if (SITE_HEADS.has(sp.tokens.at(-1)!.word.toLowerCase())) return;
  const site = siteHead(sp.sentence, sp.tokens.at(-1)!);
  if (site) sp.tokens = [...sp.tokens, ...site.words, site.head];
}

/** Proper nouns NER left untagged before a site noun ("the TurkStream pipeline"): a place. */
export function namedSites(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== 'NNP' || !['O', 'MISC'].includes(t.ner) || !/^\p{Lu}/u.test(t.word)) continue;
      if (tagged.some((sp) => sp.tokens.includes(t)) || outsideTheStory(doc.text, t.start)) continue;
      const site = siteHead(s, t);
      if (!site) continue;
      const run = [t];
      const within = (i: number): boolean =>
        s.head(i)?.rel === 'compound' && [site.head.i, ...run.map((r) => r.i)].includes(s.head(i)!.gov);
      for (let i = t.i - 1; i >= 1 && within(i); i -= 1) {
        if (s.token(i).pos !== 'NNP' || tagged.some((sp) => sp.tokens.includes(s.token(i)))) break;
        run.unshift(s.token(i));
      }
      out.push({ sentence: s, tokens: [...run, ...site.words, site.head], kind: 'Region' });
    }
  }
  return out;
}

/** Last words that make a run of proper nouns a building or a site, a place: "Independence Palace", "Manas Airport". */
export const FACILITY_HEADS = new Set([
  'palace',
  'corridor',
  'square',
  'airport',
  'stadium',
  'arena',
  'bridge',
  'tower',
  'cathedral',
  'mosque',
  'monument',
  'avenue',
  'street',
  'boulevard',
]);
