/** The pure identity rules: name parts, spelling-insensitive keys, and when two names are one person. */
import { describe, expect, it } from 'vitest';
import { identify, nameParts, phonetic, type IdentityCandidate } from '../../src/domain/identity.js';

const person = (
  id: string,
  name: string,
  roles: { title: string; of: string }[] = [],
  aliases: string[] = [],
): IdentityCandidate => ({ id, kind: 'Person', name, aliases, roles });

describe('names', () => {
  it('splits titles, given names and surnames with their particles', () => {
    expect(nameParts('Isabelle Van Bruggen')).toEqual({ given: ['isabelle'], surname: 'van bruggen', titled: false });
    expect(nameParts('Van Bruggen')).toEqual({ given: [], surname: 'van bruggen', titled: false });
    expect(nameParts('Kremlin spokesman Dmitry Peskov')).toEqual({
      given: ['dmitry'],
      surname: 'peskov',
      titled: true,
    });
  });

  it('folds the usual romanisation variants together', () => {
    expect(phonetic('Tokayev')).toBe(phonetic('Toqaev'));
    expect(phonetic('Zelensky')).toBe(phonetic('Zelenskyy'));
    expect(phonetic('Zelenskiy')).toBe(phonetic('Zelensky'));
    expect(phonetic('Peskow')).toBe(phonetic('Peskov'));
    expect(phonetic('Aliyev')).not.toBe(phonetic('Pashinyan'));
  });
});

describe('identify', () => {
  const known = [
    person('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', [{ title: 'President', of: 'kazakhstan' }]),
    person('olaf-scholz', 'Olaf Scholz'),
  ];

  it('matches a surname, a title and surname, a variant spelling and an exact alias, each with its confidence', () => {
    expect(identify(person('x', 'Tokayev'), known)).toEqual({
      id: 'kassym-jomart-tokayev',
      method: 'surname',
      confidence: 0.7,
    });
    expect(identify(person('x', 'President Toqaev'), known)).toEqual({
      id: 'kassym-jomart-tokayev',
      method: 'title+surname',
      confidence: 0.75,
    });
    expect(identify(person('x', 'Kassym-Jomart Toqaev'), known)).toEqual({
      id: 'kassym-jomart-tokayev',
      method: 'transliteration',
      confidence: 0.85,
    });
    expect(identify(person('x', 'Herr Scholz', [], ['Olaf Scholz']), known)).toEqual({
      id: 'olaf-scholz',
      method: 'exact',
      confidence: 0.95,
    });
  });

  it('keeps apart different given names, conflicting roles, other kinds and ambiguous surnames', () => {
    expect(identify(person('x', 'Anna Scholz'), known)).toBeNull();
    expect(identify(person('x', 'Tokayev', [{ title: 'Ambassador', of: 'germany' }]), known)).toBeNull();
    expect(identify({ ...person('x', 'Tokayev'), kind: 'Organization' }, known)).toBeNull();
    expect(identify(person('x', 'Scholz'), [...known, person('anna-scholz', 'Anna Scholz')])).toBeNull();
    // A matching role is no conflict.
    expect(identify(person('x', 'Tokayev', [{ title: 'president', of: 'kazakhstan' }]), known)?.id).toBe(
      'kassym-jomart-tokayev',
    );
  });
});
