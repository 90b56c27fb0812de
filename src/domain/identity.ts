/**
 * One identity per actor: whether an actor an article introduces is one the
 * graph already holds. Pure rules, no I/O. A surname alone ("Van Bruggen"),
 * a title and a surname ("President Tokayev") or a transliteration variant
 * (Toqaev, Zelenskyy, Peskow) is the same person as the full name, unless
 * both sides carry roles and none agree, or both carry given names that
 * differ. An ambiguous match (two people fit equally) is no match.
 */
import { nameKey } from './names.js';

/** Words that precede a name without being part of it, as folded by nameKey. */
const TITLES = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'foreign',
  'defence',
  'defense',
  'interior',
  'economy',
  'finance',
  'deputy',
  'chancellor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'senator',
  'secretary',
  'general',
  'gen.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'sir',
  'adviser',
  'advisor',
  'aide',
  'presidential',
  'policy',
  'head',
  'king',
  'queen',
  'prince',
  'sheikh',
  'professor',
  'prof.',
  'reporter',
  'analyst',
  'kremlin',
  'state',
]);
/** Name particles that belong to the surname: Isabelle *Van Bruggen*. */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'ter',
  'ten',
  'dos',
  'das',
  'del',
]);

interface NameParts {
  given: string[];
  surname: string;
  /** a title preceded the name */
  titled: boolean;
}

export function nameParts(name: string): NameParts {
  const tokens = nameKey(name)
    .split(' ')
    .filter((t) => t.length > 0);
  let titled = false;
  while (tokens.length > 1 && TITLES.has(tokens[0]!)) {
    tokens.shift();
    titled = true;
  }
  let start = tokens.length - 1;
  while (start > 0 && PARTICLES.has(tokens[start - 1]!)) start -= 1;
  // "Van" opening a two-word name is a particle only when a given name precedes it
  return { given: tokens.slice(0, start), surname: tokens.slice(start).join(' '), titled };
}

/**
 * A spelling-insensitive key: the common variants of romanised Russian,
 * Kazakh and Ukrainian names fold together (Tokayev/Toqaev/Tokaev,
 * Zelensky/Zelenskyy/Zelenskiy, Peskov/Peskow), as do diacritics and doubled letters.
 */
export function phonetic(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/dzh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/iy\b/g, 'y')
    .replace(/ij\b/g, 'y')
    .replace(/ye/g, 'e')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key candidates are looked up by: the spelling-insensitive surname. */
export const surnameKey = (name: string): string => phonetic(nameParts(name).surname);

interface RoleRef {
  title: string;
  of: string;
}

export interface IdentityCandidate {
  id: string;
  kind: string;
  name: string;
  aliases: readonly string[];
  roles: readonly RoleRef[];
}

export type IdentityMethod = 'exact' | 'transliteration' | 'title+surname' | 'surname';
const METHOD_CONFIDENCE: Record<IdentityMethod, number> = {
  exact: 0.95,
  transliteration: 0.85,
  'title+surname': 0.75,
  surname: 0.7,
};

interface Identification {
  id: string;
  method: IdentityMethod;
  confidence: number;
}

const roleKey = (r: RoleRef): string => `${nameKey(r.title)}|${r.of}`;

function rolesConflict(a: readonly RoleRef[], b: readonly RoleRef[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const keys = new Set(a.map(roleKey));
  return !b.some((r) => keys.has(roleKey(r)));
}

function methodFor(newName: string, knownName: string, kind: string): IdentityMethod | null {
  if (nameKey(newName) === nameKey(knownName)) return 'exact';
  if (phonetic(newName) === phonetic(knownName)) return 'transliteration';
  if (kind !== 'Person') return null;
  const a = nameParts(newName);
  const b = nameParts(knownName);
  if (a.surname === '' || phonetic(a.surname) !== phonetic(b.surname)) return null;
  if (a.given.length > 0 && b.given.length > 0) {
    // Both give a first name: the same person only if they agree (an initial agrees with its name).
    const [x, y] = [phonetic(a.given[0]!), phonetic(b.given[0]!)];
    const agree = x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
    return agree ? 'transliteration' : null;
  }
  if (a.given.length === 0 && b.given.length === 0) return a.titled || b.titled ? 'title+surname' : 'transliteration';
  return a.titled || b.titled ? 'title+surname' : 'surname';
}

/** The actor already known that this new one is, or null (no match, or an ambiguous one). */
export function identify(actor: IdentityCandidate, known: readonly IdentityCandidate[]): Identification | null {
  let best: Identification | null = null;
  let tie = false;
  for (const k of known) {
    if (k.id === actor.id || k.kind !== actor.kind || rolesConflict(actor.roles, k.roles)) continue;
    let method: IdentityMethod | null = null;
    for (const mine of [actor.name, ...actor.aliases]) {
      for (const theirs of [k.name, ...k.aliases]) {
        const m = methodFor(mine, theirs, actor.kind);
        if (m !== null && (method === null || METHOD_CONFIDENCE[m] > METHOD_CONFIDENCE[method])) method = m;
      }
    }
    if (method === null) continue;
    const confidence = METHOD_CONFIDENCE[method];
    if (best === null || confidence > best.confidence) {
      best = { id: k.id, method, confidence };
      tie = false;
    } else if (confidence === best.confidence && k.id !== best.id) tie = true;
  }
  return tie ? null : best;
}
