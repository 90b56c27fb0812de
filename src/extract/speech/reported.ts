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
import { beforeStray, complementExtent, lastOf, nounClauseExtent, withoutAddressee } from './clause-extent.js';
import {
  clauseTense,
  contentful,
  hasComplement,
  predicate,
  startsWithTo,
  tensedCopula,
  thatClause,
} from './complements.js';
import { asReported, parenthetical, quotedAsSaying, stanceHolder, tailAttribution } from './detached-attributions.js';
import { appealsTo, believesOnly, finite, reportingVerb, sourcePhrase } from './frames.js';
import {
  CLAUSE_CLASSES,
  INFINITIVE_CLASSES,
  reportingClasses,
  STANCE_NOUNS,
  TAIL_LEMMAS,
  THAT_NOUNS,
} from './lexicon.js';
import type { Attribution } from './quote.js';
import type { Speakers } from './speakers.js';

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

/** does the span hold a word outside the direct quotes? */
function ownWords(text: string, span: Span, quotedAt: (k: number) => boolean): boolean {
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu))
    if (!quotedAt(span.start + m.index)) return true;
  return false;
}
