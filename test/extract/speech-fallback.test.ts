/**
 * The second pass over direct quotes no reporting verb attributes
 * (src/extract/speech/fallback.ts), on sentences written for these tests,
 * through the real parser: a frame before a colon, a sentence after the
 * quote naming whose words they were, the person the sentence before is
 * about; and what must stay no one's (terms, names and scare quotes).
 */
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../src/extract/speech/index.js';
import { extractText } from '../support/extract.js';

const run = (text: string) => extractText(text, '2024-03-12');
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

/** [speaker id, direct, words] of every quote, in text order */
const said = async (text: string) =>
  (await run(text)).quotes.map((q) => [q.speaker?.actorId ?? null, q.direct, q.text]);

describe('speakers named in the sentence before', () => {
  it('reads the name after a wire dateline as the subject, not the dateline city', async () => {
    expect(
      await said(
        'TBILISI - Georgian Dream chairman Irakli Kobakhidze refused on Friday to call new elections, telling supporters that the protests were paid for from abroad.',
      ),
    ).toContainEqual(['irakli-kobakhidze', false, 'the protests were paid for from abroad']);
    expect(
      await said(
        'MINSK - Belarusian leader Alexander Lukashenko dismissed the sanctions on Tuesday, telling officials that the economy would adapt.',
      ),
    ).toContainEqual(['alexander-lukashenko', false, 'the economy would adapt']);
  });

  it('reads "the organisation" as the one body the sentence before names, not the body heard last, and not when it names two', async () => {
    expect(
      await said(
        'NATO said the exercises would continue.\n\nChatham House published a study of the sanctions on Monday. The organisation said that they had failed.',
      ),
    ).toContainEqual(['chatham-house', false, 'they had failed']);
    expect(
      await said(
        'The European Union said the talks were useful.\n\nChatham House released its annual survey. The group warned that trade routes were shifting south.',
      ),
    ).toContainEqual(['chatham-house', false, 'trade routes were shifting south']);
    expect(
      await said('NATO and Chatham House held a joint seminar. The organisation said that the threat had grown.'),
    ).not.toContainEqual(['chatham-house', false, 'the threat had grown']);
  });

  it('reads "the diplomat" as the person the sentence before introduces in apposition to a role', async () => {
    expect(
      await said(
        'The Russian ambassador to Armenia, Sergey Kopyrkin, gave an interview on Monday. The diplomat said that Moscow would keep its base in Gyumri.',
      ),
    ).toContainEqual(['sergey-kopyrkin', false, 'Moscow would keep its base in Gyumri']);
    expect(
      await said(
        'Lavrov spoke about Iran on Monday.\n\nHis deputy, Mikhail Galuzin, arrived in Baku on Tuesday. The official told reporters that the talks would be difficult.',
      ),
    ).toContainEqual(['mikhail-galuzin', false, 'the talks would be difficult']);
  });
});

describe('every pair of quotation marks in a paragraph', () => {
  it('ends a quote whose mark never closes with its paragraph, and finds the quotes the parser paired its mark with', async () => {
    expect(
      await direct(
        'Aliyev addressed the parliament. "We will never give up our land. The army is ready.\n\nDeputies applauded for several minutes.\n\nLavrov spoke later. “Moscow is ready to mediate between the two sides.”',
      ),
    ).toEqual([
      ['ilham-aliyev', 'We will never give up our land. The army is ready', ATTRIBUTION.recent],
      ['sergey-lavrov', 'Moscow is ready to mediate between the two sides', ATTRIBUTION.named],
    ]);
    expect(
      await direct(
        'Tokayev met the cabinet on Monday. "Prices must be stable by the spring.\n\nThe meeting lasted two hours. Later, Zakharova said: «Our trade with Astana keeps growing every year.»',
      ),
    ).toEqual([
      ['kassym-jomart-tokayev', 'Prices must be stable by the spring', ATTRIBUTION.recent],
      ['maria-zakharova', 'Our trade with Astana keeps growing every year', ATTRIBUTION.named],
    ]);
  });

  it('still runs a quote on into a paragraph that opens with a quotation mark', async () => {
    expect(
      await direct(
        '"The talks were hard. We did not agree on everything.\n\n"But we will meet again in May," Pashinyan said.',
      ),
    ).toEqual([
      ['nikol-pashinyan', 'The talks were hard. We did not agree on everything', ATTRIBUTION.named],
      ['nikol-pashinyan', 'But we will meet again in May', ATTRIBUTION.named],
    ]);
  });

  it('does not take a name in a pair of marks the parser missed for a quote', async () => {
    expect(
      await direct(
        'Kobakhidze spoke to supporters. "Our path is set and we will not leave it.\n\nThe party later passed the "Transparency of Foreign Influence Act" in parliament.',
      ),
    ).not.toContainEqual(expect.arrayContaining(['Transparency of Foreign Influence Act']));
  });
});

describe('reported clauses of verbs of telling, reasoning and awareness', () => {
  it('reads the clause of telling someone so that they know ("reassured", "notified")', async () => {
    expect(await said('Tokayev reassured foreign banks that their deposits were safe.')).toEqual([
      ['kassym-jomart-tokayev', false, 'their deposits were safe'],
    ]);
    expect(await said('Lavrov notified his counterparts that Moscow would skip the meeting.')).toEqual([
      ['sergey-lavrov', false, 'Moscow would skip the meeting'],
    ]);
  });

  it('reads the clause of grasping, assuming or worrying that something is so', async () => {
    expect(await said('Aliyev realizes that the region needs a lasting settlement.')).toEqual([
      ['ilham-aliyev', false, 'the region needs a lasting settlement'],
    ]);
    expect(await said('Pashinyan has long worried that the peace process could collapse before the summer.')).toEqual([
      ['nikol-pashinyan', false, 'the peace process could collapse before the summer'],
    ]);
    expect(await said('Mirziyoyev recognized that the border markets had been neglected.')).toEqual([
      ['shavkat-mirziyoyev', false, 'the border markets had been neglected'],
    ]);
  });

  it('reads the clause of reasoning and of contesting ("reasoned", "disputed")', async () => {
    expect(await said('Zakharova reasoned that no sanctions could last forever.')).toEqual([
      ['maria-zakharova', false, 'no sanctions could last forever'],
    ]);
    expect(await said('Peskov disputed that the convoy had been carrying weapons.')).toEqual([
      ['dmitry-peskov', false, 'the convoy had been carrying weapons'],
    ]);
  });

  it('reads nothing from these verbs with only a noun object, nor without an actor to hold the view', async () => {
    expect(await said('Tokayev understands the concerns of the farmers.')).toEqual([]);
    expect(await said('Aliyev recognized the courage of the rescuers.')).toEqual([]);
    expect(await said('It is widely assumed that the vote will be postponed.')).toEqual([]);
  });
});

describe('"according to X" with a quoted predicate', () => {
  it("reads the clause as the source's report when its predicate is a quoted fragment, beside the direct quote", async () => {
    expect(await said('According to Lavrov, the talks with Baku were “open and useful”.')).toEqual([
      ['sergey-lavrov', false, 'the talks with Baku were “open and useful”'],
      ['sergey-lavrov', true, 'open and useful'],
    ]);
    expect(await said('The new pipeline will be “ready before the winter”, according to Aliyev.')).toContainEqual([
      'ilham-aliyev',
      false,
      'The new pipeline will be “ready before the winter”',
    ]);
  });

  it('reads no report from "according to" inside the quote itself', async () => {
    const x = await said('“Trade has grown by a third, according to our figures,” Tokayev said.');
    expect(x.filter((q) => q[1] === false)).toEqual([]);
  });
});

describe('a verdict or "these words" around a quote', () => {
  it('gives a quote to the owner of the verdict or reaction the sentence before has as its subject', async () => {
    expect(
      await direct('The reaction from Moscow was swift. “Any new base in the region will be seen as a threat to us.”'),
    ).toEqual([['russia', 'Any new base in the region will be seen as a threat to us', ATTRIBUTION.clause]]);
    expect(
      await direct(
        'Lavrov said the talks had gone well. Baku’s response was cooler. “Nothing has been agreed until everything is agreed.”',
      ),
    ).toContainEqual(['azerbaijan', 'Nothing has been agreed until everything is agreed', ATTRIBUTION.clause]);
  });

  it('gives a quote to whom the sentence right after it names as having said "this" or "these words"', async () => {
    expect(
      await direct(
        '“Our door stays open to every neighbour who respects our borders.”\n\nWith these words, Tokayev opened the summit in Astana.',
      ),
    ).toEqual([
      ['kassym-jomart-tokayev', 'Our door stays open to every neighbour who respects our borders', ATTRIBUTION.clause],
    ]);
    expect(
      await direct('“The era of cheap gas is over for everyone.” These words were spoken by Aliyev in Baku on Monday.'),
    ).toEqual([['ilham-aliyev', 'The era of cheap gas is over for everyone', ATTRIBUTION.clause]]);
    expect(
      await direct('“We will not sign anything under pressure.” Pashinyan said this at a briefing in Yerevan.'),
    ).toEqual([['nikol-pashinyan', 'We will not sign anything under pressure', ATTRIBUTION.clause]]);
  });

  it('does not take a reaction without an owner, or "these" about something else, for an attribution', async () => {
    expect(await direct('The reaction was swift. “Any new base in the region will be seen as a threat.”')).toEqual([
      [null, 'Any new base in the region will be seen as a threat', 0],
    ]);
    expect(
      await direct('“The era of cheap gas is over for everyone.”\n\nThese prices, Aliyev noted, were set in 2019.'),
    ).not.toContainEqual(['ilham-aliyev', 'The era of cheap gas is over for everyone', ATTRIBUTION.clause]);
  });
});

describe('armed services and bodies as speakers', () => {
  it('reads an armed service as the country it serves', async () => {
    expect(await said('“Two missiles were intercepted over the sea overnight,” the Ukrainian air force said.')).toEqual(
      [['ukraine', true, 'Two missiles were intercepted over the sea overnight']],
    );
    expect(await said('“Three boats crossed the line at night,” the Georgian border guard said.')).toEqual([
      ['georgia', true, 'Three boats crossed the line at night'],
    ]);
  });

  it('does not read "the organisation" as a country heard before', async () => {
    expect(
      await said('Kazakhstan said the border would reopen.\n\nThe organisation said that the survey had been delayed.'),
    ).not.toContainEqual(['kazakhstan', false, 'the survey had been delayed']);
  });
});

describe('titles in quotation marks', () => {
  it('gives no one a long title in quotation marks, whoever spoke before', async () => {
    expect(
      await direct(
        'Tokayev said the reforms would go on.\n\nHis book “The Steppe and the Sea: Notes of a Diplomat on the Caspian” was published in 2019.',
      ),
    ).toEqual([[null, 'The Steppe and the Sea: Notes of a Diplomat on the Caspian', 0]]);
    expect(
      await direct(
        'Lavrov spoke at the forum.\n\nThe documentary “Ten Days That Changed the Map of the Caucasus” opened in Baku.',
      ),
    ).toEqual([[null, 'Ten Days That Changed the Map of the Caucasus', 0]]);
  });
});

describe('terms in quotation marks inside a clause that reports nothing', () => {
  it('gives a term of a word or two no speaker, and keeps the clause subject for a quoted phrase that reads as speech', async () => {
    expect(await direct('Ankara sells the dream of a "Turkic world" to its neighbours.')).toEqual([
      [null, 'Turkic world', 0],
    ]);
    expect(await direct('Turkmenistan clings to its policy of "permanent neutrality" and joins no bloc.')).toEqual([
      [null, 'permanent neutrality', 0],
    ]);
    // a reporting verb still gives a short fragment its speaker
    expect(
      await direct('Tokayev told the forum that his country would never become a "buffer" between blocs.'),
    ).toEqual([['kassym-jomart-tokayev', 'buffer', ATTRIBUTION.named]]);
  });
});

describe('an inverted attribution after a quote the parser runs into it', () => {
  it('takes the name after "says" when the parser made a word of the quote its subject', async () => {
    expect(
      await direct(
        '"The border is quiet, but the mood it rests on is fragile," says Anar Mammadov, an analyst at the Baku Policy Centre. "Nobody on either side trusts the other."',
      ),
    ).toEqual([
      ['anar-mammadov', 'The border is quiet, but the mood it rests on is fragile', ATTRIBUTION.named],
      ['anar-mammadov', 'Nobody on either side trusts the other', ATTRIBUTION.continued],
    ]);
    expect(
      await direct(
        '"The talks have not failed, but the trust they were built on is gone," says Armen Petrosyan, a fellow at the Yerevan Policy Forum.',
      ),
    ).toEqual([
      ['armen-petrosyan', 'The talks have not failed, but the trust they were built on is gone', ATTRIBUTION.named],
    ]);
  });
});

describe('a verbless heading or a "for X" frame before a colon', () => {
  it('gives the quote to the person a verbless clause before the colon names, or the one a clause is said for', async () => {
    expect(await direct('Lavrov on the talks: "Nothing has been agreed yet."')).toEqual([
      ['sergey-lavrov', 'Nothing has been agreed yet', ATTRIBUTION.clause],
    ]);
    expect(await direct('Tokayev on water: "Our rivers are shared, and so is the responsibility."')).toEqual([
      ['kassym-jomart-tokayev', 'Our rivers are shared, and so is the responsibility', ATTRIBUTION.clause],
    ]);
    expect(await direct('For Pashinyan, the choice is simple: "Armenia needs peace more than anything else."')).toEqual(
      [['nikol-pashinyan', 'Armenia needs peace more than anything else', ATTRIBUTION.clause]],
    );
    // no person before the colon: no one's
    expect(await direct('The agenda for Friday: "Energy, transport and security."')).toEqual([
      [null, 'Energy, transport and security', 0],
    ]);
    expect(await direct('Three questions for the summit: "Who pays, who builds and who decides?"')).toEqual([
      [null, 'Who pays, who builds and who decides?', 0],
    ]);
  });
});
