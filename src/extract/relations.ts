/**
 * Relations from a cue lexicon: a verb phrase mapped to the vocabulary, its
 * subject the nearest actor before the cue in the sentence and its object the
 * nearest after it. Inside a quote or a reported clause the claimant is the
 * speaker; otherwise it is the outlet's own reporting.
 */
import { RELATION_TYPES, type RelationType } from '../domain/vocabulary.js';
import type { Mention } from './mentions.js';
import { lastPerson } from './speech.js';
import type { Quote, Sentence } from './speech.js';

interface Cue {
  pattern: RegExp;
  type: RelationType;
}

const CUES: Cue[] = [
  { pattern: /\b(?:met(?: with)?|meets(?: with)?|meeting with|held talks with|holds talks with|talks with|negotiations with|hosted|welcomed|welcoming|received)\b/, type: 'MET' },
  { pattern: /\b(?:visited|visiting|visit to|arrived in|travell?ed to|state visit to)\b/, type: 'VISITED' },
  { pattern: /\b(?:turned (?:its|their|his|her) back on|drift(?:ing|ed|s)? (?:away )?from|distanc(?:ing|ed|es) (?:itself |themselves )?from|pull(?:ing|ed)? away from|left|leave|quit|freez(?:e|ing) (?:its |their )?(?:participation|membership) in)\b/, type: 'DRIFTING_FROM' },
  { pattern: /\brelations (?:between|with)\b[^.]*\b(?:worsen|deteriorat|sour|strain)\w*|\b(?:worsen|deteriorat|strain)\w* (?:relations|ties) with\b/, type: 'RELATIONS_WORSENING' },
  { pattern: /\b(?:good|close|strong|warm|very good)\b[^.]{0,30}\brelations\b|\brelations\b[^.]*\b(?:improv|strengthen|deepen)\w*|\b(?:strengthen|deepen|boost)\w* (?:ties|relations|cooperation) with\b/, type: 'RELATIONS_IMPROVING' },
  { pattern: /\b(?:follow|comply with|complies with|respect|observe|abide by)\w* the sanctions(?: regime)?(?: against)?|\bnot violate the sanctions\b|\b(?:stop|prevent)\w* the circumvention of sanctions\b/, type: 'COMPLIES_WITH_SANCTIONS_AGAINST' },
  { pattern: /\bsanction(?:ed|s|ing)? (?:against|on)\b|\bimposed sanctions\b/, type: 'SANCTIONED' },
  { pattern: /\b(?:invasion of|invaded|invading|attack on|war (?:on|against)|aggression against|occupation of)\b/, type: 'INVADED' },
  { pattern: /\b(?:criticiz|criticis|condemn|denounc|accus|blam|slam)\w*\b/, type: 'CRITICIZED' },
  { pattern: /\b(?:supported|supports|backs|backed|praised|praises|welcomed the|endorsed)\b/, type: 'SUPPORTED' },
  { pattern: /\b(?:losing influence|lost influence|weakening control|losing (?:its )?grip|lost)\b/, type: 'LOSING_INFLUENCE_OVER' },
  { pattern: /\bfail(?:ed|ure|ing)? to (?:help|support|protect|defend)\b/, type: 'FAILED_TO_SUPPORT' },
  { pattern: /\b(?:partner(?:ship)? with|cooperation with|cooperate with|open to cooperation with|ally of|friend|partner)\b/, type: 'ALIGNING_WITH' },
  { pattern: /\b(?:(?:seeks?|seeking|sought) closer ties|closer ties|draw closer to|strengthen(?:ing)? (?:relations|ties)|interested in cooperation|develop(?:ing|s)? (?:\w+,? )*cooperation)\b/, type: 'SEEKS_COOPERATION_WITH' },
  { pattern: /\b(?:fr[oe]z(?:e|en|ing) (?:its |their )?(?:participation|membership)|suspend(?:ed|s|ing)? (?:its |their )?(?:funding|participation|membership)|skipped|boycott(?:ed|ing)?|refus(?:ed|es|ing) to attend|(?:considers?|consider) (?:itself|themselves) “?outside)\b/, type: 'DRIFTING_FROM' },
  { pattern: /\b(?:accus(?:ed|es|ing)|jibe at|counter(?:ing)? (?:\w+ )?influence|prepar(?:ed|ing|e) (?:for )?war against|help(?:ed|ing)? \w+ prepare for war)\b/, type: 'CRITICIZED' },
  { pattern: /\b(?:prais(?:ed|es|ing)|expressed (?:a )?hope|wish(?:ed|es|ing)? for)\b/, type: 'SUPPORTED' },
  { pattern: /\b(?:threaten|warned)\w*\b/, type: 'THREATENED' },
  { pattern: /\bmember(?:ship)? of\b|\bmembers? (?:states? )?of\b/, type: 'MEMBER_OF' },
];

export interface ExtractedRelation {
  type: RelationType;
  source: Mention;
  target: Mention;
  claimant: Mention | null;
  evidenceStart: number;
  evidenceEnd: number;
  polarity: number;
  hedged: boolean;
  /** "did not support": kept, with no polarity, and imported as a denial */
  negated: boolean;
}

const HEDGE = /\b(?:may|might|could|possibly|perhaps|reportedly|allegedly|appears? to|seems? to)\b/;
const NEGATION = /\b(?:not|no|never|did not|didn't|has not|hasn't|have not|haven't|refused to|denied)\b/;

export function findRelations(text: string, mentions: Mention[], sentences: Sentence[], speech: Quote[]): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.kind !== 'Media');
    if (inSentence.length < 2) continue;
    for (const cue of CUES) {
      for (const hit of sentence.matchAll(new RegExp(cue.pattern.source, 'g'))) {
        const at = s.start + hit.index!;
        const end = at + hit[0].length;
        // "relations between Kazakhstan and Russia have worsened": both ends are inside the cue.
        const between = /\bbetween\b/.test(hit[0]) ? inSentence.filter((m) => m.start >= at && m.end <= end) : [];
        if (between.length === 2 && between[0]!.actorId !== between[1]!.actorId) {
          const carrier = speech.find((q) => at >= q.start && at <= q.end);
          const clause = text.slice(at, end);
          out.push({ type: cue.type, source: between[0]!, target: between[1]!, claimant: carrier?.speaker ?? null, evidenceStart: at, evidenceEnd: end, polarity: RELATION_TYPES[cue.type].polarity, hedged: HEDGE.test(clause), negated: false });
          continue;
        }
        const named = [...inSentence].reverse().find((m) => m.end <= at);
        // "…, where he visited": a pronoun closer to the cue than any name is its subject.
        const pronoun = /\b(?:he|she)\b(?![\s\S]*\b(?:he|she)\b)/i.exec(text.slice(named?.end ?? s.start, at));
        const subject = pronoun ? lastPerson(mentions, at) : named;
        if (!subject) continue;
        const carrier = speech.find((q) => at >= q.start && at <= q.end);
        let objects = objectsAfter(text, inSentence, end, subject, cue.type === 'MET' || cue.type === 'VISITED');
        // "in Germany, where he visited": the place the relative clause hangs on.
        if (objects.length === 0 && named && named.actorId !== subject.actorId && /^,?\s+(?:where|which)\b/.test(text.slice(named.end, at))) objects = [named.seatOf ? { ...named, ...named.seatOf } : named];
        for (const object of objects) {
          const clause = text.slice(subject.start, object.end);
          // "no Central Asian government has supported …": a negation just before the subject counts too
          const lead = text.slice(Math.max(s.start, subject.start - 12), subject.start);
          const negated = (NEGATION.test(clause) || /\b(?:no|not|neither|nor)\s+$/i.test(lead)) && cue.type !== 'COMPLIES_WITH_SANCTIONS_AGAINST';
          out.push({
            type: cue.type,
            source: subject,
            target: object,
            claimant: carrier?.speaker ?? null,
            evidenceStart: subject.start,
            evidenceEnd: object.end,
            polarity: negated ? 0 : RELATION_TYPES[cue.type].polarity,
            hedged: HEDGE.test(clause),
            negated,
          });
        }
      }
    }
  }
  return dedupe(out);
}

/**
 * The object of a cue: the first actor after it, where a country named just
 * before a person is that person's modifier ("Kazakh President Tokayev"),
 * and, for meetings and visits, every actor of a coordinated list after it
 * ("the presidents of Kazakhstan, Kyrgyzstan and Uzbekistan").
 */
function objectsAfter(text: string, mentions: Mention[], from: number, subject: Mention, lists: boolean): Mention[] {
  // A cause ("due to Putin's invasion") is not an object.
  const cause = /\b(?:due to|because of|owing to|thanks to)\b/.exec(text.slice(from));
  const limit = cause ? from + cause.index : Infinity;
  const after = mentions
    .filter((m) => m.start >= from && m.end <= limit && m.actorId !== subject.actorId)
    // a visit or a meeting in a capital is with its country
    .map((m) => (lists && m.seatOf ? { ...m, ...m.seatOf, seatOf: undefined } : m));
  const first = after[0];
  if (!first) return [];
  const head = (m: Mention, i: number): Mention => {
    const next = after[i + 1];
    return m.kind !== 'Person' && next?.kind === 'Person' && /^[\s\p{L}.-]{0,30}$/u.test(text.slice(m.end, next.start)) ? next : m;
  };
  const objects = [head(first, 0)];
  if (!lists) return objects;
  let last = objects[0]!;
  for (let i = after.indexOf(last) + 1; i < after.length; i++) {
    const m = after[i]!;
    if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(text.slice(last.end, m.start))) break;
    const h = head(m, i);
    objects.push(h);
    last = h;
    i = after.indexOf(h);
  }
  return objects;
}

function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.type} ${r.source.actorId} ${r.target.actorId} ${r.evidenceStart}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
