/**
 * The second, low-confidence reading (src/extract/relations/linked-pairs.ts):
 * actors linked by a short dependency path through a predicate the frame
 * lexicon does not list, signed by the predicate's valence class. Read off
 * the real CoreNLP parse, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract.js';

const run = (text: string) => extractText(text, '2024-03-14');

/** the linked reading's drafts: source, sign, target, whether it holds both ways */
const linked = async (text: string) =>
  (await run(text)).relations
    .filter((r) => r.reading.startsWith('linked'))
    .map((r) => [r.source.actorId, Math.sign(r.polarity), r.target.actorId, r.symmetric]);

describe('linked pairs: a verb the lexicon does not list', () => {
  it('reads subject and object, signed by the verb class', async () => {
    expect(await linked("China bankrolled Kyrgyzstan's new power plant.")).toEqual([['china', 1, 'kyrgyzstan', false]]);
    expect(await linked('Russia quietly sidelined Kazakhstan in the grain talks.')).toEqual([
      ['russia', -1, 'kazakhstan', false],
    ]);
    expect(await linked('Turkey compensated Georgia for the pipeline damage.')).toEqual([
      ['turkey', 1, 'georgia', false],
    ]);
  });

  it('reads the prepositional object and the agent of a passive', async () => {
    expect(await linked('Mongolia feuded with China over mining royalties.')).toEqual([
      ['mongolia', -1, 'china', false],
    ]);
    expect(await linked('Tajikistan was outmaneuvered by Uzbekistan in the tender.')).toEqual([
      ['uzbekistan', -1, 'tajikistan', false],
    ]);
    expect(await linked('Armenia was sidelined by Russia during the negotiations.')).toEqual([
      ['russia', -1, 'armenia', false],
    ]);
  });

  it('reads the object of an infinitive with the subject that controls it', async () => {
    expect(await linked('Russia has sought to marginalize Kazakhstan in the grain trade.')).toEqual([
      ['russia', -1, 'kazakhstan', false],
    ]);
    expect(await linked('Turkey tried to placate Azerbaijan with cheap credit.')).toEqual([
      ['turkey', 1, 'azerbaijan', false],
    ]);
  });

  it('pairs coordinated subjects of a reciprocal verb both ways', async () => {
    expect(await linked('Armenia and Azerbaijan bickered over the final communique.')).toEqual([
      ['armenia', -1, 'azerbaijan', true],
    ]);
    expect(await linked('Kazakhstan and Kyrgyzstan squabbled over water quotas.')).toEqual([
      ['kazakhstan', -1, 'kyrgyzstan', true],
    ]);
  });
});

describe('linked pairs: nominal events and stances', () => {
  it('reads a nominal event from its possessor to its "of" or "towards" phrase', async () => {
    expect(await linked("Iran's surveillance of Azerbaijani diplomats continued.")).toEqual([
      ['iran', -1, 'azerbaijan', false],
    ]);
    expect(await linked("China's courtship of Turkmenistan has intensified.")).toEqual([
      ['china', 1, 'turkmenistan', false],
    ]);
  });

  it('gives a neutral noun the sign of what is said of it', async () => {
    expect(await linked("Russia's harsh policies towards Kyrgyz citizens drew protests.")).toEqual([
      ['russia', -1, 'kyrgyzstan', false],
    ]);
    expect(await linked("Japan's generous approach to Mongolia was praised.")).toEqual([
      ['japan', 1, 'mongolia', false],
    ]);
  });

  it('reads both sides of "between A and B" and of a hyphenated pair', async () => {
    expect(await linked('The schism between China and India deepened.')).toEqual([['china', -1, 'india', true]]);
    expect(await linked('The acrimony between Azerbaijan and France escalated.')).toEqual([
      ['azerbaijan', -1, 'france', true],
    ]);
    expect(await linked('Russian-Ukrainian enmity deepened again.')).toEqual([['russia', -1, 'ukraine', true]]);
  });

  it('reads a predicate adjective from its subject to its object', async () => {
    expect(await linked('Armenia has become disenchanted with Russia.')).toEqual([['armenia', -1, 'russia', false]]);
    expect(await linked("Uzbekistan remained cool towards China's overtures.")).toEqual([
      ['uzbekistan', -1, 'china', false],
    ]);
    expect(await linked('Kyrgyzstan has grown disillusioned with Moscow.')).toEqual([
      ['kyrgyzstan', -1, 'russia', false],
    ]);
  });
});

describe('linked pairs: words said or shown, and whom one acts for', () => {
  it('reads a noun of valence under a verb of none as its subject towards the other side', async () => {
    // ("poured scorn on X" is the lexicon's now, read by the frames: relations-breadth.test.ts)
    expect(await linked('Azerbaijan showed irritation at France after the vote.')).toEqual([
      ['azerbaijan', -1, 'france', false],
    ]);
    expect(await linked('Turkmenistan showed goodwill towards Afghanistan by reopening the border.')).toEqual([
      ['turkmenistan', 1, 'afghanistan', false],
    ]);
  });

  it("reads a word said that frames a clause as its subject's", async () => {
    // (a swipe, a jibe or a rebuke is the lexicon's now, read by the frames: relations.test.ts)
    expect(await linked('In a dig at the United States, China said sanctions never work.')).toEqual([
      ['china', -1, 'united-states', false],
    ]);
    expect(await linked('In a jab at Russia, Tokayev said Kazakhstan would stay neutral.')).toEqual([
      ['kassym-jomart-tokayev', -1, 'russia', false],
    ]);
  });

  it('reads acting in the interests or on behalf of another as serving it, whatever the verb', async () => {
    expect(await linked('Critics accuse Pashinyan of acting in the interests of France.')).toEqual([
      ['nikol-pashinyan', 1, 'france', false],
    ]);
    expect(await linked('Lukashenko has governed on behalf of Moscow, opposition leaders say.')).toEqual([
      ['alexander-lukashenko', 1, 'russia', false],
    ]);
    expect(await linked("Critics say the Belarusian government advanced Russia's interests.")).toEqual([
      ['belarus', 1, 'russia', false],
    ]);
  });
});

describe('linked pairs: what one calls another', () => {
  it('reads a disparaging name as criticism, however the parser hangs it', async () => {
    expect(await linked('Azerbaijan branded Armenia an aggressor.')).toEqual([['azerbaijan', -1, 'armenia', false]]);
    expect(await linked("Russia described Moldova's government as a puppet of the West.")).toEqual([
      ['russia', -1, 'moldova', false],
    ]);
    expect(await linked('Lukashenko dismissed the criticism, calling Armenia\'s leadership "immature".')).toEqual([
      ['alexander-lukashenko', -1, 'armenia', false],
    ]);
  });

  it('reads nothing when what is named is no actor or the name says nothing of it', async () => {
    expect(await linked('Erdogan called the summit a success.')).toEqual([]);
    expect(await linked('Tokayev called Japarov on Tuesday.')).toEqual([]);
  });
});

describe('linked pairs: what they do not read', () => {
  it('reads nothing where no predicate of known valence links two actors', async () => {
    expect(await linked("Kazakhstan's economy grew faster than Kyrgyzstan's last year.")).toEqual([]);
    expect(await linked('Tokayev appointed a new ambassador to Germany on Monday.')).toEqual([]);
    expect(await linked('Putin and Tokayev both spoke at the forum.')).toEqual([]);
  });

  it('reads no relation among the attendees of a gathering, nor with a place', async () => {
    expect(await linked('The summit was attended by Mirziyoyev, Tokayev, Japarov and Rahmon.')).toEqual([]);
    expect(await linked('Turkey bankrolled a new stadium in Tbilisi.')).toEqual([]);
  });

  it('reads no relation between a person and the country they serve', async () => {
    expect(await linked("Tokayev bolstered Kazakhstan's border force.")).toEqual([]);
  });

  it('leaves a pair the frames already read to the frames', async () => {
    const x = await run('Germany condemned Russia on Monday.');
    expect(x.relations.map((r) => [r.source.actorId, r.type, r.target.actorId, r.reading])).toEqual([
      ['germany', 'CRITICIZED', 'russia', 'active'],
    ]);
  });

  it('drafts below an analyst filter of 0.6, keeps the word, and gives a quoted reading its speaker', async () => {
    const x = await run('"Russia has bankrolled Belarus for years," Tokayev said.');
    const drafts = x.relations.filter((r) => r.reading.startsWith('linked'));
    expect(drafts.map((r) => [r.source.actorId, r.target.actorId, r.claimant?.actorId, r.kind])).toEqual([
      ['russia', 'belarus', 'kassym-jomart-tokayev', 'bankroll'],
    ]);
    expect(drafts.every((r) => r.confidence < 0.4 && !r.meeting)).toBe(true);
  });
});
