/**
 * Who a reporting verb's speaker is, read off the dependency tree: its
 * subject (or, passive, its agent; "was quoted as saying", its subject),
 * inherited by participles and coordinated verbs ("…, adding that …"); the
 * name in an appositive ("the author, X, believes"); the issuer of a
 * statement ("the statement by X reads:", "the statement said" after "a
 * statement by X"); pronouns and nominals through coreference, else the
 * article's most recent speaker.
 */
import type { Mention } from '../actors/mention.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { INSTITUTION_NOUNS, reportingClasses, ROLE_NOUNS, STATEMENT_NOUNS } from './lexicon.js';
import type { Attribution, AttributionShape } from './quote.js';
import { strayReport } from './frames.js';
import { datelineEnd } from './clause.js';
import { agedDescription, Antecedents } from './antecedents.js';
import { Issuers, type SpeakerReading } from './issuers.js';
import {
  ANONYMOUS_NOUNS,
  BODY_NOUNS,
  FIRST_PERSON,
  INVERTING,
  JOINT_NOUNS,
  NOT_THE_HEAD,
  OWN_VOICE_ROLES,
  PLATFORMS,
  SPEAKING_KINDS,
} from './speaker-words.js';

export class Speakers implements SpeakerReading {
  /** speakers read so far, in text order: the fallback for an unresolved "he" or "the minister" */
  private readonly history: { offset: number; speaker: Mention }[] = [];
  private readonly antecedents: Antecedents;
  private readonly issuers: Issuers;

  constructor(
    private readonly doc: ParsedDocument,
    private readonly index: MentionIndex,
  ) {
    this.antecedents = new Antecedents(doc, index);
    this.issuers = new Issuers(doc, index, this, this.history);
    // (scanned once assigned: reading one statement's issuer may ask for an earlier statement's through this.at)
    this.issuers.scan();
  }

  /** note a speaker read at this offset */
  heard(offset: number, speaker: Mention): void {
    this.history.push({ offset, speaker });
  }

  /** the most recent speaker before an offset, within reach */
  recent(offset: number, reach = 1500): Mention | undefined {
    return this.lastHeard(offset, reach)?.speaker;
  }

  /** the most recent speaker before an offset, within reach, with where it was heard */
  lastHeard(offset: number, reach: number): { offset: number; speaker: Mention } | undefined {
    let best: { offset: number; speaker: Mention } | undefined;
    for (const h of this.history)
      if (h.offset < offset && offset - h.offset <= reach && (!best || h.offset > best.offset)) best = h;
    return best;
  }

  /** the government whose seat the place at t is ("the reaction from Yerevan"): read as a place, it still speaks for it */
  seatAt(s: Sentence, t: number): Attribution | undefined {
    const m = this.index.at(s, t);
    return m?.seatOf ? { speaker: { ...m, ...m.seatOf, seatOf: undefined }, shape: 'named' } : undefined;
  }

  /** the speaker of reporting verb v */
  of(s: Sentence, v: number, depth = 0): Attribution | undefined {
    if (depth > 4) return undefined;
    // "noted that trade grew and expressed …" with "expressed" hung on "grew": the reporter of the clause speaks
    const up = s.head(v);
    if (up && up.gov > 0 && s.treeChildren(v, /^nsubj/).length === 0) {
      const clause = s.head(up.gov);
      if (clause?.rel === 'ccomp' && clause.gov > 0 && strayReport(s, up.gov) === s.subtree(v)[0])
        return this.of(s, clause.gov, depth + 1);
    }
    // "President X, who hosted Y in July, has promised …" misread with the main verb as a relative clause of X and Y its
    // subject: "who" is the subject of the verb right after it, and the verb after the closing comma is X's
    const relative = s.head(v);
    const who = relative?.rel === 'acl:relcl' ? s.children(relative.gov, 'ref')[0]?.dep : undefined;
    const aux = s.treeChildren(v, /^aux/).find((e) => /^(?:VBZ|VBP|VBD|MD)$/.test(s.token(e.dep).pos))?.dep;
    if (
      who !== undefined &&
      aux !== undefined &&
      s.token(who).lemma.toLowerCase() === 'who' &&
      who + 1 < aux &&
      /^VB[DZN]$/.test(s.token(who + 1).pos) &&
      s.token(aux - 1).word === ','
    ) {
      const by = this.at(s, relative!.gov, depth + 1);
      if (by) return by;
    }
    const subjects = s.children(v, /^nsubj/);
    // "expressed a hope to see …", "urged Y to say …": the infinitive's words are the governing speaker's, whoever controls it.
    if (s.head(v)?.rel === 'xcomp' && !subjects.some((e) => e.rel === 'nsubj')) {
      const up = this.of(s, s.head(v)!.gov, depth + 1);
      if (up) return up;
      // "X is reported / is said to have said …": a raising passive names no speaker of its own; its subject speaks
      const raised = subjects.find((e) => e.rel === 'nsubj:xsubj');
      const gov = s.head(v)!.gov;
      if (raised && s.children(gov, 'nsubj:pass').some((e) => e.dep === raised.dep))
        return this.at(s, raised.dep, depth + 1);
      return undefined;
    }
    const active = subjects.find((e) => e.rel === 'nsubj' || e.rel === 'nsubj:xsubj');
    const passive = subjects.find((e) => e.rel === 'nsubj:pass');
    if (passive) {
      // "X was quoted as saying": the subject said it; otherwise the agent did ("was confirmed by X").
      if (s.token(v).lemma === 'quote' || citedAsSaying(s, v)) return this.at(s, passive.dep, depth + 1);
      const agent = s.children(v, /^obl:(?:by|agent)$/)[0];
      return agent ? this.at(s, agent.dep, depth + 1) : undefined;
    }
    // "Reuters quoted X as saying": X said it
    const quotedPerson = s.token(v).lemma === 'quote' || citedAsSaying(s, v) ? s.children(v, 'obj')[0] : undefined;
    if (quotedPerson) {
      // "The press service of X quoted him", "X's office quoted her": an object pronoun is not its clause's subject,
      // but may be the person the subject serves
      const subject = s.children(v, /^nsubj$/)[0];
      if (subject && /^(?:him|her)$/i.test(s.token(quotedPerson.dep).word)) {
        const served = this.index
          .inPhrase(s, subject.dep)
          .filter(
            (m) => m.kind === 'Person' && !(m.start <= s.token(subject.dep).start && s.token(subject.dep).end <= m.end),
          );
        if (served.length === 1) return { speaker: served[0]!, shape: 'coref' };
      }
      return this.at(s, quotedPerson.dep, depth + 1);
    }
    // "“…,” wrote X": an inverted subject the parser read as an object (not with verbs of telling someone).
    const inverted = invertedSubject(s, v);
    const inverting = inverted !== undefined;
    // "“… but the trust is gone,” says X": the parser may take a word of the quote before the verb for its subject; a
    // closing mark between them shows the subject is the quote's, and the name after the verb speaks
    if (active && inverting && /[”"»]/.test(this.doc.text.slice(s.token(active.dep).end, s.token(v).start)))
      return this.at(s, inverted.dep, depth + 1);
    if (active) {
      // "Trade with China, Mirziyoyev noted, …" read with two subjects: the one next to the verb speaks, else one that names someone
      const actives = subjects
        .filter((e) => e.rel === 'nsubj' || e.rel === 'nsubj:xsubj')
        .sort((a, b) => Math.abs(a.dep - v) - Math.abs(b.dep - v));
      if (actives.length === 1) return this.at(s, active.dep, depth + 1);
      // "A and B said": coordinated subjects speak as one, given to the first named (the tree's own subject)
      const own = s.treeChildren(v, /^nsubj/)[0]?.dep;
      if (
        own !== undefined &&
        actives.every((e) => e.dep === own || (s.head(e.dep)?.rel === 'conj' && s.head(e.dep)?.gov === own))
      ) {
        const first = this.at(s, own, depth + 1);
        if (first) return first;
      }
      for (const e of actives) {
        const by = this.at(s, e.dep, depth + 1);
        if (by) return by;
      }
      return undefined;
    }
    if (inverting) return this.at(s, inverted.dep, depth + 1);
    const agent = s.children(v, /^obl:(?:by|agent)$/)[0];
    if (agent && s.token(v).pos === 'VBN') return this.at(s, agent.dep, depth + 1);
    // A name right before a finite reporting verb is its subject, however the parser attached it ("at the leader Lukashenka said").
    const before = v > 1 ? this.index.at(s, v - 1) : undefined;
    if (before && SPEAKING_KINDS.has(before.kind) && /^VB[DZP]$/.test(s.token(v).pos))
      return { speaker: before, shape: 'named' };
    const head = s.head(v);
    if (!head || head.gov === 0) return undefined;
    const rel = head.rel.split(':')[0]!;
    // "the statement made by X reads:", parsed with "reads" under "made": the statement's verb speaks for it
    if (s.token(v).lemma === 'read') return this.of(s, head.gov, depth + 1);
    // "a report saying that …": the noun's issuer, or the noun itself ("officials saying").
    if (rel === 'acl') return this.at(s, head.gov, depth + 1);
    const participle = s.token(v).pos === 'VBG';
    // Participles and coordinated verbs share the speaker of the verb they hang on ("…, adding that", "Accusing X, Y said", "began by saying").
    if (!(
      rel === 'advcl' ||
      rel === 'conj' ||
      rel === 'xcomp' ||
      rel === 'dep' ||
      (participle && (rel === 'parataxis' || rel === 'obl'))
    ))
      return undefined;
    // "X said Y noted A, also confirming B": a trailing participle goes with the nearest reporting verb before it, wherever the parser hung it.
    if (participle) {
      for (let k = v - 1; k >= 1; k -= 1) {
        if (
          reportingClasses(s.token(k).lemma).size === 0 ||
          !s.token(k).pos.startsWith('VB') ||
          s.children(k, /^nsubj/).length === 0
        )
          continue;
        const near = this.of(s, k, depth + 1);
        if (near) return near;
        break;
      }
    }
    const inherited = this.of(s, head.gov, depth + 1);
    if (inherited || !participle) return inherited;
    // A participle the parser hung inside a reported clause whose subject is no actor: the next clause up speaks.
    for (let n = s.head(head.gov)?.gov ?? 0, guard = 0; n !== 0 && guard < 6; n = s.head(n)?.gov ?? 0, guard += 1) {
      if (!s.token(n).pos.startsWith('VB')) continue;
      const up = this.of(s, n, depth + 1);
      if (up) return up;
    }
    return undefined;
  }

  /** the actor the noun phrase headed by token t names or stands for */
  at(s: Sentence, t: number, depth = 0): Attribution | undefined {
    if (depth > 6) return undefined;
    const tok = s.token(t);
    const lemma = tok.lemma.toLowerCase();
    if (FIRST_PERSON.has(lemma) || FIRST_PERSON.has(tok.word.toLowerCase())) return undefined;
    // "TBILISI - X refused …" read with the dateline's city as the subject: the name after the dateline is
    if (tok.start < datelineEnd(this.doc.text, s)) {
      const after = s.treeChildren(t, /^(?:dep|appos|compound|flat)$/).find((e) => e.dep > t);
      return after ? this.at(s, after.dep, depth + 1) : undefined;
    }
    // "X, who has said that …": a relative "who" speaks as the name it refers to (the parser may leave the reference out
    // and hang the clause on the name as a bare dependent)
    if (tok.pos === 'WP' && tok.word.toLowerCase() === 'who') {
      const ref = s.parents(t, 'ref')[0]?.gov;
      const verb = s.head(t)?.gov;
      const host = verb ? s.head(verb) : undefined;
      const named =
        ref ??
        (host && /^(?:acl:relcl|dep)$/.test(host.rel) && host.gov < t ? host.gov : undefined) ??
        (t > 2 && s.token(t - 1).word === ',' && s.token(t - 2).pos.startsWith('NNP') ? t - 2 : undefined);
      const by = named !== undefined ? this.at(s, named, depth + 1) : undefined;
      if (by) return by;
    }
    const own = this.index.at(s, t);
    // a platform carries words, it says none ("on Telegram", "a Facebook post")
    if (own && PLATFORMS.has(own.surface.toLowerCase())) return undefined;
    if (own && SPEAKING_KINDS.has(own.kind)) return { speaker: own, shape: 'named' };
    // A name new to the gazetteer that the tagger took for a place, as the subject of a verb: a body speaking ("Kazatomprom said")
    if (own && mistypedBody(own) && /^nsubj/.test(s.head(t)?.rel ?? '')) return { speaker: own, shape: 'named' };
    if (tok.pos.startsWith('NN') && STATEMENT_NOUNS.has(lemma)) return this.issuers.issuer(s, t, depth + 1);
    // "The author of the article, X, believes": the name in apposition (which the parser may call dep or flat).
    for (const e of s.treeChildren(t, /^(?:appos|dep|flat)$/)) {
      const m = this.index.at(s, e.dep) ?? this.index.inPhrase(s, e.dep, NOT_THE_HEAD).find((x) => x.kind === 'Person');
      if (m && SPEAKING_KINDS.has(m.kind)) return { speaker: m, shape: 'named' };
    }
    // "the spokesman for the government, X,": the parser may hang the name on the last noun of the role's phrase
    if (ROLE_NOUNS.has(lemma)) {
      for (const k of s.subtree(t)) {
        const m = k !== t && s.head(k)?.rel === 'appos' ? this.index.at(s, k) : undefined;
        if (m?.kind === 'Person') return { speaker: m, shape: 'named' };
      }
    }
    const phrase = this.index.inPhrase(s, t, NOT_THE_HEAD).filter((m) => SPEAKING_KINDS.has(m.kind));
    const person = phrase.find((m) => m.kind === 'Person');
    if (person) return { speaker: person, shape: 'named' };
    const pronoun = tok.pos.startsWith('PRP') || tok.pos === 'WP';
    const role = ROLE_NOUNS.has(lemma);
    // "X believes … . She believes …": a he/she speaking right after a person spoke is that person (the subject carries on);
    // coreference chains link across persons more often than a reader would.
    if (/^(?:he|she)$/i.test(tok.word)) {
      const last = this.history.filter((h) => h.offset < tok.start).at(-1);
      const at = last && this.doc.sentenceAt(last.offset);
      if (last && at && last.speaker.kind === 'Person' && at.paragraph === s.paragraph && s.index - at.index <= 1)
        return { speaker: last.speaker, shape: 'coref' };
      // "Kallas rejected that view. She said …": a subject pronoun opening a sentence goes on with the person the sentence
      // before in its paragraph was about, as its subject (coreference picks a person by gendered name lists, often wrongly)
      const before = s.index > 0 ? this.doc.sentences[s.index - 1] : undefined;
      if (before && before.paragraph === s.paragraph && /^nsubj/.test(s.head(t)?.rel ?? '') && t <= 2) {
        // (the subject's own name first: "X's successor, Y, travelled …" is about Y, not X)
        const subject = before
          .roots()
          .flatMap((r) => before.children(r, /^nsubj/))
          .map((e) => {
            const by = this.at(before, e.dep, depth + 1);
            return by?.shape === 'named' && by.speaker.kind === 'Person' ? by.speaker : this.index.at(before, e.dep);
          })
          .find((m) => m?.kind === 'Person');
        if (subject) return { speaker: subject, shape: 'coref' };
      }
    }
    // "the minister", "the Azerbaijani minister": the person introduced earlier with that title (and that nationality)
    if (role && tok.pos !== 'NNS' && s.treeChildren(t, 'det').some((e) => s.token(e.dep).lemma === 'the')) {
      const titled = this.antecedents.titled(s, t);
      if (titled) return { speaker: titled, shape: 'coref' };
      // "The Russian ambassador, X, offered a reading. The diplomat said …": the person the sentence before is about
      // (before coreference, which links a role to any person; not "the Kazakh minister", whose nationality says whom)
      const before =
        phrase.length === 0 && s.treeChildren(t, 'nmod:poss').length === 0 ? this.subjectBefore(s, depth) : undefined;
      if (before) return { speaker: before, shape: 'coref' };
    }
    // "the 58-year-old said", "the 71-year-old added": a person described by age alone is one already in the story, the
    // one coreference links, else the one the sentence before is about, else the one who spoke last
    if (agedDescription(s, t)) {
      const resolved = this.index.resolve(s, t);
      if (resolved?.kind === 'Person') return { speaker: resolved, shape: 'coref' };
      const before = this.subjectBefore(s, depth);
      if (before) return { speaker: before, shape: 'coref' };
      const recent = this.recent(tok.start);
      if (recent?.kind === 'Person') return { speaker: recent, shape: 'recent' };
      const topic = this.antecedents.lastSubject(s);
      if (topic) return { speaker: topic, shape: 'recent' };
    }
    // "the presidential press service Akorda said": a name right after an institution's noun is its name, wherever the parser
    // hung it (often as the subject of the verb that follows)
    const named = INSTITUTION_NOUNS.has(lemma) && t < s.tokens.length ? this.index.at(s, t + 1) : undefined;
    if (
      named &&
      SPEAKING_KINDS.has(named.kind) &&
      named.start === s.token(t + 1).start &&
      s.token(t + 1).pos.startsWith('NNP') &&
      !PLATFORMS.has(named.surface.toLowerCase())
    )
      return { speaker: named, shape: 'named' };
    // "the CSTO secretariat", "the Uzbek Foreign Ministry": the body its own phrase names, before any coreference guess
    if (INSTITUTION_NOUNS.has(lemma) && !role && phrase.length > 0) return { speaker: phrase.at(-1)!, shape: 'named' };
    // "X criticised the meeting. The organisation said …": the one body the sentence before names (coreference may link
    // "the organisation" to any body with the word in its name, or to none)
    const body = BODY_NOUNS.has(lemma) && s.treeChildren(t, 'det').some((e) => s.token(e.dep).lemma === 'the');
    const bodyBefore = body ? this.antecedents.bodyBefore(s) : undefined;
    if (bodyBefore) return { speaker: bodyBefore, shape: 'coref' };
    if (pronoun || role || tok.pos.startsWith('NN')) {
      const resolved = this.index.resolve(s, t);
      if (
        resolved &&
        (SPEAKING_KINDS.has(resolved.kind) || (mistypedBody(resolved) && /^(?:it|its)$/i.test(tok.word))) &&
        (!role || (resolved.kind === 'Person' && !this.antecedents.otherOffice(s, t, resolved))) &&
        // "he", "she" are a person: a chain that links them to "Armenian" or "the ministry" is wrong
        (resolved.kind === 'Person' || !/^(?:he|she|him|her|his|hers)$/i.test(tok.word))
      )
        return { speaker: resolved, shape: 'coref' };
    }
    // "the Uzbek Foreign Ministry", "the Kazakh presidential press service Akorda": the body named inside an institution's phrase
    // speaks for it (the one nearest the head); "the Kazakh people" is no speaker.
    // "the Russian Foreign Ministry spokeswoman" whom no one names: the body or country she speaks for
    const served = OWN_VOICE_ROLES.has(lemma) ? phrase.filter((m) => m.kind !== 'Country') : phrase;
    if ((INSTITUTION_NOUNS.has(lemma) || role) && served.length > 0) return { speaker: served.at(-1)!, shape: 'named' };
    // "Tokayev's office", "the press service of the president": the body speaks for whom it serves;
    // "the EU's foreign policy chief", "a spokesman for the ministry" whom no one names: the body the role serves.
    const anonymous = ANONYMOUS_NOUNS.has(lemma);
    if (INSTITUTION_NOUNS.has(lemma) || role || anonymous) {
      // "a source close to the Kremlin", "an official in the Kazakh government", "a diplomat from the EU", "a Kremlin source":
      // whom they serve
      const serving = anonymous
        ? /^(?:(?:nmod|obl):(?:poss|of|for|in|at|from|with|within|close_to|near)|compound)$/
        : /^nmod:(?:poss|of|for)$/;
      for (const e of s.children(t, serving)) {
        // (a place's antecedent is no one they serve: "diplomats in the region" are not the country "the region" once was)
        const owner =
          this.index.at(s, e.dep) ??
          (/^(?:nmod|obl):(?:poss|of|for)$/.test(e.rel) ? this.index.resolve(s, e.dep) : undefined) ??
          this.index.inPhrase(s, e.dep, NOT_THE_HEAD).find((m) => SPEAKING_KINDS.has(m.kind));
        if (owner && SPEAKING_KINDS.has(owner.kind)) return { speaker: owner, shape: servingShape(lemma, anonymous) };
      }
    }
    // "it said", "the company added" that coreference leaves unresolved: the body that spoke last
    if (
      (pronoun && /^it$/i.test(tok.word)) ||
      (BODY_NOUNS.has(lemma) && s.treeChildren(t, 'det').some((e) => s.token(e.dep).lemma === 'the'))
    ) {
      // ("the organisation" is no country; "it" may be either)
      const body = this.history
        .filter(
          (h) =>
            h.offset < tok.start &&
            tok.start - h.offset <= 1500 &&
            h.speaker.kind !== 'Person' &&
            (pronoun || h.speaker.kind !== 'Country'),
        )
        .at(-1);
      if (body) return { speaker: body.speaker, shape: 'recent' };
    }
    if (pronoun && /^(?:he|she|him|her)$/i.test(tok.word)) {
      // the last speaker, else the last person named (a reader's guess for an unresolved "he said")
      const recent = this.recent(tok.start);
      if (recent?.kind === 'Person') return { speaker: recent, shape: 'recent' };
      const named = this.index.all
        .filter((m) => m.kind === 'Person' && m.end <= tok.start && tok.start - m.end < 1000)
        .at(-1);
      if (named) return { speaker: named, shape: 'recent' };
    }
    // "the minister" (not "Russia's envoy", "a diplomat", "the leaders"): someone already speaking
    if (
      role &&
      tok.pos !== 'NNS' &&
      s.treeChildren(t, 'det').some((e) => s.token(e.dep).lemma === 'the') &&
      s.treeChildren(t, 'nmod:poss').length === 0
    ) {
      // (not one introduced with another office: "the defence minister" is not the prime minister who spoke last)
      const recent = this.recent(tok.start);
      if (recent?.kind === 'Person' && !this.antecedents.otherOffice(s, t, recent))
        return { speaker: recent, shape: 'recent' };
      // no one has spoken yet ("X held talks with Y. The Head of State noted …"): the person the text is about, its last subject
      const topic = this.antecedents.lastSubject(s);
      if (topic && !this.antecedents.otherOffice(s, t, topic)) return { speaker: topic, shape: 'recent' };
    }
    // "the two leaders said in a joint statement", "the presidents of A and B pledged": several speak as one;
    // the quote is theirs, given to the first of them named (the phrase's own, else its antecedent's)
    if (tok.pos === 'NNS' && (role || JOINT_NOUNS.has(lemma))) {
      const several = this.index.inPhrase(s, t).filter((m) => SPEAKING_KINDS.has(m.kind));
      // (a bare plural, "according to diplomats in the region", is people in general: no antecedent to look for)
      const definite = s
        .treeChildren(t, /^(?:det|nummod|nmod:poss)$/)
        .some(
          (e) =>
            s.token(e.dep).pos === 'CD' || /^(?:the|both|these|those|their|its|his|her)$/i.test(s.token(e.dep).word),
        );
      const first = several[0] ?? (definite ? this.index.resolve(s, t) : undefined);
      if (first && SPEAKING_KINDS.has(first.kind)) return { speaker: first, shape: 'recent' };
    }
    return undefined;
  }

  /** the person the main clause of the sentence before s, in its paragraph, is about: its subject, or the name in apposition to it */
  private subjectBefore(s: Sentence, depth: number): Mention | undefined {
    const p = s.index > 0 ? this.doc.sentences[s.index - 1] : undefined;
    if (!p || !this.antecedents.sameParagraph(p, s)) return undefined;
    for (const r of p.roots()) {
      for (const e of p.children(r, /^nsubj/)) {
        const by = this.at(p, e.dep, depth + 1);
        if (by?.shape === 'named' && by.speaker.kind === 'Person') return by.speaker;
      }
    }
    return undefined;
  }
}

/** "“…,” wrote X", "said a trader": the subject put after a say-verb that takes no noun object, read as its object */
export function invertedSubject(s: Sentence, v: number): { rel: string; dep: number } | undefined {
  if (!INVERTING.has(s.token(v).lemma) || !/^VB[DZP]?$/.test(s.token(v).pos)) return undefined;
  return s.children(v, /^(?:obj|xcomp|dep)$/).find((e) => e.dep > v && s.token(e.dep).pos.startsWith('NN'));
}

/** "X was cited as saying", "Y cited X as saying": X said it (a bare "cited a report" is no speech of the report's) */
function citedAsSaying(s: Sentence, v: number): boolean {
  return (
    s.token(v).lemma === 'cite' &&
    s
      .treeChildren(v)
      .some(
        (e) =>
          s.token(e.dep).pos === 'VBG' &&
          s.treeChildren(e.dep, /^(?:mark|case)$/).some((m) => s.token(m.dep).lemma.toLowerCase() === 'as'),
      )
  );
}

/** an unknown one-word name typed as a place (Region): more often an organisation the tagger did not know ("Kazatomprom") */
function mistypedBody(m: Mention): boolean {
  return m.kind === 'Region' && !m.known && !/\s/.test(m.surface);
}

/** how sure "whom it serves" is: an office speaks as its body; a role's holder, less so; an unnamed source, least */
function servingShape(lemma: string, anonymous: boolean): AttributionShape {
  if (INSTITUTION_NOUNS.has(lemma)) return 'named';
  return anonymous ? 'recent' : 'coref';
}
