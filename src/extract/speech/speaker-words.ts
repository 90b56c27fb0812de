/**
 * Words that say who speaks, or who does not: verbs that put their subject
 * after them, nouns for a body named before, for people a report does not
 * name, for parties speaking together, for what a body issues, platforms
 * that carry words, first-person pronouns, roles that speak for no state,
 * and the kinds of actor that speak at all.
 */
/** Phrase parts that name someone other than the head: relative clauses, participles, and what the head is "of" or "to". */
export const NOT_THE_HEAD = new Set(['acl', 'acl:relcl', 'nmod', 'appos', 'conj', 'cc', 'dep']);
/** say-verbs that take no noun object, so a name after them is their subject put after the verb */
export const INVERTING = new Set([
  'say',
  'add',
  'write',
  'state',
  'declare',
  'note',
  'continue',
  'explain',
  'stress',
  'insist',
  'argue',
  'conclude',
  'reply',
  'respond',
  'answer',
  'remark',
  'comment',
  'tweet',
  'post',
  'warn',
  'recall',
  'ask',
  'retort',
  'quip',
  'exclaim',
  'concede',
  'admit',
  'acknowledge',
  'observe',
  'suggest',
  'claim',
  'counter',
  'emphasise',
  'emphasize',
  'specify',
]);
/** nouns for a body named before: "the company said" */
export const BODY_NOUNS = new Set([
  'company',
  'firm',
  'bank',
  'group',
  'organisation',
  'organization',
  'corporation',
  'operator',
  'producer',
  'alliance',
  'bloc',
  'union',
  'association',
  'fund',
]);
/** people a report does not name, known only by whom they serve: "a source close to the Kremlin", "an official in Astana" */
export const ANONYMOUS_NOUNS = new Set([
  'source',
  'official',
  'insider',
  'diplomat',
  'aide',
  'person',
  'people',
  'officer',
]);
/** plural nouns for parties that speak together: "the sides agreed", "both countries said" */
export const JOINT_NOUNS = new Set(['side', 'party', 'country', 'nation', 'state', 'government', 'delegation']);
/** what a body issues of its own: unlike "the report" or "the article", no one else's writing about it */
export const RELEASE_NOUNS = new Set([
  'statement',
  'communique',
  'communiqué',
  'declaration',
  'announcement',
  'release',
  'readout',
  'notice',
]);
/** where words are posted, not who says them */
export const PLATFORMS: ReadonlySet<string> = new Set([
  'telegram',
  'x',
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'vkontakte',
  'vk',
  'tiktok',
  'whatsapp',
  'truth social',
  'linkedin',
]);
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
/** roles that speak for no state: "a German journalist asked" is no question of Germany's */
export const OWN_VOICE_ROLES: ReadonlySet<string> = new Set([
  'journalist',
  'reporter',
  'correspondent',
  'editor',
  'author',
  'expert',
  'analyst',
  'scholar',
  'researcher',
  'professor',
  'economist',
  'historian',
  'commentator',
  'politician',
  'man',
  'woman',
]);
export const SPEAKING_KINDS = new Set(['Person', 'Country', 'Organization', 'Media']);
