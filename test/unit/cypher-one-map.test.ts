/**
 * The statements that take their arguments in one map ($args, see paramsForText) must take all of them there: a
 * parameter of its own beside it would be sent nowhere, as the map is all that paramsFor sends.
 */
import { describe, expect, it } from 'vitest';
import { cypher, cypherNames, paramsFor, paramsForText } from '../../src/graph/cypher.js';

const code = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');

describe('statements that take one map of arguments', () => {
  const oneMap = cypherNames('queries').filter((name) => code(cypher(name)).includes('$args.'));

  it('are the ones with a branch per relation type, and read no parameter outside the map', () => {
    expect(oneMap).toEqual([
      'queries/neighbors-of-actors',
      'queries/relation-timeline',
      'queries/relation-timeline-recent',
      'queries/relations-of-actors',
      'queries/shortest-paths',
    ]);
    for (const name of oneMap) expect(code(cypher(name)).match(/\$(?!args\.)\w+/g), name).toBeNull();
  });

  it('get their parameters wrapped in that map; every other statement gets them as they are', () => {
    const params = { ids: ['a', 'b'], first: 3 };
    expect(paramsFor('queries/neighbors-of-actors', params)).toEqual({ args: params });
    expect(paramsFor('queries/actors-by-ids', params)).toBe(params);
    expect(paramsForText('RETURN $args.ids', params)).toEqual({ args: params });
    expect(paramsForText('RETURN $ids', params)).toBe(params);
    expect(paramsForText('// not $args.ids\nRETURN $ids', params)).toBe(params);
  });
});
