/**
 * The cue lexicon: verb phrases mapped to the relation vocabulary. Matched
 * case-insensitively (titles are in Title Case). A cue whose span holds
 * both ends ("relations between A and B", "exports from A to B") takes them
 * from inside; `objectInside` cues take only their object from inside
 * ("treats A as a friend").
 */
import type { ActorKind, RelationType } from '../domain/vocabulary.js';

export interface Cue {
  pattern: RegExp;
  type: RelationType;
  objectInside?: boolean;
  /** the object must follow closely: "received Tokayev", not "received $2 billion in loans from China" */
  close?: boolean;
  /** the only kinds of actor the object may be */
  objects?: ActorKind[];
}

const cue = (pattern: RegExp, type: RelationType, options: Pick<Cue, 'objectInside' | 'close' | 'objects'> = {}): Cue => ({ pattern: new RegExp(pattern.source, 'gi'), type, ...options });

export const CUES: Cue[] = [
  cue(/\b(?:met(?: with)?|meets(?: with)?|meeting with|held talks with|holds talks with|talks with|negotiations with|hosted|hosting|welcomed|welcoming|received)\b/, 'MET', { close: true }),
  cue(/\b(?:visited|visiting|visit to|arrived in|travell?ed to|state visit to)\b/, 'VISITED', { close: true }),
  cue(/\b(?:turned (?:its|their|his|her) back on|drift(?:ing|ed|s)? (?:away )?from|distanc(?:ing|ed|es) (?:itself |themselves )?from|pull(?:ing|ed)? away from|freez(?:e|ing) (?:its |their )?(?:participation|membership) in)\b/, 'DRIFTING_FROM'),
  // One leaves an alliance, not a city: "left the CSTO", but not "left Minsk on Friday".
  cue(/\b(?:left|leave|leaves|leaving|quit|quits|withdrew from|withdraw from|withdrawing from)\b/, 'DRIFTING_FROM', { close: true, objects: ['Organization'] }),
  cue(/\brelations (?:between|with)\b[^.]*\b(?:worsen|deteriorat|sour|strain)\w*|\b(?:worsen|deteriorat|strain)\w* (?:relations|ties) with\b/, 'RELATIONS_WORSENING'),
  cue(/\b(?:good|close|strong|warm|very good)\b[^.]{0,30}\b(?:relations|ties)\b|\brelations\b[^.]*\b(?:improv|strengthen|deepen)\w*|\b(?:strengthen|deepen|boost)\w* (?:ties|relations|cooperation) with\b/, 'RELATIONS_IMPROVING'),
  cue(/\b(?:follow|comply with|complies with|respect|observe|abide by)\w* the sanctions(?: regime)?(?: against)?|\bnot violate the sanctions\b|\b(?:stop|prevent)\w* the circumvention of sanctions\b/, 'COMPLIES_WITH_SANCTIONS_AGAINST'),
  // "to evade sanctions on Russia" is no sanction by the evader.
  cue(/(?<!\b(?:evade|evading|circumvent|circumventing|bypass|bypassing|avoid|avoiding|circumvention of|evasion of)\s+)\bsanction(?:ed|s|ing)? (?:against|on)\b|\bimposed sanctions\b/, 'SANCTIONED'),
  cue(/\b(?:invasion of|invaded|invading|attack on|war (?:on|against)|aggression against|occupation of|annexed|annexing|annexation of)\b/, 'INVADED'),
  cue(/\b(?:criticiz|criticis|condemn|denounc|accus|blam|slam)\w*\b/, 'CRITICIZED'),
  cue(/\b(?:supported|supports|backs|backed|praised|praises|welcomed the|endorsed)\b/, 'SUPPORTED'),
  cue(/\b(?:losing influence|lost influence|weakening control|losing (?:its )?grip)\b/, 'LOSING_INFLUENCE_OVER'),
  cue(/\blost\b/, 'LOSING_INFLUENCE_OVER', { close: true }),
  cue(/\bfail(?:ed|ure|ing)? to (?:help|support|protect|defend)\b/, 'FAILED_TO_SUPPORT'),
  cue(/\b(?:partner(?:ship)?s? with|cooperation with|cooperate with|open to cooperation with|ally of|friend|partner)\b/, 'ALIGNING_WITH'),
  cue(/\btreat(?:s|ed|ing)?\b[^.]{1,60}?\bas an? (?:\w+ )?(?:friend|partner|ally|brother)\b/, 'ALIGNING_WITH', { objectInside: true }),
  cue(/\b(?:(?:seeks?|seeking|sought) closer ties|closer ties|draw closer to|strengthen(?:ing)? (?:relations|ties)|interested in cooperation|develop(?:ing|s)? (?:\w+,? )*cooperation)\b/, 'SEEKS_COOPERATION_WITH'),
  cue(/\b(?:exports?|imports?|trade|shipments?) (?:from|between)\b[^.]{1,60}?\b(?:to|and)\b[^.]{1,40}?\b(?:grew|grown|rose|risen|increased|doubled|tripled|surged|expanded)\b/, 'TRADES_WITH'),
  cue(/\b(?:fr[oe]z(?:e|en|ing) (?:its |their )?(?:participation|membership)|suspend(?:ed|s|ing)? (?:its |their )?(?:funding|participation|membership)|skipped|boycott(?:ed|ing)?|refus(?:ed|es|ing|al) to attend|(?:considers?|consider) (?:itself|themselves) “?outside)\b/, 'DRIFTING_FROM'),
  cue(/\b(?:accus(?:ed|es|ing)|jibe at|counter(?:ing)? (?:\w+ )?influence|prepar(?:ed|ing|e) (?:for )?war against)\b/, 'CRITICIZED'),
  cue(/\b(?:prais(?:ed|es|ing)|expressed (?:a )?hope|wish(?:ed|es|ing)? for)\b/, 'SUPPORTED'),
  cue(/\b(?:threaten|warned)\w*\b/, 'THREATENED'),
  cue(/\b(?:refused|rejected|rebuffed|turned down|declined)\b(?!\s+to\b)/, 'REJECTED'),
  cue(/\bsign(?:ed|s|ing)?\b[^.]{0,60}?\b(?:agreements?|partnership|deal|memorandum|treaty|accord|roadmap|declaration)\b(?:\s+with\b)?/, 'SIGNED_AGREEMENT_WITH'),
  cue(/\bmember(?:ship)? of\b|\bmembers? (?:states? )?of\b/, 'MEMBER_OF'),
];
