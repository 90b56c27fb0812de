/**
 * Reporting vocabulary by class (lemmas, not sentences). The class decides
 * which argument frames carry what was said: a clause ("said that …"), an
 * infinitive ("urged … to", "pledged to"), a contentful noun phrase
 * ("stressed the need to …"), or a naming frame ("called the talks
 * “useful”").
 */

export type ReportingClass = 'say' | 'assert' | 'believe' | 'direct' | 'commit' | 'write' | 'name' | 'express';

const CLASSES: Record<ReportingClass, readonly string[]> = {
  // communication: what was said
  say: ['say', 'tell', 'add', 'state', 'declare', 'announce', 'remark', 'comment', 'reply', 'respond', 'answer', 'explain', 'mention', 'note', 'observe', 'report', 'recall', 'reiterate', 'repeat', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight', 'point', 'inform', 'assure', 'remind', 'disclose', 'reveal', 'clarify', 'conclude', 'continue', 'read', 'quote', 'testify', 'confide', 'joke', 'complain', 'lament', 'acknowledge'],
  // assertion, argument, denial
  assert: ['argue', 'claim', 'assert', 'insist', 'maintain', 'contend', 'allege', 'admit', 'concede', 'confirm', 'deny', 'suggest', 'predict', 'warn', 'caution', 'estimate', 'signal', 'affirm', 'reaffirm', 'agree', 'object', 'protest', 'counter', 'dismiss', 'accuse'],
  // belief and expectation, reported as the holder's view
  believe: ['believe', 'think', 'consider', 'feel', 'hope', 'expect', 'fear', 'doubt', 'suspect', 'reckon', 'see', 'view', 'regard', 'predict'],
  // appeals and demands: what someone wants done
  direct: ['urge', 'call', 'appeal', 'ask', 'demand', 'request', 'encourage', 'press', 'implore', 'exhort', 'advise', 'recommend', 'propose', 'invite'],
  // commitments: what someone undertakes
  commit: ['pledge', 'promise', 'vow', 'swear', 'threaten', 'offer', 'guarantee', 'undertake'],
  // written and posted words
  write: ['write', 'post', 'tweet', 'publish', 'cite'],
  // naming something as the speaker sees it
  name: ['call', 'describe', 'label', 'dub', 'term', 'brand', 'characterize', 'characterise', 'refer'],
  // voicing a stance held towards something
  express: ['express', 'voice', 'reaffirm', 'reiterate', 'confirm', 'stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight', 'note', 'announce', 'signal'],
};

const classes = new Map<string, Set<ReportingClass>>();
for (const [c, lemmas] of Object.entries(CLASSES) as [ReportingClass, readonly string[]][]) {
  for (const l of lemmas) classes.set(l, (classes.get(l) ?? new Set()).add(c));
}

export function reportingClasses(lemma: string): ReadonlySet<ReportingClass> {
  const l = lemma.toLowerCase();
  // "re-emphasize", "re-state": the verb again
  return classes.get(l) ?? (l.startsWith('re-') ? classes.get(l.slice(3)) : undefined) ?? EMPTY;
}
const EMPTY: ReadonlySet<ReportingClass> = new Set();

/** Classes whose verbs take a reported clause ("said that …", "believes …"). */
export const CLAUSE_CLASSES: ReadonlySet<ReportingClass> = new Set(['say', 'assert', 'believe', 'direct', 'commit', 'write']);
/** Classes whose verbs take what is wanted or undertaken as an infinitive ("urged Y to …", "pledged to …"). */
export const INFINITIVE_CLASSES: ReadonlySet<ReportingClass> = new Set(['direct', 'commit']);
/** Lemmas of the say class that report a clause only with an explicit complement, never as a bare tail ("…, X said"). */
export const TAIL_LEMMAS: ReadonlySet<string> = new Set(['say', 'add', 'state', 'declare', 'note', 'stress', 'write', 'tell', 'explain', 'argue', 'claim', 'insist', 'warn', 'announce', 'post', 'tweet', 'report', 'emphasize', 'emphasise', 'conclude', 'continue', 'remark', 'comment', 'reply', 'respond', 'answer', 'recall', 'confirm', 'assert', 'believe', 'think', 'reiterate', 'underline']);

/** Nouns naming something said or issued: their issuer is its speaker ("the statement by X", "X's announcement that …"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'announcement', 'claim', 'assertion', 'remark', 'comment', 'word', 'warning', 'assurance', 'promise', 'pledge', 'report',
  'post', 'tweet', 'message', 'letter', 'communique', 'communiqué', 'declaration', 'resolution', 'readout', 'release', 'interview', 'speech',
  'address', 'appeal', 'note', 'response', 'reply', 'notice', 'decree', 'op-ed', 'article', 'editorial', 'column', 'video', 'telegram',
]);

/** Statement nouns whose "that"-clause is what was said ("the statement that …", not "the report that" of a fact). */
export const THAT_NOUNS: ReadonlySet<string> = new Set(['statement', 'announcement', 'claim', 'assertion', 'remark', 'comment', 'warning', 'assurance', 'promise', 'pledge', 'declaration', 'insistence', 'suggestion', 'allegation', 'argument']);

/** Verbs by which a statement is issued: their subject or agent is its issuer ("the resolution the parliament adopted"). */
export const ISSUING_VERBS: ReadonlySet<string> = new Set(['make', 'issue', 'release', 'publish', 'post', 'adopt', 'pass', 'send', 'deliver', 'give', 'circulate', 'sign', 'put']);

/** Nouns for a person by office or role: "the minister said" means someone already named. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'chancellor', 'premier', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador', 'envoy',
  'diplomat', 'official', 'adviser', 'advisor', 'aide', 'head', 'chief', 'chairman', 'chairwoman', 'chair', 'deputy', 'senator', 'lawmaker',
  'counterpart', 'king', 'emir', 'prince', 'monarch', 'governor', 'mayor', 'commander', 'general', 'author', 'expert', 'analyst', 'scholar',
  'researcher', 'professor', 'journalist', 'editor', 'politician', 'prosecutor', 'judge', 'director', 'founder', 'representative', 'man', 'woman',
]);

/** Nouns for a body that speaks as one: "the Uzbek Foreign Ministry said" is the body (or, unknown, the country it serves). */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'government', 'office', 'service', 'administration', 'cabinet', 'parliament', 'assembly', 'council', 'committee', 'commission',
  'department', 'embassy', 'mission', 'delegation', 'presidency', 'kremlin', 'authority', 'agency', 'party', 'side', 'court', 'military',
  'army', 'command', 'secretariat', 'bureau', 'directorate', 'legislature', 'senate', 'duma', 'leadership', 'spokesperson', 'press',
]);

/** Nouns whose phrase is a stance or proposition: as the object of a stance verb it is what was said ("stressed the need for talks"). */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  'need', 'importance', 'necessity', 'readiness', 'willingness', 'intention', 'commitment', 'hope', 'desire', 'determination', 'resolve',
  'concern', 'position', 'view', 'belief', 'conviction', 'opposition', 'support', 'interest', 'confidence', 'regret', 'satisfaction',
]);
