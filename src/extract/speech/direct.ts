/**
 * The speaker of a direct quote: the reporting verb that governs it in the
 * tree ("X said: “…”", "“…,” X said", "accusing Y of “…”", "what X sees as
 * “…”"), else the subject of the clause a quoted fragment sits in, else the
 * speaker of the quote or reported clause just before it in the same or the
 * previous paragraph ("a quote paragraph continues the previous speaker").
 */
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { believesOnly, reportingVerb, sourcePhrase } from './frames.js';
import { reportingClasses, THAT_NOUNS } from './lexicon.js';
import { speechLike } from './fallback.js';
import type { Attribution } from './quote.js';
import { invertedSubject, type Speakers } from './speakers.js';
import type { QuoteSpan } from './spans.js';

interface Frame {
  s: Sentence;
  v: number;
  distance: number;
}

/**
 * The attribution read from the quote's own sentences; null when the quote
 * is attributed there to someone unknown ("the statement said", issuer
 * unnamed), undefined when nothing attributes it.
 */
export function directSpeaker(doc: ParsedDocument, q: QuoteSpan, speakers: Speakers): Attribution | null | undefined {
  const whole = q.whole ?? q;
  const sentences = doc.sentences.filter((s) => s.end > whole.open && s.start < whole.close);
  const frames: Frame[] = [];
  const fragments: Frame[] = [];
  for (const s of sentences) {
    const inside = (i: number): boolean => s.token(i).start >= whole.open && s.token(i).end <= whole.close;
    for (const t of s.tokens) {
      const head = s.head(t.i);
      // Punctuation hangs anywhere; it says nothing about what governs the quote.
      if (!head || head.gov === 0 || head.rel === 'punct') continue;
      if (inside(t.i) && !inside(head.gov)) {
        // Up from where the quote hangs on the sentence: the nearest reporting verb.
        let n = head.gov;
        for (let d = 1; n !== 0 && d < 12; d += 1) {
          // "the statement by X that his country “…”": the statement's issuer
          // (only as the statement's own clause: "the resolution of the war in a “…” manner" is no statement of words)
          const statementNoun =
            d === 1 &&
            /^(?:acl|dep|ccomp|appos)/.test(head.rel) &&
            !inside(n) &&
            s.token(n).pos.startsWith('NN') &&
            THAT_NOUNS.has(s.token(n).lemma.toLowerCase());
          // "X told the paper that Moscow expected “…”": a belief inside someone's report is that someone's wording
          const belief =
            !statementNoun &&
            believesOnly(reportingVerb(s, n)) &&
            /^(?:ccomp|xcomp)$/.test(s.head(n)?.rel ?? '') &&
            reportingVerb(s, s.head(n)!.gov).size > 0;
          if (!belief && (statementNoun || (!inside(n) && reportingVerb(s, n).size > 0))) {
            frames.push({ s, v: n, distance: d });
            break;
          }
          if (!inside(n) && s.token(n).pos.startsWith('VB')) fragments.push({ s, v: n, distance: d });
          // "X told reporters the decision was “…” and that Y would “…”" misread with the report as the subject of the
          // first clause: the report governs what is coordinated with that clause too
          const misread = s
            .children(n, /^csubj/)
            .find((e) => !inside(e.dep) && e.dep < n && reportingVerb(s, e.dep).size > 0);
          if (misread) {
            frames.push({ s, v: misread.dep, distance: d });
            break;
          }
          n = s.head(n)?.gov ?? 0;
        }
      }
      // "“…,” he said": the reporting verb hangs on the quote.
      // (on a word of the quote: a closing mark the splitter left at the start of the next sentence may head it)
      if (
        !inside(t.i) &&
        inside(head.gov) &&
        /[\p{L}\p{N}]/u.test(s.token(head.gov).word) &&
        reportingVerb(s, t.i).size > 0
      )
        frames.push({ s, v: t.i, distance: 0.5 });
    }
  }
  // "“Who will pay?” asked X." / "… X asked." split after the question mark: the sentence right after the quote, a bare
  // attribution (a reporting verb with no clause of its own), attributes it
  const after = doc.sentences.find((x) => x.start >= whole.close);
  const split =
    /[?!][”»"’']?\s*$/.test(doc.text.slice(whole.open, whole.close)) || /^\p{Ll}/u.test(after?.token(1).word ?? '');
  if (after && split && /^[^\S\n]*$/.test(doc.text.slice(whole.close, after.start))) {
    // (its verb may open the sentence only because the split cut the quote off: a past tense, not "Asked whether …")
    for (const r of after.roots())
      if (
        /^VB[DZ]$/.test(after.token(r).pos) &&
        reportingClasses(after.token(r).lemma).size > 0 &&
        after.treeChildren(r, /^(?:ccomp|xcomp|parataxis)$/).length === 0
      )
        frames.push({ s: after, v: r, distance: 0.5 });
  }
  frames.sort(
    (a, b) =>
      a.distance - b.distance || Math.abs(a.s.token(a.v).start - q.open) - Math.abs(b.s.token(b.v).start - q.open),
  );
  for (const f of frames) {
    const by = f.s.token(f.v).pos.startsWith('NN') ? speakers.at(f.s, f.v) : speakers.of(f.s, f.v);
    if (by) return by;
  }
  // "“…,” according to X", "in X's words, “…”": the source named outside the quote, when no reporting verb names one
  for (const s of sentences) {
    for (const t of s.tokens) {
      const source = sourcePhrase(s, t.i);
      if (!source || (t.start >= whole.open && t.end <= whole.close)) continue;
      const by = speakers.at(s, source.owner);
      if (by)
        return { speaker: by.speaker, shape: by.shape === 'named' || by.shape === 'issuer' ? 'according' : by.shape };
    }
  }
  // "“…” — Tokayev": a signature after a dash, as captions and digests attribute
  const signed = signature(doc, whole.close, speakers);
  if (signed) return signed;
  // Attributed, to someone unknown: not to be carried over from an earlier speaker.
  if (frames.some((f) => f.distance <= 1 && saidBySomeone(f.s, f.v))) return null;
  // A quoted fragment inside a clause that is no report: the clause's subject uses the words, when they read as speech
  // (a clause or a long phrase); a term of a word or two there is a name or a scare quote ("selling the idea of a “…”")
  fragments.sort((a, b) => a.distance - b.distance);
  if (!speechLike(doc, q)) return undefined;
  for (const f of fragments) {
    const by = speakers.of(f.s, f.v);
    if (by && by.shape === 'named') return { speaker: by.speaker, shape: 'clause' };
  }
  return undefined;
}

/**
 * "X said:" closing the sentence before a quote that has no attribution of its
 * own, or "X told reporters on Monday." whose reporting verb says nothing of
 * its own (no clause, no infinitive): X introduces the quote that follows.
 */
export function introducedBy(doc: ParsedDocument, q: QuoteSpan, speakers: Speakers): Attribution | undefined {
  const before = doc.sentences.filter((s) => s.end <= q.open).at(-1);
  if (
    !before ||
    doc.text
      .slice(before.end, q.open)
      .trim()
      .replace(/^[“«„"‘']+/, '') !== ''
  )
    return undefined;
  const colon = /:\s*$/.test(doc.text.slice(before.start, before.end));
  if (!colon && !/\.\s*$/.test(doc.text.slice(before.start, before.end))) return undefined;
  for (let v = before.tokens.length; v >= 1; v -= 1) {
    if (reportingVerb(before, v).size === 0 || before.treeChildren(v, /^(?:ccomp|xcomp)$/).length > 0) continue;
    if (!colon && !contentless(before, v)) return undefined;
    return speakers.of(before, v);
  }
  return undefined;
}

/** a finite reporting verb heading its sentence with nothing said under it: no clause, no quote, no negation */
function contentless(s: Sentence, v: number): boolean {
  return (
    s.head(v)?.gov === 0 &&
    /^VB[DZP]$/.test(s.token(v).pos) &&
    s.children(v, /^nsubj/).length > 0 &&
    s.treeChildren(v, /^(?:ccomp|xcomp|parataxis|advcl|csubj|neg)$/).length === 0 &&
    !s.treeChildren(v, 'advmod').some((e) => /^(?:not|never|n't)$/i.test(s.token(e.dep).word)) &&
    !s.tokens.some((t) => /^[“”«»"]$/.test(t.word))
  );
}

/** a speaker named right after a dash that follows the quote, only a title after the name ("— Tokayev, the president.") */
function signature(doc: ParsedDocument, close: number, speakers: Speakers): Attribution | undefined {
  const dash = /^[.,]?\s*[—–]\s*/.exec(doc.text.slice(close, close + 4));
  if (!dash) return undefined;
  const at = close + dash[0].length;
  const s = doc.sentenceAt(at);
  const t = s?.tokens.find((x) => x.start === at);
  if (!s || !t) return undefined;
  const by = speakers.at(s, t.i) ?? (t.lemma === 'the' && t.i < s.tokens.length ? speakers.at(s, t.i + 1) : undefined);
  if (!by || by.shape !== 'named' || by.speaker.start > at + 4) return undefined;
  const rest = s.tokens.filter((x) => x.start >= by.speaker.end);
  const titleOnly =
    rest.every((x) => !/^(?:VB[DZP]|MD)$/.test(x.pos)) &&
    /^\s*(?:,[^,;]{0,80})?[.\s]*$/.test(doc.text.slice(by.speaker.end, s.end));
  return titleOnly ? by : undefined;
}

/**
 * The reporting verb has a speaker in its sentence, known or not: its own
 * subject, or, for a participle or a coordinated verb ("the statement said,
 * noting that “…”"), the subject of the verb it hangs on.
 */
function saidBySomeone(s: Sentence, v: number): boolean {
  // ("“…,” said a trader at the market": a subject after the verb, known or not)
  if (s.children(v, /^nsubj/).length > 0 || invertedSubject(s, v) !== undefined) return true;
  const up = s.head(v);
  if (!up || up.gov === 0 || !/^(?:advcl|conj|parataxis|dep|xcomp)$/.test(up.rel.split(':')[0]!)) return false;
  return s.token(up.gov).pos.startsWith('VB') && s.children(up.gov, /^nsubj/).length > 0;
}

/**
 * "“Perhaps next year,” Ibraimov shrugged.", "“…,” X went on.": a quote closed
 * with a comma, a question or an exclamation mark, followed in its sentence by
 * a subject and a verb that says nothing of its own (no clause, no object), is
 * the subject's, whatever the verb: the construction attributes, not the lemma.
 */
export function attributionAfter(doc: ParsedDocument, q: QuoteSpan, speakers: Speakers): Attribution | undefined {
  const whole = q.whole ?? q;
  if (!/[,?!]\s*[”"»’']\s*$/.test(doc.text.slice(whole.open, whole.close))) return undefined;
  const s = doc.sentences.find((x) => x.end > whole.close);
  const after = s?.tokens.filter((t) => t.start >= whole.close) ?? [];
  const first = after[0];
  if (!s || !first || !/^[^\S\n]*$/.test(doc.text.slice(whole.close, first.start))) return undefined;
  const inside = (i: number): boolean => s.token(i).start >= whole.open && s.token(i).end <= whole.close;
  const verb = after
    .slice(0, 6)
    .find((t) => /^VB[DZ]$/.test(t.pos) && s.children(t.i, /^nsubj$/).some((e) => e.dep < t.i && !inside(e.dep)));
  if (!verb) return undefined;
  const subject = s.children(verb.i, /^nsubj$/).find((e) => e.dep < verb.i)!;
  // the subject opens what follows the quote, the verb hangs on the quote or heads the sentence, and says nothing itself
  const up = s.head(verb.i);
  if (
    s.subtree(subject.dep)[0] !== first.i ||
    !up ||
    (up.gov !== 0 && !inside(up.gov)) ||
    s.treeChildren(verb.i, /^(?:ccomp|xcomp|obj|iobj|csubj)$/).some((e) => !inside(e.dep))
  )
    return undefined;
  const by = speakers.at(s, subject.dep);
  if (!by || by.shape === 'recent') return undefined;
  return by.shape === 'named' ? { speaker: by.speaker, shape: 'clause' } : by;
}
