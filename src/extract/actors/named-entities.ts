/**
 * Named entities of the parse (CoreNLP NER) as actors: a gazetteer actor
 * when the name is one of its names, else a new actor typed by the entity's
 * class. What NER tags but is no actor stays out: laws, plans and platforms
 * ("Foreign Agents Law"), bare office words ("Foreign Ministry", with no
 * country to say whose), and names on a Title Case line (a headline or a
 * subheading capitalises every word).
 */
import type { ActorKind } from '../../domain/vocabulary.js';
import type { ActorIndex } from '../../ingest/gazetteer.js';
import type { ParsedDocument, Sentence, Token } from '../parse/document.js';
import { gazetteerId, hyphenWord } from './gazetteer-names.js';
import { inside, knownMention, newMention, overlaps, type Mention, type Span } from './mention.js';

const KIND_OF_NER: Readonly<Record<string, ActorKind>> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  CITY: 'Region',
  STATE_OR_PROVINCE: 'Region',
  LOCATION: 'Region',
};

/** Heads of names that name documents, plans, events or formats, not actors. */
const NON_ACTOR_HEADS = new Set([
  'law',
  'act',
  'bill',
  'code',
  'agreement',
  'declaration',
  'initiative',
  'program',
  'programme',
  'strategy',
  'platform',
  'doctrine',
  'convention',
  'resolution',
  'plan',
  'sanctions',
  'format',
  'project',
  'summit',
  'games',
  'cup',
  'war',
  'treaty',
  'accords',
  'accord',
  'protocol',
  'charter',
  'statute',
  'memorandum',
  'constitution',
  'election',
  'elections',
  'award',
  'prize',
  'day',
]);

/** Words of an office's name that do not say which office without a country before them. */
const OFFICE_WORDS = new Set([
  'foreign',
  'affairs',
  'ministry',
  'minister',
  'department',
  'office',
  'state',
  'parliament',
  'union',
  'government',
  'council',
  'committee',
  'service',
  'services',
  'press',
  'presidential',
  'defense',
  'defence',
  'interior',
  'justice',
  'finance',
  'economy',
  'security',
  'national',
  'federal',
  'public',
  'administration',
  'treasury',
  'agency',
  'assembly',
  'senate',
  'court',
  'supreme',
  'constitutional',
  'central',
  'election',
  'electoral',
  'commission',
  'embassy',
  'bank',
  'police',
  'army',
  'armed',
  'forces',
  'general',
  'staff',
  'of',
  'the',
  'and',
  'for',
  'high',
  'joint',
  'chiefs',
  'house',
  'cabinet',
  'duma',
  'kremlin',
  'white',
]);

const MEDIA_CUE =
  /\b(?:magazine|newspaper|news agency|agency|outlet|channel|broadcaster|website|portal|daily|weekly|tabloid|TV|television|radio)\s+$/i;

interface EntitySpan {
  sentence: Sentence;
  tokens: Token[];
  kind: ActorKind;
}

/**
 * Runs of tokens of one kind of actor ("St." LOCATION + "Petersburg" CITY is
 * one place), an organisation's split at a possessive ("the Treasury's
 * Office of …" is two names).
 */
function entitySpans(doc: ParsedDocument, gazetteer: ActorIndex): EntitySpan[] {
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

/** Common nouns a place's name may end in, lowercase: "the Fergana valley", "the Atasu-Alashankou pipeline". */
export const SITE_HEADS = new Set([
  'valley',
  'coast',
  'sea',
  'river',
  'lake',
  'gorge',
  'plateau',
  'steppe',
  'desert',
  'basin',
  'mountains',
  'peninsula',
  'strait',
  'gulf',
  'bay',
  'delta',
  'pipeline',
  'airport',
  'port',
  'railway',
  'highway',
  'canal',
  'dam',
  'plant',
  'field',
  'terminal',
  'corridor',
  'route',
]);

/** The site noun a place's name is a compound of, within a few words ("Akkuyu nuclear power plant"), if any. */
function siteHead(s: Sentence, last: Token): { words: Token[]; head: Token } | undefined {
  const up = s.head(last.i);
  if (!up || up.rel !== 'compound' || up.gov <= last.i || up.gov - last.i > 3) return undefined;
  const head = s.token(up.gov);
  if (!/^NNS?$/.test(head.pos) || !SITE_HEADS.has(head.lemma.toLowerCase())) return undefined;
  const words = s.tokens.slice(last.i, head.i - 1);
  const modifies = (t: Token): boolean => s.head(t.i)?.gov === head.i && /^(?:amod|compound)$/.test(s.head(t.i)!.rel);
  return words.every(modifies) ? { words, head } : undefined;
}

function toSiteHead(sp: EntitySpan): void {
  // "the Black Sea coast", "the Aral Sea basin": a name that is a site already is the place; the site noun after it
  // is a part of it, not a longer name.
  if (SITE_HEADS.has(sp.tokens.at(-1)!.word.toLowerCase())) return;
  const site = siteHead(sp.sentence, sp.tokens.at(-1)!);
  if (site) sp.tokens = [...sp.tokens, ...site.words, site.head];
}

function toBodyHead(sp: EntitySpan): void {
  const s = sp.sentence;
  const last = sp.tokens.at(-1)!;
  const up = s.head(last.i);
  if (!up || up.rel !== 'compound' || up.gov !== last.i + 1) return;
  const head = s.token(up.gov);
  const article = s.tokens[sp.tokens[0]!.i - 2];
  if (!/^NNS?$/.test(head.pos) || !BODY_NOUNS.has(head.lemma.toLowerCase()) || !/^the$/i.test(article?.word ?? ''))
    return;
  sp.tokens = [...sp.tokens, head];
  sp.kind = 'Organization';
}

/** Proper nouns NER left untagged before a site noun ("the TurkStream pipeline"): a place. */
function namedSites(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== 'NNP' || !['O', 'MISC'].includes(t.ner) || !/^\p{Lu}/u.test(t.word)) continue;
      if (tagged.some((sp) => sp.tokens.includes(t)) || outsideTheStory(doc.text, t.start)) continue;
      const site = siteHead(s, t);
      if (!site) continue;
      const run = [t];
      const within = (i: number): boolean =>
        s.head(i)?.rel === 'compound' && [site.head.i, ...run.map((r) => r.i)].includes(s.head(i)!.gov);
      for (let i = t.i - 1; i >= 1 && within(i); i -= 1) {
        if (s.token(i).pos !== 'NNP' || tagged.some((sp) => sp.tokens.includes(s.token(i)))) break;
        run.unshift(s.token(i));
      }
      out.push({ sentence: s, tokens: [...run, ...site.words, site.head], kind: 'Region' });
    }
  }
  return out;
}

/** Last words that make a run of proper nouns a building or a site, a place: "Independence Palace", "Manas Airport". */
const FACILITY_HEADS = new Set([
  'palace',
  'corridor',
  'square',
  'airport',
  'stadium',
  'arena',
  'bridge',
  'tower',
  'cathedral',
  'mosque',
  'monument',
  'avenue',
  'street',
  'boulevard',
]);

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
function organisationRuns(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
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

function outletDomains(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
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
function platforms(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
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
function placeRuns(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
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

const CREDIT =
  /^\s*(?:photo|photograph|image|picture|video|credit|caption|read more|read also|related|see also|also read)\s*[:|/–—-]/i;
const BYLINE = /^\s*by\s+\p{Lu}[^.!?]{0,60}$/iu;

/** The line of the text around an offset. */
function lineAt(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
}

/** Credits, bylines and links to other stories name no actor of the story. */
export function onCreditLine(text: string, at: number): boolean {
  const line = lineAt(text, at);
  return CREDIT.test(line) || BYLINE.test(line);
}

/**
 * A headline or a menu in Title Case capitalises every word, so capitals
 * there say nothing about names.
 */
function outsideTheStory(text: string, at: number): boolean {
  if (onCreditLine(text, at)) return true;
  const line = lineAt(text, at);
  const words = line.match(/[\p{L}’'-]{4,}/gu) ?? [];
  if (
    !/[.:]\s*$/.test(line) &&
    words.length >= 4 &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length
  )
    return true;
  return isSubheading(text, at, line);
}

/**
 * "Energy deal" between paragraphs: a short line standing alone, with no
 * sentence's end, is a subheading; its first word is capitalised as a
 * heading's, not as a name.
 */
function isSubheading(text: string, at: number, line: string): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = lineStart + line.length;
  const alone =
    (lineStart === 0 || text.slice(Math.max(0, lineStart - 2), lineStart) === '\n\n') &&
    (lineEnd >= text.length || text.slice(lineEnd, lineEnd + 2) === '\n\n');
  return alone && !/[.!?:;,"”’)\]]\s*$/.test(line) && line.trim().split(/\s+/).length <= 8;
}

/**
 * The named entities not already found; a name that holds a gazetteer
 * demonym or place ("Georgian Dream", "U.S. Department of the Treasury")
 * replaces those inner mentions, which are returned as `replaced`.
 */
export function entityMentions(
  doc: ParsedDocument,
  gazetteer: ActorIndex,
  taken: readonly Mention[],
  compounds: readonly Span[],
): { found: Mention[]; replaced: Set<Mention> } {
  const text = doc.text;
  const found: Mention[] = [];
  const replaced = new Set<Mention>();
  for (const sp of entitySpans(doc, gazetteer)) {
    if (sp.kind === 'Person') withoutLeadingPlaces(sp, taken);
    if (sp.tokens.length === 0) continue;
    const start = sp.tokens[0]!.start;
    const end = sp.tokens.at(-1)!.end;
    const surface = text.slice(start, end);
    const span = { start, end };
    if (taken.some((t) => inside(span, t)) || overlaps(span, found)) continue;
    const within = taken.filter((t) => inside(t, span));
    if (
      overlaps(
        span,
        taken.filter((t) => !inside(t, span)),
      )
    )
      continue;
    const id = gazetteerId(gazetteer, surface);
    if (id) {
      // The whole is a gazetteer name ("Kassym-Jomart Tokayev" as tokenised), so it replaces its parts.
      within.forEach((w) => replaced.add(w));
      found.push(knownMention(gazetteer.get(id)!, start, surface, 'entity'));
      continue;
    }
    // "the Republic of Turkey", "the Kingdom of Saudi Arabia": a state's formal name is the state
    const formal =
      /^(?:\p{Lu}[\p{L}'’]*\s+)*(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality|Commonwealth)\s+of\s+(?:the\s+)?(.+)$/u.exec(
        surface,
      );
    const state = formal ? gazetteerId(gazetteer, formal[1]!) : undefined;
    if (state && gazetteer.get(state)!.kind === 'Country') {
      within.forEach((w) => replaced.add(w));
      found.push(knownMention(gazetteer.get(state)!, start, surface, 'entity'));
      continue;
    }
    // …also where NER tagged the word "Republic" apart from the country after it; alone ("the Islamic Republic") it names none
    if (/^(?:Republic|Kingdom|Federation|Sultanate|Emirate|Principality)$/.test(surface)) {
      const country = ownerOf(text, end, taken);
      if (country && !overlaps(country, found)) {
        replaced.add(country);
        found.push({ ...country, start, surface: text.slice(start, country.end), source: 'entity' });
      }
      continue;
    }
    // One letter is a name only where the gazetteer says whose ("X" the platform, in its frame).
    if (outsideTheStory(text, start) || surface.length < 2) continue;
    // Part of a hyphenated compound ("China-Central Asia summit"): the gazetteer's reading of pairs stands.
    const word = hyphenWord(text, start, end);
    if (word.start !== start || word.end !== end || overlaps(span, compounds)) continue;
    const words = surface.split(/\s+/);
    const head = words.at(-1)!.toLowerCase();
    // "the Rome Statute of the International Criminal Court": a name with "of" has its head before it
    const ofAt = words.findIndex((w) => w === 'of');
    if (NON_ACTOR_HEADS.has(head) || (ofAt > 0 && NON_ACTOR_HEADS.has(words[ofAt - 1]!.toLowerCase()))) continue;
    // An organisation's organ ("UN Security Council", "CSTO Secretariat"): the organisation's name, then office words only.
    const parent = within.length === 1 && within[0]!.start === start ? within[0]! : undefined;
    if (
      parent &&
      sp.kind === 'Organization' &&
      (parent.kind === 'Organization' || parent.kind === 'Country') &&
      !isDemonym(gazetteer, parent) &&
      text
        .slice(parent.end, end)
        .trim()
        .split(/\s+/)
        .every((w) => OFFICE_WORDS.has(w.toLowerCase()))
    ) {
      replaced.add(parent);
      found.push(newMention(start, surface, 'Organization', 0.6, 'entity'));
      continue;
    }
    // Inside a longer name only places and peoples: "Georgian Dream" is a party, "European Parliament" an institution, "Putin Foundation" is not Putin.
    if (
      within.some(
        (w) => w.kind === 'Person' || ((w.kind === 'Organization' || w.kind === 'Media') && !isDemonym(gazetteer, w)),
      )
    )
      continue;
    // "Kazakh Energy Minister X", "Kyrgyzstan's Cabinet Chairman X": the office is the person's title, no actor.
    const office = (ws: string[]): boolean =>
      ws.every((w) => OFFICE_WORDS.has(w.toLowerCase())) ||
      within.some((w) => w.start === start && isDemonym(gazetteer, w));
    if (sp.kind === 'Organization' && titleFollows(sp) && office(words)) continue;
    const kind = afterTitle(sp) && words.length > 1 ? 'Person' : kindOf(sp, text);
    if (kind === 'Organization' && words.every((w) => OFFICE_WORDS.has(w.toLowerCase()))) {
      // "Kazakhstan's Ministry of Foreign Affairs": the country before it says whose office it is.
      const owner = ownerBefore(text, start, taken);
      // "the Ministry of Foreign Affairs of the Kyrgyz Republic": or the country after it, joined by "of"
      const ownerAfter = owner ? undefined : ownerOf(text, end, taken);
      if (owner) {
        replaced.add(owner);
        found.push(newMention(owner.start, text.slice(owner.start, end), 'Organization', 0.6, 'entity'));
      } else if (ownerAfter && !overlaps(ownerAfter, found)) {
        replaced.add(ownerAfter);
        found.push(newMention(start, text.slice(start, ownerAfter.end), 'Organization', 0.6, 'entity'));
      }
      continue;
    }
    within.forEach((w) => replaced.add(w));
    found.push(newMention(start, surface, kind, confidenceOf(sp, kind, text), 'entity'));
  }
  return { found: givenNames(linkSurnames(found, taken), gazetteer, text), replaced };
}

/**
 * "his father Gurbanguly": a lone given name is the one gazetteer person
 * with it whose surname the article also writes.
 */
function givenNames(found: Mention[], gazetteer: ActorIndex, text: string): Mention[] {
  return found.map((m) => {
    if (m.kind !== 'Person' || m.known || m.surface.includes(' ')) return m;
    const bearers = gazetteer.all().filter((a) => {
      if (a.kind !== 'Person') return false;
      const words = a.name.split(/\s+/);
      return words.length > 1 && words[0] === m.surface && text.includes(words.at(-1)!);
    });
    return bearers.length === 1 ? knownMention(bearers[0]!, m.start, m.surface, 'entity') : m;
  });
}

/**
 * "Foreign Minister of Tajikistan Sirojiddin Muhriddin": NER runs the country
 * of a title into the name after it; the person starts after the country
 * (or region, or organisation) the gazetteer knows.
 */
function withoutLeadingPlaces(sp: EntitySpan, taken: readonly Mention[]): void {
  for (;;) {
    const first = sp.tokens[0];
    const place = first && taken.find((m) => m.known && m.kind !== 'Person' && m.start === first.start);
    if (!place || sp.tokens.every((t) => t.end <= place.end)) return;
    sp.tokens = sp.tokens.filter((t) => t.start >= place.end);
  }
}

/** A known country right before an office's name, as a possessive or a demonym ("Kazakhstan's", "Kazakh"). */
function ownerBefore(text: string, start: number, taken: readonly Mention[]): Mention | undefined {
  return taken.find(
    (m) =>
      m.known && m.kind === 'Country' && m.end <= start && /^(?:['’]s)?\s+(?:the\s+)?$/.test(text.slice(m.end, start)),
  );
}

/** A known country right after an office's name, joined by "of" ("… of the Kyrgyz Republic", "… of Kazakhstan"). */
function ownerOf(text: string, end: number, taken: readonly Mention[]): Mention | undefined {
  return taken.find(
    (m) => m.known && m.kind === 'Country' && m.start >= end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, m.start)),
  );
}

/**
 * "President of Mongolia Ukhnaagiin Khürelsükh", "Speaker Nurlanbek
 * Shakiev": a name right after a title (or a title "of" a country) is the
 * holder, whatever class NER gave an unfamiliar name.
 */
function afterTitle(sp: EntitySpan): boolean {
  const s = sp.sentence;
  let i = sp.tokens[0]!.i - 1;
  if (i >= 1 && ['COUNTRY', 'STATE_OR_PROVINCE', 'NATIONALITY'].includes(s.token(i).ner)) {
    while (i >= 1 && ['COUNTRY', 'STATE_OR_PROVINCE', 'NATIONALITY'].includes(s.token(i).ner)) i -= 1;
    while (i >= 1 && /^(?:of|the)$/i.test(s.token(i).word)) i -= 1;
  }
  return i >= 1 && s.token(i).ner === 'TITLE';
}

/** Title words NER may leave untagged ("Energy Minister"). */
const TITLE_WORDS =
  /^(?:minister|chairman|chairwoman|chair|secretary|spokesman|spokeswoman|spokesperson|head|chief|director|speaker|ambassador|envoy|commander|governor|executive|ceo|president)$/i;

/** A title and a person's name right after the span: "Energy Minister Almasadam Satkaliyev". */
function titleFollows(sp: EntitySpan): boolean {
  const s = sp.sentence;
  let i = sp.tokens.at(-1)!.i + 1;
  if (i > s.tokens.length || !(s.token(i).ner === 'TITLE' || TITLE_WORDS.test(s.token(i).word))) return false;
  while (i <= s.tokens.length && (s.token(i).ner === 'TITLE' || TITLE_WORDS.test(s.token(i).word))) i += 1;
  return i <= s.tokens.length && s.token(i).ner === 'PERSON';
}

/**
 * "Chairman of the Cabinet Akylbek Japarov" is not Sadyr Japarov: a
 * gazetteer surname after a given name that is none of that person's is a
 * person new to the gazetteer.
 */
export function otherBearersOfSurnames(doc: ParsedDocument, gazetteer: ActorIndex, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.kind !== 'Person' || !m.known || m.source !== 'gazetteer' || m.surface.includes(' ')) return m;
    const s = doc.sentenceAt(m.start);
    const t = s?.tokenAt(m.start);
    if (!s || !t || t.i < 2) return m;
    const before = s.token(t.i - 1);
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(before.word) ||
      !before.pos.startsWith('NNP') ||
      ['TITLE', 'NATIONALITY', 'COUNTRY', 'ORGANIZATION', 'CITY', 'LOCATION'].includes(before.ner) ||
      mentions.some((o) => o.start <= before.start && before.end <= o.end)
    )
      return m;
    // A hyphenated given name is whole ("Qasym-Zhomart"); a transliteration of the person's own given name is theirs.
    const start = hyphenWord(doc.text, before.start, before.end).start;
    const full = doc.text.slice(start, m.end);
    const actor = gazetteer.get(m.actorId)!;
    const stem = (w: string): string => w.slice(0, 3).toLowerCase();
    const given = doc.text.slice(start, before.end).split('-').map(stem);
    const theirs = [actor.name, ...actor.aliases].flatMap((n) =>
      n.split(/\s+/).slice(0, -1).join('-').split('-').map(stem),
    );
    if (given.some((g) => theirs.includes(g)) || gazetteerId(gazetteer, full)) return m;
    return newMention(start, full, 'Person', 0.6, 'entity');
  });
}

function kindOf(sp: EntitySpan, text: string): ActorKind {
  const kind = sp.kind;
  // What the article calls the name outranks NER's guess: "Rosatom, the nuclear corporation", "the outlet Kloop".
  const described = describedAs(sp.sentence, sp.tokens);
  if (described) return described;
  // NER often takes a building for an organisation ("Independence Palace").
  if (kind === 'Organization' && FACILITY_HEADS.has(sp.tokens.at(-1)!.word.toLowerCase())) return 'Region';
  if (MEDIA_CUE.test(text.slice(Math.max(0, sp.tokens[0]!.start - 30), sp.tokens[0]!.start))) return 'Media';
  return kind;
}

/** Common nouns that say a name is a body's: "the corporation", "the energy giant", "the watchdog". */
const BODY_NOUNS = new Set([
  'company',
  'corporation',
  'firm',
  'giant',
  'operator',
  'producer',
  'exporter',
  'manufacturer',
  'conglomerate',
  'monopoly',
  'holding',
  'consortium',
  'bank',
  'lender',
  'fund',
  'organisation',
  'organization',
  'party',
  'movement',
  'watchdog',
  'charity',
  'ngo',
  'institute',
  'tank',
  'bloc',
  'alliance',
  'association',
  'federation',
  'union',
]);
/** What a company does ("X, the uranium miner", "the national carrier X"); a person may be one too, so not for a person's name. */
const TRADE_NOUNS = new Set([
  'miner',
  'carrier',
  'airline',
  'refiner',
  'supplier',
  'utility',
  'trader',
  'insurer',
  'automaker',
  'maker',
  'developer',
  'contractor',
  'distributor',
  'shipper',
]);
/** Common nouns that say a name is an outlet's. */
const MEDIA_NOUNS = new Set([
  'newspaper',
  'outlet',
  'broadcaster',
  'website',
  'portal',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'publication',
  'channel',
]);

/** A body's kind from a common noun in apposition to its name ("X, the state energy giant"; "the news agency X"). */
function describedAs(s: Sentence, tokens: readonly Token[]): ActorKind | undefined {
  const head = tokens.find((t) => {
    const up = s.head(t.i);
    return !up || !tokens.some((o) => o.i === up.gov);
  });
  if (!head) return undefined;
  const up = s.head(head.i);
  const nouns = [
    ...s.treeChildren(head.i, 'appos').map((e) => e.dep),
    // the descriptor before the name: "the outlet Kloop" (compound) or "the company, KazMunayGas," (the name its apposition)
    ...s
      .treeChildren(head.i, 'compound')
      .map((e) => e.dep)
      .filter((i) => i < tokens[0]!.i && /^NNS?$/.test(s.token(i).pos)),
    ...(up && up.rel === 'appos' && up.gov < head.i ? [up.gov] : []),
  ].map((i) => s.token(i));
  const person = tokens.every((t) => t.ner === 'PERSON');
  for (const n of nouns) {
    if (!/^NNS?$/.test(n.pos)) continue;
    // "the party leader X" (a compound NER may hang on the name) says nothing of a person's name; "the outlet X" does.
    if (person && n.i < head.i && !MEDIA_NOUNS.has(n.lemma.toLowerCase())) continue;
    const lemma = n.lemma.toLowerCase();
    const news = s.treeChildren(n.i, 'compound').some((e) => /^news$/i.test(s.token(e.dep).word));
    if (MEDIA_NOUNS.has(lemma) || (lemma === 'agency' && news)) return 'Media';
    if (BODY_NOUNS.has(lemma) || (!person && TRADE_NOUNS.has(lemma))) return 'Organization';
  }
  return undefined;
}

/**
 * Names NER gave no class that the article says are a body's ("KazMunayGas,
 * the national oil company, said"): an organisation, or an outlet.
 */
function describedNames(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.pos !== 'NNP' || !['O', 'MISC'].includes(t.ner) || !/^\p{Lu}/u.test(t.word)) continue;
      if (s.head(t.i)?.rel === 'compound' || tagged.some((sp) => sp.tokens.includes(t))) continue;
      const run = [t];
      for (let i = t.i - 1; i >= 1 && s.head(i)?.rel === 'compound' && s.head(i)?.gov === t.i; i -= 1) {
        if (s.token(i).pos !== 'NNP' || tagged.some((sp) => sp.tokens.includes(s.token(i)))) break;
        run.unshift(s.token(i));
      }
      const kind = describedAs(s, run);
      if (kind) out.push({ sentence: s, tokens: run, kind });
    }
  }
  return out;
}

/**
 * "KazMunayGas chief executive Askhat Khassenov", "Uzbekneftegaz head X": a
 * name NER left untagged right before a title and a person's name is the
 * body the person serves.
 */
function employers(doc: ParsedDocument, tagged: readonly EntitySpan[]): EntitySpan[] {
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

/** Surer with a title or a telling word before the name, and for a full name than for one word. */
function confidenceOf(sp: EntitySpan, kind: ActorKind, text: string): number {
  const before = sp.sentence.tokens.filter((t) => t.end <= sp.tokens[0]!.start).at(-1);
  if (
    before?.ner === 'TITLE' ||
    (kind === 'Media' && MEDIA_CUE.test(text.slice(Math.max(0, sp.tokens[0]!.start - 30), sp.tokens[0]!.start)))
  )
    return 0.8;
  return sp.tokens.length > 1 ? 0.6 : 0.4;
}

/**
 * A name whose last word is the last name of a person named elsewhere in the
 * article ("Beridze" after "Nino Beridze", a full name with middle names) is
 * that person, whatever class NER gave the word.
 */
function linkSurnames(found: Mention[], taken: readonly Mention[]): Mention[] {
  const people = new Map<string, Mention>();
  const lastWord = (m: Mention): string => m.surface.split(/\s+/).pop()!;
  for (const m of taken)
    if (m.kind === 'Person' && m.source !== 'title') people.set(lastWord(m), people.get(lastWord(m)) ?? m);
  for (const m of found)
    if (m.kind === 'Person' && m.surface.includes(' ') && !people.has(lastWord(m))) people.set(lastWord(m), m);
  // "Li" after "Li Huilai": a family name written first is how its bearer is named again.
  const firstWords = new Map<string, Mention | null>();
  for (const m of [...taken, ...found])
    if (m.kind === 'Person' && m.source !== 'title' && m.surface.includes(' ')) {
      const first = m.surface.split(/\s+/)[0]!;
      const other = firstWords.get(first);
      firstWords.set(first, other === undefined || other?.actorId === m.actorId ? m : null);
    }
  return found.map((m) => {
    const firstOf = !m.surface.includes(' ') && !people.has(m.surface) ? firstWords.get(m.surface) : undefined;
    const named = firstOf && firstOf.start < m.start ? firstOf : undefined;
    if (m.kind === 'Person' && named)
      return { ...named, start: m.start, end: m.end, surface: m.surface, source: 'entity' as const };
    const candidate = people.get(lastWord(m));
    const firstWord = (x: { name: string }): string => x.name.split(/\s+/)[0]!;
    // A full name is the same person only with the same first name ("Bidzina Grigoris Dze Ivanishvili").
    const person =
      !m.surface.includes(' ') || (m.kind === 'Person' && candidate && firstWord(candidate) === firstWord(m))
        ? candidate
        : undefined;
    return person && person !== m ? { ...person, start: m.start, end: m.end, surface: m.surface, source: 'entity' } : m;
  });
}

function isDemonym(gazetteer: ActorIndex, m: Mention): boolean {
  return gazetteer.get(m.actorId)?.demonyms.some((d) => d.toLowerCase() === m.surface.toLowerCase()) ?? false;
}
