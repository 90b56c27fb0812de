/**
 * What kind of actor a name is, from what the article calls it: a body's or
 * an outlet's noun beside it ("Rosatom, the nuclear corporation", "the outlet
 * Kloop", "the Shah Deniz consortium"), a medium's word before it, a
 * building's noun as its last word. The article's word outranks NER's class,
 * and names NER gave no class are found by it.
 */
import type { ActorKind } from '../../domain/vocabulary.js';
import type { ParsedDocument, Sentence, Token } from '../parse/document.js';
import type { EntitySpan } from './entity-span.js';
import { FACILITY_HEADS } from './site-names.js';

export const MEDIA_CUE =
  /\b(?:magazine|newspaper|news agency|agency|outlet|channel|broadcaster|website|portal|daily|weekly|tabloid|TV|television|radio)\s+$/i;

export function kindOf(sp: EntitySpan, text: string): ActorKind {
  const kind = sp.kind;
  // What the article calls the name outranks NER's guess: "Rosatom, the nuclear corporation", "the outlet Kloop".
  const described = describedAs(sp.sentence, sp.tokens);
  if (described) return described;
  // NER often takes a building for an organisation ("Independence Palace").
  if (kind === 'Organization' && FACILITY_HEADS.has(sp.tokens.at(-1)!.word.toLowerCase())) return 'Region';
  if (MEDIA_CUE.test(text.slice(Math.max(0, sp.tokens[0]!.start - 30), sp.tokens[0]!.start))) return 'Media';
  return kind;
}

/** Common nouns that say a name is a body's: "the corporation", "the energy giant", "the watchdog". */
const BODY_NOUNS = new Set([
  'company',
  'corporation',
  'firm',
  'giant',
  'operator',
  'producer',
  'exporter',
  'manufacturer',
  'conglomerate',
  'monopoly',
  'holding',
  'consortium',
  'bank',
  'lender',
  'fund',
  'organisation',
  'organization',
  'party',
  'movement',
  'watchdog',
  'charity',
  'ngo',
  'institute',
  'tank',
  'bloc',
  'alliance',
  'association',
  'federation',
  'union',
]);

/** What a company does ("X, the uranium miner", "the national carrier X"); a person may be one too, so not for a person's name. */
const TRADE_NOUNS = new Set([
  'miner',
  'carrier',
  'airline',
  'refiner',
  'supplier',
  'utility',
  'trader',
  'insurer',
  'automaker',
  'maker',
  'developer',
  'contractor',
  'distributor',
  'shipper',
]);

/** Common nouns that say a name is an outlet's. */
const MEDIA_NOUNS = new Set([
  'newspaper',
  'outlet',
  'broadcaster',
  'website',
  'portal',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'publication',
  'channel',
]);

/** A body's kind from a common noun in apposition to its name ("X, the state energy giant"; "the news agency X"). */
function describedAs(s: Sentence, tokens: readonly Token[]): ActorKind | undefined {
  const head = tokens.find((t) => {
    const up = s.head(t.i);
    return !up || !tokens.some((o) => o.i === up.gov);
  });
  if (!head) return undefined;
  const up = s.head(head.i);
  const nouns = [
    ...s.treeChildren(head.i, 'appos').map((e) => e.dep),
    // the descriptor before the name: "the outlet Kloop" (compound) or "the company, KazMunayGas," (the name its apposition)
    ...s
      .treeChildren(head.i, 'compound')
      .map((e) => e.dep)
      .filter((i) => i < tokens[0]!.i && /^NNS?$/.test(s.token(i).pos)),
    ...(up && up.rel === 'appos' && up.gov < head.i ? [up.gov] : []),
  ].map((i) => s.token(i));
  const person = tokens.every((t) => t.ner === 'PERSON');
  for (const n of nouns) {
    if (!/^NNS?$/.test(n.pos)) continue;
    // "the party leader X" (a compound NER may hang on the name) says nothing of a person's name; "the outlet X" does.
    if (person && n.i < head.i && !MEDIA_NOUNS.has(n.lemma.toLowerCase())) continue;
    const lemma = n.lemma.toLowerCase();
    const news = s.treeChildren(n.i, 'compound').some((e) => /^news$/i.test(s.token(e.dep).word));
    if (MEDIA_NOUNS.has(lemma) || (lemma === 'agency' && news)) return 'Media';
    if (BODY_NOUNS.has(lemma) || (!person && TRADE_NOUNS.has(lemma))) return 'Organization';
  }
  return undefined;
}

/**
 * Names NER gave no class that the article says are a body's ("KazMunayGas,
 * the national oil company, said"): an organisation, or an outlet.
 */
export function describedNames(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== 'NNP' || !['O', 'MISC'].includes(t.ner) || !/^\p{Lu}/u.test(t.word)) continue;
      if (s.head(t.i)?.rel === 'compound' || tagged.some((sp) => sp.tokens.includes(t))) continue;
      const run = [t];
      for (let i = t.i - 1; i >= 1 && s.head(i)?.rel === 'compound' && s.head(i)?.gov === t.i; i -= 1) {
        if (s.token(i).pos !== 'NNP' || tagged.some((sp) => sp.tokens.includes(s.token(i)))) break;
        run.unshift(s.token(i));
      }
      const kind = describedAs(s, run);
      if (kind) out.push({ sentence: s, tokens: run, kind });
    }
  }
  return out;
}

export function toBodyHead(sp: EntitySpan): void {
  const s = sp.sentence;
  const last = sp.tokens.at(-1)!;
  const up = s.head(last.i);
  if (!up || up.rel !== 'compound' || up.gov !== last.i + 1) return;
  const head = s.token(up.gov);
  const article = s.tokens[sp.tokens[0]!.i - 2];
  if (!/^NNS?$/.test(head.pos) || !BODY_NOUNS.has(head.lemma.toLowerCase()) || !/^the$/i.test(article?.word ?? ''))
    return;
  sp.tokens = [...sp.tokens, head];
  sp.kind = 'Organization';
}
