/**
 * Meetings read off the real CoreNLP parse, on sentences written for these
 * tests (none comes from a corpus article): face-to-face encounters that
 * happened, once per pair, and not the ones still ahead, denied or by phone.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/extract.js';

// each pair once, as the evaluation format writes them (a hosting and a meeting of the same two are one encounter)
const pairs = async (text: string) => {
  const x = await extractText(text, '2025-06-12');
  const keys = [...new Set(x.meetings.map((m) => [m.a.actorId, m.b.actorId].sort().join(' ')))];
  return keys.map((k) => k.split(' '));
};

describe('consultations held in person', () => {
  it('reads consultations held with someone, or between two sides, as a meeting', async () => {
    expect(await pairs('Lukashenko held consultations with Tokayev in Astana.')).toEqual([
      ['alexander-lukashenko', 'kassym-jomart-tokayev'],
    ]);
    expect(await pairs('Consultations between Pashinyan and Scholz were held in Berlin.')).toEqual([
      ['nikol-pashinyan', 'olaf-scholz'],
    ]);
  });

  it('does not read a dialogue, a contact or consultations by phone as a meeting', async () => {
    expect(await pairs('Rahmon and Japarov kept up a dialogue on water.')).toEqual([]);
    expect(await pairs('Aliyev held telephone consultations with Erdogan.')).toEqual([]);
  });
});

describe('a gathering still ahead', () => {
  it('reads a meeting that is scheduled, set or due as no meeting yet', async () => {
    expect(await pairs('A meeting between Pashinyan and Aliyev is scheduled for July.')).toEqual([]);
    expect(await pairs('Talks between Japarov and Rahmon are set for next week.')).toEqual([]);
    expect(await pairs('Talks between Putin and Xi are expected to take place in the autumn.')).toEqual([]);
  });

  it('reads a meeting in the future or the conditional as no meeting yet', async () => {
    expect(await pairs('The meeting between Xi and Putin could take place in the autumn.')).toEqual([]);
    expect(await pairs('Talks between Macron and Tokayev will be held in Paris.')).toEqual([]);
  });

  it('still reads a meeting that took place or was held', async () => {
    expect(await pairs('The meeting between Aliyev and Lukashenko was held in Baku.')).toEqual([
      ['alexander-lukashenko', 'ilham-aliyev'],
    ]);
    expect(await pairs('Talks between Putin and Aliyev took place in Sochi.')).toEqual([
      ['ilham-aliyev', 'vladimir-putin'],
    ]);
  });
});

describe('who meets at a gathering with no host named', () => {
  it('reads the attendees of talks or a meeting as meeting one another', async () => {
    expect(await pairs('Talks in Minsk were attended by Putin and Lukashenko.')).toEqual([
      ['alexander-lukashenko', 'vladimir-putin'],
    ]);
    expect(await pairs('A meeting in Osh was attended by Japarov and Mirziyoyev.')).toEqual([
      ['sadyr-japarov', 'shavkat-mirziyoyev'],
    ]);
  });

  it('does not pair those who also attended a meeting told before: they are its aides, not its sides', async () => {
    expect(await pairs('Putin met Tokayev in Astana. The meeting was also attended by Lavrov and Peskov.')).toEqual([
      ['kassym-jomart-tokayev', 'vladimir-putin'],
    ]);
  });

  it('does not pair the attendees of a summit or a forum, who need not meet', async () => {
    expect(await pairs('The summit was attended by Putin, Tokayev and Japarov.')).toEqual([]);
    expect(await pairs('The forum in Astana was attended by Aliyev and Erdogan.')).toEqual([]);
  });

  it('reads a conversation held in person as a meeting, and one by telephone as none', async () => {
    expect(await pairs('Putin and Tokayev had a conversation in the Kremlin on Monday.')).toEqual([
      ['kassym-jomart-tokayev', 'vladimir-putin'],
    ]);
    expect(await pairs('Macron had a long conversation with Aliyev in Paris.')).toEqual([
      ['emmanuel-macron', 'ilham-aliyev'],
    ]);
    expect(await pairs('Putin and Tokayev had a telephone conversation on Monday.')).toEqual([]);
  });
});

describe('a delegation and who leads it', () => {
  it('reads a delegation led or headed by someone as that person', async () => {
    expect(await pairs('Rahmon met with a delegation headed by Aliyev.')).toEqual([['emomali-rahmon', 'ilham-aliyev']]);
    expect(await pairs('Tokayev met a delegation led by Erdogan in Astana.')).toEqual([
      ['kassym-jomart-tokayev', 'recep-tayyip-erdogan'],
    ]);
    // a delegation no one named leads stays no one's
    expect(await pairs('Tokayev met a delegation of Turkish businessmen.')).toEqual([]);
  });
});

describe('how many sides meet pairwise', () => {
  it('pairs up to four sides named together, but not five or more', async () => {
    expect(await pairs('Tokayev, Japarov and Mirziyoyev met in Cholpon-Ata.')).toEqual([
      ['kassym-jomart-tokayev', 'sadyr-japarov'],
      ['kassym-jomart-tokayev', 'shavkat-mirziyoyev'],
      ['sadyr-japarov', 'shavkat-mirziyoyev'],
    ]);
    expect(await pairs('Tokayev, Japarov, Rahmon, Mirziyoyev and Berdimuhamedov met in Astana.')).toEqual([]);
  });
});

describe('talking on the sidelines of a gathering', () => {
  it('reads speaking or discussing on the sidelines of a gathering as meeting', async () => {
    expect(await pairs('Erdogan and Mirziyoyev spoke briefly on the sidelines of the UN General Assembly.')).toEqual([
      ['recep-tayyip-erdogan', 'shavkat-mirziyoyev'],
    ]);
    expect(await pairs('Scholz discussed energy with Tokayev on the sidelines of the conference.')).toEqual([
      ['kassym-jomart-tokayev', 'olaf-scholz'],
    ]);
  });

  it('does not read two speeches at a gathering, or a call, as a meeting', async () => {
    expect(await pairs('Erdogan and Mirziyoyev spoke at the UN General Assembly.')).toEqual([]);
    expect(await pairs('Putin spoke with Tokayev by phone on Monday.')).toEqual([]);
  });
});

describe('joining someone for a meal or talks', () => {
  it('reads joining or welcoming someone for a dinner or a banquet as meeting them', async () => {
    expect(await pairs('Scholz joined Tokayev for dinner in Berlin.')).toEqual([
      ['kassym-jomart-tokayev', 'olaf-scholz'],
    ]);
    expect(await pairs('Lukashenko welcomed Putin for a banquet in Minsk.')).toEqual([
      ['alexander-lukashenko', 'vladimir-putin'],
    ]);
  });

  it('reads an invitation for dinner or talks, or joining someone for them later, as no meeting yet', async () => {
    expect(await pairs('Putin invited Tokayev for dinner next week.')).toEqual([]);
    expect(await pairs('Erdogan will join Aliyev for talks in Baku.')).toEqual([]);
    // joining a gathering, not someone, meets no one
    expect(await pairs('Japarov joined the ceremony in Osh.')).toEqual([]);
  });
});

describe('a meeting that did not happen', () => {
  it('reads a meeting that did not take place, or is not (or only) on the agenda, as no meeting', async () => {
    expect(await pairs('The talks between Rahmon and Japarov never took place.')).toEqual([]);
    expect(await pairs('A meeting of Aliyev with Pashinyan did not happen after the shelling.')).toEqual([]);
    expect(await pairs('Peskov said a meeting between Putin and Macron was not on the agenda.')).toEqual([]);
    expect(await pairs('A meeting between Erdogan and Zelensky is on the cards, diplomats say.')).toEqual([]);
  });
});

describe('a meeting named as the time or place of a clause', () => {
  it('reads one side telling, assuring or thanking the other during the talks as their meeting', async () => {
    expect(await pairs('During the talks in Minsk, Lukashenko assured Tokayev of his support.')).toEqual([
      ['alexander-lukashenko', 'kassym-jomart-tokayev'],
    ]);
    expect(await pairs('Erdogan thanked Mirziyoyev at their meeting in Istanbul for the invitation.')).toEqual([
      ['recep-tayyip-erdogan', 'shavkat-mirziyoyev'],
    ]);
  });

  it('reads the two subjects of a clause framed by the meeting "in <place>" as its sides', async () => {
    expect(await pairs('At the meeting in Astana, Japarov and Mirziyoyev signed a water deal.')).toEqual([
      ['sadyr-japarov', 'shavkat-mirziyoyev'],
    ]);
    expect(await pairs('During their talks in Baku, Putin and Aliyev discussed the transit corridor.')).toEqual([
      ['ilham-aliyev', 'vladimir-putin'],
    ]);
  });

  it('does not read what one says of an absent third side during the talks as meeting it', async () => {
    expect(await pairs('During the talks in Moscow, Putin criticized Zelensky.')).toEqual([]);
    expect(await pairs('After the meeting, Tokayev told reporters that the talks went well.')).toEqual([]);
  });
});

describe('the sides named by the gathering itself', () => {
  it('reads "the meeting of A and B" and the "between" of its format as a meeting of both', async () => {
    expect(await pairs('The meeting of Scholz and Mirziyoyev in Berlin ran late.')).toEqual([
      ['olaf-scholz', 'shavkat-mirziyoyev'],
    ]);
    expect(await pairs('Talks in a narrow format between Xi and Rahmon came first.')).toEqual([
      ['emomali-rahmon', 'xi-jinping'],
    ]);
  });

  it('reads a banquet or a dinner hosted for someone as the host meeting them', async () => {
    expect(await pairs('Tokayev hosted a dinner for Macron at Akorda.')).toEqual([
      ['emmanuel-macron', 'kassym-jomart-tokayev'],
    ]);
    expect(await pairs('Mirziyoyev gave a banquet in honour of Erdogan in Samarkand.')).toEqual([
      ['recep-tayyip-erdogan', 'shavkat-mirziyoyev'],
    ]);
  });

  it('does not read a meeting of one body, or a dinner for a cause, as a meeting of two sides', async () => {
    expect(await pairs('The meeting of the CSTO in Minsk ended early.')).toEqual([]);
    expect(await pairs('Scholz hosted a dinner for peace in Berlin.')).toEqual([]);
  });
});

describe('a meeting named with its other side only', () => {
  it('reads talks with someone as those of the one who reports them, or of the leader just named', async () => {
    expect(await pairs('Mirziyoyev landed in Ankara on Monday. The talks with Erdogan lasted two hours.')).toEqual([
      ['recep-tayyip-erdogan', 'shavkat-mirziyoyev'],
    ]);
    expect(await pairs('The meeting with Xi went smoothly, Rahmon told journalists in Dushanbe.')).toEqual([
      ['emomali-rahmon', 'xi-jinping'],
    ]);
  });

  it('does not read talks with a state, or talks one criticizes, as a meeting of the one named before', async () => {
    expect(await pairs('Pashinyan said the talks with Azerbaijan were stalling.')).toEqual([]);
    expect(await pairs('Lukashenko arrived in Minsk. Putin criticized the talks with Zelensky.')).toEqual([]);
  });
});

describe('being somewhere, or holding a round, for talks', () => {
  it('reads being in a place for talks with someone as meeting them', async () => {
    expect(await pairs('Japarov was in Moscow on Friday for talks with Putin.')).toEqual([
      ['sadyr-japarov', 'vladimir-putin'],
    ]);
    expect(await pairs('Lukashenko is in Beijing this week for talks with Xi.')).toEqual([
      ['alexander-lukashenko', 'xi-jinping'],
    ]);
  });

  it('reads a round of talks or negotiations held by two sides as their meeting', async () => {
    expect(await pairs('Tokayev and Japarov held a new round of negotiations in Almaty.')).toEqual([
      ['kassym-jomart-tokayev', 'sadyr-japarov'],
    ]);
    expect(await pairs('Rahmon and Mirziyoyev held a second series of talks in Khujand.')).toEqual([
      ['emomali-rahmon', 'shavkat-mirziyoyev'],
    ]);
  });

  it('does not read being ready for talks as a meeting', async () => {
    expect(await pairs('Erdogan is ready for talks with Putin.')).toEqual([]);
    expect(await pairs('Aliyev was open to a new round of talks with Pashinyan.')).toEqual([]);
  });
});

describe('coordinated sides the parser shares with one conjunct only', () => {
  it('reads both subjects of a first verb as the subjects of the verb coordinated with it', async () => {
    expect(await pairs('Rahmon and Japarov opened the new checkpoint and then held talks.')).toEqual([
      ['emomali-rahmon', 'sadyr-japarov'],
    ]);
    expect(
      await pairs('Macron and Tokayev, speaking to journalists after their meeting, praised the uranium deal.'),
    ).toEqual([['emmanuel-macron', 'kassym-jomart-tokayev']]);
  });

  it('reads every name in apposition to the envoys of two states as the sides', async () => {
    expect(
      await pairs(
        'The chief negotiators of Kyrgyzstan and Tajikistan, Kamchybek Tashiev and Saimumin Yatimov, met in Batken.',
      ),
    ).toEqual([['kamchybek-tashiev', 'saimumin-yatimov']]);
    expect(await pairs('Two envoys, Anna Berger and Tomas Lind, held a meeting in Oslo.')).toEqual([
      ['anna-berger', 'tomas-lind'],
    ]);
  });

  it('does not pair sides joined by "or"', async () => {
    expect(await pairs('Either Japarov or Rahmon opened the checkpoint and then held talks.')).toEqual([]);
  });
});

describe('talks between states as a process', () => {
  it('does not read talks between states whose course is told as one meeting', async () => {
    expect(await pairs('Negotiations between Kazakhstan and Uzbekistan on water quotas have stalled.')).toEqual([]);
    expect(await pairs('Talks between Russia and Ukraine collapsed in the spring.')).toEqual([]);
    expect(await pairs('Talks between Turkey and Armenia have progressed slowly, diplomats said.')).toEqual([]);
  });

  it('still reads talks between people that went on as their meeting', async () => {
    expect(await pairs('Talks between Japarov and Rahmon continued over dinner in Osh.')).toEqual([
      ['emomali-rahmon', 'sadyr-japarov'],
    ]);
    expect(await pairs('Talks between Kazakhstan and Uzbekistan were held in Tashkent on Monday.')).toEqual([
      ['kazakhstan', 'uzbekistan'],
    ]);
  });
});

describe('"the country\'s president" as the holder', () => {
  it('reads the president of the country just named as its holder on the date', async () => {
    expect(await pairs('Macron flew to Uzbekistan, where he met the country’s president.')).toEqual([
      ['emmanuel-macron', 'shavkat-mirziyoyev'],
    ]);
    expect(await pairs("Erdogan arrived in Kyrgyzstan on Monday and was received by the nation's president.")).toEqual([
      ['recep-tayyip-erdogan', 'sadyr-japarov'],
    ]);
  });

  it('reads no holder when no country was named just before', async () => {
    expect(await pairs("Lukashenko met the country's president on Monday.")).toEqual([]);
  });
});

describe('two known people joined by a hyphen', () => {
  it('reads "the A-B meeting" and "the A-B summit" as a meeting of both', async () => {
    expect(await pairs('The Erdogan-Aliyev meeting in Ankara ended with a joint declaration.')).toEqual([
      ['ilham-aliyev', 'recep-tayyip-erdogan'],
    ]);
    expect(await pairs('Observers watched the Macron-Scholz summit in Paris closely.')).toEqual([
      ['emmanuel-macron', 'olaf-scholz'],
    ]);
  });

  it('still reads a hyphenated given name as one person', async () => {
    expect(await pairs('Kassym-Jomart Tokayev met Putin in Orenburg.')).toEqual([
      ['kassym-jomart-tokayev', 'vladimir-putin'],
    ]);
  });
});

describe('a meeting of two states whose leaders the article names', () => {
  it('reads the meeting of two states as that of the one person named for each', async () => {
    expect(
      await pairs(
        'Mirziyoyev arrived in Baku on Monday. Uzbek-Azerbaijani talks were held at the Zagulba residence with Aliyev.',
      ),
    ).toEqual([['ilham-aliyev', 'shavkat-mirziyoyev']]);
    expect(await pairs('Tajik-Kyrgyz talks took place in Osh. Japarov later praised Rahmon for his patience.')).toEqual(
      [['emomali-rahmon', 'sadyr-japarov']],
    );
  });

  it('keeps the states when their leaders are named far from the talks', async () => {
    expect(
      await pairs(
        'Erdogan proposed direct negotiations last week, and Pashinyan welcomed the idea at once. Turkey and Armenia have had no diplomatic relations since the early 1990s, and their border has stayed closed. On Friday, Turkish-Armenian talks were held in Vienna at the level of envoys.',
      ),
    ).toEqual([['armenia', 'turkey']]);
  });

  it('keeps the states when the article names no one, or two people, for a side', async () => {
    expect(await pairs('Tajik-Kyrgyz talks took place in Osh on Monday.')).toEqual([['kyrgyzstan', 'tajikistan']]);
    expect(
      await pairs('Putin and Lavrov spoke in Moscow. Russian-Kazakh talks were held later, Tokayev said.'),
    ).toEqual([['kazakhstan', 'russia']]);
  });
});

describe('guests of a large gathering', () => {
  it('does not pair two guests who attended or took part in a summit or a forum', async () => {
    expect(await pairs('Scholz and Macron both attended the forum in Davos.')).toEqual([]);
    expect(await pairs('Rahmon and Tokayev took part in the summit of the CSTO in Yerevan.')).toEqual([]);
  });

  it('still pairs two sides who held a summit of their own', async () => {
    expect(await pairs('Xi and Lukashenko held a summit in Beijing on Tuesday.')).toEqual([
      ['alexander-lukashenko', 'xi-jinping'],
    ]);
  });
});

describe('talks held in another state', () => {
  it('reads talks held in a state or its capital as talks with that state', async () => {
    expect(await pairs('Macron held talks in Yerevan on Thursday.')).toEqual([['armenia', 'emmanuel-macron']]);
    expect(await pairs('Lukashenko had a meeting in Uzbekistan on Friday, his press service said.')).toEqual([
      ['alexander-lukashenko', 'uzbekistan'],
    ]);
  });

  it('does not read talks held at home, in a city that is no capital, or with others named', async () => {
    expect(await pairs('Mirziyoyev held talks in Tashkent on Monday.')).toEqual([]);
    expect(await pairs('Blinken held talks in Geneva on Monday.')).toEqual([]);
    expect(await pairs('Erdogan held talks in Baku with energy executives.')).toEqual([]);
  });
});

describe('a transcript of leaders speaking in turn', () => {
  it('reads leaders of different states speaking in turn as their meeting', async () => {
    expect(
      await pairs(
        'Ilham Aliyev: Mr President, welcome to Baku. We value French investment.\n\nEmmanuel Macron: Thank you, Mr President. France wants closer ties with Azerbaijan.',
      ),
    ).toEqual([['emmanuel-macron', 'ilham-aliyev']]);
    expect(
      await pairs(
        'Emomali Rahmon: Dear friends, welcome to Dushanbe.\n\nSadyr Japarov: Thank you for the invitation.\n\nShavkat Mirziyoyev: Our three nations share one river.',
      ),
    ).toEqual([
      ['emomali-rahmon', 'sadyr-japarov'],
      ['emomali-rahmon', 'shavkat-mirziyoyev'],
      ['sadyr-japarov', 'shavkat-mirziyoyev'],
    ]);
  });

  it('does not read a telephone transcript, or officials of one state, as a meeting', async () => {
    expect(
      await pairs(
        'Telephone conversation with Mirziyoyev.\n\nVladimir Putin: Good evening, Mr President.\n\nShavkat Mirziyoyev: Good evening, dear friend.',
      ),
    ).toEqual([]);
    expect(
      await pairs('Vladimir Putin: The economy is growing.\n\nMikhail Mishustin: Yes, industry grew by five percent.'),
    ).toEqual([]);
  });
});

describe('what talks named with one side are, not how they went', () => {
  it('does not read talks that are impossible, needed or a process as a meeting of the leader just named', async () => {
    expect(await pairs('Putin arrived in Minsk. Talks with Zelensky remain impossible, he said.')).toEqual([]);
    expect(await pairs('Tokayev flew home. Talks with Xi are needed, analysts say.')).toEqual([]);
    expect(await pairs('Pashinyan addressed parliament. Talks with Aliyev have yielded little so far.')).toEqual([]);
  });

  it('does not read addressing an absent side after the talks as meeting it', async () => {
    expect(await pairs('After the talks, Erdogan urged Zelensky to accept a ceasefire.')).toEqual([]);
  });
});

describe('a participle set beside its doer', () => {
  it('reads "X, hosting Y in Z, said" as X meeting Y where the parser hangs the participle on Y', async () => {
    expect(await pairs('Xi, hosting Lukashenko in Beijing, said the partnership was strong.')).toEqual([
      ['alexander-lukashenko', 'xi-jinping'],
    ]);
    expect(await pairs('Tokayev, hosting Japarov in Astana, said water was the main issue.')).toEqual([
      ['kassym-jomart-tokayev', 'sadyr-japarov'],
    ]);
  });

  it('does not read a name in apposition with no participle of meeting as a meeting', async () => {
    expect(await pairs('Putin, an ally of Lukashenko, said the union was strong.')).toEqual([]);
  });
});

describe('guests received together, and one side of a sitting', () => {
  it('reads two guests hosted or received together as meeting one another as well as their host', async () => {
    expect((await pairs('Biden hosted Pashinyan and Aliyev at the White House on Friday.')).sort()).toEqual([
      ['ilham-aliyev', 'joe-biden'],
      ['ilham-aliyev', 'nikol-pashinyan'],
      ['joe-biden', 'nikol-pashinyan'],
    ]);
    expect((await pairs('Mirziyoyev and Rahmon were received by Serdar Berdimuhamedov in Ashgabat.')).sort()).toEqual([
      ['emomali-rahmon', 'serdar-berdimuhamedov'],
      ['emomali-rahmon', 'shavkat-mirziyoyev'],
      ['serdar-berdimuhamedov', 'shavkat-mirziyoyev'],
    ]);
  });

  it('does not pair guests received separately, nor the guests of a summit-sized reception', async () => {
    const apart =
      'Macron separately received Georgian Prime Minister Irakli Kobakhidze and Moldovan President Maia Sandu.';
    expect((await pairs(apart)).sort()).toEqual([
      ['emmanuel-macron', 'irakli-kobakhidze'],
      ['emmanuel-macron', 'maia-sandu'],
    ]);
    const big = await pairs('Erdogan hosted Orban, Vucic, Aliyev and Tokayev in Ankara.');
    expect(big.some((p) => p.includes('viktor-orban') && p.includes('ilham-aliyev'))).toBe(false);
  });

  it('reads those who sat down together with an unnamed other side as one side, not a meeting of their own', async () => {
    expect(await pairs('Scholz and Macron sat down with the chief executives in Paris.')).toEqual([]);
    expect(await pairs('Scholz and Macron met with the region’s business leaders.')).toEqual([]);
    // with no other side, the two meet each other
    expect(await pairs('Scholz and Macron sat down in Paris on Monday.')).toEqual([['emmanuel-macron', 'olaf-scholz']]);
  });

  it('reads the person named right after a title and its "of" phrase as the one met, not the country', async () => {
    expect(
      await pairs('Putin held talks with President of the Republic of Kazakhstan Kassym-Jomart Tokayev in Astana.'),
    ).toEqual([['kassym-jomart-tokayev', 'vladimir-putin']]);
    expect(
      await pairs('Xi Jinping met Prime Minister of Armenia Nikol Pashinyan on the sidelines of the summit.'),
    ).toEqual([['nikol-pashinyan', 'xi-jinping']]);
    // a title with no name after it stands for its holder, or else its country
    expect(await pairs('Xi Jinping received the special envoy of Armenia in Beijing.')).toEqual([
      ['armenia', 'xi-jinping'],
    ]);
  });

  it('reads the one met when the parser takes a long object for an indirect one', async () => {
    expect(
      await pairs(
        "Kazakh Foreign Minister Murat Nurtleu returned from Berlin, where he met Germany's foreign minister Annalena Baerbock.",
      ),
    ).toEqual([['annalena-baerbock', 'murat-nurtleu']]);
  });
});

describe('signing with each other, and "he" carried over from the sentence before', () => {
  it('reads two people named as signing a document with each other as meeting', async () => {
    expect(
      await pairs(
        'Uzbek Energy Minister Jurabek Mirzamahmudov signed the contract with Gazprom chief executive Alexei Miller in Tashkent.',
      ),
    ).toEqual([['alexei-miller', 'jurabek-mirzamahmudov']]);
    expect(
      await pairs('The memorandum was signed by Kazakh Prime Minister Olzhas Bektenov with Chinese Premier Li Qiang.'),
    ).toEqual([['li-qiang', 'olzhas-bektenov']]);
  });

  it('does not read a signing still ahead, or one with a country, as a meeting', async () => {
    expect(await pairs('Japarov will sign the treaty with Tajik President Emomali Rahmon next month.')).toEqual([]);
    expect(await pairs('Tokayev signed an agreement with Uzbekistan.')).toEqual([]);
  });

  it('reads "he" the parser left unlinked as the one person who was a subject in the sentence before', async () => {
    const text =
      'The UN\'s special rapporteur Dara Kellen, who arrived in Bishkek on Monday, urged Kyrgyz officials to release "all remaining detainees" and warned that banks found helping Moscow evade restrictions could be penalised by the bloc. He met Kyrgyz Foreign Minister Jeenbek Kulubaev and officials from the justice ministry.';
    expect(await pairs(text)).toEqual([['dara-kellen', 'jeenbek-kulubaev']]);
  });
});
