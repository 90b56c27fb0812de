/** Actors named in a parsed article: the mentions speech and relations read from. */
export { findActors } from './find-actors.js';
export { knownMention, newMention, slug, type Mention, type MentionSource } from './mention.js';
export { titleActors } from './title-actors.js';
export { countryServedBy, heldOn, speakerOwnMentions } from './roles.js';
