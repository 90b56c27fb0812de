/**
 * The surface engine's name for actor mentions; actors are now read from
 * the parse in ./actors/. Kept only until speech.ts and relations.ts, which
 * import the type from here, are replaced.
 */
export type { Mention } from './actors/mention.js';
