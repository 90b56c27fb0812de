/**
 * Groups of people an article makes act, or be acted on, without saying
 * whose they are: "political opponents denied it", "he attacked
 * protesters", "reports go to the tax authorities", "the opponents of the
 * law have no arguments". Readers (and the corpus's annotators) count them
 * as participants, so they are actors; the same nouns as a mere backdrop
 * ("the repression of protesters") are not. A group qualified by a known
 * actor ("Armenian lawmakers") is read in collectives.ts instead.
 */
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { hyphenWord } from './gazetteer-names.js';
import { newMention, overlaps, slug, type Mention } from './mention.js';

/** People defined by their stance or their part in politics. */
const GROUP_NOUNS = new Set([
  'partner',
  'opponent',
  'critic',
  'supporter',
  'ally',
  'protester',
  'protestor',
  'demonstrator',
  'terrorist',
  'militant',
  'extremist',
  'separatist',
  'rebel',
  'insurgent',
  'politician',
  'lawmaker',
  'legislator',
  'activist',
  'authority',
]);
/**
 * People named by their trade, their place or their kin ("analysts",
 * "migrants", "relatives"): a group of participants only when the article
 * says which ones, by a restriction after them ("analysts at a brokerage",
 * "diplomats in the region") or a count ("two officials", "all five
 * presidents"); bare, they are a backdrop ("officials said" is read as
 * speech without a speaker).
 */
const RESTRICTED_NOUNS = new Set([
  'analyst',
  'expert',
  'observer',
  'economist',
  'diplomat',
  'official',
  'officer',
  'migrant',
  'worker',
  'relative',
  'brother',
  'sister',
  'resident',
  'citizen',
  'student',
  'voter',
  'refugee',
  'president',
  'leader',
  'minister',
  'lawyer',
  'journalist',
  'reporter',
]);
/**
 * Prepositions of a restriction that says which people: "analysts at X", "experts from X". "In" is left out:
 * "leaders in Samarkand" is more often where they met than which leaders.
 */
const RESTRICTING = new Set(['at', 'from']);
/** Nouns that name no group without a word saying which ("the authorities" is whoever governs). */
const NEEDS_QUALIFIER = new Set(['authority']);

/** A verb's arguments that make a participant: subject, object, passive agent, addressee or opponent. */
const ARGUMENT =
  /^(?:nsubj|nsubj:pass|obj|iobj|obl:agent|obl:by|obl:to|obl:from|obl:against|obl:with|obl:according_to)$/;
/** Words a group's name leaves out ("several", "two", "the"). */
const LEFT_OUT = /^(?:det|nummod|det:predet)$/;
const QUANTIFIERS = new Set([
  'several',
  'some',
  'many',
  'few',
  'other',
  'all',
  'most',
  'numerous',
  'various',
  'certain',
  'both',
]);
/** Words that count a group, and so single it out: "two", "some", "all five" ("other" does not, "both" refers back). */
const COUNTS = new Set([...QUANTIFIERS].filter((q) => !['other', 'various', 'both'].includes(q)));
/**
 * Those who act for a body ("officials from the justice ministry", "diplomats at the embassy"): the restriction says
 * whose they are, so they stand for the body, not for a group of their own; only a count singles them out.
 */
const ACTING_FOR = new Set(['official', 'officer', 'diplomat', 'leader', 'minister', 'president']);
/** What is no part of the group's phrase: clauses, appositions, coordination. */
const NOT_THE_PHRASE = new Set(['acl', 'appos', 'punct', 'conj', 'cc', 'parataxis', 'dep', 'advmod', 'nmod:poss']);

export function groupMentions(
  doc: ParsedDocument,
  known: readonly Mention[],
): { found: Mention[]; replaced: Set<Mention> } {
  const found: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      const lemma = t.lemma.toLowerCase();
      const stance = GROUP_NOUNS.has(lemma);
      if (t.pos !== 'NNS' || (!stance && !RESTRICTED_NOUNS.has(lemma))) continue;
      // Someone's partners ("its partners", "Russia's allies") belong to them.
      if (s.treeChildren(t.i, 'nmod:poss').length > 0) continue;
      if (!s.parents(t.i).some((e) => ARGUMENT.test(e.rel) && s.token(e.gov).pos.startsWith('VB'))) continue;
      const counted = s
        .treeChildren(t.i, /^(?:nummod|det|amod)$/)
        .some((e) => s.token(e.dep).pos === 'CD' || COUNTS.has(s.token(e.dep).lemma.toLowerCase()));
      const restriction = ACTING_FOR.has(lemma) ? undefined : restrictionOf(s, t.i);
      if (!stance && !counted && !restriction) continue;
      // "the two leaders" are people named before: the count refers back, it singles out no new group.
      if (!stance && definite(s, t.i) && (counted || !restriction)) continue;
      const phrase = groupPhrase(s, t.i);
      const qualified = phrase.some((i) => i < t.i && /^(?:amod|compound)$/.test(s.head(i)?.rel ?? ''));
      if (NEEDS_QUALIFIER.has(lemma) && !qualified) continue;
      // A hyphenated modifier the tokenizer split ("fly-by-night") is whole.
      const span = { ...s.span(phrase[0]!, phrase.at(-1)!) };
      span.start = hyphenWord(doc.text, span.start, span.start + s.token(phrase[0]!).word.length).start;
      if (overlaps(span, found)) continue;
      // Whose group it is, when an actor qualifies it ("Armenian lawmakers"), is read in collectives.ts; counted
      // people are a group of their own whoever qualifies them ("two senior White House officials").
      const inner = known.filter((m) => overlaps(m, [span]));
      if (inner.length > 0) {
        const within = inner.every((m) => m.start >= span.start && m.end <= span.end);
        if (!counted || !within || inner.some((m) => m.kind === 'Person')) continue;
        inner.forEach((m) => replaced.add(m));
      }
      const leftOut = (i: number): boolean =>
        LEFT_OUT.test(s.head(i)?.rel ?? '') ||
        QUANTIFIERS.has(s.token(i).lemma.toLowerCase()) ||
        s.token(i).pos === 'CD';
      const named = phrase.filter((i) => !(i < t.i && leftOut(i)));
      const nameSpan = { ...s.span(named[0]!, named.at(-1)!) };
      nameSpan.start = named[0] === phrase[0] ? span.start : nameSpan.start;
      const surface = doc.text.slice(span.start, span.end);
      // The restriction names the group too ("analysts at a Tashkent brokerage"); the actors in it stay their own.
      const restrictedEnd = restriction ? s.token(restriction.at(-1)!).end : undefined;
      const name = doc.text.slice(nameSpan.start, restrictedEnd ?? nameSpan.end);
      found.push({
        ...newMention(span.start, surface, 'Organization', qualified || restriction ? 0.5 : 0.4, 'collective'),
        name,
        actorId: slug(name),
        ...(restrictedEnd ? { restricted: doc.text.slice(span.start, restrictedEnd) } : {}),
      });
    }
  }
  return { found, replaced };
}

/** What a restriction after the head takes in: its own phrase, without clauses, appositions or coordination. */
const NOT_THE_RESTRICTION = new Set(['acl', 'appos', 'conj', 'cc', 'parataxis']);

/** "at a Tashkent brokerage", "in the region": the tokens of a restriction right after the head, if any. */
function restrictionOf(s: Sentence, head: number): number[] | undefined {
  const e = s
    .treeChildren(head, /^nmod/)
    .find(
      (c) =>
        c.dep > head &&
        s.treeChildren(c.dep, 'case').some((k) => k.dep === head + 1 && RESTRICTING.has(s.token(k.dep).lemma)),
    );
  // "students at Bayterek", "officials from Moscow": a place says where they are, not which ones they are.
  if (!e || /^(?:CITY|LOCATION|STATE_OR_PROVINCE|COUNTRY)$/.test(s.token(e.dep).ner)) return undefined;
  const tokens = s.subtree(e.dep, NOT_THE_RESTRICTION).filter((i) => i > head);
  const run: number[] = [];
  for (let i = head + 1; tokens.includes(i); i += 1) run.push(i);
  while (run.length > 0 && s.token(run.at(-1)!).pos.match(/^[,.:]$/)) run.pop();
  return run.length > 1 ? run : undefined;
}

function definite(s: Sentence, head: number): boolean {
  return s.treeChildren(head, 'det').some((e) => /^(?:the|these|those)$/i.test(s.token(e.dep).word));
}

/** The group's words: its modifiers before it and an "of" phrase after it ("the opponents of the law"), contiguous. */
function groupPhrase(s: Sentence, head: number): number[] {
  const out = [head];
  // Only a definite group is named by what it is "of" ("the opponents of the law"); in "accused opponents of sabotage" the "of" is the verb's.
  const definite = s.treeChildren(head, 'det').some((e) => /^the$/i.test(s.token(e.dep).word));
  for (const e of s.treeChildren(head)) {
    // The group's own preposition ("to the tax authorities") is the verb's, not the group's.
    if (e.rel === 'case' || NOT_THE_PHRASE.has(e.rel) || NOT_THE_PHRASE.has(e.rel.split(':')[0]!)) continue;
    if (
      e.dep > head &&
      !(
        definite &&
        e.rel.startsWith('nmod') &&
        s.treeChildren(e.dep, 'case').some((c) => s.token(c.dep).lemma === 'of')
      )
    )
      continue;
    out.push(...s.subtree(e.dep, NOT_THE_PHRASE));
  }
  const sorted = [...new Set(out)].sort((a, b) => a - b);
  // Only the run of words around the head, without a gap.
  let from = sorted.indexOf(head);
  let to = from;
  while (from > 0 && sorted[from - 1] === sorted[from]! - 1) from -= 1;
  while (to < sorted.length - 1 && sorted[to + 1] === sorted[to]! + 1) to += 1;
  return sorted.slice(from, to + 1);
}
