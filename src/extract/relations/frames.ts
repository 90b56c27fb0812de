/**
 * Relations from predicate–argument frames of the enhanced++ dependencies.
 * A verb of the lexicon takes its source from its subject (the agent in a
 * passive; enhanced++ shares subjects across coordination and control) and
 * its target from the dependents its frame names. A noun of the lexicon (a
 * nominal event: "a visit to X", "sanctions on X", "talks with X") takes
 * its target from its prepositions and its source from its possessor or
 * demonym, from the subject of the verb it is the object of ("held talks
 * with X"), the subject of a clause it frames ("at the meeting with X, Y
 * said") or of a copula ("X is an ally of Y"); "between A and B" and a
 * pair of modifiers ("Kazakh-Russian relations") give both sides. Inside a
 * quote or a reported clause the speaker is the claimant.
 */
import { RELATION_TYPES, type RelationType, type RelationTypeInfo } from '../../domain/vocabulary.js';
import type { ParsedDocument, Sentence } from '../parse/document.js';
import type { Mention } from '../actors/mention.js';
import type { MentionIndex } from '../parse/mention-index.js';
import type { Quote } from '../speech/index.js';
import { Arguments, type End } from './arguments.js';
import { confidenceOf } from './confidence.js';
import {
  adjectiveEntry,
  entryKey,
  inLexicon,
  nounEntry,
  verbEntries,
  type NounEntry,
  type VerbEntry,
} from './lexicon.js';
import { modalityOf, type Modality } from './modality.js';
import type { ExtractedRelation, Shape, Via } from './types.js';

/** words that make a call of a talk ("phone talks", "spoke by phone") */
const REMOTE = new Set([
  'phone',
  'telephone',
  'video',
  'videoconference',
  'virtual',
  'online',
  'videolink',
  'zoom',
  'call',
]);
/** complements naming someone an ally ("regards X as a friend") */
const ALLY = new Set(['friend', 'ally', 'partner', 'brother', 'neighbor', 'neighbour']);
/** what is said of relations or ties that makes them good or bad */
const GOOD = new Set([
  'good',
  'close',
  'strong',
  'warm',
  'friendly',
  'excellent',
  'cordial',
  'strategic',
  'special',
  'brotherly',
  'fraternal',
  'solid',
  'deep',
  'constructive',
  'improve',
  'strengthen',
  'deepen',
  'develop',
  'expand',
  'boost',
  'enhance',
  'value',
  'cherish',
  'normalize',
  'normalise',
  'restore',
  'build',
  'promote',
  'foster',
  'consolidate',
  'intensify',
  'broaden',
  'upgrade',
  'warm',
  'mend',
  'repair',
  'grow',
  'flourish',
  'thrive',
  'reset',
  'revive',
  'better',
  'closer',
  // the changes as nouns ("the development of relations")
  'development',
  'improvement',
  'strengthening',
  'deepening',
  'expansion',
  'normalization',
  'normalisation',
  'warming',
  'rapprochement',
  'enhancement',
  'consolidation',
  'upgrade',
  'restoration',
  'revival',
]);
const BAD = new Set([
  'bad',
  'tense',
  'strained',
  'poor',
  'frosty',
  'cold',
  'hostile',
  'difficult',
  'troubled',
  'fraught',
  'rocky',
  'uneasy',
  'icy',
  'sour',
  'damage',
  'harm',
  'strain',
  'sever',
  'cut',
  'break',
  'downgrade',
  'freeze',
  'suspend',
  'undermine',
  'worsen',
  'spoil',
  'jeopardize',
  'jeopardise',
  'poison',
  'rupture',
  'complicate',
  'deteriorate',
  'cool',
  'decline',
  'suffer',
  'collapse',
  'plummet',
  'fray',
  'sink',
  'sour',
  'hurt',
  'endanger',
  'halt',
  'end',
  'deterioration',
  'worsening',
  'cooling',
  'downturn',
  'breakdown',
  'rupture',
  'strain',
  'crisis',
  'decline',
  'souring',
  'freeze',
  'severance',
]);
/** verbs that undo a cooperation they govern ("suspended cooperation with X") */
const UNDO = new Set([
  'suspend',
  'freeze',
  'halt',
  'end',
  'cut',
  'reduce',
  'downgrade',
  'terminate',
  'stop',
  'curtail',
  'abandon',
  'evade',
  'circumvent',
  'bypass',
  'avoid',
  'oppose',
  'reject',
  'lift',
  'ease',
  'criticize',
  'criticise',
  'condemn',
]);
/** support verbs: their object names the event, their subject its agent */
const SUPPORT = new Set([
  'hold',
  'have',
  'make',
  'pay',
  'conduct',
  'carry',
  'give',
  'take',
  'begin',
  'start',
  'launch',
  'open',
  'resume',
  'continue',
  'attend',
  'join',
  'sign',
  'conclude',
  'reach',
  'seal',
  'ink',
  'impose',
  'announce',
  'introduce',
  'extend',
  'adopt',
  'slap',
  'levy',
  'approve',
  'express',
  'voice',
  'offer',
  'send',
  'provide',
  'deliver',
  'convey',
  'pledge',
  'promise',
  'deepen',
  'develop',
  'strengthen',
  'expand',
  'boost',
  'enhance',
  'build',
  'establish',
  'maintain',
  'seek',
  'want',
  'propose',
  'plan',
  'host',
  'organize',
  'organise',
  'arrange',
  'stage',
  'enjoy',
  'enter',
  'wage',
  'mount',
  'intensify',
  'lodge',
  'file',
  'issue',
  'level',
  'raise',
  'reiterate',
  'reaffirm',
  'confirm',
  'demonstrate',
  'show',
  'accept',
  'complete',
  'finish',
  'undertake',
  'wrap',
  'kick',
  'step',
  'strike',
  'clinch',
  'forge',
  'hammer',
  'renew',
  'tighten',
  'broaden',
  'increase',
  'grant',
  'lend',
  'promote',
  'pursue',
  'foster',
  'consolidate',
  'agree',
  'finalize',
  'finalise',
  'initial',
  'ratify',
  'bolster',
  'upgrade',
  'restore',
  'normalize',
  'normalise',
  'value',
  'cherish',
  'reciprocate',
  'welcome',
  'hail',
]);
/** verbs whose object keeps the subject company at the event they are "for" */
const COMPANY = new Set(['join', 'host', 'receive', 'welcome', 'invite', 'accompany', 'meet']);
/** verbs of coming together, whose "for" phrase is the event the subject came for */
const GATHER = new Set([
  'sit',
  'gather',
  'meet',
  'convene',
  'come',
  'travel',
  'fly',
  'arrive',
  'head',
  'go',
  'assemble',
]);
/** verbs of receiving: the subject is the target of the aid or trade in their object ("received aid from X") */
const RECEIVE = new Set(['receive', 'get', 'obtain', 'accept', 'request', 'seek', 'win', 'secure', 'enjoy', 'welcome']);
const ASK = new Set(['request', 'seek']);
/** verbs whose "from" phrase is what the subject has from another ("benefited from Russian support") */
const RECEIVE_FROM = new Set(['benefit', 'profit', 'rely', 'depend', 'count', 'draw']);
/** verbs by which a subject incurs a reproach, or its act provokes one ("drew criticism from X", "sparked outrage among X") */
const INCUR = new Set([
  'draw',
  'face',
  'attract',
  'earn',
  'incur',
  'receive',
  'spark',
  'provoke',
  'trigger',
  'prompt',
  'elicit',
  'stir',
  'fuel',
]);
/** the same through a preposition: "met with criticism from X", "came under criticism from X" */
const INCUR_UNDER: Record<string, string> = { 'obl:with': 'meet', 'obl:under': 'come' };
/** verbs that judge someone for what they did ("thanked X for", "blamed X for") and of it ("accused X of") */
const JUDGE_FOR = new Set([
  'thank',
  'praise',
  'commend',
  'applaud',
  'hail',
  'laud',
  'credit',
  'reward',
  'blame',
  'criticize',
  'criticise',
  'condemn',
  'fault',
  'punish',
  'sanction',
  'rebuke',
]);
const JUDGE_OF = new Set(['accuse', 'suspect', 'convict']);
/** classes of standing in a relation, said of someone by a copula or an apposition ("X, an ally of Y") */
const STANDING = new Set(['align', 'member']);
/** classes of what one gives and another receives */
const GIVEN = new Set(['aid', 'support', 'trade']);
/** verbs that name an exchange between coordinated subjects only with its medium ("spoke by phone") */
const ALONE = new Set(['speak', 'correspond']);
/** verbs by which one hosts a gathering */
const HOSTING = new Set(['host', 'organize', 'organise', 'convene', 'chair', 'sponsor', 'throw', 'give']);
/** verbs by which one is a guest at a gathering ("took part in" is "take" with its object "part") */
const ATTENDING = new Set(['attend', 'join', 'participate', 'take', 'grace', 'address']);
/** verbs of departure: leaving a body is drifting from it, leaving a city or a country is only travel ("Putin left Astana") */
const DEPART = new Set(['leave', 'quit', 'exit', 'depart']);
/** verbs that bring an event to its end, which means it happened ("ended his visit to X", "concluded talks with X") */
const COMPLETE = new Set(['end', 'conclude', 'complete', 'finish', 'wrap']);
/** event families whose end is their completion, not a break */
const EVENTS = new Set(['consult', 'visit', 'host', 'negotiate', 'phone']);
/** verbs of inviting: their object is asked to come */
const INVITE = new Set(['invite']);
/** verbs of appeal: what they are "for" is the subject's wish ("called for talks with X", "pushed for sanctions on X") */
const APPEAL = new Set([
  'call',
  'push',
  'press',
  'appeal',
  'lobby',
  'advocate',
  'campaign',
  'argue',
  'ask',
  'plead',
  'clamor',
  'clamour',
  'vote',
  'hope',
  'wish',
  'pray',
]);
/** clause relations that make a nominal event the time or place of what the subject did ("at the meeting", "during his visit") */
const FRAMING = /^obl:(?:at|during|after|following|on|in|before|ahead_of|prior_to|upon|since|amid|throughout)$/;
/** meetings happen between these kinds */
const MEETS = new Set(['Person', 'Country', 'Organization']);
const SUBJECT = /^nsubj(?::xsubj)?$/;

interface Frame {
  type: RelationType;
  entry: string;
  pred: number;
  sources: End[];
  targets: End[];
  shape: Shape;
  /** both sides named together ("between A and B", "A and B met") */
  pairs?: End[];
  remote?: boolean;
  modality: Modality;
}

/** the country a person serves (from the gazetteer's roles on the article's date), if one */
type HomeOf = (personId: string) => string | undefined;

export function findRelations(
  doc: ParsedDocument,
  index: MentionIndex,
  speech: readonly Quote[],
  homeOf: HomeOf = () => undefined,
): ExtractedRelation[] {
  const args = new Arguments(index, speech);
  const out: ExtractedRelation[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      // only words of the lexicon are looked at further, and a word of a name ("Treaty" in the CSTO's) is no event
      if (!inLexicon(t.lemma.toLowerCase()) || index.at(s, t.i)) continue;
      const frame = frameAt(s, t.i, args);
      if (frame) out.push(...emit(s, frame, speech, homeOf));
    }
  }
  const people = index.all.filter((m) => m.kind === 'Person' && m.known);
  return oneMeetingPerEncounter(dedupe([...out, ...signedInPerson(out, people, homeOf)]), homeOf);
}

/**
 * An encounter is named once, at its most specific: "Putin met Japarov …
 * Russian-Kyrgyz talks …" or "the presidents of Kazakhstan" beside
 * "Tokayev" are the one meeting of the people, so a meeting with a country
 * end stands down (as a relation it stays) when a meeting of the same
 * article has, in its place, a person who serves that country.
 */
function oneMeetingPerEncounter(relations: ExtractedRelation[], homeOf: HomeOf): ExtractedRelation[] {
  const meetings = relations.filter((r) => r.meeting);
  const stands = (general: Mention, specific: Mention): boolean =>
    general.actorId === specific.actorId ||
    (general.kind === 'Country' && specific.kind === 'Person' && homeOf(specific.actorId) === general.actorId);
  const covered = (r: ExtractedRelation): boolean =>
    (r.source.kind === 'Country' || r.target.kind === 'Country') &&
    meetings.some(
      (o) =>
        o !== r &&
        (o.source.kind === 'Person' || o.target.kind === 'Person') &&
        ((stands(r.source, o.source) && stands(r.target, o.target)) ||
          (stands(r.source, o.target) && stands(r.target, o.source))) &&
        !(o.source.kind === 'Country' || o.target.kind === 'Country'),
    );
  return relations.map((r) => (r.meeting && covered(r) ? { ...r, meeting: false } : r));
}

const SIGNING = /^verb:(?:sign|ink|initial|seal):/;

/**
 * "Tokayev and Mirziyoyev signed a treaty", "the presidents of A and B
 * signed …": leaders who sign together meet to do it. The signing stays a
 * relation between those named; the encounter is between the people, a
 * country standing for the one person of the article who serves it.
 */
function signedInPerson(
  relations: readonly ExtractedRelation[],
  people: readonly Mention[],
  homeOf: HomeOf,
): ExtractedRelation[] {
  const personOf = (m: Mention): Mention | undefined => {
    if (m.kind === 'Person') return m;
    if (m.kind !== 'Country') return undefined;
    const serving = [
      ...new Map(people.filter((p) => homeOf(p.actorId) === m.actorId).map((p) => [p.actorId, p])).values(),
    ];
    return serving.length === 1 ? serving[0] : undefined;
  };
  const out: ExtractedRelation[] = [];
  for (const r of relations) {
    // signing is done in person; agreeing may be done by phone
    if (r.type !== 'SIGNED_AGREEMENT_WITH' || !SIGNING.test(r.entry)) continue;
    if (r.negated || r.hedged || r.planned) continue;
    // a country signs through its leader only where the text says so ("the presidents of A and B signed")
    const byTitle = r.reading === 'coordinated/title';
    if (r.reading !== 'coordinated' && !byTitle) continue;
    const end = (m: Mention): Mention | undefined => {
      if (byTitle) return personOf(m);
      return m.kind === 'Person' ? m : undefined;
    };
    const a = end(r.source);
    const b = end(r.target);
    if (!a || !b || a.actorId === b.actorId) continue;
    const info = RELATION_TYPES.MET as RelationTypeInfo;
    out.push({
      ...r,
      type: 'MET',
      source: a,
      target: b,
      polarity: info.polarity,
      meeting: true,
      symmetric: true,
      reading: 'coordinated/clause',
      confidence: confidenceOf('coordinated', 'clause', false),
    });
  }
  return out;
}

/** the frame a word heads, by what the parse makes of it: a verb, a noun or an adjective */
function frameAt(s: Sentence, i: number, args: Arguments): Frame | undefined {
  if (verbal(s, i)) return verbFrame(s, i, args);
  const pos = s.token(i).pos;
  if (pos.startsWith('NN')) return nounFrame(s, i, args);
  if (pos.startsWith('JJ')) return adjectiveFrame(s, i, args);
  return undefined;
}

/** a verb by its tag, or by its dependents where the tagger took it for a noun ("may sanction X") */
function verbal(s: Sentence, i: number): boolean {
  const pos = s.token(i).pos;
  if (pos.startsWith('VB')) return true;
  return (
    pos.startsWith('NN') &&
    (s.children(i, 'obj').length > 0 || (s.children(i, 'aux').length > 0 && s.children(i, 'cop').length === 0))
  );
}

function particlesOf(s: Sentence, v: number): string[] {
  return [
    ...s.children(v, /^(?:compound:prt|advmod|obj|advcl|obl)$/).map((e) => s.token(e.dep).lemma.toLowerCase()),
    // "moved away from X": the parser folds the particle into the preposition (obl:away_from)
    ...s.children(v, PARTICLE_PREPOSITION).map((e) => e.rel.slice(4).split('_')[0]!),
  ];
}

/** a particle folded with its preposition into one relation ("obl:away_from", "obl:out_of") */
const PARTICLE_PREPOSITION = /^obl:(?:away|out|back|off|apart|up|down)_[a-z]+$/;

/** dependents by relation, where "obl:from" also finds the particle's fold "obl:away_from" */
function dependents(s: Sentence, i: number, rel: string): readonly { dep: number }[] {
  const direct = s.children(i, rel);
  if (!rel.startsWith('obl:') || rel.includes('_')) return direct;
  const folded = s.children(i, PARTICLE_PREPOSITION).filter((e) => e.rel.endsWith(`_${rel.slice(4)}`));
  return folded.length > 0 ? [...direct, ...folded] : direct;
}

function verbFrame(s: Sentence, v: number, args: Arguments): Frame | undefined {
  const lemma = s.token(v).lemma.toLowerCase();
  const entries = verbEntries(lemma, particlesOf(s, v));
  if (entries.length === 0) return undefined;
  const invited = invitation(s, v, entries[0]!, args);
  if (invited) return invited;
  // "invited X to visit": read once, from the visit (invitation above), as an intention
  if (INVITE.has(lemma) && s.children(v, 'xcomp').length > 0) return undefined;
  const passive = s.children(v, 'nsubj:pass').length > 0;
  const sources = passive ? collect(s, v, ['obl:agent'], args, false) : subjectsOf(s, v, args);
  const modality = modalityOf(s, v);
  const remote = s.children(v, /^obl:(?:by|over|via|on)$/).some((e) => REMOTE.has(s.token(e.dep).lemma.toLowerCase()));
  for (const entry of entries) {
    const targets = targetsOf(s, v, entry, passive, args);
    if (targets.length === 0) continue;
    const type =
      entry.unlessPerson && !targets.some((t) => t.m.kind === 'Person' || t.via === 'title')
        ? entry.unlessPerson
        : entry.type;
    return {
      type,
      entry: entryKey(entry, 'verb'),
      pred: v,
      sources,
      targets,
      shape: passive ? 'passive' : 'active',
      remote,
      modality,
    };
  }
  // "After meeting Putin, X said": the parser may hang the participle on its object as a modifier
  if (s.token(v).pos === 'VBG' && sources.length === 0) {
    for (const e of s.parents(v, 'amod')) {
      const met = args.actors(s, e.gov);
      const clause = s.parents(e.gov, FRAMING).find((c) => c.gov > 0);
      const subjects = clause ? subjectsOf(s, clause.gov, args) : [];
      const entry = entries[0]!;
      if (met.length > 0 && subjects.length > 0)
        return {
          type: entry.type,
          entry: entryKey(entry, 'verb'),
          pred: v,
          sources: subjects.map((x) => (x.via === 'name' ? { ...x, via: 'clause' as const } : x)),
          targets: met,
          shape: 'active',
          remote,
          modality,
        };
    }
  }
  // "Germany, where he visited": the place a relative clause hangs on
  // only a visit goes to the place; "Tashkent, where the two signed agreements" is an agreement between them
  const where =
    entries[0]!.family === 'visit' &&
    s.children(v, 'advmod').some((e) => s.token(e.dep).lemma.toLowerCase() === 'where');
  if (where && sources.length > 0) {
    const places = s.parents(v, 'acl:relcl').flatMap((e) => args.actors(s, e.gov));
    const entry = entries[0]!;
    if (places.length > 0)
      return {
        type: entry.type,
        entry: entryKey(entry, 'verb'),
        pred: v,
        sources,
        targets: places,
        shape: 'active',
        remote,
        modality,
      };
  }
  const first = entries[0]!;
  // "A and B met to discuss water": the purpose of a meeting is its topic, not a second event among the same sides
  if (purposeOfMeeting(s, v)) return undefined;
  // "A and B spoke at a forum" is two speeches; "A and B spoke by phone" is a call between them
  if (ALONE.has(lemma) && !remote) return undefined;
  if (symmetric(first.type) && sources.length > 1 && !passive)
    return {
      type: first.type,
      entry: entryKey(first, 'verb'),
      pred: v,
      sources: [],
      targets: [],
      pairs: sources,
      shape: 'coordinated',
      remote,
      modality,
    };
  return undefined;
}

/**
 * "X invited Y to visit Z": the wish is the inviter's, its object the
 * invitee (an intent to meet, CAMEO 036), not the invitee's trip.
 */
function invitation(s: Sentence, v: number, entry: VerbEntry, args: Arguments): Frame | undefined {
  if (!EVENTS.has(entry.family)) return undefined;
  for (const e of s.parents(v, 'xcomp')) {
    if (e.gov === 0 || !INVITE.has(s.token(e.gov).lemma.toLowerCase())) continue;
    const sources = subjectsOf(s, e.gov, args);
    const targets = collect(s, e.gov, ['obj'], args, false);
    if (sources.length === 0 || targets.length === 0) return undefined;
    return {
      type: 'SEEKS_COOPERATION_WITH',
      entry: entryKey(entry, 'verb'),
      pred: v,
      sources,
      targets,
      shape: 'active',
      remote: false,
      modality: { ...modalityOf(s, e.gov), planned: true },
    };
  }
  return undefined;
}

/** a to-infinitive hanging from a verb of meeting, or from a verb whose object is a meeting ("held talks to discuss") */
function purposeOfMeeting(s: Sentence, v: number): boolean {
  if (!s.children(v, 'mark').some((e) => s.token(e.dep).word.toLowerCase() === 'to')) return false;
  return s.parents(v, /^(?:advcl|xcomp)/).some((e) => {
    if (e.gov === 0) return false;
    const meets = (i: number): boolean => {
      const lemma = s.token(i).lemma.toLowerCase();
      const noun = nounEntry(lemma);
      return (
        verbEntries(lemma, particlesOf(s, i)).some((x) => x.family === 'consult' || x.family === 'host') ||
        (noun !== undefined && (noun.family === 'consult' || noun.family === 'negotiate'))
      );
    };
    return meets(e.gov) || s.children(e.gov, 'obj').some((o) => meets(o.dep));
  });
}

/**
 * The subjects of a verb; for a participle or an infinitive with none of
 * its own ("…, accusing Brussels of blackmail", "his interest in
 * establishing peace during a call with X"), the subject of the clause it
 * hangs from, up the tree, marked as found there.
 */
function subjectsOf(s: Sentence, v: number, args: Arguments, depth = 0): End[] {
  const subjects = s.children(v, SUBJECT);
  if (subjects.length > 0) {
    return subjects.flatMap((e) => {
      const ends = args.actors(s, e.dep);
      if (ends.length > 0) return ends;
      // "Russia's influence is waning": a thing's possessor acts through it
      const owners = args.qualifiers(s, e.dep, 'possessor', ['nmod:poss']);
      if (owners.length > 0 || depth >= 3) return owners;
      // "X expressed readiness to normalize …": the controller is a stance X expressed
      return s
        .parents(e.dep, 'obj')
        .filter((p) => p.gov > 0 && SUPPORT.has(s.token(p.gov).lemma.toLowerCase()))
        .flatMap((p) => subjectsOf(s, p.gov, args, depth + 1));
    });
  }
  if (depth >= 3) return [];
  const modified = s.parents(v, /^acl/).flatMap((e) => args.actors(s, e.gov));
  if (modified.length > 0) return modified;
  const t = s.token(v);
  const nonFinite = /^VB[GN]?$/.test(t.pos) || !t.pos.startsWith('VB');
  if (!nonFinite) return [];
  for (const e of s.parents(v, /^(?:advcl|dep|acl|obj|obl|xcomp)/)) {
    if (e.gov === 0) continue;
    const up = subjectsOf(s, e.gov, args, depth + 1);
    if (up.length > 0)
      return up.map((x) => (x.via === 'name' || x.via === 'title' ? { ...x, via: 'clause' as const } : x));
  }
  return [];
}

function targetsOf(s: Sentence, v: number, entry: VerbEntry, passive: boolean, args: Arguments): End[] {
  const out: End[] = [];
  for (const slot of entry.targets) {
    if (slot === 'obj+as') {
      const named = s
        .children(v, /^(?:obl:as|xcomp|obl:like)$/)
        .some((e) => ALLY.has(s.token(e.dep).lemma.toLowerCase()));
      if (named) out.push(...collect(s, v, [passive ? 'nsubj:pass' : 'obj'], args, false));
      // "called China a reliable partner": the parser makes the one named the subject of the naming noun
      for (const e of s.children(v, 'xcomp'))
        if (ALLY.has(s.token(e.dep).lemma.toLowerCase())) out.push(...collect(s, e.dep, ['nsubj'], args, false));
      continue;
    }
    if (slot === 'obj-unnamed') {
      // "called X a liar", "called X corrupt", "called on X", "called for": no call; "called X to discuss" is one
      const named =
        s.children(v, /^(?:ccomp|compound:prt|obl:for)$/).length > 0 ||
        s.children(v, 'xcomp').some((e) => !s.token(e.dep).pos.startsWith('VB')) ||
        s.children(v, 'obj').length > 1;
      if (!named && !passive) out.push(...collect(s, v, ['obj'], args, false).filter((t) => t.m.kind === 'Person'));
      continue;
    }
    const [first, second] = slot.split('>') as [string, string | undefined];
    const rel = first === 'obj' && passive ? 'nsubj:pass' : first;
    if (second === undefined) {
      out.push(...collect(s, v, [rel], args, entry.possessor === true));
      continue;
    }
    // through a non-actor noun: "complied with sanctions against X"
    for (const e of s.children(v, rel)) {
      if (args.actors(s, e.dep).length > 0) continue;
      out.push(...collect(s, e.dep, [second], args, false));
    }
  }
  return uniq(out);
}

function nounFrame(s: Sentence, n: number, args: Arguments): Frame | undefined {
  const entry = nounEntry(s.token(n).lemma.toLowerCase());
  if (!entry) return undefined;
  const modality = modalityOf(s, n);
  let type = valenced(s, n, entry);
  if (!type) return undefined;
  const remote =
    entry.family === 'phone' ||
    s
      .children(n, /^(?:compound|amod|nmod:by|nmod:over|nmod:via)$/)
      .some((e) => REMOTE.has(s.token(e.dep).lemma.toLowerCase()));
  if (remote && (type === 'MET' || type === 'VISITED')) type = 'NEGOTIATED_WITH';
  const key = entryKey(entry, 'noun');
  // "extended congratulations to X": the light verb may carry the noun's preposition
  const lightTargets = s.parents(n, 'obj').flatMap((e) =>
    e.gov > 0
      ? collect(
          s,
          e.gov,
          entry.targets.map((t) => t.replace(/^nmod:/, 'obl:')),
          args,
          false,
        )
      : [],
  );
  // "support for Georgia's sovereignty", "a visit to Russia's capital": a thing in the target's place stands for its owner
  const own = args.inModifiers(s, n, ['nmod:poss', 'amod', 'compound']).map((m) => m.m.actorId);
  const owned = collect(s, n, entry.targets, args, true).filter((t) => !own.includes(t.m.actorId));
  const targets = uniq([...collect(s, n, entry.targets, args, false), ...owned, ...lightTargets]);
  // "X attended a summit hosted by Y", "Y hosted a forum attended by X": the guests meet the host
  if (entry.family === 'consult' || entry.family === 'negotiate') {
    const hosts = hostsOf(s, n, args);
    const guests = guestsOf(s, n, args).filter((g) => !hosts.some((h) => h.m.actorId === g.m.actorId));
    if (hosts.length > 0 && guests.length > 0)
      return { type: 'HOSTED', entry: key, pred: n, sources: hosts, targets: guests, shape: 'frame', remote, modality };
  }
  if (entry.hostedOnly) return undefined;
  // "talks were held between A and B": the support verb may carry the noun's "between"
  const heldBetween = s
    .parents(n, /^(?:nsubj:pass|obj)$/)
    .filter((e) => e.gov > 0 && SUPPORT.has(s.token(e.gov).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.gov, ['obl:between', 'obl:among'], args, false));
  const between = uniq([...collect(s, n, ['nmod:between', 'nmod:among'], args, false), ...heldBetween]);
  if (between.length > 1)
    return { type, entry: key, pred: n, sources: [], targets: [], pairs: between, shape: 'between', remote, modality };
  const sourceRels = [
    'nmod:poss',
    'amod',
    'compound',
    'nmod:by',
    ...(entry.targets.includes('nmod:from') ? [] : ['nmod:from']),
  ];
  const modifiers = args.inModifiers(s, n, sourceRels).filter((m) => !targets.some((t) => t.m.actorId === m.m.actorId));
  // "Kazakh-Russian relations", "the Russia-Ukraine war": two sides in the modifiers, no target, the first named first
  if (modifiers.length > 1 && targets.length === 0)
    return {
      type,
      entry: key,
      pred: n,
      sources: [],
      targets: [],
      pairs: [...modifiers].sort((x, y) => x.m.start - y.m.start),
      shape: 'between',
      remote,
      modality,
    };
  // "joined X for talks", "hosted X for dinner": the event is with the one the verb names
  const company = s.parents(n, 'obl:for').find((e) => e.gov > 0 && COMPANY.has(s.token(e.gov).lemma.toLowerCase()));
  if (targets.length === 0 && company && (entry.family === 'consult' || entry.family === 'negotiate')) {
    const guests = collect(s, company.gov, ['obj'], args, false);
    const sources = subjectsOf(s, company.gov, args);
    if (guests.length > 0 && sources.length > 0)
      return { type, entry: key, pred: n, sources, targets: guests, shape: 'light', remote, modality };
  }
  if (targets.length === 0) {
    const received = receivedFrom(s, n, entry, args, modifiers) ?? incurredFrom(s, n, entry, args, modifiers);
    if (received) return { entry: key, pred: n, remote, ...received };
    return pairedOrOwned(s, n, type, entry, remote, modality, args, modifiers);
  }
  // "During his visit to X, Y said": a pronoun owning the event that frames a clause points ahead to its subject
  const framed = cataphoric(s, n, args);
  if (framed.length > 0)
    return { type, entry: key, pred: n, sources: framed, targets, shape: 'frame', remote, modality };
  const possessor = args
    .qualifiers(s, n, 'name', sourceRels)
    .filter((m) => !targets.some((t) => t.m.actorId === m.m.actorId));
  if (possessor.length > 0)
    return { type, entry: key, pred: n, sources: possessor, targets, shape: 'nominal', remote, modality };
  // "reaffirmed his commitment to the partnership with X", "Kazakhstan's interest in cooperation with X"
  const stance = stanceOwners(s, n, args);
  if (stance.owners.length > 0)
    return {
      type,
      entry: key,
      pred: n,
      sources: stance.owners,
      targets,
      shape: 'light',
      remote,
      modality: stance.ahead ? { ...modality, planned: true } : modality,
    };
  const judged = judgedFor(s, n, args).filter((d) => !targets.some((t) => t.m.actorId === d.m.actorId));
  if (judged.length > 0)
    return { type, entry: key, pred: n, sources: judged, targets, shape: 'frame', remote, modality };
  for (const e of s.parents(n)) {
    if (e.gov === 0) continue;
    const shape = agentShape(s, e.rel, e.gov, entry);
    if (!shape) continue;
    // "welcomed X with a visit to Y": whose event it is, the subject's or the object's, is open
    if (shape === 'frame' && s.children(e.gov, 'obj').some((o) => args.actors(s, o.dep).length > 0)) continue;
    const sources = subjectsOf(s, e.gov, args);
    // "called for sanctions on X": what one appeals for has not happened
    const wanted =
      e.rel === 'obl:for' && APPEAL.has(s.token(e.gov).lemma.toLowerCase()) ? { ...modality, planned: true } : modality;
    if (sources.length > 0) return { type, entry: key, pred: n, sources, targets, shape, remote, modality: wanted };
  }
  // "X is an ally of Y", "X is a member of the CSTO"
  const copular = s.children(n, SUBJECT).flatMap((e) => args.actors(s, e.dep));
  if (copular.length > 0 && s.children(n, 'cop').length > 0)
    return { type, entry: key, pred: n, sources: copular, targets, shape: 'copular', remote, modality };
  // "Belarus, a close ally of Russia, …": an apposition says the same as a copula
  const apposed = s
    .parents(n, 'appos')
    .filter((e) => e.gov > 0)
    .flatMap((e) => args.actors(s, e.gov))
    .filter((x) => !targets.some((t) => t.m.actorId === x.m.actorId));
  if (apposed.length > 0 && STANDING.has(entry.family))
    return { type, entry: key, pred: n, sources: apposed, targets, shape: 'copular', remote, modality };
  return undefined;
}

/**
 * "Tajikistan received aid from Russia", "benefited from Russian support",
 * "won Chinese investment": what the subject receives runs from its giver
 * (the "from" phrase, or the noun's own demonym or possessor) to the subject.
 */
function receivedFrom(
  s: Sentence,
  n: number,
  entry: NounEntry,
  args: Arguments,
  modifiers: End[],
): Pick<Frame, 'type' | 'sources' | 'targets' | 'shape' | 'modality'> | undefined {
  if (!GIVEN.has(entry.family)) return undefined;
  for (const e of s.parents(n, /^(?:obj|obl:on|obl:upon|obl:from)$/)) {
    if (e.gov === 0) continue;
    const lemma = s.token(e.gov).lemma.toLowerCase();
    const receiving = e.rel === 'obj' ? RECEIVE.has(lemma) : RECEIVE_FROM.has(lemma);
    if (!receiving) continue;
    const givers = [...modifiers, ...collect(s, e.gov, ['obl:from'], args, false)];
    const receivers = subjectsOf(s, e.gov, args).filter((r) => !givers.some((g) => g.m.actorId === r.m.actorId));
    if (givers.length === 0 || receivers.length === 0) continue;
    // "requested aid from X": asked for, not had; the asker seeks the giver's help (CAMEO 02)
    if (ASK.has(lemma))
      return {
        type: 'SEEKS_COOPERATION_WITH',
        sources: receivers,
        targets: uniq(givers),
        shape: 'light',
        modality: modalityOf(s, e.gov),
      };
    return {
      type: entry.type,
      sources: uniq(givers),
      targets: receivers,
      shape: 'light',
      modality: modalityOf(s, e.gov),
    };
  }
  return undefined;
}

/**
 * "X's veto drew criticism from Y", "X faced condemnation from Y", "the move
 * sparked anger among Y's leaders", "X came under criticism from Y": a
 * reproach the subject (or the owner of the subject) incurs runs from the
 * one it comes from to the subject. A new shape, so read as a frame (0.5)
 * until it is measured. "Sparked protests in Z" names no critic: a place
 * is where the reaction happens, not who reacts.
 */
function incurredFrom(
  s: Sentence,
  n: number,
  entry: NounEntry,
  args: Arguments,
  modifiers: End[],
): Pick<Frame, 'type' | 'sources' | 'targets' | 'shape' | 'modality'> | undefined {
  if (entry.family !== 'criticize') return undefined;
  for (const e of s.parents(n, /^(?:obj|obl:with|obl:under)$/)) {
    if (e.gov === 0) continue;
    const lemma = s.token(e.gov).lemma.toLowerCase();
    const incurring = e.rel === 'obj' ? INCUR.has(lemma) : INCUR_UNDER[e.rel] === lemma;
    if (!incurring) continue;
    const critics = uniq([
      ...modifiers,
      ...collect(s, n, ['nmod:among'], args, false),
      ...collect(s, e.gov, ['obl:from', 'obl:among'], args, false),
    ]);
    const criticized = subjectsOf(s, e.gov, args).filter((r) => !critics.some((c) => c.m.actorId === r.m.actorId));
    if (critics.length === 0 || criticized.length === 0) continue;
    return { type: entry.type, sources: critics, targets: criticized, shape: 'frame', modality: modalityOf(s, e.gov) };
  }
  return undefined;
}

/**
 * "thanked X for the support of Y", "praised X for the aid to Y", "blamed X
 * for the attack on Y", "accused X of the shelling of Y": one thanked or
 * blamed for an event with no doer of its own is its doer. Read as a frame
 * (0.5): the judge's word, and a shape not yet measured.
 */
function judgedFor(s: Sentence, n: number, args: Arguments): End[] {
  for (const e of s.parents(n, /^obl:(?:for|of)$/)) {
    if (e.gov === 0) continue;
    const lemma = s.token(e.gov).lemma.toLowerCase();
    if (!(e.rel === 'obl:for' ? JUDGE_FOR : JUDGE_OF).has(lemma)) continue;
    const passive = s.children(e.gov, 'nsubj:pass').length > 0;
    const doers = collect(s, e.gov, [passive ? 'nsubj:pass' : 'obj'], args, false);
    if (doers.length > 0) return doers;
  }
  return [];
}

/** nouns of a stance towards an event: whose stance it is, is whose event it is */
const STANCE = new Set([
  'commitment',
  'readiness',
  'willingness',
  'interest',
  'intention',
  'desire',
  'determination',
  'resolve',
  'hope',
  'wish',
  'aspiration',
  'openness',
  'eagerness',
  'plan',
  'call',
  'push',
  'bid',
  'effort',
]);
/** stances that look ahead: what they hold to has not happened */
const AHEAD = new Set([
  'readiness',
  'willingness',
  'intention',
  'desire',
  'hope',
  'wish',
  'aspiration',
  'eagerness',
  'plan',
  'call',
  'bid',
]);

/** the owners of the stance a nominal event hangs from: its possessor, or the subject of the support verb that holds it */
function stanceOwners(s: Sentence, n: number, args: Arguments): { owners: End[]; ahead: boolean } {
  for (const e of s.parents(n, /^nmod:(?:to|for|in|of|towards|toward)$/)) {
    if (e.gov === 0 || !STANCE.has(s.token(e.gov).lemma.toLowerCase())) continue;
    const ahead = AHEAD.has(s.token(e.gov).lemma.toLowerCase());
    const found = ownersOfStance(s, e.gov, args);
    if (found.length > 0) return { owners: found, ahead };
  }
  return { owners: [], ahead: false };
}

function ownersOfStance(s: Sentence, stance: number, args: Arguments): End[] {
  // a named possessor ("Kazakhstan's interest") first; "his commitment" is better read from the verb's subject
  const owners = args.qualifiers(s, stance, 'possessor', ['nmod:poss', 'amod']);
  const named = owners.filter((o) => o.via !== 'coref');
  if (named.length > 0) return named;
  const held = s
    .parents(stance, 'obj')
    .filter((p) => p.gov > 0 && SUPPORT.has(s.token(p.gov).lemma.toLowerCase()))
    .flatMap((p) => subjectsOf(s, p.gov, args));
  return held.length > 0 ? held : owners;
}

/** the host of a gathering: the agent of its hosting participle ("a summit hosted by X"), or the subject of the verb hosting it */
function hostsOf(s: Sentence, n: number, args: Arguments): End[] {
  const byParticiple = s
    .children(n, /^acl/)
    .filter((e) => HOSTING.has(s.token(e.dep).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.dep, ['obl:by', 'obl:agent'], args, false));
  const bySubject = s
    .parents(n, 'obj')
    .filter((e) => e.gov > 0 && HOSTING.has(s.token(e.gov).lemma.toLowerCase()))
    .flatMap((e) => subjectsOf(s, e.gov, args));
  return uniq([...byParticiple, ...bySubject]);
}

/** who attended a gathering: the subject of "attended", "joined", "took part in", or the agent of "attended by" */
function guestsOf(s: Sentence, n: number, args: Arguments): End[] {
  const attending = s
    .parents(n, /^(?:obj|obl:in|obl:at)$/)
    .filter((e) => e.gov > 0 && ATTENDING.has(s.token(e.gov).lemma.toLowerCase()))
    .filter((e) => e.rel === 'obj' || s.token(e.gov).lemma.toLowerCase() !== 'attend')
    .flatMap((e) => subjectsOf(s, e.gov, args));
  const attendedBy = s
    .children(n, /^acl/)
    .filter((e) => ATTENDING.has(s.token(e.dep).lemma.toLowerCase()))
    .flatMap((e) => collect(s, e.dep, ['obl:by', 'obl:agent'], args, false));
  return uniq([...attending, ...attendedBy]);
}

/** "X is critical of Y", "X remains loyal to Y": a stance predicated of the subject */
function adjectiveFrame(s: Sentence, a: number, args: Arguments): Frame | undefined {
  const entry = adjectiveEntry(s.token(a).lemma.toLowerCase());
  if (!entry) return undefined;
  const targets = throughNouns(s, a, entry.targets, args);
  if (targets.length === 0) return undefined;
  // the subject of the copula, or of the verb the adjective completes ("remains loyal to"), or the noun it modifies
  const sources = [
    ...s.children(a, SUBJECT).flatMap((e) => args.actors(s, e.dep)),
    ...s.parents(a, 'xcomp').flatMap((e) => (e.gov > 0 ? subjectsOf(s, e.gov, args) : [])),
    ...s.parents(a, 'amod').flatMap((e) => args.actors(s, e.gov)),
  ];
  if (sources.length === 0) return undefined;
  return {
    type: entry.type,
    entry: entryKey(entry, 'adj'),
    pred: a,
    sources: uniq(sources),
    targets,
    shape: 'copular',
    remote: false,
    modality: modalityOf(s, a),
  };
}

/**
 * A nominal event with no target: "A and B have good relations" pairs the
 * subjects of its verb; "X is Russia's partner" runs from Russia to X.
 */
function pairedOrOwned(
  s: Sentence,
  n: number,
  type: RelationType,
  noun: NounEntry,
  remote: boolean,
  modality: Modality,
  args: Arguments,
  modifiers: End[],
): Frame | undefined {
  const entry = entryKey(noun, 'noun');
  if (symmetric(type)) {
    // "A and B held talks", "A and B agreed at the summit"
    for (const e of s.parents(n, /^(?:obj|obl)/)) {
      if (e.gov === 0 || !agentShape(s, e.rel, e.gov, noun)) continue;
      const subjects = subjectsOf(s, e.gov, args);
      if (subjects.length > 1)
        return {
          type,
          entry,
          pred: n,
          sources: [],
          targets: [],
          pairs: subjects,
          shape: 'coordinated',
          remote,
          modality,
        };
    }
  }
  const subjects = s.children(n, SUBJECT).flatMap((e) => args.actors(s, e.dep));
  const owners = modifiers.filter((m) => !subjects.some((x) => x.m.actorId === m.m.actorId));
  // the owner has the subject as its partner, ally, member …
  if (subjects.length > 0 && owners.length > 0 && s.children(n, 'cop').length > 0)
    return { type, entry, pred: n, sources: owners, targets: subjects, shape: 'copular', remote, modality };
  // "Russia's ally Belarus": the apposed name is the one the owner has as its ally
  const apposed = s.children(n, 'appos').flatMap((e) => args.actors(s, e.dep));
  const others = modifiers.filter((m) => !apposed.some((x) => x.m.actorId === m.m.actorId));
  if (STANDING.has(noun.family) && apposed.length > 0 && others.length > 0)
    return { type, entry, pred: n, sources: others, targets: apposed, shape: 'copular', remote, modality };
  return undefined;
}

/** the verb a framing phrase hangs on: directly ("during his visit"), or through "ahead"/"prior" ("ahead of his talks") */
function framedClause(s: Sentence, rel: string, gov: number): number | undefined {
  if (FRAMING.test(rel)) return gov;
  const lemma = s.token(gov).lemma.toLowerCase();
  if (rel === 'obl:of' && (lemma === 'ahead' || lemma === 'prior')) return s.parents(gov, 'advmod')[0]?.gov;
  return undefined;
}

/** the subjects of the clause an event owned by a pronoun frames ("during his visit", "ahead of his talks"), found before the parser's coreference */
function cataphoric(s: Sentence, n: number, args: Arguments): End[] {
  if (!s.children(n, 'nmod:poss').some((e) => /^PRP/.test(s.token(e.dep).pos))) return [];
  for (const e of s.parents(n)) {
    if (e.gov === 0) continue;
    const clause = framedClause(s, e.rel, e.gov);
    if (clause === undefined || clause === 0) continue;
    const subjects = s
      .children(clause, SUBJECT)
      .filter((x) => x.dep > n)
      .flatMap((x) => args.actors(s, x.dep));
    if (subjects.length > 0) return subjects;
  }
  return [];
}

/**
 * Whether the subject of the verb a nominal event hangs on is the event's
 * agent, and in which shape: as the object of a support verb ("held talks",
 * "paid a visit", "imposed sanctions", "expressed support"; any verb for
 * relations, whose verb says how they fare), what a verb of appeal is for
 * ("called for sanctions on X", a wish), or as the time or place of the
 * clause ("at the meeting with X, Y said"). "Cancelled talks with X" or
 * "complained about the visit to X" make no such event of the subject's.
 */
function agentShape(s: Sentence, rel: string, gov: number, entry: NounEntry): Shape | undefined {
  const lemma = s.token(gov).lemma.toLowerCase();
  if (rel === 'obj') return entry.valence || SUPPORT.has(lemma) || UNDO.has(lemma) ? 'light' : undefined;
  if (rel === 'obl:for') {
    if (APPEAL.has(lemma)) return 'light';
    // "sat down for talks with X", "flew to Moscow for talks with X": the purpose of coming, likely but not said to be done
    return GATHER.has(lemma) ? 'frame' : undefined;
  }
  return FRAMING.test(rel) ? 'frame' : undefined;
}

/** the type of a nominal event, or none: relations are good or bad only by what is said of them, and an undone cooperation is a drift */
function valenced(s: Sentence, n: number, entry: NounEntry): RelationType | undefined {
  const heads = s
    .parents(n, /^(?:obj|nsubj|nsubj:pass)$/)
    .map((e) => e.gov)
    .filter((g) => g > 0);
  const said = [
    ...s.children(n, /^(?:amod|advmod)$/).map((e) => e.dep),
    ...heads,
    // "relations remain strong", "ties grew closer": what the verb says they became
    ...heads.flatMap((g) => s.children(g, 'xcomp').map((e) => e.dep)),
    // "the development of relations", "a deterioration in ties": a change named by a noun
    ...s
      .parents(n, /^nmod:(?:of|in)$/)
      .map((e) => e.gov)
      .filter((g) => g > 0),
  ];
  const words = said.map((i) => s.token(i).lemma.toLowerCase());
  if (entry.valence) {
    if (words.some((w) => BAD.has(w))) return 'RELATIONS_WORSENING';
    if (words.some((w) => GOOD.has(w))) return 'RELATIONS_IMPROVING';
    return undefined;
  }
  const governors = s
    .parents(n, /^(?:obj|nsubj:pass|obl:.*)$/)
    .filter((e) => e.gov > 0)
    .map((e) => s.token(e.gov).lemma.toLowerCase());
  if (EVENTS.has(entry.family) && governors.some((g) => COMPLETE.has(g))) return entry.type;
  if (governors.some((g) => UNDO.has(g))) return RELATION_TYPES[entry.type].polarity > 0 ? 'DRIFTING_FROM' : undefined;
  return entry.type;
}

/** the actors in the given dependents of token i, where "a>b" goes through a non-actor noun in a to its dependent b ("open to cooperation with X") */
function throughNouns(s: Sentence, i: number, slots: readonly string[], args: Arguments): End[] {
  const out: End[] = [];
  for (const slot of slots) {
    const [first, second] = slot.split('>') as [string, string | undefined];
    if (second === undefined) out.push(...collect(s, i, [first], args, false));
    else
      for (const e of s.children(i, first))
        if (args.actors(s, e.dep).length === 0) out.push(...collect(s, e.dep, [second], args, false));
  }
  return uniq(out);
}

/** the actors in the given dependents of token i */
function collect(s: Sentence, i: number, rels: readonly string[], args: Arguments, possessor: boolean): End[] {
  const out: End[] = [];
  for (const rel of rels) for (const e of dependents(s, i, rel)) out.push(...args.actors(s, e.dep, possessor));
  return uniq(out);
}

const symmetric = (type: RelationType): boolean => (RELATION_TYPES[type] as RelationTypeInfo).symmetric === true;

/**
 * Whether an end fits the relation's type: one is a member only of a body
 * ("joined Putin at the parade" is company), leaves only a body as a break
 * ("left Astana" is travel), and does not visit the country one serves
 * ("returned to Kazakhstan" is going home).
 */
function fits(s: Sentence, f: Frame, src: End, tgt: End, homeOf: HomeOf): boolean {
  if (f.type === 'MEMBER_OF') return tgt.m.kind === 'Organization';
  if (f.type === 'DRIFTING_FROM' && DEPART.has(s.token(f.pred).lemma.toLowerCase()))
    return tgt.m.kind === 'Organization';
  if (f.type === 'VISITED' && src.m.kind === 'Person') return homeOf(src.m.actorId) !== tgt.m.actorId;
  return true;
}

function emit(s: Sentence, f: Frame, speech: readonly Quote[], homeOf: HomeOf): ExtractedRelation[] {
  const at = s.token(f.pred).start;
  const carrier = speech.find((q) => q.speaker && at >= q.start && at <= q.end);
  const pairs: [End, End][] = [];
  if (f.pairs)
    for (let a = 0; a < f.pairs.length; a++)
      for (let b = a + 1; b < f.pairs.length; b++) pairs.push([f.pairs[a]!, f.pairs[b]!]);
  else for (const src of f.sources) for (const tgt of f.targets) pairs.push([src, tgt]);
  const out: ExtractedRelation[] = [];
  for (const [src, tgt] of pairs) {
    if (src.m.actorId === tgt.m.actorId || !fits(s, f, src, tgt, homeOf)) continue;
    let type = f.type;
    let { negated } = f.modality;
    const { hedged, planned, failed } = f.modality;
    // "failed to help X": the help did not come
    if (failed && RELATION_TYPES[type].polarity > 0) {
      type = 'FAILED_TO_SUPPORT';
      negated = false;
    }
    // An intention to meet or visit is an intent to cooperate (CAMEO 036), not an event.
    if (
      planned &&
      !negated &&
      (type === 'MET' || type === 'VISITED' || type === 'HOSTED' || type === 'NEGOTIATED_WITH')
    )
      type = 'SEEKS_COOPERATION_WITH';
    const info = RELATION_TYPES[type] as RelationTypeInfo;
    const via = worst(src.via, tgt.via);
    const tokens = [f.pred, src.tok, tgt.tok].map((i) => s.token(i));
    const evidenceStart = Math.min(
      ...tokens.map((t) => t.start),
      src.m.start >= s.start ? src.m.start : Infinity,
      tgt.m.start >= s.start ? tgt.m.start : Infinity,
    );
    const evidenceEnd = Math.max(
      ...tokens.map((t) => t.end),
      src.m.end <= s.end ? src.m.end : 0,
      tgt.m.end <= s.end ? tgt.m.end : 0,
    );
    const meeting =
      (type === 'MET' || type === 'HOSTED') &&
      !negated &&
      !hedged &&
      !planned &&
      !f.remote &&
      MEETS.has(src.m.kind) &&
      MEETS.has(tgt.m.kind);
    out.push({
      type,
      source: src.m,
      target: tgt.m,
      claimant: carrier?.speaker ?? null,
      evidenceStart,
      evidenceEnd,
      polarity: negated ? 0 : info.polarity,
      hedged: hedged || (planned && type !== 'SEEKS_COOPERATION_WITH'),
      negated,
      planned,
      meeting,
      symmetric: info.symmetric === true,
      reading: via === 'name' ? f.shape : `${f.shape}/${via}`,
      entry: f.entry,
      confidence: confidenceOf(f.shape, via, hedged, planned),
    });
  }
  return out;
}

const RANK: Record<Via, number> = { name: 0, title: 1, possessor: 2, clause: 3, coref: 4 };
const worst = (a: Via, b: Via): Via => (RANK[a] >= RANK[b] ? a : b);

function uniq(ends: End[]): End[] {
  const seen = new Set<string>();
  return ends.filter((e) => !seen.has(e.m.actorId) && seen.add(e.m.actorId));
}

/**
 * One relation per article for each type, ends (either way round for a
 * symmetric one), claimant and denial: an article that says it twice
 * asserts it once. The surest reading stands.
 */
function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const best = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const ends = r.symmetric
      ? [r.source.actorId, r.target.actorId].sort().join(' ')
      : `${r.source.actorId} ${r.target.actorId}`;
    const key = `${r.type} ${ends} ${r.claimant?.actorId ?? ''} ${r.negated}`;
    const seen = best.get(key);
    if (!seen || r.confidence > seen.confidence) best.set(key, r);
  }
  return [...best.values()].sort((a, b) => a.evidenceStart - b.evidenceStart);
}
