/**
 * Reported speech: what a reporting verb's complement says ("X said [that]
 * CLAUSE", "CLAUSE, X said"), what an appeal or a pledge wants done ("urged Y
 * to …", "pledged to …", "called for …"), a contentful object of a stance
 * verb ("expressed readiness to …", "called the talks “useful”"), the clause
 * after "according to X", and "X's statement that CLAUSE". Words that sit
 * inside someone's direct quote are that quote, not reported speech.
 */
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { clauseSpan, type Span } from './clause.js';
import { appealsTo, believesOnly, finite, reportingVerb, sourcePhrase, strayReport } from './frames.js';
import {
  CLAUSE_CLASSES,
  CONTENT_NOUNS,
  INFINITIVE_CLASSES,
  reportingClasses,
  STANCE_NOUNS,
  TAIL_LEMMAS,
  THAT_NOUNS,
} from './lexicon.js';
import type { Attribution, Speakers } from './speakers.js';

interface Reported extends Span {
  by: Attribution;
  /** the shape it was read from, for the confidence */
  according: boolean;
}

/** Spans [open, close) of the article's direct quotes. */
type Covered = (start: number, end: number) => number;

export function reportedIn(doc: ParsedDocument, s: Sentence, speakers: Speakers, quoted: Covered): Reported[] {
  const quotedAt = (k: number): boolean => quoted(k, k + 1) > 0;
  const text = doc.text;
  const out: Reported[] = [];
  const inQuote = (i: number): boolean => quoted(s.token(i).start, s.token(i).end) > 0;
  const add = (span: Span | undefined, by: Attribution | undefined, according = false): void => {
    if (!span || !by) return;
    // Every word inside direct quotes: the quotes say it already. A clause with a word of its own ("the “law is …”") stays.
    if (!ownWords(text, span, quotedAt)) return;
    if (out.some((o) => o.start === span.start && o.end === span.end)) return;
    out.push({ ...span, by, according });
  };
  /** a complement headed by another reporting verb with its own speaker is reported there ("the statement said X argued that …") */
  const nested = (c: number): boolean =>
    reportingVerb(s, c).size > 0 &&
    // (a belief reports only a clause of its own: "said Yerevan hoped to establish ties" is all the saying's)
    (believesOnly(reportingVerb(s, c)) ? s.treeChildren(c, 'ccomp').length > 0 : hasComplement(s, c, inQuote)) &&
    speakers.of(s, c) !== undefined;

  for (const t of s.tokens) {
    const v = t.i;
    if (inQuote(v)) continue;
    const classes = reportingVerb(s, v);
    if (classes.size > 0) {
      const clausal = [...classes].some((c) => CLAUSE_CLASSES.has(c));
      // "X said [that] CLAUSE", "X said: CLAUSE"
      for (const e of s.treeChildren(v)) {
        const rel = e.rel;
        const afterColon = rel === 'parataxis' && e.dep > v && s.tokens.slice(v, e.dep - 1).some((x) => x.word === ':');
        // (a clause before the verb has a subject of its own: "Urged to comment, X said …" misread as a complement has none)
        const fronted = e.dep < v && s.children(e.dep, /^nsubj/).length === 0;
        // "assured journalists the treaty will be signed", "told parliament the border is secure" read as the hearer and a
        // clause beside it: a clause with a subject and a tense of its own right after the hearer is what was said
        const afterHearer =
          /^(?:parataxis|dep)$/.test(rel) &&
          e.dep > v &&
          s.treeChildren(e.dep, /^nsubj/).length > 0 &&
          s.treeChildren(e.dep, 'mark').length === 0 &&
          clauseTense(s, e.dep) &&
          s
            .treeChildren(v, /^(?:obj|iobj)$/)
            .some(
              (o) =>
                /^(?:NNS?|NNPS?|PRP)$/.test(s.token(o.dep).pos) && s.subtree(o.dep).at(-1)! + 1 === s.subtree(e.dep)[0],
            );
        if (clausal && (rel === 'ccomp' || afterColon || afterHearer) && !fronted && !nested(e.dep)) {
          const [a, b] = complementExtent(s, e.dep);
          add(clauseSpan(text, s, withoutAddressee(s, e.dep, a), b), speakers.of(s, v));
        }
        // "CLAUSE, X was quoted by Y as saying", "CLAUSE, X told reporters" with the clause hung on the verb as an adjunct:
        // a clause of its own (a subject, no "after"/"if"), set off by a comma before the attribution's subject
        const subject = s.treeChildren(v, /^nsubj/)[0];
        if (
          clausal &&
          e.dep < v &&
          /^(?:advcl|parataxis|dep)$/.test(rel) &&
          subject !== undefined &&
          subject.dep > e.dep &&
          s.children(e.dep, /^nsubj/).length > 0 &&
          s.treeChildren(e.dep, 'mark').length === 0 &&
          (finite(s, v) || quotedAsSaying(s, v)) &&
          !nested(e.dep)
        ) {
          const first = s.subtree(subject.dep)[0]!;
          const clause = s.subtree(e.dep);
          if (clause.at(-1)! < first && first > 2 && s.token(first - 1).word === ',')
            add(clauseSpan(text, s, clause[0]!, first - 2), speakers.of(s, v));
        }
        // "urged Y to …", "pledged to …", "called on Y to …"
        if (
          rel === 'xcomp' &&
          [...classes].some((c) => INFINITIVE_CLASSES.has(c)) &&
          (t.lemma !== 'call' || appealsTo(s, v)) &&
          startsWithTo(s, e.dep)
        ) {
          const [a, b] = s.subtree(e.dep).reduce(([x, y], k) => [Math.min(x, k), Math.max(y, k)], [e.dep, e.dep]);
          add(clauseSpan(text, s, a, b), speakers.of(s, v));
        }
        // "called for new elections"
        if (
          t.lemma === 'call' &&
          rel.startsWith('obl') &&
          s.treeChildren(e.dep, 'case').some((c) => s.token(c.dep).lemma === 'for')
        ) {
          const toks = s.subtree(e.dep).filter((k) => !s.treeChildren(e.dep, 'case').some((c) => c.dep === k));
          add(clauseSpan(text, s, toks[0]!, lastOf(s, v, e.dep)), speakers.of(s, v));
        }
      }
      // "welcomed the deal, saying it would …" read with "saying" as the clause's marker: the clause is what was said,
      // by the subject of the verb the clause hangs on
      // (or as the clause's subject, with the clause's own subject as its object: "went further, saying the region could …")
      const marker = s.head(v);
      const misread =
        (marker?.rel === 'mark' && s.children(marker.gov, /^nsubj/).length > 0) ||
        (/^(?:nsubj|csubj)$/.test(marker?.rel ?? '') && s.treeChildren(v, 'obj').length > 0);
      if (marker && misread && t.pos === 'VBG' && clausal) {
        const host = s.head(marker.gov);
        if (host && host.gov > 0 && host.gov < v && /^(?:advcl|ccomp|dep|parataxis)/.test(host.rel)) {
          const [, b] = complementExtent(s, marker.gov);
          add(clauseSpan(text, s, v + 1, b), speakers.of(s, host.gov));
        }
      }
      // "expressed readiness to cooperate", "noted the people's respect for “…”", "called the treaty “historic”"
      const obj = s.treeChildren(v, 'obj')[0];
      if (obj && (classes.has('express') || (classes.has('name') && !appealsTo(s, v))) && obj.dep > v) {
        // "called the talks useful", and "described the vote as a hostile step": what the object was called, up to the end
        // of what it was called as (a coordinated act after it, "… and summoned the ambassador", is no part of it)
        const as = classes.has('name')
          ? s
              .treeChildren(v, /^obl/)
              .find(
                (e) =>
                  e.dep > obj.dep &&
                  s.treeChildren(e.dep, 'case').some((c) => s.token(c.dep).lemma.toLowerCase() === 'as'),
              )
          : undefined;
        const naming = classes.has('name') && (s.treeChildren(v, 'xcomp').length > 0 || as !== undefined);
        // "expressed a hope to see …": the infinitive may hang on the verb rather than on its object
        const wish = s.treeChildren(v, 'xcomp').some((e) => e.dep > obj.dep && startsWithTo(s, e.dep));
        const last = as ? Math.min(lastOf(s, v, obj.dep), s.subtree(as.dep).at(-1)!) : lastOf(s, v, obj.dep);
        if (naming || wish || contentful(s, obj.dep, inQuote))
          add(clauseSpan(text, s, s.subtree(obj.dep)[0]!, beforeStray(s, obj.dep, last)), speakers.of(s, v));
      }
      // "X said relations were good" misread as "[X said relations] were good": the verb as the subject of the clause it reports
      const up = s.head(v);
      // (or hung on that predicate some other way, with what was said as its object: "X said a treaty could be signed")
      const objectClause = (g: number): boolean =>
        s.treeChildren(v, 'obj').some((e) => e.dep < g && s.treeChildren(g, /^nsubj/).every((n) => n.dep < v));
      if (
        up &&
        (/^csubj/.test(up.rel) ||
          (/^(?:parataxis|dep)$/.test(up.rel) &&
            TAIL_LEMMAS.has(t.lemma) &&
            // (a verb, or a predicate with a tensed copula: "asserted the laws “are much stricter”")
            (/^VB/.test(s.token(up.gov).pos) || tensedCopula(s, up.gov)) &&
            objectClause(up.gov))) &&
        up.gov > v &&
        [...classes].some((c) => CLAUSE_CLASSES.has(c)) &&
        finite(s, v) &&
        s.children(v, /^nsubj/).length > 0
      ) {
        const [, last] = complementExtent(s, up.gov);
        // "told reporters the republic would …": the addressee is not what was said
        const addressee = s.treeChildren(v, 'iobj').find((e) => s.subtree(e.dep)[0] === v + 1);
        add(clauseSpan(text, s, addressee ? s.subtree(addressee.dep).at(-1)! + 1 : v + 1, last), speakers.of(s, v));
      }
      // "X said a treaty could be signed", "X insists the claim is false" read as "said [a treaty]" with the predicate hung below:
      // the object is the clause's subject
      // (and "insisted the government had no plans", "recalled the talks failed": a finite verb after the object, which the
      // parser hangs on the reporting verb as a dependent or even an adverb, is the clause's own predicate; verbs that
      // report a clause and take no noun object of their own for it, not "told reporters" whose object is the hearer)
      const said = s.treeChildren(v, 'obj')[0];
      const clauseTaking =
        TAIL_LEMMAS.has(t.lemma) || classes.has('assert') || (classes.has('believe') && !classes.has('name'));
      // (after "told", a clause only with the addressee named apart: "told reporters the ruling was unfair")
      const hearerApart =
        said !== undefined && (t.lemma !== 'tell' || s.treeChildren(v, 'iobj').some((a) => a.dep < said.dep));
      const tensedVerb = (k: number): boolean => hearerApart && /^VB[DZP]$/.test(s.token(k).pos);
      const predicate =
        said &&
        clauseTaking &&
        finite(s, v) &&
        s.treeChildren(v, /^(?:dep|parataxis|xcomp|advmod)$/).find(
          (e) =>
            e.dep > said.dep &&
            s.subtree(said.dep).at(-1)! + 1 === s.subtree(e.dep)[0] &&
            s.treeChildren(e.dep, /^(?:nsubj|mark)/).length === 0 &&
            (e.rel !== 'advmod' || tensedVerb(e.dep)) &&
            // "could be signed", or a tensed copula ("insists the opposite is true": a small clause read as object + xcomp)
            ((/^VB/.test(s.token(e.dep).pos) && s.treeChildren(e.dep, /^aux/).length > 0) ||
              tensedVerb(e.dep) ||
              (hearerApart && tensedCopula(s, e.dep))),
        );
      if (said && predicate) {
        const [, last] = complementExtent(s, predicate.dep);
        add(clauseSpan(text, s, s.subtree(said.dep)[0]!, last), speakers.of(s, v));
      }
      // "CLAUSE, X said." (and "after X said CLAUSE" when the parser hangs the verb on its clause): the clause the verb hangs on.
      const head = s.head(v);
      if (
        head &&
        head.gov !== 0 &&
        /^(?:parataxis|ccomp|advcl)$/.test(head.rel) &&
        ((finite(s, v) && TAIL_LEMMAS.has(t.lemma)) || quotedAsSaying(s, v)) &&
        s.treeChildren(v, /^(?:ccomp|obj|xcomp)$/).length === 0 &&
        !nested(head.gov) &&
        // "X called for Y — one, he said, …": a clause that is itself someone's speech act is no clause he reports
        !(reportingVerb(s, head.gov).size > 0 && s.children(head.gov, /^nsubj/).length > 0)
      ) {
        const own = s.subtree(v);
        if (head.gov < v && head.rel !== 'advcl') {
          const subject = s.treeChildren(v, /^nsubj/).find((e) => e.dep < v);
          const from = subject ? s.subtree(subject.dep)[0]! : v;
          const first = Math.min(s.subtree(head.gov)[0]!, own[0]!);
          // the attribution is set off from its clause by a comma or a closing mark ("…, Peskov said")
          if (first < from && /^[,”»"'’:—–-]+$/.test(s.token(from - 1).word))
            add(clauseSpan(text, s, first, from - 1), speakers.of(s, v));
        } else if (head.gov > v) {
          const [, last] = complementExtent(s, head.gov);
          const first = own.at(-1)! + 1;
          if (first <= last) add(clauseSpan(text, s, first, last), speakers.of(s, v));
        }
      }
    }
    // "X is convinced / was confident that CLAUSE", "X made it clear that CLAUSE": a stance predicate with a clause of its own
    const stance = stanceHolder(s, v, speakers);
    if (stance) {
      for (const e of s.treeChildren(v, 'ccomp')) {
        if (e.dep < v || s.children(e.dep, /^nsubj/).length === 0) continue;
        const [a, b] = complementExtent(s, e.dep);
        add(clauseSpan(text, s, a, b), stance);
      }
    }
    // "X told a briefing that CLAUSE" with the clause hung on the verb's object (an audience or occasion, not a statement noun)
    if (
      classes.size > 0 &&
      [...classes].some((c) => CLAUSE_CLASSES.has(c)) &&
      s.treeChildren(v, 'ccomp').length === 0
    ) {
      // (or on an adjunct that takes no clause of its own: "told reporters after meeting X in Ankara that …")
      const hosts = s
        .treeChildren(v, /^(?:obj|iobj|obl|advcl)/)
        .filter((o) => o.dep > v)
        .flatMap((o) => [o.dep, ...s.treeChildren(o.dep, /^(?:obj|obl|nmod)/).map((x) => x.dep)])
        .filter(
          (o) =>
            !THAT_NOUNS.has(s.token(o).lemma.toLowerCase()) &&
            reportingClasses(s.token(o).lemma).size === 0 &&
            !CLAUSE_TAKERS.has(s.token(o).lemma.toLowerCase()),
        );
      for (const o of new Set(hosts)) {
        for (const e of s.treeChildren(o, 'ccomp')) {
          if (!thatClause(s, e.dep) || nested(e.dep)) continue;
          const [a, b] = complementExtent(s, e.dep);
          add(clauseSpan(text, s, a, b), speakers.of(s, v));
        }
      }
    }
    // "The sanctions, Lavrov said, would hurt Europe": an attribution set off by commas inside the clause it reports
    const aside = TAIL_LEMMAS.has(t.lemma) && finite(s, v) ? parenthetical(s, v) : undefined;
    if (aside !== undefined) add(clauseSpan(text, s, 1, s.tokens.length), speakers.at(s, aside));
    // "According to X, CLAUSE" / "CLAUSE, according to X"; "In X's words / in the view of X, CLAUSE"
    const source = sourcePhrase(s, v);
    if (source) {
      const x = source.phrase;
      // (hung on a word inside the clause, "rose 11%, to $6.3 billion, according to X", the phrase is still the clause's:
      // up to the nearest predicate; one after it that the parser gave words before it is no clause of its own)
      let p = s.head(x)?.gov;
      // (not a relative pronoun: "which, according to X, exceeded …")
      const misplaced = (k: number): boolean =>
        k > x && s.subtree(k).some((i) => i < s.subtree(x)[0]! && /^(?:NN|CD|\$)/.test(s.token(i).pos));
      for (let guard = 0; p && guard < 6 && (!predicate(s, p) || misplaced(p)) && (s.head(p)?.gov ?? 0) > 0; guard += 1)
        p = s.head(p)!.gov;
      // (the predicate may sit in a quoted fragment, "X is “rich and diverse”": the clause is still the source's report)
      // "A hosted B, and C was not consulted, according to X": a source closing the sentence right after a clause coordinated
      // with a subject of its own is that clause's, not the whole sentence's
      const start = s.subtree(x)[0]!;
      const last = p
        ? s
            .treeChildren(p, 'conj')
            .find(
              (e) =>
                e.dep < x &&
                s.treeChildren(e.dep, /^nsubj/).length > 0 &&
                s.subtree(e.dep).at(-1)! + 2 === start &&
                s.token(start - 1).word === ',',
            )
        : undefined;
      if (last) p = last.dep;
      if (p && p > 0 && !inQuote(x)) {
        const mine = new Set(s.subtree(x));
        // (without the conjunction that joins the clause read to the one before: "and C was not consulted")
        const toks = s
          .subtree(p)
          .filter((k) => !mine.has(k) && !(s.head(k)?.rel === 'cc' && s.head(k)?.gov === p && s.subtree(p)[0] === k));
        const before = toks.filter((k) => k < Math.min(...mine));
        const after = toks.filter((k) => k > Math.max(...mine));
        const side = after.length >= before.length ? after : before;
        const by = speakers.at(s, source.owner);
        // ("according to X, Y said Z": Y's saying reads Z; "according to X, Y has proposed talks" is X's account)
        if (side.length > 0 && !(reportingVerb(s, p).size > 0 && s.treeChildren(p, /^(?:ccomp|xcomp)$/).length > 0))
          add(
            clauseSpan(text, s, side[0]!, side.at(-1)!),
            by && {
              speaker: by.speaker,
              shape: by.shape === 'named' || by.shape === 'issuer' ? 'according' : by.shape,
            },
            true,
          );
      }
    }
    // "X's view is that CLAUSE", "the position of the government is that CLAUSE": the clause is the holder's view
    if (t.lemma === 'be' && t.pos.startsWith('VB')) {
      const subject = s.treeChildren(v, 'nsubj')[0];
      const noun = subject && s.token(subject.dep).lemma.toLowerCase();
      const holder =
        noun && (STANCE_NOUNS.has(noun) || THAT_NOUNS.has(noun)) && s.token(subject.dep).pos.startsWith('NN')
          ? s.children(subject.dep, /^nmod:(?:poss|of)$/)[0]
          : undefined;
      const by = holder && speakers.at(s, holder.dep);
      for (const e of holder ? s.treeChildren(v, 'ccomp') : []) {
        if (e.dep < v) continue;
        const [a, b] = complementExtent(s, e.dep);
        add(
          clauseSpan(text, s, a, b),
          by && { speaker: by.speaker, shape: by.shape === 'named' ? 'according' : by.shape },
        );
      }
    }
    // "X's statement that CLAUSE", "the announcement by X that CLAUSE"
    if (t.pos.startsWith('NN') && THAT_NOUNS.has(t.lemma.toLowerCase())) {
      for (const e of s.treeChildren(v, /^(?:acl|ccomp|dep)$/)) {
        if (!thatClause(s, e.dep)) continue;
        const [a, b] = nounClauseExtent(s, e.dep);
        add(clauseSpan(text, s, a, b), speakers.at(s, v));
      }
    }
  }
  // "CLAUSE, the presidential press service reported on Thursday.", however the parser hung the attribution
  const closing = tailAttribution(s);
  if (closing) add(clauseSpan(text, s, 1, closing.comma - 1), speakers.at(s, closing.speaker));
  // "As X noted, CLAUSE", "As reported by X, CLAUSE", however the parser hung them: what follows the comma is X's; set off
  // inside the sentence ("During the visit, as X told reporters, CLAUSE") it replaces a reading that runs over it
  const as = asReported(s, speakers);
  if (as && (as.at === 1 || out.length === 0 || out.some((o) => o.by.speaker === as.by.speaker))) {
    const at = s.token(as.at).start;
    for (let k = out.length - 1; k >= 0; k -= 1) if (out[k]!.start <= at && at < out[k]!.end) out.splice(k, 1);
    if (out.length === 0 || as.at > 1) add(clauseSpan(text, s, as.from, s.tokens.length), as.by);
  }
  // Two readings of one report (a misparse read both ways): the whole clause, not a piece of it, by the same speaker;
  // and what someone said inside a clause "according to X" is X's report ("…, underscoring the need …, according to X").
  return out.filter(
    (o) =>
      !out.some(
        (x) =>
          x !== o &&
          (x.by.speaker === o.by.speaker || (x.according && !o.according)) &&
          x.start <= o.start &&
          o.end <= x.end &&
          x.end - x.start > o.end - o.start,
      ),
  );
}

/**
 * A reporting verb inside commas mid-sentence, its subject between the first
 * comma and the verb and only adjuncts after it ("A, he said on Monday, B"),
 * which the parser reads in many ways: the subject's head, or undefined.
 */
function parenthetical(s: Sentence, v: number): number | undefined {
  const verbal = (k: number): boolean => /^(?:VB|MD)/.test(s.token(k).pos);
  let c1 = v - 1;
  while (c1 >= 1 && s.token(c1).word !== ',' && !verbal(c1) && v - c1 <= 7) c1 -= 1;
  let c2 = v + 1;
  while (c2 <= s.tokens.length && s.token(c2).word !== ',' && !verbal(c2) && c2 - v <= 7) c2 += 1;
  if (c1 < 2 || c1 >= v - 1 || s.token(c1).word !== ',') return undefined;
  if (c2 > s.tokens.length - 2 || s.token(c2).word !== ',') return undefined;
  const words = (from: number, to: number): number =>
    s.tokens.slice(from - 1, to).filter((x) => /[\p{L}\p{N}]/u.test(x.word)).length;
  if (words(1, c1 - 1) < 1 || words(c2 + 1, s.tokens.length) < 2) return undefined;
  // what comes before is the clause's subject (no verb, no quote of its own), what comes after its predicate
  const before = s.tokens.slice(0, c1 - 1);
  if (before.some((x) => verbal(x.i) || /^(?:[“”«»"]|``|'')$/.test(x.word))) return undefined;
  if (!s.tokens.slice(c2).some((x) => verbal(x.i))) return undefined;
  // the subject: the window's token whose head lies outside it (the last noun, when the parser made a mess)
  const window = s.tokens.slice(c1, v - 1).map((x) => x.i);
  const head =
    window.find((k) => {
      const h = s.head(k)?.gov ?? 0;
      return (h <= c1 || h >= v) && /^(?:NN|PRP)/.test(s.token(k).pos);
    }) ?? window.filter((k) => /^(?:NN|PRP)/.test(s.token(k).pos)).at(-1);
  return head;
}

/** a clause's tokens, without the comma-separated adjuncts at its end ("…, accusing X of Y", "…, without making …") */
function complementExtent(s: Sentence, c: number): [number, number] {
  const stray = strayReport(s, c);
  const toks = s.subtree(c).filter((k) => stray === undefined || k < stray);
  let last = toks.at(-1)!;
  while (stray !== undefined && last > c && /^(?:,|and|but|CC)$/.test(s.token(last).word)) last -= 1;
  const trailing = s
    .treeChildren(c, /^(?:advcl|obl|advmod|conj|dep|parataxis)/)
    .filter((e) => e.dep > c)
    .sort((x, y) => y.dep - x.dep);
  for (const e of trailing) {
    const sub = s.subtree(e.dep);
    if (sub.at(-1)! < last - 1 && sub.at(-1)! !== last) break;
    const before = sub[0]! - 1;
    if (before <= c || s.token(before).word !== ',' || (/^conj/.test(e.rel) && s.token(e.dep).pos !== 'VBG')) break;
    if (/^[“«"]/.test(s.token(sub[0]!).word) || quotedWord(s, sub[0]!)) break;
    last = before - 1;
  }
  return [toks[0]!, last];
}

/** the end of a phrase before a second speech act the parser hung inside it ("concern that X could fall, and demanded talks") */
function beforeStray(s: Sentence, head: number, last: number): number {
  let end = last;
  for (const k of s.subtree(head)) {
    const stray = k <= end && s.token(k).pos.startsWith('VB') ? strayReport(s, k) : undefined;
    if (stray !== undefined && stray <= end) end = stray - 1;
  }
  while (end > head && /^(?:,|and|but)$/.test(s.token(end).word)) end -= 1;
  return end;
}

/** "told journalists the country would …" with "journalists" hung on the clause: the addressee is not what was said */
function withoutAddressee(s: Sentence, c: number, a: number): number {
  const subject = s.treeChildren(c, /^nsubj/)[0];
  const addressee = s
    .treeChildren(c, 'dep')
    .find((e) => subject && e.dep < subject.dep && s.subtree(e.dep)[0] === a && /^(?:NN|PRP)/.test(s.token(e.dep).pos));
  return addressee ? s.subtree(addressee.dep).at(-1)! + 1 : a;
}

/** crude: is the token after an opening mark that has not closed before it */
function quotedWord(s: Sentence, i: number): boolean {
  const words = s.tokens.slice(0, i - 1).map((t) => t.word);
  return (
    words.filter((w) => /^[“«]$/.test(w)).length > words.filter((w) => /^[”»]$/.test(w)).length ||
    words.filter((w) => w === '"' || w === '``' || w === "''").length % 2 === 1
  );
}

/** a noun's "that"-clause; the parser may hang the sentence's own verb on it ("the statement that X will do Y pleased Z"): stop before that verb */
function nounClauseExtent(s: Sentence, c: number): [number, number] {
  const [a, b] = complementExtent(s, c);
  const main = s
    .treeChildren(c, /^(?:dep|ccomp|parataxis)$/)
    .find(
      (e) =>
        e.dep > c &&
        /^VB[DZP]$/.test(s.token(e.dep).pos) &&
        s.treeChildren(e.dep, 'mark').length === 0 &&
        s.token(e.dep - 1).word !== ',',
    );
  return [a, main ? main.dep - 1 : b];
}

/** "X was quoted/cited as saying", "Y quoted X as saying": the verb stands for X's saying */
function quotedAsSaying(s: Sentence, v: number): boolean {
  return (
    /^(?:quote|cite)$/.test(s.token(v).lemma) &&
    s
      .treeChildren(v)
      .some(
        (e) =>
          s.token(e.dep).pos === 'VBG' &&
          s.token(e.dep).lemma === 'say' &&
          s.treeChildren(e.dep, /^(?:mark|case)$/).some((m) => s.token(m.dep).lemma.toLowerCase() === 'as'),
      )
  );
}

/**
 * "As X said," or "As reported by X," opening the sentence or set off by
 * commas inside it: a reporting verb before the next comma, its speaker the
 * agent after "by" or the name before the verb; the clause starts after the
 * comma. `at` is the "as".
 */
function asReported(s: Sentence, speakers: Speakers): { at: number; from: number; by: Attribution } | undefined {
  if (s.tokens.length < 6) return undefined;
  const opening = s.tokens.find((x) => x.word.toLowerCase() === 'as' && (x.i === 1 || s.token(x.i - 1).word === ','));
  if (!opening) return undefined;
  const at = opening.i;
  const comma = s.tokens.slice(at, at + 11).find((x) => x.word === ',')?.i;
  if (comma === undefined || comma >= s.tokens.length - 2) return undefined;
  const verb = s.tokens.slice(at, comma - 1).find((x) => reportingVerb(s, x.i).size > 0 && x.pos.startsWith('VB'));
  if (!verb) return undefined;
  const by = s.tokens.slice(verb.i, comma - 1).find((x) => x.word.toLowerCase() === 'by');
  const who = by
    ? s.tokens.slice(by.i, comma - 1).find((x) => /^(?:NNP|NN)/.test(x.pos))
    : s.tokens
        .slice(at, verb.i - 1)
        .filter((x) => /^(?:NNP|NN|PRP)/.test(x.pos))
        .at(-1);
  const speaker = who && speakers.at(s, who.i);
  return speaker && { at, from: comma + 1, by: speaker };
}

/**
 * "CLAUSE, the Kyrgyz government reported on its website.", "CLAUSE, the
 * presidency confirmed.": a sentence that ends with a comma, a noun phrase, a
 * reporting verb and only its adjuncts, after a clause with a tense of its own.
 * The parser hangs such a tail in many ways (a relative clause of a noun in
 * CLAUSE, a participle, a dependent, an apposition), so it is read off the
 * sentence's word classes, not its tree. Returns the comma and the phrase's head.
 */
function tailAttribution(s: Sentence): { comma: number; speaker: number } | undefined {
  const pos = (k: number): string => s.token(k).pos;
  let end = s.tokens.length;
  while (end >= 1 && /^\p{P}+$/u.test(s.token(end).word)) end -= 1;
  // back over the verb's adjuncts ("on Thursday", "in a statement on its website", "reporters") to the verb
  let v = end;
  while (v >= 1 && !(/^VB[DNZ]$/.test(pos(v)) && TAIL_LEMMAS.has(s.token(v).lemma.toLowerCase()))) {
    if (!/^(?:IN|TO|DT|JJ|NNS?|NNPS?|PRP\$?|POS|CD|RB)$/.test(pos(v))) return undefined;
    v -= 1;
  }
  // back over its subject, a plain noun phrase, to the comma
  let c = v - 1;
  while (c >= 1 && /^(?:DT|JJ|NNS?|NNPS?|POS|CD|HYPH|PRP\$)$/.test(pos(c))) c -= 1;
  if (c < 3 || c === v - 1 || s.token(c).word !== ',' || /^(?:has|have|had)$/i.test(s.token(v - 1).word))
    return undefined;
  if (!s.tokens.slice(0, c - 1).some((x) => /^(?:VBD|VBZ|VBP|MD)$/.test(x.pos))) return undefined;
  // the phrase's head: a noun whose head lies outside the phrase (the last one, when the parser made a mess)
  const inPhrase = (k: number): boolean => k > c && k < v;
  const nouns = s.tokens.slice(c, v - 1).filter((x) => /^(?:NN|PRP)/.test(x.pos));
  const head = nouns.find((x) => !inPhrase(s.head(x.i)?.gov ?? 0)) ?? nouns.at(-1);
  return head && { comma: c, speaker: head.i };
}

/** words that take a that-clause of their own without reporting it: "after learning that …", "the fact that …" */
const CLAUSE_TAKERS: ReadonlySet<string> = new Set([
  'learn',
  'know',
  'hear',
  'find',
  'realize',
  'realise',
  'discover',
  'show',
  'prove',
  'ensure',
  'mean',
  'fact',
  'news',
  'sign',
  'evidence',
  'idea',
  'possibility',
  'likelihood',
  'chance',
  'hope',
  'fear',
  'concern',
  'sure',
  'clear',
]);

/** adjectives of a held conviction: "is convinced that", "was confident that" */
const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'convinced',
  'confident',
  'certain',
  'sure',
  'hopeful',
  'optimistic',
  'adamant',
  'persuaded',
]);

/** the speaker of a stance predicate at v: the subject of "convinced"/"confident", the maker of "made it clear/plain" */
function stanceHolder(s: Sentence, v: number, speakers: Speakers): Attribution | undefined {
  const t = s.token(v);
  const word = t.word.toLowerCase();
  if (STANCE_ADJECTIVES.has(word) && /^(?:JJ|VBN)$/.test(t.pos)) {
    const subject = s.children(v, /^nsubj(?::pass)?$/)[0];
    return subject && speakers.at(s, subject.dep);
  }
  const up = s.head(v);
  if (/^(?:clear|plain)$/.test(word) && up?.rel === 'xcomp' && s.token(up.gov).lemma === 'make')
    return speakers.of(s, up.gov);
  return undefined;
}

function startsWithTo(s: Sentence, x: number): boolean {
  const first = s.subtree(x)[0]!;
  return s.token(first).lemma === 'to';
}

/** an object that says something: holds a quote, a clause or an infinitive, not "expressed gratitude" */
function contentful(s: Sentence, o: number, inQuote: (i: number) => boolean): boolean {
  // "the need for talks", "readiness to help" (not "gratitude", "condolences"), or a phrase with a clause or a quote in it
  if (CONTENT_NOUNS.has(s.token(o).lemma.toLowerCase()) && s.treeChildren(o, /^(?:nmod|acl)/).length > 0) return true;
  return s
    .subtree(o)
    .some(
      (k) =>
        inQuote(k) ||
        (k !== o && /^(?:acl|ccomp|xcomp|advcl)/.test(s.head(k)?.rel ?? '') && s.token(k).pos.startsWith('VB')),
    );
}

/** a clause that carries tense: a finite verb, or a tense or modal auxiliary or copula ("will be signed", "is secure") */
function clauseTense(s: Sentence, c: number): boolean {
  return (
    /^(?:VB[DZP]|MD)$/.test(s.token(c).pos) ||
    s.treeChildren(c, /^(?:aux|cop)/).some((e) => /^(?:VB[DZP]|MD)$/.test(s.token(e.dep).pos))
  );
}

/** a predicate whose copula carries tense: "the laws “are much stricter”", "the opposite is true" */
function tensedCopula(s: Sentence, k: number): boolean {
  return s.treeChildren(k, 'cop').some((c) => /^(?:VB[DZP]|MD)$/.test(s.token(c.dep).pos));
}

/** a clause's head: a verb, or a word with a copula or a subject of its own */
function predicate(s: Sentence, k: number): boolean {
  return s.token(k).pos.startsWith('VB') || s.treeChildren(k, /^(?:cop|nsubj)/).length > 0;
}

/** the last token of what follows the verb's complement in its phrase: "…, thanking X for Y" goes with it, "according to …" and "…, X said" do not */
function lastOf(s: Sentence, v: number, from: number): number {
  let last = s.subtree(from).at(-1)!;
  for (const e of s.treeChildren(v)) {
    if (e.dep <= from || e.rel === 'punct' || e.rel === 'nsubj') continue;
    if (
      /^(?:parataxis|dep|ccomp)/.test(e.rel) &&
      reportingVerb(s, e.dep).size > 0 &&
      s.children(e.dep, 'nsubj').length > 0
    )
      continue;
    if (s.treeChildren(e.dep, 'case').some((c) => s.token(c.dep).lemma.toLowerCase() === 'according')) continue;
    // "voiced concern that …, and demanded talks": the second speech act is not part of the first one's words
    if (e.rel === 'conj' && reportingVerb(s, e.dep).size > 0) break;
    if (/^(?:advcl|conj|xcomp|obl|dep|ccomp)/.test(e.rel)) last = Math.max(last, s.subtree(e.dep).at(-1)!);
  }
  return last;
}

/** what the reporting verb reads of its own: a clause, an infinitive, or a stance noun ("announced the implementation of …" has none) */
function hasComplement(s: Sentence, v: number, inQuote: (i: number) => boolean): boolean {
  if (s.treeChildren(v, /^(?:ccomp|xcomp)$/).length > 0) return true;
  const classes = reportingVerb(s, v);
  return (
    (classes.has('express') || classes.has('name')) &&
    s.treeChildren(v, 'obj').some((e) => contentful(s, e.dep, inQuote))
  );
}

/** a clause opened by "that" as a complementizer (the parser may call it mark or dep), with a subject of its own */
function thatClause(s: Sentence, c: number): boolean {
  const first = s.subtree(c)[0]!;
  if (
    s.token(first).lemma.toLowerCase() !== 'that' ||
    (!s.token(c).pos.startsWith('VB') && !s.treeChildren(c, 'cop').length)
  )
    return false;
  return s.treeChildren(c, /^nsubj/).some((e) => e.dep !== first);
}

/** does the span hold a word outside the direct quotes? */
function ownWords(text: string, span: Span, quotedAt: (k: number) => boolean): boolean {
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu))
    if (!quotedAt(span.start + m.index)) return true;
  return false;
}
