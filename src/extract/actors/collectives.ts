/**
 * Collectives named by who they belong to, read from the noun phrase: a
 * government noun qualified by a known actor is that actor ("the Kazakh
 * government", "EU leaders", "Armenian officials"); an institution qualified
 * by a country is an organisation of its own ("the Uzbek Foreign Ministry",
 * "the Tajik presidential press service"); a group of people qualified by a
 * known actor is a group actor ("Tajik militants", "Central Asian states").
 */
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { knownMention, newMention, overlaps, slug, type Mention } from './mention.js';

/** Nouns for the people who act for a state or an organisation: the actor itself. */
const GOVERNMENT = new Set([
  'people',
  'government',
  'official',
  'authority',
  'diplomat',
  'side',
  'leadership',
  'military',
  'delegation',
  'administration',
  'regime',
  'cabinet',
  'leader',
  'minister',
]);
/** Nouns that must be plural to stand for the actor ("EU leaders", not "the EU leader"). */
const PLURAL_ONLY = new Set(['official', 'diplomat', 'leader', 'authority', 'minister']);
/** Institutions of a state: organisations of their own. */
const INSTITUTIONS = new Set([
  'ministry',
  'office',
  'service',
  'embassy',
  'parliament',
  'court',
  'agency',
  'committee',
  'council',
  'army',
  'navy',
  'police',
  'commission',
  'bank',
  'mission',
]);
/** Groups of people or states that act together. */
const GROUPS = new Set([
  'militant',
  'lawmaker',
  'protester',
  'politician',
  'expert',
  'analyst',
  'pundit',
  'journalist',
  'media',
  'activist',
  'troop',
  'force',
  'state',
  'country',
  'republic',
  'nation',
  'opposition',
  'soldier',
  'ambassador',
  'envoy',
  'negotiator',
  // those who trade or guard for a country: "Russian border guards", "Western investors", "Armenian exporters"
  'guard',
  'investor',
  'exporter',
  'importer',
  'producer',
  'maker',
]);
/** Groups of states, named by their region ("Central Asian states"). */
const STATES = new Set(['state', 'country', 'republic', 'nation']);
/** A qualifier that makes a group without naming its owner: "local media", "local officials". */
const UNOWNED = new Set(['local']);

const QUALIFIERS = /^(?:amod|compound|nmod:poss)$/;
/** Words a group's name leaves out: articles, quantities, "other". */
const LEFT_OUT = /^(?:det|nummod|det:predet)$/;

export function collectiveMentions(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  known: readonly Mention[],
): { found: Mention[]; replaced: Set<Mention> } {
  const found: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      // "people" lemmatises as "person"; "the Kazakh people" is the nation.
      const lemma = t.word.toLowerCase() === 'people' ? 'people' : t.lemma.toLowerCase();
      const role = roleOf(lemma);
      if (!role || !t.pos.startsWith('NN')) continue;
      // "media" and "the opposition" are groups in the singular
      const plural = t.pos === 'NNS' || t.pos === 'NNPS' || lemma === 'media' || lemma === 'opposition';
      if ((role === 'group' || PLURAL_ONLY.has(lemma)) && role !== 'institution' && !plural) continue;
      // "the presidential press service Akorda": the name that follows is the head, the institution describes it.
      const next = s.tokens[t.i];
      if (
        (s.head(t.i)?.rel === 'compound' && s.token(s.head(t.i)!.gov).pos.startsWith('NNP')) ||
        next?.pos.startsWith('NNP')
      )
        continue;
      // "X is one of the poorest landlocked states": a predicate describes X, it names no one.
      const up = s.head(t.i);
      if (
        s.treeChildren(t.i, 'cop').length > 0 ||
        (up && up.rel.startsWith('nmod') && s.treeChildren(up.gov, 'cop').length > 0)
      )
        continue;
      const phrase = qualifierTokens(s, t.i);
      if (phrase.length === 0) continue;
      // "the Kremlin press service": a seat named with its article owns the institution from the article on
      const first = s.token(phrase[0]!);
      const withArticle = known.find(
        (m) => m.start < first.start && m.end > first.start && m.end <= t.end && /^the\s/i.test(m.surface),
      );
      const start = withArticle?.start ?? first.start;
      const end = role === 'institution' ? ofName(s, t.i) : t.end;
      const span = { start, end };
      const surface = doc.text.slice(start, end);
      if (overlaps(span, found) || known.some((m) => overlaps(m, [span]) && (m.start < start || m.end > end))) continue;
      const inner = known.filter((m) => m.start >= start && m.end <= end);
      if (inner.length === 0) {
        if (
          (role === 'group' || role === 'government') &&
          plural &&
          UNOWNED.has(s.token(phrase[0]!).lemma.toLowerCase())
        )
          found.push(newMention(start, surface, 'Organization', 0.4, 'collective'));
        continue;
      }
      const owners = [...new Set(inner.filter((m) => m.known && m.kind !== 'Person').map((m) => m.actorId))];
      // Someone's ministry or delegation ("Pashinyan's office") is not read here; a group is named from its owner on ("biggest" is no part of the name).
      if (inner.some((m) => m.kind === 'Person') || owners.length !== 1) continue;
      const owner = gazetteer.get(owners[0]!)!;
      const named = { start: inner[0]!.start, end: end };
      const groupSurface = doc.text.slice(named.start, named.end);
      if (role === 'government' && (owner.kind === 'Country' || owner.kind === 'Organization'))
        found.push(knownMention(owner, start, surface, 'collective'));
      // "the EU monitoring mission", "the UN agency": a body's institution too, named by the body, not its adjective
      else if (
        role === 'institution' &&
        (owner.kind === 'Country' ||
          (owner.kind === 'Organization' && !owner.demonyms.some((d) => d === inner[0]!.surface)))
      ) {
        const name = surface.replace(/^the\s+/i, '');
        found.push({ ...newMention(start, surface, 'Organization', 0.6, 'collective'), name, actorId: slug(name) });
      }
      // A region's governments or ministers are a group of their own ("Central Asian foreign ministers").
      else if (role === 'government' && owner.kind === 'Region')
        found.push(newMention(named.start, groupSurface, 'Organization', 0.5, 'collective'));
      else if (
        role === 'group' &&
        (STATES.has(lemma) ? owner.kind === 'Region' : owner.kind === 'Country' || owner.kind === 'Region')
      )
        found.push(newMention(named.start, groupSurface, 'Organization', 0.5, 'collective'));
      else continue;
      inner.forEach((m) => replaced.add(m));
    }
  }
  return { found, replaced };
}

/** Where an institution's name ends: "Ministry of Foreign Affairs" runs on through "of" and the capitalised words after it. */
function ofName(s: Sentence, head: number): number {
  let end = s.token(head).end;
  if (s.tokens[head]?.word !== 'of') return end;
  for (let i = head + 2; i <= s.tokens.length; i += 1) {
    const t = s.token(i);
    if (/^\p{Lu}/u.test(t.word) && t.pos.startsWith('NNP')) end = t.end;
    else if (!/^(?:and|for)$/.test(t.word) || end === s.token(head).end) break;
  }
  return end;
}

function roleOf(lemma: string): 'government' | 'institution' | 'group' | undefined {
  if (GOVERNMENT.has(lemma)) return 'government';
  if (INSTITUTIONS.has(lemma)) return 'institution';
  return GROUPS.has(lemma) ? 'group' : undefined;
}

/** The qualifying words before a noun, with their own modifiers ("Tajik presidential press"), leaving out articles and numbers. */
function qualifierTokens(s: Sentence, head: number): number[] {
  const out: number[] = [];
  for (const e of s.treeChildren(head, QUALIFIERS)) {
    if (e.dep > head) continue;
    for (const i of s.subtree(e.dep)) if (!LEFT_OUT.test(s.head(i)?.rel ?? '')) out.push(i);
  }
  const sorted = out.sort((a, b) => a - b);
  // Only the words right before the noun, without a gap.
  const contiguous: number[] = [];
  for (let i = head - 1; sorted.includes(i); i -= 1) contiguous.unshift(i);
  return contiguous;
}
