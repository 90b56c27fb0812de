/**
 * Speech readings (src/extract/speech/) on sentences written for these
 * tests, through the real parser (CoreNLP) and the whole extractor: direct
 * quotes and their spans, reported speech, and the speaker from the shape
 * of the attribution, with its confidence.
 */
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../src/extract/speech/index.js';
import { extractText } from '../support/extract.js';

const run = (text: string) => extractText(text, '2024-03-12');
/** [speaker id, direct, words] of every quote, in text order */
const said = async (text: string) =>
  (await run(text)).quotes.map((q) => [q.speaker?.actorId ?? null, q.direct, q.text]);

describe('direct quotes', () => {
  it('takes the speaker from the subject of the reporting verb, before or after the quote, inverted or not', async () => {
    expect(await said('“Our borders are not for sale,” Aliyev said on Tuesday.')).toEqual([
      ['ilham-aliyev', true, 'Our borders are not for sale'],
    ]);
    expect(await said('Lavrov told the assembled reporters: “The door to dialogue stays open.”')).toEqual([
      ['sergey-lavrov', true, 'The door to dialogue stays open'],
    ]);
    expect(await said('“Grain ships will sail again before winter,” said Erdogan.')).toEqual([
      ['recep-tayyip-erdogan', true, 'Grain ships will sail again before winter'],
    ]);
  });

  it('keeps a quote of several sentences whole, and carries its speaker to the next quote paragraph', async () => {
    const x = await run(
      '"Fuel prices must come down. Families cannot wait any longer," Tokayev said.\n\n"We will act within weeks, not months."',
    );
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.text, q.confidence])).toEqual([
      ['kassym-jomart-tokayev', 'Fuel prices must come down. Families cannot wait any longer', ATTRIBUTION.named],
      ['kassym-jomart-tokayev', 'We will act within weeks, not months', ATTRIBUTION.continued],
    ]);
  });

  it('keeps a quote whole around a quote nested in the same marks', async () => {
    expect(await said('“The era of “special relations” with Moscow is over for us,” Pashinyan said.')).toEqual([
      ['nikol-pashinyan', true, 'The era of “special relations” with Moscow is over for us'],
    ]);
  });

  it('reads quotes in single marks, straight or curly, but not apostrophes', async () => {
    expect(
      await said(
        "'The door to our markets remains open,' Lavrov said. ‘We will not give up our principles,’ Zakharova said.",
      ),
    ).toEqual([
      ['sergey-lavrov', true, 'The door to our markets remains open'],
      ['maria-zakharova', true, 'We will not give up our principles'],
    ]);
  });

  it('gives a quoted fragment to the speaker of the clause it sits in', async () => {
    expect(
      await said('Zakharova described the new sanctions as "economic blackmail" at her weekly briefing.'),
    ).toContainEqual(['maria-zakharova', true, 'economic blackmail']);
  });

  it('quotes a statement that opens a quotation mark and never closes it, paragraph by paragraph', async () => {
    expect(
      await said(
        'Scholz said in Berlin: “Germany stands with its partners in the region.\n\nWe will keep every promise we have made.',
      ),
    ).toEqual([
      ['olaf-scholz', true, 'Germany stands with its partners in the region'],
      ['olaf-scholz', true, 'We will keep every promise we have made'],
    ]);
  });

  it('quotes a quote over several paragraphs per paragraph, all by the speaker its attribution names', async () => {
    expect(
      await said(
        'Pashinyan spoke on Monday. “We will not leave the bloc today.\n\n“But we will not stay in it forever either,” he said.',
      ),
    ).toEqual([
      ['nikol-pashinyan', true, 'We will not leave the bloc today'],
      ['nikol-pashinyan', true, 'But we will not stay in it forever either'],
    ]);
  });

  it('does not take the name of a law or a newspaper in quotation marks for a quote', async () => {
    expect(await said('Deputies debated the “Transparency of Foreign Influence Act” for six hours.')).toEqual([]);
    expect(await said('The story first appeared in “The Morning Herald” on Monday.')).toEqual([]);
  });

  it('reads the issuer of a statement as its speaker, and a later "the statement said" as the same issuer', async () => {
    expect(await said('The statement issued by Lukashenko reads: “Belarus will host the talks in Minsk.”')).toEqual([
      ['alexander-lukashenko', true, 'Belarus will host the talks in Minsk'],
    ]);
    const later = await said(
      'A statement by Mirziyoyev was published on Friday. “Uzbekistan will open two new border crossings,” the statement said.',
    );
    expect(later).toContainEqual(['shavkat-mirziyoyev', true, 'Uzbekistan will open two new border crossings']);
  });

  it('reads posts on X and Telegram, and a quote paragraph introduced by "X wrote:" before it', async () => {
    expect(await said('Zelensky wrote on X: “Thank you for the support of our people.”')).toEqual([
      ['volodymyr-zelensky', true, 'Thank you for the support of our people'],
    ]);
    expect(
      await said('In a post on Telegram, Zakharova wrote:\n\n“Russia will answer every provocation in kind.”'),
    ).toEqual([['maria-zakharova', true, 'Russia will answer every provocation in kind']]);
  });

  it('reads "according to X" after a direct quote', async () => {
    const x = await run('“The peace talks have been useful for both sides,” according to Peskov.');
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct, q.text, q.confidence])).toEqual([
      ['dmitry-peskov', true, 'The peace talks have been useful for both sides', ATTRIBUTION.according],
    ]);
  });

  it('reads a transcript line as direct speech, and the paragraphs after it until the next speaker', async () => {
    expect(
      await said(
        'Putin: We are ready to talk at any time.\n\nPashinyan: Armenia wants firm guarantees first.\n\nWithout them nothing can move forward.',
      ),
    ).toEqual([
      ['vladimir-putin', true, 'We are ready to talk at any time'],
      ['nikol-pashinyan', true, 'Armenia wants firm guarantees first'],
      ['nikol-pashinyan', true, 'Without them nothing can move forward'],
    ]);
    // A question from someone who is no actor ends the previous speaker's turn.
    expect(
      await said('Putin: We are ready to talk.\nQuestion: And the pipeline?\nPutin: It will be built this year.'),
    ).toEqual([
      ['vladimir-putin', true, 'We are ready to talk'],
      ['vladimir-putin', true, 'It will be built this year'],
    ]);
  });

  it('reads "as X put it" and a signature after a dash as the speaker of a quote', async () => {
    expect(await said('As Aliyev put it, “the road to peace runs through trade.”')).toEqual([
      ['ilham-aliyev', true, 'the road to peace runs through trade'],
    ]);
    expect(await said('“Our rivers feed five nations” — Mirziyoyev, the Uzbek president.')).toEqual([
      ['shavkat-mirziyoyev', true, 'Our rivers feed five nations'],
    ]);
  });

  it("takes the name in apposition to a role's phrase, wherever the parser hangs it", async () => {
    expect(
      await said(
        '“Sanctions will not change our course,” Tokayev said.\n\nThe spokeswoman for the Russian foreign ministry, Maria Zakharova, replied: “Nobody asked you to change it.”',
      ),
    ).toEqual([
      ['kassym-jomart-tokayev', true, 'Sanctions will not change our course'],
      ['maria-zakharova', true, 'Nobody asked you to change it'],
    ]);
  });

  it('reads an office by whom it serves: "X\'s office said"', async () => {
    expect(await said("Pashinyan's office said the visit would be postponed until spring.")).toEqual([
      ['nikol-pashinyan', false, 'the visit would be postponed until spring'],
    ]);
  });

  it('reads the answers of a "Question:"/"Answer:" interview as the words of the person its introduction names', async () => {
    expect(
      await said(
        'Armenian Prime Minister Nikol Pashinyan spoke to our reporter about the border.\n\nQuestion: Will the border open soon?\n\nAnswer: We are working on it every day.\n\nQ: And the railway?\n\nA: The railway comes next.',
      ),
    ).toEqual([
      ['nikol-pashinyan', true, 'We are working on it every day'],
      ['nikol-pashinyan', true, 'The railway comes next'],
    ]);
  });

  it('reads a transcript label with a title and a bracketed note as the person it names, not a sentence with a colon', async () => {
    expect(
      await said(
        'President of Uzbekistan Shavkat Mirziyoyev (retranslated): Dear colleagues, the new road will open in spring.\n\nIt will carry freight to the ports.\n\nVladimir Putin (via interpreter): Russia will help to finance it.',
      ),
    ).toEqual([
      ['shavkat-mirziyoyev', true, 'Dear colleagues, the new road will open in spring'],
      ['shavkat-mirziyoyev', true, 'It will carry freight to the ports'],
      ['vladimir-putin', true, 'Russia will help to finance it'],
    ]);
    // A clause with a finite verb before its colon is a report, not a label; its words are no transcript line.
    const x = await run(
      'The Kazakh Foreign Ministry said in a statement: the talks were useful.\n\nTokayev told the forum: we must share the water.',
    );
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct])).toEqual([
      [expect.any(String), false],
      ['kassym-jomart-tokayev', false],
    ]);
  });
});

describe('reported speech', () => {
  it('reads a clause the parser takes for the subject of its own predicate, and leaves the addressee of "told" out', async () => {
    expect(await said('Aliyev, who landed in Ankara on Friday, said ties were at their strongest point.')).toEqual([
      ['ilham-aliyev', false, 'ties were at their strongest point'],
    ]);
    expect(
      await said('Kazakh Foreign Minister Murat Nurtleu told reporters the republic would remain neutral.'),
    ).toEqual([[expect.any(String), false, 'the republic would remain neutral']]);
  });

  it('takes a one-word name new to the gazetteer as a speaking body when it is the subject of a reporting verb', async () => {
    const x = await run('Kazatomprom said in a statement that uranium exports would rise next year.');
    expect(x.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Kazatomprom', 'uranium exports would rise next year'],
    ]);
  });

  it('reads a later "the company" that coreference leaves alone as the body that spoke last', async () => {
    const y = await run(
      'Kazatomprom said in a statement that uranium output would fall next year. The company added that two new mines would open in 2027.\n\n“Demand from Asia remains strong,” it said.',
    );
    expect(y.quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['Kazatomprom', 'uranium output would fall next year'],
      ['Kazatomprom', 'two new mines would open in 2027'],
      ['Kazatomprom', 'Demand from Asia remains strong'],
    ]);
  });

  it('reads "the Head of State" before anyone has spoken as the person last named as a subject', async () => {
    expect(
      await said(
        'Mirziyoyev received Kyrgyz businessmen at his residence.\n\nThe Head of State noted that the new road would halve delivery times.',
      ),
    ).toEqual([['shavkat-mirziyoyev', false, 'the new road would halve delivery times']]);
  });

  it('reads "X was cited as saying" as X\'s words, and an unnamed spokeswoman by the body she speaks for', async () => {
    expect(await said('Rahmon was cited by Khovar as saying that Dushanbe wanted a new water accord.')).toEqual([
      ['emomali-rahmon', false, 'Dushanbe wanted a new water accord'],
    ]);
    const x = await run('The Russian Foreign Ministry spokeswoman said that Moscow would study the offer.');
    expect(x.quotes.map((q) => [q.speaker?.kind, q.text])).toEqual([
      [expect.stringMatching(/^(?:Country|Organization)$/), 'Moscow would study the offer'],
    ]);
  });

  it('reads the clause after a speech verb, with or without "that", and before a trailing attribution', async () => {
    expect(await said('Putin said Russia would not withdraw its troops from the border.')).toEqual([
      ['vladimir-putin', false, 'Russia would not withdraw its troops from the border'],
    ]);
    expect(await said('Peskov insisted that the meeting had been planned for months.')).toEqual([
      ['dmitry-peskov', false, 'the meeting had been planned for months'],
    ]);
    expect(await said('Trade with Turkey is growing faster than ever, Mirziyoyev said.')).toEqual([
      ['shavkat-mirziyoyev', false, 'Trade with Turkey is growing faster than ever'],
    ]);
  });

  it('reads "described X as Y" as what X was called, with the quoted words a direct entry too', async () => {
    expect(await said('The Kremlin described the vote as "an unfriendly step" and summoned the ambassador.')).toEqual([
      ['russia', false, 'the vote as "an unfriendly step"'],
      ['russia', true, 'an unfriendly step'],
    ]);
    expect(await said('Baku described the incident as a provocation by the Armenian side.')).toEqual([
      ['azerbaijan', false, 'the incident as a provocation by the Armenian side'],
    ]);
    // describing with no "as" names nothing
    expect(await said('Lavrov described the visit in detail to reporters.')).toEqual([]);
  });

  it('reads "told reporters the X was “…” and that Y would “…”" as one report, its quoted words all the teller\'s', async () => {
    expect(
      await said(
        'Kremlin spokesman Dmitry Peskov told reporters the ruling was "unfair" and that Moscow would have "serious questions for the new government".',
      ),
    ).toEqual([
      [
        'dmitry-peskov',
        false,
        'the ruling was "unfair" and that Moscow would have "serious questions for the new government"',
      ],
      ['dmitry-peskov', true, 'unfair'],
      ['dmitry-peskov', true, 'serious questions for the new government'],
    ]);
    expect(
      await said(
        'Russian Foreign Ministry spokeswoman Maria Zakharova told journalists the vote was "illegal" and that Russia would give "a firm answer to this provocation".',
      ),
    ).toEqual([
      [
        'maria-zakharova',
        false,
        'the vote was "illegal" and that Russia would give "a firm answer to this provocation"',
      ],
      ['maria-zakharova', true, 'illegal'],
      ['maria-zakharova', true, 'a firm answer to this provocation'],
    ]);
    // the one told is no part of what was told
    expect((await said('Putin told Tokayev the plan was ready.')).map((q) => q[2])).not.toContain(
      'Tokayev the plan was ready',
    );
  });

  it('reads appeals and pledges as the infinitive, and a speech verb with only a noun object as no quote', async () => {
    expect(await said('Lukashenko urged the Armenian leadership to return to the bloc.')).toEqual([
      ['alexander-lukashenko', false, 'to return to the bloc'],
    ]);
    expect(await said('Pashinyan pledged to hold a referendum on the new constitution.')).toEqual([
      ['nikol-pashinyan', false, 'to hold a referendum on the new constitution'],
    ]);
    expect(await said('Tokayev expressed gratitude to Scholz.')).toEqual([]);
    // a stance noun with its complement is what was said
    expect(await said('Mirziyoyev stressed the need for closer ties with Ankara.')).toEqual([
      ['shavkat-mirziyoyev', false, 'the need for closer ties with Ankara'],
    ]);
  });

  it('gives a mixed sentence an indirect entry and a direct one for the quoted words', async () => {
    expect(await said('Zakharova said the proposal was "absurd and dangerous".')).toEqual([
      ['maria-zakharova', false, 'the proposal was "absurd and dangerous"'],
      ['maria-zakharova', true, 'absurd and dangerous'],
    ]);
  });

  it('reads "according to X" with the clause it governs', async () => {
    const x = await run('According to Lavrov, the sanctions will hurt Europe more than Russia.');
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct, q.text, q.confidence])).toEqual([
      ['sergey-lavrov', false, 'the sanctions will hurt Europe more than Russia', ATTRIBUTION.according],
    ]);
    // hung by the parser on a figure inside the clause, or on a phrase after it: still the clause's source
    expect(
      await said(
        "Uzbekistan's imports from China grew 20% last year, to $14 billion, according to the State Statistics Committee, with cars among the leaders.",
      ),
    ).toEqual([
      ['state-statistics-committee', false, "Uzbekistan's imports from China grew 20% last year, to $14 billion"],
    ]);
    expect(
      await said(
        "Kyrgyzstan's exports to Russia fell by a third in the first half, to $400 million, according to the National Statistical Committee, with textiles hit hardest.",
      ),
    ).toEqual([
      [
        'national-statistical-committee',
        false,
        "Kyrgyzstan's exports to Russia fell by a third in the first half, to $400 million",
      ],
    ]);
    // a heading the splitter runs into the sentence is no part of what was said
    expect(
      await said(
        'Trade figures\n\nKazakh grain exports rose by a tenth, according to the Agriculture Ministry of Kazakhstan.',
      ),
    ).toEqual([[expect.any(String), false, 'Kazakh grain exports rose by a tenth']]);
  });

  it('reads "X\'s view is that CLAUSE" and "the position of X is that CLAUSE" as the holder\'s, as "according to X" is', async () => {
    const x = await run("Tokayev's view is that Kazakhstan must stay neutral.");
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct, q.text, q.confidence])).toEqual([
      ['kassym-jomart-tokayev', false, 'Kazakhstan must stay neutral', ATTRIBUTION.according],
    ]);
    expect(await said('The position of the Armenian government is that the treaty must be signed this year.')).toEqual([
      ['armenia', false, 'the treaty must be signed this year'],
    ]);
    // a copula whose subject holds no view, or names no holder, reports nothing
    expect(await said('The problem is that the pipeline is too old.')).toEqual([]);
    expect(await said('The official position is that talks will continue.')).toEqual([]);
  });

  it("reads the speaker of a main verb the parser made a relative clause of the sentence's subject", async () => {
    expect(
      await said('President Ilham Aliyev, who hosted Erdogan in Baku in May, has promised to expand the gas pipeline.'),
    ).toEqual([['ilham-aliyev', false, 'to expand the gas pipeline']]);
    expect(
      await said(
        'President Recep Tayyip Erdogan, who hosted Aliyev in Ankara in July, has promised to deepen military cooperation.',
      ),
    ).toEqual([['recep-tayyip-erdogan', false, 'to deepen military cooperation']]);
    // a true relative clause reports for the one it is about, an object relative for its own subject
    expect(await said('Tokayev met Mirziyoyev, who has promised to visit Astana in June.')).toEqual([
      ['shavkat-mirziyoyev', false, 'to visit Astana in June'],
    ]);
    expect(await said('Aliyev praised Erdogan, whom Putin has promised to visit in June.')).toEqual([
      ['vladimir-putin', false, 'to visit in June'],
    ]);
    // "who" speaks as the name it refers to, however the parser hangs its clause on the name
    expect(await said('The deal was signed by Aliyev, who has said that peace is near.')).toEqual([
      ['ilham-aliyev', false, 'peace is near'],
    ]);
    expect(await said('Tokayev, who said that Kazakhstan would stay neutral, left early.')).toEqual([
      ['kassym-jomart-tokayev', false, 'Kazakhstan would stay neutral'],
    ]);
    expect(await said('Who said that the talks had failed?')).toEqual([]);
  });

  it('takes the name, not the employer, from an appositive, and the quoted person from "was quoted as saying"', async () => {
    expect(await said('Dmitry Peskov, spokesman for Vladimir Putin, said the visit had been useful.')).toEqual([
      ['dmitry-peskov', false, 'the visit had been useful'],
    ]);
    expect(await said('Mirziyoyev was quoted as saying that trade with China would double.')).toEqual([
      ['shavkat-mirziyoyev', false, 'trade with China would double'],
    ]);
    expect(await said('Interfax quoted Lavrov as saying that the talks would resume in May.')).toEqual([
      ['sergey-lavrov', false, 'the talks would resume in May'],
    ]);
  });

  it('resolves a pronoun speaker through coreference, with a lower confidence', async () => {
    const x = await run('Aliyev arrived in Ankara on Monday. He said that the new corridor would open next year.');
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.text, q.confidence])).toEqual([
      ['ilham-aliyev', 'the new corridor would open next year', ATTRIBUTION.coref],
    ]);
  });

  it('reads a he/she right after a person spoke as that person, whoever else was named', async () => {
    expect(
      await said(
        'Zakharova believes that the plan suits Putin. She believes that talks with Lukashenko remain possible.',
      ),
    ).toEqual([
      ['maria-zakharova', false, 'the plan suits Putin'],
      ['maria-zakharova', false, 'talks with Lukashenko remain possible'],
    ]);
  });

  it("leaves reported clauses inside someone's quote to the quote", async () => {
    expect(await said('“We have said that the treaty is dead,” Lavrov told reporters.')).toEqual([
      ['sergey-lavrov', true, 'We have said that the treaty is dead'],
    ]);
  });

  it('ranks confidence by attribution shape: named subject, then "according to", then a pronoun, then a carried-over speaker', () => {
    expect(ATTRIBUTION.named).toBeGreaterThan(ATTRIBUTION.according);
    expect(ATTRIBUTION.according).toBeGreaterThan(ATTRIBUTION.coref);
    expect(ATTRIBUTION.coref).toBeGreaterThan(ATTRIBUTION.continued);
  });
});

describe('ordinary shapes of wire copy, interviews and readouts', () => {
  it('reads a transcript label that is only the surname of a person introduced before', async () => {
    expect(
      await said(
        'Kazakh economist Aidos Serikbayev spoke to us after the forum.\n\nQuestion: Will transit trade continue?\n\nSerikbayev: Firms follow the rules that bind them.\n\nQuestion: And the pipeline?\n\nSerikbayev: Work on it starts in June.',
      ),
    ).toEqual([
      ['aidos-serikbayev', true, 'Firms follow the rules that bind them'],
      ['aidos-serikbayev', true, 'Work on it starts in June'],
    ]);
    // a one-word label that names no one introduced is no transcript line
    expect(await said('Note: the figures are preliminary.\n\nSource: customs data.')).toEqual([]);
  });

  it('reads an unnamed holder of a role by the body or country the role serves', async () => {
    const kinds = async (text: string) => (await run(text)).quotes.map((q) => [q.speaker?.actorId, q.direct, q.text]);
    expect(await kinds("The EU's foreign policy chief said the bloc would review its aid to the region.")).toEqual([
      ['european-union', false, 'the bloc would review its aid to the region'],
    ]);
    expect(await kinds("NATO's top envoy told reporters that the alliance would keep its office in Tbilisi.")).toEqual([
      ['nato', false, 'the alliance would keep its office in Tbilisi'],
    ]);
    expect(await kinds("The EU's foreign policy chief visited Baku on Monday.")).toEqual([]);
  });

  it('gives a quote to the speaker whom the sentence before introduces without a clause of its own', async () => {
    expect(await said('Lavrov told reporters in Moscow on Friday. “The West has run out of arguments.”')).toEqual([
      ['sergey-lavrov', true, 'The West has run out of arguments'],
    ]);
    expect(
      await said('Peskov spoke to journalists after the call.\n\n“The conversation was long and useful.”'),
    ).toEqual([['dmitry-peskov', true, 'The conversation was long and useful']]);
    // declining to comment introduces nothing
    expect(await said('Peskov declined to comment.\n\n“Nothing has been decided yet.”')).toEqual([
      [null, true, 'Nothing has been decided yet'],
    ]);
  });

  it('gives words that several say together to the first of them, with a low confidence', async () => {
    const x = await run(
      'Tokayev and Mirziyoyev met in Tashkent on Monday. “The border will never again divide our peoples,” the two leaders said in a joint statement.',
    );
    expect(x.quotes.map((q) => [q.direct, q.text])).toEqual([[true, 'The border will never again divide our peoples']]);
    expect(x.quotes[0]!.confidence).toBeLessThanOrEqual(ATTRIBUTION.coref);
    expect(['kassym-jomart-tokayev', 'shavkat-mirziyoyev']).toContain(x.quotes[0]!.speaker?.actorId);
    const y = await run('The presidents of Armenia and Azerbaijan said they were ready to sign the treaty.');
    expect(y.quotes.map((q) => [q.speaker?.actorId, q.text])).toEqual([
      ['armenia', 'they were ready to sign the treaty'],
    ]);
    // an unnamed plural that is no party to anything speaks for no one
    expect(await said('Many said the deal had been rushed.')).toEqual([]);
  });

  it('leaves a wire dateline out of the clause it opens', async () => {
    expect(
      await said('ALMATY, March 3 (Test Wire) - Kazakhstan will raise its oil output next year, Tokayev said.'),
    ).toEqual([['kassym-jomart-tokayev', false, 'Kazakhstan will raise its oil output next year']]);
    expect(await said('BAKU — Azerbaijan is ready to sign the peace treaty, Aliyev said on Monday.')).toEqual([
      ['ilham-aliyev', false, 'Azerbaijan is ready to sign the peace treaty'],
    ]);
    expect(await said('NATO-Russia talks are useless, Lavrov said.')).toEqual([
      ['sergey-lavrov', false, 'NATO-Russia talks are useless'],
    ]);
  });

  it('ends a reported clause before a second reporting verb the parser hung inside it', async () => {
    expect(
      await said('Mirziyoyev noted that trade had doubled and expressed hope that it would keep growing.'),
    ).toEqual([
      ['shavkat-mirziyoyev', false, 'trade had doubled'],
      ['shavkat-mirziyoyev', false, 'hope that it would keep growing'],
    ]);
    expect(
      await said(
        'Aliyev began by saying that the critics of the treaty had no case, claiming that its terms were fair.',
      ),
    ).toEqual([
      ['ilham-aliyev', false, 'the critics of the treaty had no case'],
      ['ilham-aliyev', false, 'its terms were fair'],
    ]);
    // a coordinated verb that reports nothing stays in the clause
    expect(await said('Putin said that Russia had grown and prospered.')).toEqual([
      ['vladimir-putin', false, 'Russia had grown and prospered'],
    ]);
  });

  it('ends a reported clause before a speech act with a speaker of its own coordinated after a comma', async () => {
    expect(
      await said(
        'The Armenian ministry said that the border was calm, and the Azerbaijani side claimed that Armenian troops had fired first.',
      ),
    ).toEqual([
      ['armenian-ministry', false, 'the border was calm'],
      ['azerbaijan', false, 'Armenian troops had fired first'],
    ]);
    expect(await said('Tokayev said that trade had grown, and Mirziyoyev warned that water would run short.')).toEqual([
      ['kassym-jomart-tokayev', false, 'trade had grown'],
      ['shavkat-mirziyoyev', false, 'water would run short'],
    ]);
    // a second clause of the same report, with no speaker of its own, stays in it
    expect(
      await said('Lavrov said that the talks were useful, and that the next round would be held in Minsk.'),
    ).toEqual([['sergey-lavrov', false, 'the talks were useful, and that the next round would be held in Minsk']]);
  });

  it('reads an attribution set off by commas inside the clause it reports, whatever the parser made of it', async () => {
    expect(await said('The sanctions, Lavrov said, would only hurt Europe.')).toEqual([
      ['sergey-lavrov', false, 'The sanctions, Lavrov said, would only hurt Europe'],
    ]);
    expect(
      await said('Trade with China, Mirziyoyev noted on Friday, "has grown faster than anyone expected."'),
    ).toEqual([
      [
        'shavkat-mirziyoyev',
        false,
        'Trade with China, Mirziyoyev noted on Friday, "has grown faster than anyone expected."',
      ],
      ['shavkat-mirziyoyev', true, 'has grown faster than anyone expected'],
    ]);
    // commas around a speaker's title are no aside, and a quote before the attribution is read as a quote
    expect(await said('Lavrov, the foreign minister, said the talks had failed.')).toEqual([
      ['sergey-lavrov', false, 'the talks had failed'],
    ]);
    expect(await said('“The talks have failed,” Lavrov said, as quoted by Interfax.')).toEqual([
      ['sergey-lavrov', true, 'The talks have failed'],
    ]);
  });

  it("gives a quoted phrase inside someone's report of a belief to the one reporting it", async () => {
    expect(await said('Lavrov told the Izvestia newspaper that Moscow expected "clear answers" from Baku.')).toEqual([
      ['sergey-lavrov', false, 'Moscow expected "clear answers" from Baku'],
      ['sergey-lavrov', true, 'clear answers'],
    ]);
    expect(await said('Peskov said the Kremlin hoped for "a quick and fair deal" with Kyiv.')).toEqual([
      ['dmitry-peskov', false, 'the Kremlin hoped for "a quick and fair deal" with Kyiv'],
      ['dmitry-peskov', true, 'a quick and fair deal'],
    ]);
  });

  it('does not take the one asked a question for its speaker', async () => {
    expect(await said('Asked whether Russia would respond, Peskov said the Kremlin was studying the offer.')).toEqual([
      ['dmitry-peskov', false, 'the Kremlin was studying the offer'],
    ]);
    expect(await said('Urged to comment on the border, Aliyev said Baku wanted peace.')).toEqual([
      ['ilham-aliyev', false, 'Baku wanted peace'],
    ]);
  });

  it('reads an unnamed source or official by whom they serve, with a low confidence', async () => {
    const x = await run('A source close to the Kremlin said Moscow would not attend the summit.');
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.text, q.confidence])).toEqual([
      ['russia', 'Moscow would not attend the summit', ATTRIBUTION.recent],
    ]);
    expect(await said('A senior official in the Kazakh government told Reuters that the talks would resume.')).toEqual([
      ['kazakhstan', false, 'the talks would resume'],
    ]);
    // a source serving no one named speaks for no one
    expect(await said('A source said the talks would resume.')).toEqual([]);
  });

  it("reads the clause a speech verb governs when the parser takes its subject for the verb's object", async () => {
    expect(
      await said(
        'BAKU — Azerbaijani President Ilham Aliyev on Thursday said a peace treaty with Armenia could be signed within months.',
      ),
    ).toEqual([['ilham-aliyev', false, 'a peace treaty with Armenia could be signed within months']]);
    expect(await said('Tokayev on Monday said new oil fields in the west would open next year.')).toEqual([
      ['kassym-jomart-tokayev', false, 'new oil fields in the west would open next year'],
    ]);
    // an object that is no clause's subject says nothing
    expect(await said('Lavrov said a short prayer before the talks.')).toEqual([]);
  });

  it('reads directives as what the speaker wants done, and not an order of a thing', async () => {
    expect(await said('Tokayev ordered the government to prepare a financing plan within a month.')).toEqual([
      ['kassym-jomart-tokayev', false, 'to prepare a financing plan within a month'],
    ]);
    expect(await said('Mirziyoyev instructed the foreign ministry to inform Bishkek of the decision.')).toEqual([
      ['shavkat-mirziyoyev', false, 'to inform Bishkek of the decision'],
    ]);
    expect(await said('Putin ordered a review of the contracts.')).toEqual([]);
  });

  it("ends a stance noun's clause before a second speech act coordinated inside it", async () => {
    expect(
      await said('Japarov voiced concern that the dam could reduce water flows downstream, and demanded talks.'),
    ).toEqual([['sadyr-japarov', false, 'concern that the dam could reduce water flows downstream']]);
    expect(await said('Aliyev expressed hope that the border would open soon and that trade would grow.')).toEqual([
      ['ilham-aliyev', false, 'hope that the border would open soon and that trade would grow'],
    ]);
  });

  it('reads "the minister" as the person introduced with that title, and a nationality in it as theirs', async () => {
    const x = await run(
      'Russian Foreign Minister Sergey Lavrov met his Azerbaijani counterpart Jeyhun Bayramov in Moscow.\n\n' +
        '“We want the whole truth,” the Azerbaijani minister said.\n\n' +
        'Peskov told journalists that the Kremlin had no comment. The minister added that Moscow valued its ties with Baku.',
    );
    expect(x.quotes.map((q) => [q.speaker?.name, q.direct, q.text])).toEqual([
      ['Jeyhun Bayramov', true, 'We want the whole truth'],
      ['Dmitry Peskov', false, 'the Kremlin had no comment'],
      ['Sergey Lavrov', false, 'Moscow valued its ties with Baku'],
    ]);
  });

  it('reads "X said Moscow was “…”" when the parser makes the clause\'s subject the object of "said"', async () => {
    const x = await run('A Kremlin spokesman said Moscow was "studying the statement carefully."');
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct, q.text])).toEqual([
      ['russia', false, 'Moscow was "studying the statement carefully."'],
      ['russia', true, 'studying the statement carefully'],
    ]);
  });

  it('gives a quote nothing attributes to the speaker heard last, with the lowest confidence, and no one when no one spoke', async () => {
    const x = await run(
      'Tokayev said the reforms would continue.\n\nParliament meets next week. Deputies will vote on the budget.\n\n“The budget is balanced and fair.”',
    );
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct, q.text, q.confidence])).toEqual([
      ['kassym-jomart-tokayev', false, 'the reforms would continue', ATTRIBUTION.named],
      ['kassym-jomart-tokayev', true, 'The budget is balanced and fair', ATTRIBUTION.recent],
    ]);
    expect(await said('Parliament meets next week.\n\n“The budget is balanced and fair.”')).toEqual([
      [null, true, 'The budget is balanced and fair'],
    ]);
  });

  it("ends a transcript speaker's turn where the reporter's narrative resumes, not at a quote in the speaker's own words", async () => {
    expect(
      await said(
        'Putin: We are ready to talk.\n\nAliyev: Baku wants a treaty first.\n\n' +
          'Afterwards Lavrov wrote on X: “The talks were useful.”\n\nPeskov later told reporters that a new round was planned.',
      ),
    ).toEqual([
      ['vladimir-putin', true, 'We are ready to talk'],
      ['ilham-aliyev', true, 'Baku wants a treaty first'],
      ['sergey-lavrov', true, 'The talks were useful'],
      ['dmitry-peskov', false, 'a new round was planned'],
    ]);
    expect(
      await said(
        'Putin: We are ready to talk.\n\nAliyev: Baku wants a treaty first.\n\nWe call it a “peace agenda” and we will keep to it.',
      ),
    ).toEqual([
      ['vladimir-putin', true, 'We are ready to talk'],
      ['ilham-aliyev', true, 'Baku wants a treaty first'],
      ['ilham-aliyev', true, 'We call it a “peace agenda” and we will keep to it'],
      ['ilham-aliyev', true, 'peace agenda'],
    ]);
  });

  it('does not read a speech act as the clause a later "he said" reports', async () => {
    const x = await run(
      'Aliyev also called for "a new peace order" in the region — one, he said, "built by its own nations."',
    );
    expect(x.quotes.filter((q) => /^Aliyev/.test(q.text))).toEqual([]);
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.direct, q.text])).toContainEqual([
      'ilham-aliyev',
      true,
      'built by its own nations',
    ]);
  });

  it('reads one named answer to a question as a transcript line, but not a lone label', async () => {
    expect(
      await said('Question (Test Wire): Mr Lavrov, will you meet Blinken?\n\nLavrov: We have no such plans.'),
    ).toEqual([['sergey-lavrov', true, 'We have no such plans']]);
    expect(await said('Interviewer: And the pipeline?\n\nTokayev: It will be built this year.')).toEqual([
      ['kassym-jomart-tokayev', true, 'It will be built this year'],
    ]);
    expect(await said('Lavrov: a career in pictures.\n\nThe exhibition opens on Friday.')).toEqual([]);
  });

  it('does not carry a speaker across a paragraph where another person acts or is the agent, nor into a new section', async () => {
    const carried = (middle: string) =>
      said(`Tokayev said the reforms would continue.\n\n${middle}\n\n“The budget is balanced and fair.”`);
    const dropped = [
      ['kassym-jomart-tokayev', false, 'the reforms would continue'],
      [null, true, 'The budget is balanced and fair'],
    ];
    // another person acting, or named as the agent of a passive
    expect(await carried('Later that day Pashinyan flew to Moscow for talks.')).toEqual(dropped);
    expect(await carried('The proposal was rejected by Aliyev on Monday.')).toEqual(dropped);
    // in the speaker's own paragraph, after the speaker
    expect(
      await said('Tokayev said the reforms would continue. Pashinyan disagreed.\n\n“The budget is balanced and fair.”'),
    ).toEqual(dropped);
    // a heading, or a separator line: a new section
    expect(await carried('Budget and taxes')).toEqual(dropped);
    expect(await carried('* * *')).toEqual(dropped);
    // the same person acting in between: still the one heard last
    expect(await carried('Tokayev later visited a school in Almaty.')).toEqual([
      ['kassym-jomart-tokayev', false, 'the reforms would continue'],
      ['kassym-jomart-tokayev', true, 'The budget is balanced and fair'],
    ]);
  });

  it('gives a participle after a statement with no known issuer no one, not the speaker heard before', async () => {
    expect(
      await said(
        '“We will stand together,” Tokayev said.\n\nThe statement said the border would stay open, noting that “trade must not suffer”.',
      ),
    ).toEqual([
      ['kassym-jomart-tokayev', true, 'We will stand together'],
      [null, true, 'trade must not suffer'],
    ]);
    expect(
      await said(
        '“We will stand together,” Tokayev said.\n\n“The border will stay open,” the statement said, adding that “trade must not suffer”.',
      ),
    ).toEqual([
      ['kassym-jomart-tokayev', true, 'We will stand together'],
      [null, true, 'The border will stay open'],
      [null, true, 'trade must not suffer'],
    ]);
    // the issuer named before: the participle's words are the issuer's too
    const x = await run(
      '“We will stand together,” Tokayev said on Monday.\n\nKazakhstan issued a statement on Tuesday. “The border will stay open,” the statement said, adding that “trade must not suffer”.',
    );
    expect(x.quotes.map((q) => [q.speaker?.actorId ?? null, q.text, q.confidence])).toEqual([
      ['kassym-jomart-tokayev', 'We will stand together', ATTRIBUTION.named],
      ['kazakhstan', 'The border will stay open', ATTRIBUTION.issuer],
      ['kazakhstan', 'trade must not suffer', ATTRIBUTION.issuer],
    ]);
  });

  it('finds the issuer of a statement named by a nominal (“the ministry’s statement”, “a statement from the ministry”)', async () => {
    const lead = "Kazakhstan's Foreign Ministry responded on Tuesday. ";
    for (const wording of [
      'The ministry’s statement said that “the border will stay open”.',
      'A statement from the ministry said that “the border will stay open”.',
    ]) {
      const x = await run(lead + wording);
      const ministry = x.mentions.find((m) => m.surface.includes('Foreign Ministry'));
      expect(x.quotes.map((q) => [q.speaker?.actorId, q.text, q.confidence])).toEqual([
        [ministry?.actorId, 'the border will stay open', ATTRIBUTION.coref],
      ]);
      expect(ministry).toBeDefined();
    }
    // no ministry named before: no one's
    expect(await said('The ministry’s statement said that “the border will stay open”.')).toEqual([
      [null, true, 'the border will stay open'],
    ]);
  });

  it('gives a statement nothing issues to the body the article is about, only when no other body or voice came before', async () => {
    const x = await run(
      'Gazprom cut gas deliveries to Moldova on Tuesday.\n\n“Deliveries will resume once the debt is settled,” the statement said.',
    );
    expect(x.quotes.map((q) => [q.speaker?.actorId, q.text, q.confidence])).toEqual([
      ['gazprom', 'Deliveries will resume once the debt is settled', ATTRIBUTION.recent],
    ]);
    expect(
      await said(
        'The OSCE sent observers to the vote in Georgia on Saturday.\n\n“The vote was calm and orderly,” a joint communique read.',
      ),
    ).toEqual([['osce', true, 'The vote was calm and orderly']]);
    // a report is not the body's own release: someone else may have written it
    expect(
      await said(
        'Gazprom cut gas deliveries to Moldova on Tuesday.\n\n“Deliveries will resume once the debt is settled,” the report said.',
      ),
    ).toEqual([[null, true, 'Deliveries will resume once the debt is settled']]);
    // two bodies in the lead, or someone else heard first: ambiguous, no one's
    expect(
      await said(
        'NATO held a summit in Vilnius on Tuesday, and the European Union sent observers.\n\n“The alliance will defend its territory,” the statement said.',
      ),
    ).toEqual([[null, true, 'The alliance will defend its territory']]);
    expect(
      await said(
        'Gazprom cut gas deliveries to Moldova on Tuesday.\n\nPashinyan said the cut was a warning to the region.\n\n“Deliveries will resume once the debt is settled,” the statement said.',
      ),
    ).toEqual([
      ['nikol-pashinyan', false, 'the cut was a warning to the region'],
      [null, true, 'Deliveries will resume once the debt is settled'],
    ]);
  });

  it('gives words that coordinated subjects say or issue together to the first of them', async () => {
    expect(await said('Kazakhstan and Uzbekistan said the border crossings would reopen in May.')).toEqual([
      ['kazakhstan', false, 'the border crossings would reopen in May'],
    ]);
    expect(
      await said(
        'Kazakhstan and Uzbekistan signed a joint communique after talks in Tashkent.\n\n“Both sides will deepen cooperation on water,” the communique read.',
      ),
    ).toEqual([['kazakhstan', true, 'Both sides will deepen cooperation on water']]);
    // one subject only: the other country is what was talked about, not a speaker
    expect(await said('Kazakhstan said the talks with Uzbekistan would resume in May.')).toEqual([
      ['kazakhstan', false, 'the talks with Uzbekistan would resume in May'],
    ]);
  });

  it('reads a report in any tense: a perfect, a pluperfect, a modal before the reporting verb', async () => {
    expect(await said('Tokayev has repeatedly insisted his country would stay neutral.')).toEqual([
      ['kassym-jomart-tokayev', false, 'his country would stay neutral'],
    ]);
    expect(await said('Lavrov had earlier claimed the Western envoys were not serious.')).toEqual([
      ['sergey-lavrov', false, 'the Western envoys were not serious'],
    ]);
    expect(await said('Pashinyan will tell parliament that the border commissions met twice.')).toEqual([
      ['nikol-pashinyan', false, 'the border commissions met twice'],
    ]);
    // a passive "told" names the hearer, who says nothing
    expect(await said('Pashinyan was told that the border commissions met twice.')).toEqual([]);
  });

  it('reads hinting, indicating, specifying, boasting and retorting as reports, but not a thing that indicates', async () => {
    expect(await said('Aliyev hinted that a peace deal could come within weeks.')).toEqual([
      ['ilham-aliyev', false, 'a peace deal could come within weeks'],
    ]);
    expect(await said('Zakharova indicated that Moscow would reply in kind.')).toEqual([
      ['maria-zakharova', false, 'Moscow would reply in kind'],
    ]);
    expect(await said('Lukashenko boasted that his army had never been stronger.')).toEqual([
      ['alexander-lukashenko', false, 'his army had never been stronger'],
    ]);
    expect(await said('Pashinyan retorted that the threats changed nothing.')).toEqual([
      ['nikol-pashinyan', false, 'the threats changed nothing'],
    ]);
    expect(await said('The new figures indicate that exports to Russia are falling.')).toEqual([]);
    expect(await said('The satellite images suggest that the troops have withdrawn.')).toEqual([]);
  });

  it('reads "X insists the claim is false" when the parser makes the small clause an object and a predicate', async () => {
    expect(await said('Zakharova insists the accusation is absurd.')).toEqual([
      ['maria-zakharova', false, 'the accusation is absurd'],
    ]);
    expect(await said('Tokayev maintains the decision was right.')).toEqual([
      ['kassym-jomart-tokayev', false, 'the decision was right'],
    ]);
    // no reporting verb: a thing found to be so is nobody's words
    expect(await said('Tokayev found the decision right.')).toEqual([]);
  });

  it('reads "…, saying CLAUSE" after any verb as the clause its subject said, also when the parser makes "saying" a marker', async () => {
    expect(await said('The European Union welcomed the vote, saying it would strengthen democracy.')).toEqual([
      ['european-union', false, 'it would strengthen democracy'],
    ]);
    expect(await said('Kazakhstan praised the treaty, saying it opened a new chapter in the region.')).toEqual([
      ['kazakhstan', false, 'it opened a new chapter in the region'],
    ]);
    expect(await said('Kazakhstan praised the treaty without saying more.')).toEqual([]);
  });

  it('reads "in X\'s words" and "in the view of X" as the source of the clause, as "according to X" is', async () => {
    expect(await said("In Lavrov's words, the sanctions have failed.")).toEqual([
      ['sergey-lavrov', false, 'the sanctions have failed'],
    ]);
    expect(await said('In the view of Tokayev, the region needs a common water policy.')).toEqual([
      ['kassym-jomart-tokayev', false, 'the region needs a common water policy'],
    ]);
    // no one's words
    expect(await said('In other words, the sanctions have failed.')).toEqual([]);
  });

  it('takes a name after "asked" for the speaker of a quoted question', async () => {
    expect(await said('“Who will pay for the damage?” asked Pashinyan.')).toEqual([
      ['nikol-pashinyan', true, 'Who will pay for the damage?'],
    ]);
    expect(await said('“Why should Europe wait any longer?” Scholz asked.')).toEqual([
      ['olaf-scholz', true, 'Why should Europe wait any longer?'],
    ]);
  });

  it('reads a clause the parser hangs on a trailing attribution as what was said: "CLAUSE, X was quoted as saying"', async () => {
    expect(
      await said(
        'Uzbekistan will double its gas exports to China, Mirziyoyev was quoted by the Dunyo agency as saying.',
      ),
    ).toEqual([['shavkat-mirziyoyev', false, 'Uzbekistan will double its gas exports to China']]);
    expect(
      await said('June 3 (Wire) - The border will reopen next week, Japarov was cited by local media as saying.'),
    ).toEqual([['sadyr-japarov', false, 'The border will reopen next week']]);
    // a clause of time is no report
    expect(await said('After the border reopened, Japarov was quoted by local media.')).toEqual([]);
  });

  it('reads "him" quoted by the office or press service of a person as that person', async () => {
    expect(
      await said(
        'Tokayev met Lavrov in Astana.\n\nThe press service of Kyrgyz President Sadyr Japarov quoted him as saying that the dam would be finished in 2027.',
      ),
    ).toContainEqual(['sadyr-japarov', false, 'the dam would be finished in 2027']);
    expect(
      await said(
        "Tokayev met Lavrov in Astana.\n\nPashinyan's office quoted him as saying that the road would open in spring.",
      ),
    ).toContainEqual(['nikol-pashinyan', false, 'the road would open in spring']);
  });

  it('reads German-style marks („…“) as a quote whose closing mark opens nothing', async () => {
    expect(
      await said(
        'Scholz told the forum: „Europe needs Central Asia as much as Central Asia needs Europe.“\n\nTokayev thanked him for the visit.',
      ),
    ).toEqual([['olaf-scholz', true, 'Europe needs Central Asia as much as Central Asia needs Europe']]);
    expect(await said('„Our doors stay open,“ Mirziyoyev said. „Trade will decide the rest.“')).toEqual([
      ['shavkat-mirziyoyev', true, 'Our doors stay open'],
      ['shavkat-mirziyoyev', true, 'Trade will decide the rest'],
    ]);
  });

  it('reads a held conviction with a clause as the holder\'s report: "is convinced that", "was confident that", "made it clear that"', async () => {
    expect(await said('Lavrov is convinced that the sanctions will be lifted within a year.')).toEqual([
      ['sergey-lavrov', false, 'the sanctions will be lifted within a year'],
    ]);
    expect(await said('Mirziyoyev was confident that the railway would be finished on time.')).toEqual([
      ['shavkat-mirziyoyev', false, 'the railway would be finished on time'],
    ]);
    expect(await said('Tokayev made it clear that Kazakhstan would not recognise the referendum.')).toEqual([
      ['kassym-jomart-tokayev', false, 'Kazakhstan would not recognise the referendum'],
    ]);
    // a conviction with no clause says nothing; "it is clear that" has no one holding it
    expect(await said('Lavrov was confident and relaxed.')).toEqual([]);
    expect(await said('It is clear that the railway will be late.')).toEqual([]);
  });

  it('reads a that-clause the parser hangs on the audience or occasion of "told" as what was told', async () => {
    expect(await said('Zakharova told a weekly briefing that Moscow would not be intimidated.')).toEqual([
      ['maria-zakharova', false, 'Moscow would not be intimidated'],
    ]);
    expect(await said('Pashinyan told the parliament session that the border talks had stalled.')).toEqual([
      ['nikol-pashinyan', false, 'the border talks had stalled'],
    ]);
  });

  it('keeps a belief with an infinitive inside the saying that reports it, and "according to X" around a speech act with no clause', async () => {
    expect(await said('Pashinyan said Yerevan hoped to sign the treaty in spring.')).toEqual([
      ['nikol-pashinyan', false, 'Yerevan hoped to sign the treaty in spring'],
    ]);
    expect(await said('According to Lavrov, the Western side has repeatedly proposed new talks.')).toEqual([
      ['sergey-lavrov', false, 'the Western side has repeatedly proposed new talks'],
    ]);
  });

  it('reads a transcript salutation ending in a comma as a line of its own, not run on into the next paragraph', async () => {
    const x = await said(
      'Vladimir Putin: Dear colleagues, friends,\n\nWe meet at a difficult time.\n\nKassym-Jomart Tokayev: Thank you, Mr President.',
    );
    expect(x).toEqual([
      ['vladimir-putin', true, 'Dear colleagues, friends'],
      ['vladimir-putin', true, 'We meet at a difficult time'],
      ['kassym-jomart-tokayev', true, 'Thank you, Mr President'],
    ]);
  });

  it("keeps a transcript speaker's turn through their own country's present, and ends it at a heading or a past-tense narrative", async () => {
    const x = await said(
      [
        'Shavkat Mirziyoyev: Dear Mr President,',
        'Uzbekistan values the partnership with Turkey very highly.',
        'Recep Tayyip Erdogan: Thank you, my friend.',
        'Turkey is ready to invest in Uzbek industry.',
        '<…>',
        'Expanded talks with the delegations',
        'After the talks, the two presidents signed eight agreements.',
      ].join('\n\n'),
    );
    expect(x).toEqual([
      ['shavkat-mirziyoyev', true, 'Dear Mr President'],
      ['shavkat-mirziyoyev', true, 'Uzbekistan values the partnership with Turkey very highly'],
      ['recep-tayyip-erdogan', true, 'Thank you, my friend'],
      ['recep-tayyip-erdogan', true, 'Turkey is ready to invest in Uzbek industry'],
    ]);
    // no heading: a past-tense account with no first or second person is the reporter's
    expect(
      await said(
        'Vladimir Putin: We welcome our guests.\n\nLukashenko: We are glad to be here.\n\nThe delegations then discussed energy prices.',
      ),
    ).toEqual([
      ['vladimir-putin', true, 'We welcome our guests'],
      ['alexander-lukashenko', true, 'We are glad to be here'],
    ]);
  });

  it('does not read "the leaders" or "the presidents" as the one person who spoke last', async () => {
    const x = await said(
      'Tokayev said the talks had been useful.\n\nThe leaders reaffirmed their commitment to the water treaty.',
    );
    expect(x).toContainEqual(['kassym-jomart-tokayev', false, 'the talks had been useful']);
    expect(x).not.toContainEqual(['kassym-jomart-tokayev', false, 'their commitment to the water treaty']);
    // one minister: still the one who spoke
    expect(
      await said(
        'Lavrov said the talks had been useful.\n\nThe minister reaffirmed his commitment to the water treaty.',
      ),
    ).toContainEqual(['sergey-lavrov', false, 'his commitment to the water treaty']);
  });

  it('does not take the speaker of the next paragraph for a quote whose closing mark the splitter moved there', async () => {
    const x = await said(
      'Lavrov later wrote on Telegram: "Brussels has chosen confrontation. It will pay for it."\n\nThe OSCE secretariat said it had no comment.',
    );
    expect(x).toContainEqual(['sergey-lavrov', true, 'Brussels has chosen confrontation. It will pay for it']);
    expect(x).not.toContainEqual(
      expect.arrayContaining(['organization-for-security-and-co-operation-in-europe', true]),
    );
  });

  it('reads the body an institution\'s own phrase names before any coreference guess ("the CSTO secretariat said")', async () => {
    expect(
      await said(
        'Zatulin wrote on Telegram: "Armenia is choosing a road to nowhere. Its leaders will regret it."\n\nThe CSTO secretariat said it had not received any notification from Yerevan.',
      ),
    ).toContainEqual(['csto', false, 'it had not received any notification from Yerevan']);
    expect(
      await said('Armenia asked for help.\n\nThe Uzbek Foreign Ministry said it was studying the request.'),
    ).toContainEqual(['uzbek-foreign-ministry', false, 'it was studying the request']);
  });
  it('reads a double prime typed for a closing quotation mark as one', async () => {
    expect(
      await said(
        '"We are not asking anyone for help,″ Jeyhun Bayramov told reporters. Aliyev said the talks were over.',
      ),
    ).toEqual([
      ['jeyhun-bayramov', true, 'We are not asking anyone for help'],
      ['ilham-aliyev', false, 'the talks were over'],
    ]);
  });

  it('never reads a platform as the speaker or issuer: "a Telegram statement by X", "a post on Facebook"', async () => {
    expect(
      await said('A Telegram statement by the Uzbek Foreign Ministry said the border posts would reopen on Monday.'),
    ).toEqual([['uzbek-foreign-ministry', false, 'the border posts would reopen on Monday']]);
    const x = await said('A Facebook post by the Armenian government said the road would be rebuilt.');
    expect(x.map((q) => q[0])).not.toContain('facebook');
  });

  it("reads a name right after an institution's noun as its name, wherever the parser hangs it", async () => {
    expect(await said("A statement from the Kyrgyz leader's press office Kabar said Japarov backed the plan.")).toEqual(
      [[expect.stringMatching(/kabar/), false, 'Japarov backed the plan']],
    );
    // a later "the statement added" is the same issuer's, whom the parser split off the institution's phrase
    expect(
      await said(
        "A statement from the Uzbek leader's press office Dunyo said Mirziyoyev would travel to Baku.\n\n“The visit will open a new page,” the statement added.",
      ),
    ).toContainEqual([expect.stringMatching(/dunyo/), true, 'The visit will open a new page']);
  });

  it('keeps a report whole when a speech verb inside it has only a plain object, and leaves a clause of its own to it', async () => {
    expect(
      await said('Tokayev noted that last year he had announced the launch of a new industrial programme.'),
    ).toEqual([
      ['kassym-jomart-tokayev', false, 'last year he had announced the launch of a new industrial programme'],
    ]);
    expect(await said('Lavrov recalled that Moscow had proposed a new security treaty in 2021.')).toEqual([
      ['sergey-lavrov', false, 'Moscow had proposed a new security treaty in 2021'],
    ]);
    // the inner verb reports a clause of its own: that clause is its speaker's
    expect(await said('Lavrov said Zakharova had announced that the talks were over.')).toEqual([
      ['maria-zakharova', false, 'the talks were over'],
    ]);
  });

  it('reads "X went further, saying CLAUSE" when the parser makes "saying" the subject of the clause', async () => {
    expect(await said('Japarov went further, saying the glaciers could vanish within decades.')).toContainEqual([
      'sadyr-japarov',
      false,
      'the glaciers could vanish within decades',
    ]);
    expect(await said('Aliyev went on, saying the corridor would open next year.')).toContainEqual([
      'ilham-aliyev',
      false,
      'the corridor would open next year',
    ]);
  });

  it('reads "X is reported / is said to have said that …" as X\'s words', async () => {
    expect(await said('Tokayev is reported to have said that the constitution needed changes.')).toEqual([
      ['kassym-jomart-tokayev', false, 'the constitution needed changes'],
    ]);
    expect(await said('Lukashenko is said to have told his generals that the border must stay closed.')).toEqual([
      ['alexander-lukashenko', false, 'the border must stay closed'],
    ]);
  });

  it('reads a he/she opening a sentence as the person the sentence before was about', async () => {
    expect(
      await said('Zakharova spoke first.\n\nKaja Kallas rejected that view. She said the sanctions were working.'),
    ).toContainEqual(['kaja-kallas', false, 'the sanctions were working']);
    expect(
      await said('Lavrov spoke first.\n\nPashinyan left the room early. He said the talks had been useless.'),
    ).toContainEqual(['nikol-pashinyan', false, 'the talks had been useless']);
    // the sentence before has no person as its subject: the last one who spoke
    expect(
      await said('Pashinyan said Armenia was ready.\n\nThe talks dragged on. He said the delay was deliberate.'),
    ).toContainEqual(['nikol-pashinyan', false, 'the delay was deliberate']);
    // the subject is someone's role with their name in apposition: the name, not the one whose role it is
    expect(
      await said(
        "Lavrov's deputy, Sergei Ryabkov, flew to Geneva on Monday. He told reporters that the talks would be difficult.",
      ),
    ).toContainEqual(['sergei-ryabkov', false, 'the talks would be difficult']);
    expect(
      await said(
        "Aliyev's foreign policy aide, Hikmet Hajiyev, arrived in Paris. He said that Baku wanted a fair deal.",
      ),
    ).toContainEqual(['hikmet-hajiyev', false, 'Baku wanted a fair deal']);
  });

  it('reads one "Name: sentence" line, as digests quote a person, only when the label is the person\'s name', async () => {
    expect(
      await said(
        'The Kremlin commented on Monday.\n\nPeskov: No meeting with Kyiv is planned for now.\n\nTalks will go on.',
      ),
    ).toEqual([['dmitry-peskov', true, 'No meeting with Kyiv is planned for now']]);
    expect(await said('Earlier today.\n\nZakharova: The West has chosen escalation again.')).toEqual([
      ['maria-zakharova', true, 'The West has chosen escalation again'],
    ]);
    // a label that is no person's name, or no sentence after it, is no quote
    expect(await said('Update: The border crossing at Kordai is open again.')).toEqual([]);
    expect(await said('Peskov: a profile')).toEqual([]);
  });

  it('reads "X told Y CLAUSE" when the parser makes the telling a passive clause\'s subject, and an unnamed source by the body in its name', async () => {
    expect(await said('An EU diplomat told Reuters the sanctions package would be approved on Friday.')).toEqual([
      ['european-union', false, 'the sanctions package would be approved on Friday'],
    ]);
    expect(await said('“There will be no concessions,” a Kremlin source said.')).toEqual([
      ['russia', true, 'There will be no concessions'],
    ]);
    // a source named by no body is no one's
    expect(await said('“There will be no concessions,” a government source said.')).toEqual([
      [null, true, 'There will be no concessions'],
    ]);
  });

  it('reads "As X noted, CLAUSE" and "As reported by X, CLAUSE" as X\'s, however the parser hangs the opening', async () => {
    expect(await said('As reported by TASS, the two ministers will meet in Minsk next week.')).toEqual([
      ['tass', false, 'the two ministers will meet in Minsk next week'],
    ]);
    expect(await said('As Tokayev noted in his address, the reforms will take at least five years.')).toEqual([
      ['kassym-jomart-tokayev', false, 'the reforms will take at least five years'],
    ]);
    // no one reported anything
    expect(await said('As expected, the two ministers met in Minsk on Friday.')).toEqual([]);
    expect(await said('As a result, the two ministers met in Minsk on Friday.')).toEqual([]);
    // set off by commas inside the sentence: only what follows it
    expect(
      await said('Putin later met Pashinyan, and, as Peskov told journalists, the two leaders discussed the railway.'),
    ).toEqual([['dmitry-peskov', false, 'the two leaders discussed the railway']]);
    expect(await said('At the talks, as Lavrov put it, the sides found common ground on grain exports.')).toEqual([
      ['sergey-lavrov', false, 'the sides found common ground on grain exports'],
    ]);
    expect(await said('Trade grew as fast as expected, and prices fell, as they did last year.')).toEqual([]);
  });

  it('takes one capitalised word in quotation marks right after a common noun for a name, not a quote', async () => {
    expect(await said('The newspaper “Vremya” was closed in 2023.')).toEqual([]);
    expect(await said('The opposition party “Respublika” won four seats.')).toEqual([]);
    // after a verb or a colon it is what someone said
    expect(await said('Pashinyan was asked whether the decision was final. He replied: “Yes.”')).toContainEqual([
      'nikol-pashinyan',
      true,
      'Yes',
    ]);
    expect(await said('Lavrov called the proposal “Nonsense” on Friday.')).toContainEqual([
      'sergey-lavrov',
      true,
      'Nonsense',
    ]);
  });

  it('reads a that-clause the parser hangs on an adjunct of "told" or "said" that takes no clause of its own', async () => {
    expect(
      await said(
        'Lavrov told reporters after meeting his Turkish counterpart in Ankara that the grain deal could be revived.',
      ),
    ).toEqual([['sergey-lavrov', false, 'the grain deal could be revived']]);
    expect(
      await said('Tokayev said at a meeting with investors in Almaty on Friday that taxes would not rise next year.'),
    ).toEqual([['kassym-jomart-tokayev', false, 'taxes would not rise next year']]);
    // what he learned is no one's words
    expect(
      await said('Lavrov told reporters nothing after learning that the grain deal had collapsed.'),
    ).not.toContainEqual(['sergey-lavrov', false, 'the grain deal had collapsed']);
  });
});
