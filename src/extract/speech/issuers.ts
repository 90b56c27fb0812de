/**
 * Who issued a statement, a communiqué or a post: the name with the noun
 * ("the statement by X", "the ministry's statement", "a Telegram post by
 * X"), the agent of its verb ("the statement made by X", "X issued a
 * statement"), else the issuer of the last statement of the kind named
 * before ("the statement said" after "a statement by X"), else, for a
 * release with no issuer anywhere, the body the article is about.
 */
import type { Mention } from '../actors/mention.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import { ISSUING_VERBS, reportingClasses, STATEMENT_NOUNS } from './lexicon.js';
import type { Attribution } from './quote.js';
import { NOT_THE_HEAD, PLATFORMS, RELEASE_NOUNS, SPEAKING_KINDS } from './speaker-words.js';

/**
 * The speaker reading an issuer is read within (Speakers): the issuer of "by
 * X" is whoever X stands for, and the issuer of "X said in a statement" is
 * the verb's speaker, so the two readings recurse into each other.
 */
export interface SpeakerReading {
  of(s: Sentence, v: number, depth?: number): Attribution | undefined;
  at(s: Sentence, t: number, depth?: number): Attribution | undefined;
}

interface Issued {
  sentence: number;
  offset: number;
  lemma: string;
  by: Attribution;
}

export class Issuers {
  private readonly issued: Issued[] = [];

  constructor(
    private readonly doc: ParsedDocument,
    private readonly index: MentionIndex,
    private readonly speakers: SpeakerReading,
    /** the speakers heard so far, which the reading fills as it goes */
    private readonly history: readonly { offset: number; speaker: Mention }[],
  ) {}

  /** Statements whose issuer the sentence names, for later "the statement said". */
  scan(): void {
    for (const s of this.doc.sentences) {
      for (const t of s.tokens) {
        if (!t.pos.startsWith('NN') || !STATEMENT_NOUNS.has(t.lemma.toLowerCase())) continue;
        const by = this.issuerHere(s, t.i, 0);
        if (by) this.issued.push({ sentence: s.index, offset: t.start, lemma: t.lemma.toLowerCase(), by });
      }
    }
  }

  /** the issuer of a statement noun: named with it, else the last statement of the kind whose issuer was named */
  issuer(s: Sentence, n: number, depth: number): Attribution | undefined {
    const here = this.issuerHere(s, n, depth);
    if (here) return here;
    const lemma = s.token(n).lemma.toLowerCase();
    const offset = s.token(n).start;
    const earlier = this.issued.filter((x) => x.offset < offset && s.index - x.sentence <= 8);
    const same = earlier.filter((x) => x.lemma === lemma).at(-1) ?? earlier.at(-1);
    if (same) return { speaker: same.by.speaker, shape: 'issuer' };
    const topic = RELEASE_NOUNS.has(lemma) ? this.subjectBody(offset) : undefined;
    return topic ? { speaker: topic, shape: 'recent' } : undefined;
  }

  /**
   * The organisation the article is about, when a statement has no issuer
   * named anywhere: the subject of the lead sentence, if it is a body and no
   * other body has been named and no one else has spoken before the offset.
   * Otherwise ambiguous, and the statement stays no one's.
   */
  private subjectBody(offset: number): Mention | undefined {
    const lead = this.doc.sentences[0];
    if (!lead) return undefined;
    const subjects = lead.tokens
      .filter((x) => lead.parents(x.i).some((e) => e.rel === 'nsubj' && lead.token(e.gov).pos.startsWith('VB')))
      .map((x) => this.index.at(lead, x.i))
      .filter((m): m is Mention => m?.kind === 'Organization');
    const body = subjects[0];
    if (!body || subjects.some((m) => m.actorId !== body.actorId)) return undefined;
    const otherBody = this.index.all.some(
      (m) => m.start < offset && m.actorId !== body.actorId && (m.kind === 'Organization' || m.kind === 'Media'),
    );
    const otherVoice = this.history.some((h) => h.offset < offset && h.speaker.actorId !== body.actorId);
    return otherBody || otherVoice ? undefined : body;
  }

  private issuerHere(s: Sentence, n: number, depth: number): Attribution | undefined {
    if (depth > 5) return undefined;
    const issuerShape = (a: Attribution | undefined): Attribution | undefined =>
      a ? { speaker: a.speaker, shape: a.shape === 'named' ? 'issuer' : a.shape } : undefined;
    // "a Telegram statement by X": who issued it before where it was posted
    const children = [...s.children(n)].sort((a, b) => Number(a.rel === 'compound') - Number(b.rel === 'compound'));
    for (const e of children) {
      if (/^nmod:(?:by|from|of|poss)$/.test(e.rel) || e.rel === 'compound') {
        // "by/from X" may name X anywhere in its phrase ("by the press service Akorda"); "of X" must be X ("the resolution of the war" is no one's)
        const loose = /^nmod:(?:by|from|poss)$/.test(e.rel);
        const m =
          this.index.at(s, e.dep) ??
          (loose ? this.index.inPhrase(s, e.dep, NOT_THE_HEAD).find((x) => SPEAKING_KINDS.has(x.kind)) : undefined);
        if (m && SPEAKING_KINDS.has(m.kind) && !PLATFORMS.has(m.surface.toLowerCase()))
          return { speaker: m, shape: 'issuer' };
        // "its statement", "the ministry's statement", "a statement from the office": whom the pronoun or nominal stands for
        if (loose || (e.rel !== 'compound' && s.token(e.dep).pos.startsWith('PRP'))) {
          const r = this.speakers.at(s, e.dep, depth + 1);
          if (r) return r;
        }
      }
      // "the statement made by X"; "a statement by X said …" read as a relative clause with its "by X"
      if (
        (e.rel === 'acl' && ISSUING_VERBS.has(s.token(e.dep).lemma)) ||
        (e.rel === 'acl:relcl' && reportingClasses(s.token(e.dep).lemma).size > 0)
      ) {
        const agent = s.children(e.dep, /^obl:(?:by|agent)$/)[0];
        if (agent) return issuerShape(this.speakers.at(s, agent.dep, depth + 1));
      }
    }
    for (const e of s.parents(n)) {
      if (e.gov === 0) continue;
      const verb = s.token(e.gov);
      if (!verb.pos.startsWith('VB')) continue;
      // "the statement made by X" read as the statement making something: the agent still issued it
      if (e.rel.startsWith('nsubj') && verb.pos === 'VBN' && ISSUING_VERBS.has(verb.lemma)) {
        const agent = s.children(e.gov, /^obl:(?:by|agent)$/)[0];
        if (agent) return issuerShape(this.speakers.at(s, agent.dep, depth + 1));
      }
      // "X issued a statement", "in a statement, X said", "in a post on X, Y wrote"
      if (
        (e.rel === 'obj' && ISSUING_VERBS.has(verb.lemma)) ||
        (e.rel.startsWith('obl') && reportingClasses(verb.lemma).size > 0)
      ) {
        return issuerShape(this.speakers.of(s, e.gov, depth + 1));
      }
    }
    return undefined;
  }
}
