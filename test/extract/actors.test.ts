/**
 * Actors read from the parse (CoreNLP NER and dependencies) and the
 * gazetteer, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { findEvents } from '../../src/extract/actors/events.js';
import { findActors } from '../../src/extract/actors/find-actors.js';
import type { Mention } from '../../src/extract/actors/mention.js';
import { ParsedDocument } from '../../src/extract/parse/document.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { openParser } from '../../src/nlp/parser.js';

const gazetteer = loadGazetteer();
const parser = openParser(loadConfig());

async function actors(text: string, publishedAt: string | null = '2023-09-29'): Promise<Mention[]> {
  const { doc } = await parser.parse(text, publishedAt);
  return findActors(new ParsedDocument(text, doc), gazetteer, publishedAt);
}
const pairs = (ms: Mention[]) => ms.map((m) => [m.surface, m.actorId]);

describe('actors from the gazetteer', () => {
  it('resolves names, surnames, demonyms and seats of power to gazetteer actors', async () => {
    const m = await actors(
      'Kazakh President Kassym-Jomart Tokayev met Scholz. The Kremlin was silent; Moscow later spoke.',
    );
    expect(pairs(m)).toEqual([
      ['Kazakh', 'kazakhstan'],
      ['Kassym-Jomart Tokayev', 'kassym-jomart-tokayev'],
      ['Scholz', 'olaf-scholz'],
      ['Kremlin', 'russia'],
      ['Moscow', 'russia'],
    ]);
  });

  it('reads a capital after a locative preposition, after "visited" or in a dateline as a place, and elsewhere as its government', async () => {
    const m = await actors(
      'TBILISI, March 3 — Aliyev flew to Berlin on Monday and visited Yerevan later. Berlin declined to comment.',
    );
    expect(m.map((x) => [x.surface, x.kind, x.seatOf?.actorId ?? x.actorId])).toEqual([
      ['TBILISI', 'Region', 'georgia'],
      ['Aliyev', 'Person', 'ilham-aliyev'],
      ['Berlin', 'Region', 'germany'],
      ['Yerevan', 'Region', 'armenia'],
      ['Berlin', 'Country', 'germany'],
    ]);
    expect(m[0]).toMatchObject({ name: 'Tbilisi', known: false });
  });

  it('reads a capital after "to/from/at" as its government when the word it hangs on relates to a party, and as a place after motion or distance', async () => {
    const m = await actors(
      'The levy was a swipe at Moscow. The vote sent a message to Brussels. Yerevan resented the pressure from Beijing. ' +
        'Kazakhstan’s envoy to Berlin was recalled. The region has grown hostile to Washington. ' +
        'The delegation flew to Moscow and later returned from Beijing. Troops were sent to Berlin. Osh is 300 kilometres from Tashkent. ' +
        'Analysts saw a jab at Baku in the remark. The correspondent was reporting from Moscow. Minsk has never distanced itself from Moscow.',
    );
    const capitals = m.filter(
      (x) =>
        x.seatOf ||
        ['Moscow', 'Brussels', 'Beijing', 'Berlin', 'Washington', 'Baku', 'Tashkent', 'Minsk'].includes(x.surface),
    );
    expect(capitals.map((x) => [x.surface, x.kind])).toEqual([
      ['Moscow', 'Country'],
      ['Brussels', 'Organization'],
      ['Beijing', 'Country'],
      ['Berlin', 'Country'],
      ['Washington', 'Country'],
      ['Moscow', 'Region'],
      ['Beijing', 'Region'],
      ['Berlin', 'Region'],
      ['Tashkent', 'Region'],
      ['Baku', 'Country'],
      ['Moscow', 'Region'],
      ['Minsk', 'Country'],
      ['Moscow', 'Country'],
    ]);
  });

  it('reads a capital after "in" as its government after those who decide there or what they think, and as a place elsewhere', async () => {
    const m = await actors(
      'Officials in Ankara called the vote a betrayal. Hardliners in Washington doubt the deal. The mood in Beijing has soured. ' +
        'The ministry summoned Georgia’s ambassador in Moscow. Protesters in Baku were detained. Many in Tashkent shrugged. He lives in Berlin.',
    );
    expect(m.filter((x) => x.seatOf || x.source === 'gazetteer').map((x) => [x.surface, x.kind])).toEqual([
      ['Ankara', 'Country'],
      ['Washington', 'Country'],
      ['Beijing', 'Country'],
      ['Georgia', 'Country'],
      ['Moscow', 'Country'],
      ['Baku', 'Region'],
      ['Tashkent', 'Region'],
      ['Berlin', 'Region'],
    ]);
  });

  it('reads a capital coordinated with another after a preposition as that preposition makes the first', async () => {
    const m = await actors(
      'The envoy stopped in Astana and Tashkent. Nobody in Baku or Yerevan expected it. The delegation flew to Minsk and Moscow. ' +
        'Ties to Ankara and Tehran improved. Beijing and Moscow condemned the vote.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Astana', 'Region'],
      ['Tashkent', 'Region'],
      ['Baku', 'Region'],
      ['Yerevan', 'Region'],
      ['Minsk', 'Region'],
      ['Moscow', 'Region'],
      ['Ankara', 'Country'],
      ['Tehran', 'Country'],
      ['Beijing', 'Country'],
      ['Moscow', 'Country'],
    ]);
  });

  it('reads every city of a dateline that names two as a place', async () => {
    const m = await actors('BAKU/TBILISI — Officials met on Monday. Baku said the talks went well.');
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['BAKU', 'Region'],
      ['TBILISI', 'Region'],
      ['Baku', 'Country'],
    ]);
  });

  it('reads a hyphenated pair of countries as both, a compound with a common word as the actor, and other pairs as nothing', async () => {
    const m = await actors(
      'Armenia-Russia talks stalled, a Moscow-backed group said, while China-Central Asia trade kept growing.',
    );
    expect(pairs(m)).toEqual([
      ['Armenia', 'armenia'],
      ['Russia', 'russia'],
      ['Moscow', 'russia'],
    ]);
  });
});

describe('titles as their holders', () => {
  it("reads a title as its holder on the article's date", async () => {
    const text = 'The cooperation is useful, the chancellor said.';
    expect((await actors(text, '2023-09-29')).map((x) => x.actorId)).toEqual(['olaf-scholz']);
    expect((await actors(text, '2026-01-10')).map((x) => x.actorId)).toEqual(['friedrich-merz']);
    // No chancellor of 2000 is in the gazetteer: no guess.
    expect((await actors(text, '2000-01-10')).map((x) => x.actorId)).toEqual([]);
  });

  it('reads a demonym or a possessive country with a title, but not a former holder or one "at the time"', async () => {
    const m = await actors(
      'The Armenian premier phoned Germany’s new chancellor. The Russian president at the time stayed silent, and so did the former president.',
    );
    expect(m.filter((x) => x.kind === 'Person').map((x) => [x.surface, x.actorId])).toEqual([
      ['The Armenian premier', 'nikol-pashinyan'],
      ['Germany’s new chancellor', 'olaf-scholz'],
    ]);
  });

  it('reads "this country" as the country last named in the paragraph, and "his country" as the one its person serves', async () => {
    const m = await actors(
      'Pashinyan spoke about Armenia. In May, the country suspended its payments, and he said his country would wait.\n\nThe country is poor.',
    );
    expect(m.filter((x) => /country/.test(x.surface)).map((x) => [x.surface, x.actorId])).toEqual([
      ['the country', 'armenia'],
      ['his country', 'armenia'],
    ]);
  });

  it('reads "the mountainous country" as the country last named, but not "the other country"', async () => {
    const m = await actors(
      'Japarov spoke for Kyrgyzstan. The mountainous country wants water; the other country wants gas.',
    );
    expect(m.filter((x) => /country/.test(x.surface)).map((x) => [x.surface, x.actorId])).toEqual([
      ['The mountainous country', 'kyrgyzstan'],
    ]);
  });
});

describe('titles with "of" a country, offices the article gives, counterparts of the same office', () => {
  it('reads "the President of Russia" or "the Chancellor of Germany" as the holder on the date, but not before a name or for a former holder', async () => {
    const m = await actors(
      'The Chancellor of Germany spoke to the president of the United States. The former President of Russia stayed silent, and the President of Russia Vladimir Putin waited.',
    );
    expect(m.filter((x) => x.kind === 'Person').map((x) => [x.surface, x.actorId])).toEqual([
      ['The Chancellor of Germany', 'olaf-scholz'],
      ['the president of the United States', 'joe-biden'],
      ['Vladimir Putin', 'vladimir-putin'],
    ]);
  });

  it('starts a person after the country NER ran into the name after a title ("Minister of Tajikistan X")', async () => {
    const m = await actors(
      'On Friday, Foreign Minister of Tajikistan Dilshod Nazarzoda and Minister of Energy of Kyrgyzstan Almaz Bekturov signed a protocol.',
    );
    const people = m.filter((x) => x.kind === 'Person').map((x) => x.surface);
    expect(people).toEqual(['Dilshod Nazarzoda', 'Almaz Bekturov']);
    expect(m.filter((x) => x.kind === 'Country').map((x) => x.actorId)).toEqual(['tajikistan', 'kyrgyzstan']);
  });

  it('reads an unfamiliar name right after a title, or a title "of" a country, as a person whatever NER typed it', async () => {
    const m = await actors(
      'Later, President of Mongolia Ukhnaagiin Khürelsükh thanked the hosts. Speaker Nurlanbek Shakiev and Chairman of the Cabinet Akylbek Japarov attended.',
    );
    expect(m.filter((x) => x.kind === 'Person').map((x) => [x.surface, x.actorId])).toEqual([
      ['Ukhnaagiin Khürelsükh', 'ukhnaagiin-khurelsukh'],
      ['Nurlanbek Shakiev', 'nurlanbek-shakiev'],
      ['Akylbek Japarov', 'akylbek-japarov'],
    ]);
    // The gazetteer's person under another transliteration of their given name stays theirs.
    const same = await actors('Kazakh President Qasym-Zhomart Toqaev spoke first, and Sadyr Japarov followed.');
    expect(same.filter((x) => x.kind === 'Person').map((x) => x.actorId)).toEqual([
      'kassym-jomart-tokayev',
      'sadyr-japarov',
    ]);
  });

  it('reads a title the article gave a person it named as that person later, and "his counterpart" as the holder of the same office', async () => {
    const m = await actors(
      'Armenian Foreign Minister Vahe Grigoryan flew to Moscow. Lavrov received his Armenian counterpart, and the Armenian foreign minister thanked him.\n\nKazakh Deputy Defence Minister Arman Sultanov arrived later. The Kazakh deputy defence minister spoke briefly, and Putin phoned his Kazakh counterpart.',
    );
    expect(m.filter((x) => x.source === 'title').map((x) => [x.surface, x.actorId])).toEqual([
      ['his Armenian counterpart', 'vahe-grigoryan'],
      ['the Armenian foreign minister', 'vahe-grigoryan'],
      ['The Kazakh deputy defence minister', 'arman-sultanov'],
      ['his Kazakh counterpart', 'kassym-jomart-tokayev'],
    ]);
  });

  it('gives "his Kazakh counterpart NAME" the office of the person "his" stands for, and reads the office later as NAME', async () => {
    const m = await actors(
      'Blinken spoke with his Kazakh counterpart Yerlan Abenov by phone. Later the Kazakh foreign minister flew to Paris.',
      '2024-03-12',
    );
    expect(m.filter((x) => x.kind === 'Person').map((x) => [x.surface, x.actorId])).toEqual([
      ['Blinken', 'antony-blinken'],
      ['Yerlan Abenov', 'yerlan-abenov'],
      ['the Kazakh foreign minister', 'yerlan-abenov'],
    ]);
  });

  it("does not read a minister's counterpart as the other country's head of state", async () => {
    const m = await actors(
      'Lavrov met his Azerbaijani counterpart in Sochi. Lavrov then called his Belarusian counterpart.',
    );
    expect(m.filter((x) => x.kind === 'Person').map((x) => x.actorId)).toEqual(['sergey-lavrov', 'sergey-lavrov']);
  });
});

describe('places, descriptors and headings', () => {
  it('reads a name with an apostrophe inside as its own word, and an untagged name after "in" or "at" as a place', async () => {
    const m = await actors(
      'Xi met the delegation in Xi’an on Friday. Later, students at Bayterek cheered, and Xi’s aides left.',
    );
    expect(m.map((x) => [x.surface, x.kind, x.actorId])).toEqual([
      ['Xi', 'Person', 'xi-jinping'],
      ['Xi’an', 'Region', 'xi-an'],
      ['Bayterek', 'Region', 'bayterek'],
      ['Xi', 'Person', 'xi-jinping'],
    ]);
  });

  it('reads a name before a site noun ("the Fergana valley", "the TurkStream pipeline") as one place with it, but not a known city’s', async () => {
    const m = await actors(
      'Drought hit farms in the Chuy valley. Oil flows through the Druzhba pipeline. The plane landed at Manas airport. Flights left the Tashkent airport.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Chuy valley', 'Region'],
      ['Druzhba pipeline', 'Region'],
      ['Manas airport', 'Region'],
      ['Tashkent', 'Region'],
    ]);
  });

  it('reads a name that is a site already ("the Black Sea") as the place, without the part of it named after it', async () => {
    const m = await actors(
      'Tankers gathered off Russia’s Black Sea coast. Farmers in the Aral Sea basin lost their fields. Ships crossed the Caspian Sea shelf. Cotton grows in the Zeravshan valley.',
    );
    expect(m.filter((x) => x.kind === 'Region').map((x) => x.surface)).toEqual([
      'Black Sea',
      'Aral Sea',
      'Caspian Sea',
      'Zeravshan valley',
    ]);
  });

  it('reads a state’s formal name as the state, and a body’s name with "for" as one organisation', async () => {
    const m = await actors(
      'Envoys of the Republic of Kazakhstan protested, and so did the Republic of Uzbekistan. Nino Beridze of the Batumi Centre for Security Studies disagreed.',
    );
    expect(m.map((x) => [x.surface, x.actorId])).toEqual([
      ['Republic of Kazakhstan', 'kazakhstan'],
      ['Republic of Uzbekistan', 'uzbekistan'],
      ['Nino Beridze', 'nino-beridze'],
      ['Batumi Centre for Security Studies', 'batumi-centre-for-security-studies'],
    ]);
  });

  it('reads a building or a site named by its head word ("Independence Palace", "Manas Airport") as a place', async () => {
    const m = await actors(
      'On Friday the delegations gathered in the Independence Palace for the signing. Flights left Manas Airport, and the Caspian Energy Institute objected.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Independence Palace', 'Region'],
      ['Manas Airport', 'Region'],
      ['Caspian Energy Institute', 'Organization'],
    ]);
  });

  it('reads a region named with its compass word as an adjective ("the southern Caucasus") as that region', async () => {
    const m = await actors(
      'Peace between the southern Caucasus neighbours is near; talks in the Southern Caucasus resume.',
    );
    expect(m.map((x) => x.actorId)).toEqual(['south-caucasus', 'south-caucasus']);
  });

  it('reads "at the White House" or "in the Kremlin" as a place, and "according to the Kremlin" as the government', async () => {
    const m = await actors(
      'Trump hosted the talks at the White House. Talks in the Kremlin followed, according to the Kremlin.',
    );
    expect(
      m.filter((x) => x.kind !== 'Person').map((x) => [x.surface, x.kind, x.seatOf?.actorId ?? x.actorId]),
    ).toEqual([
      ['the White House', 'Region', 'united-states'],
      ['the Kremlin', 'Region', 'russia'],
      ['the Kremlin', 'Country', 'russia'],
    ]);
  });

  it('drops a demonym that only describes a named body ("the American magazine Newsweek"), but not one that acts', async () => {
    const m = await actors(
      'The remark interested the American magazine Newsweek. The Russian news agency Interfax reported it, while Russian troops stayed and the Uzbek government agreed.',
    );
    expect(m.map((x) => [x.surface, x.actorId])).toEqual([
      ['Newsweek', 'newsweek'],
      ['Interfax', 'interfax'],
      ['Russian', 'russia'],
      ['Uzbek government', 'uzbekistan'],
    ]);
  });

  it('reads a capital that names a document or a format ("the Minsk agreements") as no actor, and elsewhere as usual', async () => {
    const m = await actors(
      'The Minsk agreements are dead, and the Astana format has stalled. Minsk disagreed, and talks in Astana resumed.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Minsk', 'Country'],
      ['Astana', 'Region'],
    ]);
  });

  it('reads no new actor from a short subheading standing between paragraphs', async () => {
    const m = await actors('Tokayev spoke on Monday.\n\nEnergy outlook\n\nTalks resumed in Astana.');
    expect(m.map((x) => x.surface)).toEqual(['Tokayev', 'Astana']);
  });
});

describe('offices and predicates', () => {
  it('reads an office named after a possessive country or a demonym as an organisation of its own', async () => {
    const m = await actors(
      "Kazakhstan's Ministry of Foreign Affairs summoned the envoy. A Foreign Ministry spokesman declined to comment.",
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([["Kazakhstan's Ministry of Foreign Affairs", 'Organization']]);
  });

  it('reads an organ named by its organisation and office words ("UN Security Council") as an organisation of its own', async () => {
    const m = await actors(
      'The UN Security Council met on Friday, and the UN said it would wait. The NATO Council agreed.',
    );
    expect(m.map((x) => [x.surface, x.actorId])).toEqual([
      ['UN Security Council', 'un-security-council'],
      ['UN', 'united-nations'],
      ['NATO Council', 'nato-council'],
    ]);
  });

  it('names no group in a predicate ("one of the poorest landlocked states"), but does as an argument', async () => {
    const m = await actors(
      'Tajikistan is one of the poorest landlocked states, and Kazakhstan is among the largest oil exporters in the region. Six Georgian ambassadors resigned.',
    );
    expect(m.map((x) => [x.surface, x.actorId])).toEqual([
      ['Tajikistan', 'tajikistan'],
      ['Kazakhstan', 'kazakhstan'],
      ['Georgian ambassadors', 'georgian-ambassadors'],
    ]);
  });
});

describe('groups of people without an owner, as participants', () => {
  it('reads a group that is a subject, an object or an addressee of a verb as an actor, named without its quantifier', async () => {
    const m = await actors(
      'Several regional partners rejected the plan. The minister accused political opponents of sabotage, and the customs authorities received the files.\n\nThe critics of the reform filed a complaint, and police detained protesters.',
    );
    expect(m.filter((x) => x.source === 'collective').map((x) => [x.surface, x.name])).toEqual([
      ['Several regional partners', 'regional partners'],
      ['political opponents', 'political opponents'],
      ['the customs authorities', 'customs authorities'],
      ['The critics of the reform', 'critics of the reform'],
      ['protesters', 'protesters'],
    ]);
  });

  it('leaves out groups that are only a backdrop, that belong to someone, or that say nothing of who', async () => {
    const m = await actors(
      'The repression of activists continued. The authorities closed the road, and its partners stayed silent.',
    );
    expect(m.filter((x) => x.source === 'collective')).toEqual([]);
  });
});

describe('groups of people singled out by a count or by where they work', () => {
  const groups = (ms: Mention[]) =>
    ms.filter((x) => x.source === 'collective' && !x.known).map((x) => [x.surface, x.name, x.restricted ?? null]);

  it('reads people restricted by "at" or "from" as a group named with the restriction, whose actors stay their own', async () => {
    const m = await actors(
      'Analysts at a Vienna consultancy said the pipeline would open late. Experts from the Baltic Energy Institute warned that prices would climb. ' +
        'Economists at the World Bank expect growth to slow.',
    );
    expect(groups(m)).toEqual([
      ['Analysts', 'Analysts at a Vienna consultancy', 'Analysts at a Vienna consultancy'],
      ['Experts', 'Experts from the Baltic Energy Institute', 'Experts from the Baltic Energy Institute'],
      ['Economists', 'Economists at the World Bank', 'Economists at the World Bank'],
    ]);
    expect(m.map((x) => x.surface)).toEqual(expect.arrayContaining(['Vienna', 'World Bank']));
  });

  it('reads counted people as a group of their own, even where an actor qualifies them', async () => {
    const m = await actors(
      'The newspaper quoted three senior Kremlin officials. All five presidents signed the communique, and two Georgian students sued the police.',
    );
    expect(groups(m)).toEqual([
      ['three senior Kremlin officials', 'senior Kremlin officials', null],
      ['All five presidents', 'presidents', null],
      ['two Georgian students', 'Georgian students', null],
    ]);
  });

  it('names no group for people counted back ("the two leaders", "both ministers"), unrestricted ("officials said") or acting for a body ("officials from the ministry")', async () => {
    const m = await actors(
      'Officials said the talks went well. Erdogan is to receive the two leaders in Ankara next week, where the two presidents should sign. Kazakh officials welcomed the plan. ' +
        'Both ministers left early. The envoy met officials from the energy ministry.',
    );
    expect(groups(m)).toEqual([]);
    expect(m.map((x) => [x.surface, x.actorId])).toContainEqual(['Kazakh officials', 'kazakhstan']);
  });
});

describe('actors new to the gazetteer, from named entities', () => {
  it('types unknown names by their entity class and links a later surname to the full name', async () => {
    const m = await actors(
      'Georgian analyst Nino Beridze of the Caucasus Policy Forum warned of risks. Beridze added that talks in Kutaisi stalled.',
    );
    const unknown = m.filter((x) => !x.known);
    expect(unknown.map((x) => [x.surface, x.actorId, x.kind])).toEqual([
      ['Nino Beridze', 'nino-beridze', 'Person'],
      ['Caucasus Policy Forum', 'caucasus-policy-forum', 'Organization'],
      ['Beridze', 'nino-beridze', 'Person'],
      ['Kutaisi', 'kutaisi', 'Region'],
    ]);
    expect(unknown[0]!.confidence).toBeGreaterThan(unknown[1]!.confidence! - 0.3);
  });

  it('names no actor in a credit line or a byline, and still reads a sentence that opens with "By"', async () => {
    const m = await actors(
      'By Lena Vogt\n\nBy signing the memorandum, Tamar Lomidze joined the Alazani Growers Association.\n\nRead more: Why Armenia Looks West\n\nPhoto: Irakli Gelashvili / Reuters',
    );
    expect(m.map((x) => x.surface)).toEqual(['Tamar Lomidze', 'Alazani Growers Association']);
  });

  it('reads an acronym the article defines as the actor it abbreviates, wherever it recurs', async () => {
    const m = await actors(
      'The Caspian Shipping Council (CSC) met in Baku. Later, CSC officials said the CSC would expand.',
    );
    expect(m.filter((x) => x.kind === 'Organization').map((x) => [x.surface, x.actorId])).toEqual([
      ['Caspian Shipping Council', 'caspian-shipping-council'],
      ['CSC', 'caspian-shipping-council'],
      ['CSC', 'caspian-shipping-council'],
      ['CSC', 'caspian-shipping-council'],
    ]);
  });

  it('reads the initials of the outlet the header names as that outlet wherever the body writes them, and nothing else', async () => {
    const withOutlet = async (text: string, outlet: string) => {
      const { doc } = await parser.parse(text, '2024-05-02');
      return findActors(new ParsedDocument(text, doc), gazetteer, '2024-05-02', outlet)
        .filter((x) => x.kind === 'Media')
        .map((x) => [x.surface, x.name]);
    };
    expect(
      await withOutlet('ALMATY, May 3 /KTA/ — Kazakhstan raised its grain export quota.', 'Kazakh Telegraph Agency'),
    ).toEqual([['KTA', 'Kazakh Telegraph Agency']]);
    expect(
      await withOutlet(
        'BAKU (CNS) — Azerbaijan reopened the crossing on Monday, officials told CNS.',
        'Caspian News Service',
      ),
    ).toEqual([
      ['CNS', 'Caspian News Service'],
      ['CNS', 'Caspian News Service'],
    ]);
    // initials of someone else, or an outlet of one word, name no outlet
    expect(
      await withOutlet('The OSCE sent observers to Bishkek, and the ECB kept its rates.', 'Steppe News Agency'),
    ).toEqual([]);
    expect(await withOutlet('Officials told the KNB that the border was calm.', 'Reuters')).toEqual([]);
  });

  it('reads an outlet named by its web address as a medium, but not a link or a mail address', async () => {
    const m = await actors(
      'Kun.uz reported the news first, and Vlast.kz confirmed it. Details are at https://kun.uz/news or from info@gazeta.uz.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Kun.uz', 'Media'],
      ['Vlast.kz', 'Media'],
    ]);
  });

  it('keeps laws, bare office names and Title Case headlines out', async () => {
    const m = await actors(
      'Has Tokayev Really Turned His Back on Gazprom Partners?\n\nParliament passed the Media Transparency Act on Monday. A Foreign Ministry spokesman declined to comment on the State Department report.',
    );
    expect(m.filter((x) => !x.known).map((x) => x.surface)).toEqual([]);
  });

  it("reads governments and officials qualified by an actor as that actor, and a country's institutions and groups as actors of their own", async () => {
    const m = await actors(
      'The Kazakh government and Armenian officials welcomed the plan, while Uzbek militants rejected it, the Uzbek Foreign Ministry said.',
    );
    expect(m.map((x) => [x.surface, x.actorId, x.known])).toEqual([
      ['Kazakh government', 'kazakhstan', true],
      ['Armenian officials', 'armenia', true],
      ['Uzbek militants', 'uzbek-militants', false],
      ['Uzbek Foreign Ministry', 'uzbek-foreign-ministry', false],
    ]);
  });

  it("reads a region's adjective as the region only where the region is named too", async () => {
    expect((await actors('A Western diplomat praised the plan.')).map((x) => x.actorId)).toEqual([]);
    expect((await actors('The West praised the plan, and a Western diplomat agreed.')).map((x) => x.actorId)).toEqual([
      'the-west',
      'the-west',
    ]);
  });
});

describe('names NER gets wrong: platforms, names it cuts up, family names first, bodies by their description, titles', () => {
  const unknownOf = (m: Mention[]) => m.filter((x) => !x.known).map((x) => [x.surface, x.kind]);

  it('reads a platform people write on as an organisation, in that frame only', async () => {
    const m = await actors(
      'The senator wrote on Telegram that the vote was rigged. Her Telegram channel has many readers. Posting on X, a deputy called for calm.',
    );
    expect(m.map((x) => [x.surface, x.kind, x.known])).toEqual([
      ['Telegram', 'Organization', false],
      ['Telegram', 'Organization', false],
      ['X', 'Organization', true],
    ]);
    expect(m[2]!.actorId).toBe('x-platform');
    // A holiday or a topic "on" something is no platform, and a one-letter word outside the frame no name.
    const none = await actors(
      'Families gathered on Navruz, and Plan B was debated on Monday. Talks focused on Brexit.',
    );
    expect(none.filter((x) => x.kind === 'Organization')).toEqual([]);
  });

  it('reads a run of names ending in a body word as one organisation when NER cut it into pieces of other classes', async () => {
    const m = await actors('Aisha Karimova, a fellow at the Carnegie Russia Eurasia Center, disagreed.');
    expect(unknownOf(m)).toEqual([
      ['Aisha Karimova', 'Person'],
      ['Carnegie Russia Eurasia Center', 'Organization'],
    ]);
    // NER's name without the people's adjective or the words that open it: the whole run is the name.
    expect(unknownOf(await actors('The German Marshall Fund published a report.'))).toEqual([
      ['German Marshall Fund', 'Organization'],
    ]);
    // NER's one name of one class stays as NER read it.
    expect(unknownOf(await actors('The Caspian Shipping Council met on Monday.'))).toEqual([
      ['Caspian Shipping Council', 'Organization'],
    ]);
  });

  it('reads a family name written first again as its bearer, unless two people share it', async () => {
    const m = await actors('The envoy Li Shangfu visited Dushanbe. Li said the talks went well.');
    expect(m.filter((x) => x.kind === 'Person').map((x) => [x.surface, x.actorId])).toEqual([
      ['Li Shangfu', 'li-shangfu'],
      ['Li', 'li-shangfu'],
    ]);
    const two = await actors('Li Shangfu and Li Wenming arrived in Osh. Li said the talks went well.');
    expect(two.filter((x) => x.surface === 'Li').map((x) => x.actorId)).not.toContain('li-shangfu');
  });

  it('types a name by the common noun in apposition to it, also where NER tagged nothing', async () => {
    const m = await actors(
      'Uranex, the state nuclear corporation, signed the deal. Qazneftegaz, the national oil company, said output would rise. The investigative outlet Tolkun reported it first.',
    );
    expect(unknownOf(m)).toEqual([
      ['Uranex', 'Organization'],
      ['Qazneftegaz', 'Organization'],
      ['Tolkun', 'Media'],
    ]);
    // A person described by a role in a body stays a person.
    expect(unknownOf(await actors('Levan Gelashvili, the leader of the party, resigned on Monday.'))).toEqual([
      ['Levan Gelashvili', 'Person'],
    ]);
  });

  it("reads an office before a title and a name as the person's title, not as an organisation", async () => {
    const m = await actors(
      "Kazakh Energy Minister Arman Sadykov spoke first. Kyrgyzstan's Cabinet Chairman Bolot Abdyraev replied.",
    );
    expect(unknownOf(m)).toEqual([
      ['Arman Sadykov', 'Person'],
      ['Bolot Abdyraev', 'Person'],
    ]);
    expect(m.filter((x) => x.known).map((x) => x.actorId)).toEqual(['kazakhstan', 'kyrgyzstan']);
    // A body named before a title is still an actor.
    expect((await actors('NATO Secretary General Mark Rutte spoke.')).map((x) => x.actorId)).toContain('nato');
  });
});

describe('titles by their country, names in apposition, given names alone', () => {
  it('reads "its leader" as the leader of the country just named, not of the last country whose leader was named', async () => {
    const m = await actors(
      'Rahmon spoke in Dushanbe on Monday. Turkmenistan stayed away, and its leader sent only a message.',
      '2024-06-01',
    );
    expect(m.filter((x) => x.kind === 'Person').map((x) => [x.surface, x.actorId])).toEqual([
      ['Rahmon', 'emomali-rahmon'],
      ['its leader', 'serdar-berdimuhamedov'],
    ]);
    const again = await actors('Japarov arrived first. Uzbekistan sent its president on Tuesday.', '2024-06-01');
    expect(again.filter((x) => x.source === 'title').map((x) => x.actorId)).toEqual(['shavkat-mirziyoyev']);
  });

  it('leaves a title with a name in apposition to the name', async () => {
    const m = await actors('Turkmenistan is closed. Its leader, Serdar Berdimuhamedov, rarely travels.', '2024-06-01');
    expect(m.filter((x) => x.kind === 'Person').map((x) => x.surface)).toEqual(['Serdar Berdimuhamedov']);
  });

  it('reads a lone given name as the gazetteer person with it whose surname the article writes', async () => {
    const m = await actors(
      'Serdar Berdimuhamedov took over in 2022. His father Gurbanguly still chairs the upper house.',
      '2024-06-01',
    );
    expect(m.filter((x) => x.surface === 'Gurbanguly').map((x) => x.actorId)).toEqual(['gurbanguly-berdimuhamedov']);
    // without the surname in the article, a given name alone is no one the gazetteer knows
    const alone = await actors('Gurbanguly opened the new stadium on Friday.', '2024-06-01');
    expect(alone.filter((x) => x.known).map((x) => x.actorId)).toEqual([]);
  });
});

describe('bodies NER does not type as organisations, acronyms in another language, the opposition', () => {
  it('reads a church or a religious body, with the adjective that opens its name, as an organisation', async () => {
    const m = await actors(
      'The Russian Orthodox Church blessed the troops. The Georgian Orthodox Church stayed silent.',
    );
    expect(m.filter((x) => !x.known).map((x) => [x.surface, x.kind])).toEqual([
      ['Russian Orthodox Church', 'Organization'],
      ['Georgian Orthodox Church', 'Organization'],
    ]);
  });

  it("reads capitals in brackets after a body's name as its acronym, even when they abbreviate another language", async () => {
    const m = await actors(
      "Kazakhstan's National Security Committee (KNB) detained two men. The KNB said they were spies.",
    );
    const knb = m.filter((x) => x.surface === 'KNB');
    expect(knb).toHaveLength(2);
    expect(new Set(knb.map((x) => x.actorId)).size).toBe(1);
    expect(knb[0]!.actorId).not.toBe('knb');
    // a person's initials in brackets are no acronym of a body
    const person = await actors('Aida Balayeva (AB) signed the letter. AB later withdrew.');
    expect(person.filter((x) => x.surface === 'AB' && x.actorId === 'aida-balayeva')).toEqual([]);
  });

  it('reads "the Armenian opposition" as a group of its own, like "Armenian lawmakers"', async () => {
    const m = await actors(
      'The Armenian opposition accused the government of weakness. The Georgian opposition agreed.',
    );
    expect(m.filter((x) => !x.known).map((x) => x.surface)).toEqual(['Armenian opposition', 'Georgian opposition']);
  });
});

describe('an office whose country follows it', () => {
  it('reads an office named with "of" a country after it as an organisation of its own', async () => {
    const m = await actors(
      'The Ministry of Foreign Affairs of the Kyrgyz Republic protested. The Ministry of Defence of Armenia declined to comment.',
    );
    expect(m.filter((x) => !x.known).map((x) => [x.surface, x.kind])).toEqual([
      ['Ministry of Foreign Affairs of the Kyrgyz Republic', 'Organization'],
      ['Ministry of Defence of Armenia', 'Organization'],
    ]);
    // with no country after it, a bare office is still no actor
    const bare = await actors('The Ministry of Defence declined to comment.');
    expect(bare.filter((x) => !x.known)).toEqual([]);
  });
});

describe('offices and bodies NER misses or mistypes', () => {
  it('reads an institution owned by a seat named with its article ("the Kremlin press service") as an organisation', async () => {
    const m = await actors(
      'The talks were frank, the Kremlin press service said. According to the Kremlin press office, the call lasted an hour. The Kremlin said nothing.',
    );
    expect(m.map((x) => [x.surface, x.kind, x.name])).toEqual([
      ['the Kremlin press service', 'Organization', 'Kremlin press service'],
      ['the Kremlin press office', 'Organization', 'Kremlin press office'],
      ['Kremlin', 'Country', 'Russia'],
    ]);
  });

  it('reads the State Duma and the State Department as the gazetteer’s bodies, not bare office words', async () => {
    const m = await actors(
      'A delegation of the State Duma was turned away. The State Department declined to comment, and the Foreign Ministry was silent.',
    );
    expect(m.map((x) => [x.surface, x.actorId])).toEqual([
      ['State Duma', 'state-duma'],
      ['State Department', 'us-state-department'],
    ]);
  });

  it('reads a name NER took for a person’s before a body’s noun as the body, and a document’s name with "of" as no actor', async () => {
    const m = await actors(
      'Lukoil is a partner in the Shah Deniz consortium. The Abay Kunanbayev company was sold. ' +
        'Armenia ratified the Rome Statute of the International Criminal Court. Abay Kunanbayev wrote poems.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Lukoil', 'Organization'],
      ['Shah Deniz consortium', 'Organization'],
      ['Abay Kunanbayev company', 'Organization'],
      ['Armenia', 'Country'],
      ['Abay Kunanbayev', 'Person'],
    ]);
  });
});

describe('employers and routes NER leaves untagged', () => {
  it('reads an untagged name before a title and a person as the body the person serves, not a person named so', async () => {
    const director = await actors('Tengizneftegas director Aigul Sarsenova disagreed.');
    const executive = await actors('On Monday Tengizneftegas chief executive Marat Ospanov resigned.');
    const spokesman = await actors('Putin spokesman Dmitry Peskov declined to comment.');
    expect([...director, ...executive, ...spokesman].map((x) => [x.surface, x.kind])).toEqual([
      ['Tengizneftegas', 'Organization'],
      ['Aigul Sarsenova', 'Person'],
      ['Tengizneftegas', 'Organization'],
      ['Marat Ospanov', 'Person'],
      ['Putin', 'Person'],
      ['Dmitry Peskov', 'Person'],
    ]);
  });

  it('reads a corridor named as a route as a place, capitalised or not, and no corridor without a name', async () => {
    const m = await actors(
      'Trucks now use the Middle Corridor. Cargo on the Zangezur corridor may follow. The corridor through Armenia stays closed.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Middle Corridor', 'Region'],
      ['Zangezur corridor', 'Region'],
      ['Armenia', 'Country'],
    ]);
  });
});

describe('groups and missions named by their owner', () => {
  it('reads those who guard or trade for a country as a group, and a body’s mission as an organisation', async () => {
    const m = await actors(
      'Russian border guards left the post. Western investors fled, and Armenian exporters complained. ' +
        'The EU monitoring mission reported calm, as did the OSCE mission. Western companies stayed.',
    );
    expect(m.filter((x) => x.kind === 'Organization').map((x) => x.surface)).toEqual([
      'Russian border guards',
      'Western investors',
      'Armenian exporters',
      'EU monitoring mission',
      'OSCE mission',
    ]);
  });
});

describe('bodies described by their trade', () => {
  it('reads a name described by what a company does as an organisation, but not a person described so', async () => {
    const m = await actors(
      'Kazatomprom, the uranium miner, agreed. Talgo, the Spanish train maker, won the tender. Aigul Sarsenova, a former miner, spoke.',
    );
    expect(m.map((x) => [x.surface, x.kind])).toEqual([
      ['Kazatomprom', 'Organization'],
      ['Talgo', 'Organization'],
      ['Aigul Sarsenova', 'Person'],
    ]);
  });
});

describe('bodies named with their owner', () => {
  it('gives a body after a country’s possessive that longer name too, and none to a body named alone', async () => {
    const m = await actors(
      'Russia’s Gazprom cut supplies. China’s Huawei won the contract. Under Miller, Gazprom grew. Miller’s team at Huawei left.',
    );
    expect(m.filter((x) => x.kind === 'Organization').map((x) => [x.surface, x.withOwner])).toEqual([
      ['Gazprom', 'Russia’s Gazprom'],
      ['Huawei', 'China’s Huawei'],
      ['Gazprom', undefined],
      ['Huawei', undefined],
    ]);
  });
});

describe('named events', () => {
  async function events(text: string) {
    const { doc } = await parser.parse(text, '2024-05-01');
    const parsed = new ParsedDocument(text, doc);
    return findEvents(parsed, findActors(parsed, gazetteer, '2024-05-01'));
  }
  const read = (x: Awaited<ReturnType<typeof events>>) => x.events.map((e) => [e.surface, e.kind, e.eventId]);

  it('reads protests and unrest as one event of the article, another where a date of its own follows, and the wave goes on after it', async () => {
    const x = await events(
      'Demonstrations broke out in Osh on Sunday. Police dispersed the crowds, but the demonstrations spread to Bishkek. ' +
        'Analysts compared the turmoil with the riots of 2010, and pensioners joined large anti-government rallies.',
    );
    const wave = x.events.map((e) => [e.surface, e.eventId === x.events[0]!.eventId]);
    expect(wave).toEqual([
      ['Demonstrations', true],
      ['demonstrations', true],
      ['turmoil', true],
      ['riots of 2010', false],
      ['large anti-government rallies', true],
    ]);
  });

  it('reads no event from a protest in the singular, a protest noun modifying another, or a verb of protest', async () => {
    const x = await events(
      'The ministry handed the ambassador a note of protest. Voters cast a protest vote, and students began protesting outside the embassy.',
    );
    expect(x.events).toEqual([]);
  });

  it('reads an event noun named by an actor or a place before it, and "the summit" after it as the same event', async () => {
    const x = await events(
      'Mirziyoyev flew to Kazan for the BRICS summit. On its sidelines the summit adopted a declaration. ' +
        'The Minsk format stalled long ago, and the format was never revived. The Crocus City Hall attack shocked the region.',
    );
    expect(read(x)).toEqual([
      ['BRICS summit', 'summit', 'summit-brics'],
      ['summit', 'summit', 'summit-brics'],
      ['Minsk format', 'talks', 'format-minsk'],
      ['format', 'talks', 'format-minsk'],
      ['Crocus City Hall attack', 'conflict', 'attack-crocus-city-hall'],
    ]);
    // a place new to the gazetteer inside the event's name is part of it; the actors named in it stay actors
    expect(x.mentions.map((m) => m.surface)).not.toContain('Crocus City Hall');
    expect(x.mentions.map((m) => m.surface)).toContain('BRICS');
  });

  it('reads a capitalised name of an event where one takes place, its year, and a country’s elections', async () => {
    const x = await events(
      'Hundreds of delegates attended the 2025 Astana International Forum. Moldova’s presidential election drew a record turnout, ' +
        'and Georgia’s parliamentary elections in October were disputed; observers said the October elections were unfair.',
    );
    expect(read(x)).toEqual([
      ['2025 Astana International Forum', 'other', 'forum-astana-international-forum'],
      ['Moldova’s presidential election', 'other', 'election-moldova'],
      ['Georgia’s parliamentary elections', 'other', 'election-georgia'],
      ['October elections', 'other', 'election-georgia'],
    ]);
    // the forum is the event, not an organisation of that name
    expect(x.mentions.map((m) => m.surface)).not.toContain('Astana International Forum');
  });

  it('reads a gathering named by who gathers, and the place it is held in as another name of it', async () => {
    const x = await events(
      'The conference of the foreign ministers of Armenia and Iran ended on Friday. Erdogan spoke at the SCO summit in Tianjin.',
    );
    expect(x.events.map((e) => [e.surface, e.withPlace])).toEqual([
      ['conference of the foreign ministers of Armenia and Iran', undefined],
      ['SCO summit', 'SCO summit in Tianjin'],
    ]);
  });

  it('reads no event in a gathering with no name, a body named like one, an owner’s war, or another summit than the one named', async () => {
    const x = await events(
      'A summit in Berlin was planned for spring. Peace talks resumed in Geneva. Analysts at the Caspian Policy Forum were sceptical. ' +
        'Putin’s invasion dragged on, and the Kremlin’s war cost it dearly. The leaders met at the SCO summit; the next summit will be in Minsk.',
    );
    expect(read(x)).toEqual([['SCO summit', 'summit', 'summit-sco']]);
    expect(x.mentions.map((m) => m.surface)).toContain('Caspian Policy Forum');
  });
});
