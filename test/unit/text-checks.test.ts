/** The language check before parsing, on sentences written for it. */
import { describe, expect, it } from 'vitest';
import { englishShare } from '../../src/extract/text-checks.js';

describe('englishShare', () => {
  it('is high for English news prose and low for other languages', () => {
    expect(
      englishShare(
        'The two presidents met in the capital on Friday and said that they would sign a new agreement on trade by the end of the year.',
      ),
    ).toBeGreaterThan(0.3);
    expect(
      englishShare(
        'Le ministre des affaires étrangères a rencontré son homologue dans la capitale pour parler du commerce et de la coopération régionale entre les deux pays.',
      ),
    ).toBeLessThan(0.12);
    expect(
      englishShare(
        'Министр иностранных дел встретился со своим коллегой в столице, чтобы обсудить торговлю и региональное сотрудничество между двумя странами.',
      ),
    ).toBe(0);
    expect(
      englishShare(
        'Der Präsident sprach mit seinem Amtskollegen über die Lage an der Grenze und über neue Verträge im Bereich der Energie und des Handels.',
      ),
    ).toBeLessThan(0.12);
  });

  it('does not judge a text too short to tell', () => {
    expect(englishShare('Tokayev in Tashkent')).toBeUndefined();
  });
});
