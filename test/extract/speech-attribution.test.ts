/**
 * Attribution mechanisms that fail on unseen text more than on the articles
 * the rules were written against: reported clauses the parser breaks apart,
 * speakers named only by a description, and quotes whose speaker is unknown.
 * Sentences written for these tests, through the real parser (CoreNLP).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract.js';

const run = (text: string) => extractText(text, '2024-03-12');
/** [speaker id, direct, words] of every quote, in text order */
const said = async (text: string) =>
  (await run(text)).quotes.map((q) => [q.speaker?.actorId ?? null, q.direct, q.text]);

describe('reported clauses without "that" the parser splits into an object and a verb', () => {
  it('reads the object and the finite verb after it as the clause, whatever the reporting verb', async () => {
    expect(await said('Lavrov insisted the West had no right to dictate terms.')).toEqual([
      ['sergey-lavrov', false, 'the West had no right to dictate terms'],
    ]);
    expect(await said('Zakharova recalled the negotiations failed in the spring.')).toEqual([
      ['maria-zakharova', false, 'the negotiations failed in the spring'],
    ]);
    expect(await said('Tokayev, speaking in Almaty, conceded the reforms moved too slowly.')).toEqual([
      ['kassym-jomart-tokayev', false, 'the reforms moved too slowly'],
    ]);
  });

  it('reads a clause right after the hearer as what the hearer was told', async () => {
    expect(await said('Japarov assured diplomats the border will stay open.')).toEqual([
      ['sadyr-japarov', false, 'the border will stay open'],
    ]);
    expect(await said('Pashinyan, visiting Gyumri, told parliament the army is ready.')).toEqual([
      ['nikol-pashinyan', false, 'the army is ready'],
    ]);
  });

  it('reads no clause where the object is all that was acted on', async () => {
    expect(await said('Lavrov recalled the ambassador from Chisinau on Monday.')).toEqual([]);
    expect(await said('Zakharova denied the accusations published by the newspaper.')).toEqual([]);
  });
});
