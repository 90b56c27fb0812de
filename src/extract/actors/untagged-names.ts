/**
 * Names NER left untagged, or cut into pieces of several classes, read by
 * their frame: a run of proper nouns ending in an organisation's or a
 * building's head word, an outlet's web address, a platform people write on,
 * a place after a preposition of place, a body right before a title and a
 * person's name.
 */
import type { ParsedDocument, Token } from '../parse/document.js';
import type { EntitySpan } from './entity-span.js';
import { FACILITY_HEADS } from './site-names.js';
import { outsideTheStory } from './story-lines.js';
import { OFFICE_WORDS, titleFollows } from './titles-and-offices.js';

/** Last words that make a run of proper nouns an organisation's name. */
const ORGANISATION_HEADS = new Set([
  'organization',
  'organisation',
  'union',
  'council',
  'institute',
  'committee',
  'party',
  'bank',
  'fund',
  'agency',
  'forum',
  'center',
  'centre',
  'foundation',
  'university',
  'group',
  'corporation',
  'company',
  'network',
  'commission',
  'movement',
  'alliance',
  'front',
  'association',
  'federation',
  'church',
  // an office's name, which is an actor only with a country that owns it (see the office words)
  'ministry',
]);

/** Heads of institutions named "X of Y" ("Ministry of Foreign Affairs", "Council of Europe"); a "Forum of …" is an event. */
const OF_HEADS = new Set([
  'ministry',
  'organization',
  'organisation',
  'council',
  'committee',
  'commission',
  'bank',
  'union',
  'federation',
  'association',
  'institute',
  'agency',
  'church',
]);

/**
 * A run of proper nouns ending in an organisation's head word ("the Caucasus
 * Policy Forum") that NER left untagged, or cut into pieces of different
 * classes ("the Carnegie Russia Eurasia Center" as a place, a country and a
 * place): an organisation. A run NER read as one name of one class stays NER's.
 */
export function organisationRuns(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    let run: Token[] = [];
    const close = (): void => {
      while (run.length > 0 && !run.at(-1)!.pos.startsWith('NNP')) run.pop();
      const last = run.at(-1);
      // "Ministry of Foreign Affairs", "Organization of Turkic States": a name with "of" has its head before it
      const of = run.findIndex((t) => t.word === 'of');
      const before = of > 0 ? run[of - 1]!.word.toLowerCase() : '';
      // "Centre for Regional Studies", "Fund for Peace": a body's name with "for" has its head before it
      const forAt = run.findIndex((t) => t.word === 'for');
      const beforeFor = forAt > 0 ? run[forAt - 1]!.word.toLowerCase() : '';
      const headBefore = [before, beforeFor].find((w, k) => (k === 0 ? OF_HEADS : ORGANISATION_HEADS).has(w));
      const head = headBefore ?? last?.word.toLowerCase() ?? '';
      const pieces = tagged.filter((sp) => sp.tokens.some((t) => run.includes(t)));
      const untagged = pieces.length === 0;
      // Pieces wholly inside the run, not one of them a person's name ("the Putin Foundation" is read elsewhere).
      // or NER's organisation leaves out capitalised words of the run before it ("Cooperation and Coordination Agency")
      const cut = (sp: EntitySpan): boolean => run.some((t) => t.i < sp.tokens[0]!.i && /^\p{Lu}/u.test(t.word));
      const fragmented =
        ORGANISATION_HEADS.has(head) &&
        run.length > 1 &&
        pieces.length > 0 &&
        (pieces.length > 1 || pieces[0]!.kind !== 'Organization' || cut(pieces[0]!)) &&
        pieces.every((sp) => sp.kind !== 'Person' && sp.tokens.every((t) => run.includes(t)));
      if (last && (ORGANISATION_HEADS.has(head) || FACILITY_HEADS.has(head)) && (untagged || fragmented))
        out.push({ sentence: s, tokens: run, kind: FACILITY_HEADS.has(head) ? 'Region' : 'Organization' });
      run = [];
    };
    for (const t of s.tokens) {
      // a people's adjective may open the name ("German Marshall Fund"); the tagger takes it for an adjective
      const opening = run.length === 0 && /^(?:NATIONALITY|RELIGION)$/.test(t.ner) && /^\p{Lu}/u.test(t.word);
      if (t.pos.startsWith('NNP') || opening || (run.length > 0 && /^(?:of|for|and)$/.test(t.word))) run.push(t);
      else close();
    }
    close();
  }
  return out;
}

/** An outlet named by its web address ("Kun.uz", "Vlast.kz", "Civil.ge"), not a link or a mail address. */
const DOMAIN = /^\p{Lu}[\p{L}\p{N}-]*\.(?:kz|uz|kg|tj|tm|ru|by|ua|ge|am|az|md|mn|com|net|org|info|news|eu|de|tr|cn)$/u;

export function outletDomains(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences)
    for (const t of s.tokens)
      if (DOMAIN.test(t.word) && !tagged.some((sp) => sp.tokens.includes(t)))
        out.push({ sentence: s, tokens: [t], kind: 'Media' });
  return out;
}

/** Verbs of putting words out: what one does "on" a platform. */
const PUBLISHING = new Set([
  'say',
  'write',
  'post',
  'publish',
  'announce',
  'share',
  'tweet',
  'declare',
  'state',
  'appeal',
  'broadcast',
  'upload',
  'stream',
  'claim',
  'warn',
  'defend',
  'criticize',
  'criticise',
  'thank',
  'congratulate',
  'praise',
]);

/** What one puts out, or keeps, on a platform: "a Telegram statement", "his X account", "a post on Facebook". */
const ON_A_PLATFORM = new Set([
  'statement',
  'post',
  'posting',
  'message',
  'video',
  'channel',
  'account',
  'page',
  'feed',
  'profile',
  'livestream',
  'broadcast',
]);

/**
 * A platform people write on, named where NER gave it no class of an actor
 * ("wrote on Telegram", "in a statement on X", "his Telegram channel", "a
 * Facebook post"): an organisation, as readers and the corpus count it. Only
 * in that frame: "on Navruz" or "comment on Brexit" name no platform.
 */
export function platforms(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (!/^\p{Lu}/u.test(t.word) || !/^(?:NNP|NN)$/.test(t.pos) || !['MISC', 'O'].includes(t.ner)) continue;
      if (tagged.some((sp) => sp.tokens.includes(t))) continue;
      const up = s.head(t.i);
      if (!up || up.gov === 0) continue;
      const gov = s.token(up.gov);
      const lemma = gov.lemma.toLowerCase();
      const on = s.treeChildren(t.i, 'case').some((e) => s.token(e.dep).lemma.toLowerCase() === 'on');
      const frame =
        (on && /^(?:obl|nmod)/.test(up.rel) && (gov.pos.startsWith('VB') ? PUBLISHING : ON_A_PLATFORM).has(lemma)) ||
        (up.rel === 'compound' && up.gov > t.i && ON_A_PLATFORM.has(lemma) && !gov.pos.startsWith('NNP'));
      if (!frame) continue;
      const run = [t];
      for (let i = t.i - 1; i >= 1 && s.head(i)?.rel === 'compound' && s.head(i)?.gov === t.i; i -= 1) {
        if (!s.token(i).pos.startsWith('NNP')) break;
        run.unshift(s.token(i));
      }
      out.push({ sentence: s, tokens: run, kind: 'Organization' });
    }
  }
  return out;
}

/** Prepositions of place: "in Xi’an", "at Bayterek", "near Osh". */
const AT_A_PLACE = new Set(['in', 'at', 'near', 'outside']);

/**
 * A run of proper nouns NER left untagged after a preposition of place ("in
 * Xi’an", "near Kara-Suu"): a place. Office words ("in Parliament") and
 * names on a Title Case line are no places.
 */
export function placeRuns(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== 'NNP' || t.ner !== 'O' || !/^\p{Lu}\p{Ll}/u.test(t.word)) continue;
      if (!s.treeChildren(t.i, 'case').some((e) => AT_A_PLACE.has(s.token(e.dep).word.toLowerCase()))) continue;
      const run = [t];
      for (let i = t.i - 1; i >= 1 && s.head(i)?.rel === 'compound' && s.head(i)?.gov === t.i; i -= 1) {
        const c = s.token(i);
        if (c.pos !== 'NNP' || c.ner !== 'O') break;
        run.unshift(c);
      }
      if (run.some((x) => OFFICE_WORDS.has(x.word.toLowerCase()) || tagged.some((sp) => sp.tokens.includes(x))))
        continue;
      out.push({ sentence: s, tokens: run, kind: 'Region' });
    }
  }
  return out;
}

/**
 * "KazMunayGas chief executive Askhat Khassenov", "Uzbekneftegaz head X": a
 * name NER left untagged right before a title and a person's name is the
 * body the person serves.
 */
export function employers(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== 'NNP' || !['O', 'MISC'].includes(t.ner) || !/^\p{Lu}/u.test(t.word)) continue;
      if (tagged.some((sp) => sp.tokens.includes(t)) || outsideTheStory(doc.text, t.start)) continue;
      const span: EntitySpan = { sentence: s, tokens: [t], kind: 'Organization' };
      const next = s.tokens[t.i];
      if (next && !next.pos.startsWith('NNP') && titleFollows(span)) out.push(span);
    }
  }
  return out;
}
