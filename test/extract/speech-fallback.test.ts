/**
 * The second pass over direct quotes no reporting verb attributes
 * (src/extract/speech/fallback.ts), on sentences written for these tests,
 * through the real parser: a frame before a colon, a sentence after the
 * quote naming whose words they were, the person the sentence before is
 * about; and what must stay no one's (terms, names and scare quotes).
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { extract } from '../../src/extract/extractor.js';
import { ATTRIBUTION } from '../../src/extract/speech/index.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { openParser } from '../../src/nlp/parser.js';

const gazetteer = loadGazetteer();
const parser = openParser(loadConfig());
const run = (text: string) =>
  extract(
    { url: null, outlet: 'Test Wire', publishedAt: '2024-03-12', author: null, title: 'Test', text },
    gazetteer,
    parser,
  );
/** [speaker id, words, confidence] of every direct quote, in text order */
const direct = async (text: string) =>
  (await run(text)).quotes.filter((q) => q.direct).map((q) => [q.speaker?.actorId ?? null, q.text, q.confidence]);

describe('direct quotes without a reporting verb', () => {
  it('gives a quote after a colon to the subject of the clause before it, or to whose words that subject is', async () => {
    expect(await direct('Lavrov was blunt: “Nobody will dictate our foreign policy to us.”')).toEqual([
      ['sergey-lavrov', 'Nobody will dictate our foreign policy to us', ATTRIBUTION.clause],
    ]);
    expect(
      await direct('Pashinyan had a short answer for his critics: “We chose peace, and we will keep it.”'),
    ).toEqual([['nikol-pashinyan', 'We chose peace, and we will keep it', ATTRIBUTION.clause]]);
    expect(
      await direct(
        'Zakharova looked tired at the briefing.\n\nHer verdict was harsh: “The sanctions have failed again.”',
      ),
    ).toEqual([['maria-zakharova', 'The sanctions have failed again', expect.any(Number)]]);
  });

  it('gives a quote to the speaker a demonstrative sentence right after it names', async () => {
    expect(
      await direct('“Borders cannot be redrawn by force.” That was the message of Tokayev at the summit in Astana.'),
    ).toEqual([['kassym-jomart-tokayev', 'Borders cannot be redrawn by force', ATTRIBUTION.clause]]);
    expect(await direct('“Our patience is not endless.” These were the words of Zakharova on Thursday.')).toEqual([
      ['maria-zakharova', 'Our patience is not endless', ATTRIBUTION.clause],
    ]);
  });

  it('gives a quote to the one person the sentence before is about, with the lowest confidence', async () => {
    expect(
      await direct('Erdogan sounded optimistic after the talks. “We are closer to a ceasefire than ever before.”'),
    ).toEqual([['recep-tayyip-erdogan', 'We are closer to a ceasefire than ever before', ATTRIBUTION.recent]]);
    expect(
      await direct(
        'Russia has accused Yerevan of ingratitude.\n\nPashinyan met the press in Yerevan. He looked tired but calm. “Armenia owes nobody an apology for its choices.”',
      ),
    ).toEqual([['nikol-pashinyan', 'Armenia owes nobody an apology for its choices', ATTRIBUTION.recent]]);
  });

  it('leaves a quote no one after a sentence about several people, about someone silent, or about a deed in a paragraph before', async () => {
    expect(
      await direct(
        'The talks between Lavrov and Bayramov ended late at night.\n\n“There is still no deal on the corridor.”',
      ),
    ).toEqual([[null, 'There is still no deal on the corridor', 0]]);
    expect(await direct('Lavrov refused to answer questions. “The corridor will be opened next year.”')).toEqual([
      [null, 'The corridor will be opened next year', 0],
    ]);
    expect(await direct('Bayramov flew to Tehran on Monday.\n\n“The corridor will be opened next year.”')).toEqual([
      [null, 'The corridor will be opened next year', 0],
    ]);
  });

  it('gives no one a term, a name or a scare quote of a word or two, whoever spoke before', async () => {
    const x = await direct(
      'Lavrov said the talks had been useful.\n\nThe so-called “peace formula” was not discussed. The “reset” with Washington has stalled.',
    );
    expect(x).toEqual([
      [null, 'peace formula', 0],
      [null, 'reset', 0],
    ]);
    // a law's name in quotation marks is no quote at all
    expect(await direct('Zakharova spoke in Moscow. The “Foreign Agents Law” took effect in June.')).toEqual([]);
    // a nickname a crowd gives is its words, not the last speaker's
    expect(
      await direct(
        'Tokayev said the vote was fair.\n\nIn Almaty, the new parliament is already known as the “Rubber Stamp”.',
      ),
    ).toEqual([]);
  });
});
