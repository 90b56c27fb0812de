/**
 * The names of the parse as spans of tokens: NER's runs of one class, joined
 * or cut where NER errs, and the names it missed, found by their frame.
 */
import type { ActorKind } from '../../domain/vocabulary.js';
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument } from '../parse/document.js';
import { describedNames, toBodyHead } from './described-kinds.js';
import type { EntitySpan } from './entity-span.js';
import { gazetteerId } from './gazetteer-names.js';
import { namedSites, toSiteHead } from './site-names.js';
import { employers, organisationRuns, outletDomains, placeRuns, platforms } from './untagged-names.js';

const KIND_OF_NER: Readonly<Record<string, ActorKind>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  CITY: 'Region',
  STATE_OR_PROVINCE: 'Region',
  LOCATION: 'Region',
};

/**
 * Runs of tokens of one kind of actor ("St." LOCATION + "Petersburg" CITY is
 * one place), an organisation's split at a possessive ("the Treasury's
 * Office of …" is two names).
 */
export function entitySpans(doc: ParsedDocument, gazetteer: ActorIndex): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const s of doc.sentences) {
    let cur: EntitySpan | undefined;
    for (const t of s.tokens) {
      const kind = KIND_OF_NER[t.ner];
      const possessive = t.pos === 'POS';
      if (cur && (kind !== cur.kind || (possessive && kind === 'Organization'))) {
        spans.push(cur);
        cur = undefined;
      }
      if (kind && !(possessive && kind === 'Organization')) cur = cur ?? { sentence: s, tokens: [], kind };
      if (cur) cur.tokens.push(t);
    }
    if (cur) spans.push(cur);
  }
  const organisations = organisationRuns(doc, spans);
  // A name NER cut into pieces of several classes ("Carnegie" LOCATION, "Russia" COUNTRY, "Eurasia Center") is one name.
  const whole = spans.filter((sp) => !organisations.some((o) => sp.tokens.every((t) => o.tokens.includes(t))));
  spans.length = 0;
  spans.push(...whole, ...organisations);
  spans.push(
    ...placeRuns(doc, spans),
    ...outletDomains(doc, spans),
    ...platforms(doc, spans),
    ...describedNames(doc, spans),
    ...employers(doc, spans),
  );
  // A name does not end in a common noun, a possessive or a hyphen ("Georgian Dream party" is "Georgian Dream").
  for (const sp of spans) while (sp.tokens.length > 1 && !/^\p{Lu}/u.test(sp.tokens.at(-1)!.word)) sp.tokens.pop();
  // …but a place's name may: "the Fergana valley", "the TurkStream pipeline", "Zvartnots airport"; a place the
  // gazetteer knows stays itself ("the Minsk airport" is Minsk's)
  const known = (sp: EntitySpan): boolean =>
    gazetteerId(gazetteer, doc.text.slice(sp.tokens[0]!.start, sp.tokens.at(-1)!.end)) !== undefined;
  for (const sp of spans) if (sp.kind === 'Region' && !known(sp)) toSiteHead(sp);
  // "the Shah Deniz consortium": a name NER took for a person's or a place's, before a body's noun, is the body's
  for (const sp of spans) if ((sp.kind === 'Person' || sp.kind === 'Region') && !known(sp)) toBodyHead(sp);
  spans.push(...namedSites(doc, spans));
  return spans.filter((sp) => sp.tokens.length > 0 && /^\p{Lu}/u.test(sp.tokens[0]!.word));
}
