/**
 * Direct speech printed without quotation marks (src/extract/speech/transcript.ts),
 * on texts written for these tests, through the real parser: interview turns
 * labelled with a colon, a dash or a full stop, dashed dialogue, a speaker's
 * label alone on its line, live-blog entries after a time stamp; and what must
 * stay no one's (datelines, a name's parenthesis, dashed lists, a chronology).
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract.js';

const run = (text: string) => extractText(text, '2024-03-12');
/** [speaker id, direct, words] of every quote, in text order */
const said = async (text: string) =>
  (await run(text)).quotes.map((q) => [q.speaker?.actorId ?? null, q.direct, q.text]);

describe('interviews and transcripts without quotation marks', () => {
  it('reads interview turns labelled with a dash or a full stop, the answers the interviewee’s', async () => {
    expect(
      await said(
        'Azerbaijani Foreign Minister Jeyhun Bayramov took our questions in Baku.\n\nQ — Is a peace deal possible this year?\n\nA — It is possible if Yerevan keeps its word.\n\nQ — What about the mediators?\n\nA — We prefer direct talks.',
      ),
    ).toEqual([
      ['jeyhun-bayramov', true, 'It is possible if Yerevan keeps its word'],
      ['jeyhun-bayramov', true, 'We prefer direct talks'],
    ]);
    expect(
      await said(
        'We met Kyrgyz President Sadyr Japarov in Bishkek.\n\nQ. Will the new dam be built?\n\nA. Construction starts next year. The money is found.\n\nQ. Who pays for it?\n\nA. Our partners in the region share the cost.',
      ),
    ).toEqual([
      ['sadyr-japarov', true, 'Construction starts next year. The money is found'],
      ['sadyr-japarov', true, 'Our partners in the region share the cost'],
    ]);
  });

  it('reads a surname in capitals before a dash as the speaker, and a label alone on its line as the next paragraph’s', async () => {
    expect(
      await said(
        'Georgian Prime Minister Irakli Kobakhidze answered questions from the weekly.\n\nWEEKLY — Will Georgia join the EU?\n\nKOBAKHIDZE — Georgia will join on its own terms.\n\nWEEKLY — When?\n\nKOBAKHIDZE — By the end of the decade.',
      ),
    ).toEqual([
      ['irakli-kobakhidze', true, 'Georgia will join on its own terms'],
      ['irakli-kobakhidze', true, 'By the end of the decade'],
    ]);
    expect(
      await said(
        'Kremlin spokesman Dmitry Peskov spoke to reporters on Friday.\n\nPESKOV:\nThe President has no plans to travel this month.\n\nQUESTION:\nAnd in April?\n\nPESKOV:\nWe will let you know.',
      ),
    ).toEqual([
      ['dmitry-peskov', true, 'The President has no plans to travel this month'],
      ['dmitry-peskov', true, 'We will let you know'],
    ]);
  });

  it('reads dashed turns of an interview that opens with a question as question and answer in turn', async () => {
    expect(
      await said(
        'Tajik President Emomali Rahmon received our correspondent in Dushanbe.\n\n— Mr President, how are relations with Kyrgyzstan?\n\n— They are better than ever. The border is settled.\n\n— And with Afghanistan?\n\n— We watch the situation closely.',
      ),
    ).toEqual([
      ['emomali-rahmon', true, 'They are better than ever. The border is settled'],
      ['emomali-rahmon', true, 'We watch the situation closely'],
    ]);
  });

  it('reads a live blog’s labelled entries after their time stamps, and ends a turn at an unlabelled entry', async () => {
    expect(
      await said(
        'Follow the summit in Bishkek live.\n\n09:40 Japarov: Welcome to Kyrgyzstan, dear friends.\n\n09:55 Tokayev: Kazakhstan thanks its hosts.\n\n10:10 The leaders pose for a family photo.',
      ),
    ).toEqual([
      ['sadyr-japarov', true, 'Welcome to Kyrgyzstan, dear friends'],
      ['kassym-jomart-tokayev', true, 'Kazakhstan thanks its hosts'],
    ]);
  });

  it('gives the questions labelled with the name of the outlet named before to the outlet', async () => {
    const x = await run(
      'Moldovan President Maia Sandu gave an interview to Danube Courier in Chisinau.\n\nDanube Courier: Will Moldova close its airspace?\n\nSandu: We are not at war with anyone.\n\nDanube Courier: And the gas contract?\n\nSandu: It expires in December.',
    );
    const lines = x.quotes.map((q) => [q.speaker?.surface ?? null, q.text]);
    expect(lines).toEqual([
      [expect.stringMatching(/Danube Courier/), 'Will Moldova close its airspace?'],
      [expect.stringMatching(/Sandu/), 'We are not at war with anyone'],
      [expect.stringMatching(/Danube Courier/), 'And the gas contract?'],
      [expect.stringMatching(/Sandu/), 'It expires in December'],
    ]);
  });

  it('reads a label with the person’s role after a comma, but not a caption of a place or a relative clause', async () => {
    expect(
      await said(
        'Maria Zakharova, Russian Foreign Ministry spokeswoman: We have seen the statement from Baku. It changes nothing.\n\nQuestion: Will Moscow send observers?\n\nMaria Zakharova, Russian Foreign Ministry spokeswoman: That decision has not been taken.',
      ),
    ).toEqual([
      ['maria-zakharova', true, 'We have seen the statement from Baku. It changes nothing'],
      ['maria-zakharova', true, 'That decision has not been taken'],
    ]);
    expect(
      await said(
        'Dmitry Peskov, Kremlin spokesman: There will be no comment today.\n\nQuestion: Why not?\n\nPeskov: Because the talks are still going on.',
      ),
    ).toEqual([
      ['dmitry-peskov', true, 'There will be no comment today'],
      ['dmitry-peskov', true, 'Because the talks are still going on'],
    ]);
    expect(
      await said(
        'Moscow, Russia’s capital: a city of twelve million people.\n\nAstana, Kazakhstan’s capital: a city of one million people.\n\nLavrov, who arrived late: a detail the hosts noticed.\n\nTokayev, who spoke first: a long speech on water.',
      ),
    ).toEqual([]);
  });

  it('reads the paragraphs after each labelled question as the answer when answers have no label', async () => {
    expect(
      await said(
        'Uzbek Foreign Minister Bakhtiyor Saidov spoke to our correspondent in Tashkent.\n\nQ: How do you see the new water agreement?\n\nIt is a fair deal for all five countries. Nobody lost.\n\nQ: And the canal in Afghanistan?\n\nWe are worried about it.\n\nWe raised this with the authorities in Kabul.',
      ),
    ).toEqual([
      ['bakhtiyor-saidov', true, 'It is a fair deal for all five countries. Nobody lost'],
      ['bakhtiyor-saidov', true, 'We are worried about it'],
      ['bakhtiyor-saidov', true, 'We raised this with the authorities in Kabul'],
    ]);
    expect(
      await said(
        'We talked to Georgian President Salome Zourabichvili in Tbilisi.\n\nQuestion: Is Georgia still on the road to Europe?\n\nYes. The people have chosen Europe.\n\nQuestion: Will you stay in office?\n\nI will stay until the people decide otherwise.',
      ),
    ).toEqual([
      ['salome-zourabichvili', true, 'Yes. The people have chosen Europe'],
      ['salome-zourabichvili', true, 'I will stay until the people decide otherwise'],
    ]);
    // one question answered is a reader's question, not an interview
    expect(
      await said(
        'A reader asked us about the new visa rules.\n\nQ: Do I need a visa to visit Kazakhstan?\n\nNo visa is needed for stays of up to thirty days.',
      ),
    ).toEqual([]);
  });

  it('leaves an unlabelled question right before a speaker’s line to the interviewer', async () => {
    expect(
      await said(
        'Armenian Foreign Minister Ararat Mirzoyan spoke to our newspaper.\n\nMirzoyan: The freeze is a fact. We did not decide it in a hurry.\n\nWhat did you ask Brussels for?\n\nMirzoyan: We discussed visas and the monitoring mission.\n\nWill you see Bayramov again this year?\n\nMirzoyan: I hope so.',
      ),
    ).toEqual([
      ['ararat-mirzoyan', true, 'The freeze is a fact. We did not decide it in a hurry'],
      ['ararat-mirzoyan', true, 'We discussed visas and the monitoring mission'],
      ['ararat-mirzoyan', true, 'I hope so'],
    ]);
    // a paragraph of the speaker's own that asks and answers is still theirs
    expect(
      await said(
        'Putin: We are ready for talks.\n\nWho benefits from this war? Not Russia.\n\nTokayev: Kazakhstan supports every effort for peace.',
      ),
    ).toEqual([
      ['vladimir-putin', true, 'We are ready for talks'],
      ['vladimir-putin', true, 'Who benefits from this war? Not Russia'],
      ['kassym-jomart-tokayev', true, 'Kazakhstan supports every effort for peace'],
    ]);
  });

  it('reads no speech in datelines, a name’s parenthesis, a dashed list or a chronology', async () => {
    expect(
      await said(
        'ASTANA — The foreign ministers met on Monday.\n\nLavrov — who arrived late — did not comment.\n\nPutin: Our ties are strong.\n\nTokayev: They are.\n\nBayramov — Azerbaijan’s foreign minister — left early.',
      ),
    ).toEqual([
      ['vladimir-putin', true, 'Our ties are strong'],
      ['kassym-jomart-tokayev', true, 'They are'],
    ]);
    expect(
      await said(
        'The plan has three parts:\n\n— New roads to the border.\n\n— A customs post at Dostyk.\n\n— Training for officers.\n\n08:00 — The talks begin.\n\n12:30 — Lavrov leaves the building.',
      ),
    ).toEqual([]);
  });
});
