/**
 * The extractor on sentences written for these tests, and on the seed
 * article (the corpus texts stay out of the repository; `npm run
 * eval:extract -- ../shared/corpus` measures on them).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateInParse, resolveDate } from '../../src/extract/dates.js';
import { ParsedDocument } from '../../src/extract/parse/document.js';
import { extract, toDraftArticle, toGoldJson } from '../../src/extract/extractor.js';
import { parseHtmlPage } from '../../src/extract/html-page.js';
import { parsePlainText } from '../../src/extract/raw-article.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { loadConfig } from '../../src/config.js';
import { openParser } from '../../src/nlp/parser.js';
import { planFromSource } from '../../src/ingest/read-article.js';
import { stringify } from 'yaml';
import { seedSource } from '../support/seed.js';
import { parse } from 'yaml';

const gazetteer = loadGazetteer();
const parser = openParser(loadConfig());
const run = (text: string, publishedAt: string | null = '2023-09-29') =>
  extract({ url: null, outlet: 'Test Wire', publishedAt, author: null, title: 'Test', text }, gazetteer, parser);

describe('dates', () => {
  it('resolves absolute and relative dates against the publication date', async () => {
    expect(resolveDate('on September 28', '2023-09-29')).toBe('2023-09-28');
    expect(resolveDate('October 7, 2023', null)).toBe('2023-10-07');
    expect(resolveDate('on Thursday', '2023-09-29')).toBe('2023-09-28');
    expect(resolveDate('on December 30', '2024-01-05')).toBe('2023-12-30');
    expect(resolveDate('on Thursday', null)).toBeNull();
    expect(resolveDate('Friday', '2023-09-29')).toBe('2023-09-29');
    expect(resolveDate('Thursday', '2023-09-29', true)).toBe('2023-10-05');
    expect(resolveDate('Friday', '2023-09-29', true)).toBe('2023-10-06');
    expect(resolveDate('next Monday', '2023-09-29')).toBe('2023-10-02');
    expect(resolveDate('last Monday', '2023-09-29', true)).toBe('2023-09-25');
    // A week or a month resolves to its first day.
    expect(resolveDate('this week', '2023-09-29')).toBe('2023-09-25');
    expect(resolveDate('last week', '2023-09-29')).toBe('2023-09-18');
    expect(resolveDate('last month', '2023-01-10')).toBe('2022-12-01');
  });

  it('reads a date phrase of the parse as a day: written-out days by SUTime, weekdays from the publication date and the tense', async () => {
    const text =
      'Tokayev met Scholz Thursday. They spoke again on the 3rd of May. Last Thursday was quiet. Trade grew in 2022. ' +
      'Scholz will visit Astana on Tuesday. The ministers met on Thursday, September 14.';
    const doc = new ParsedDocument(text, (await parser.parse(text, '2023-09-29')).doc);
    expect(doc.sentences.map((s) => dateInParse(s, s.start, s.end, '2023-09-29'))).toEqual([
      '2023-09-28',
      '2023-05-03',
      '2023-09-28',
      null,
      '2023-10-03',
      '2023-09-14',
    ]);
  });

  it('dates draft items from a phrase in their sentence, and quotes from their attribution', async () => {
    const draft = toDraftArticle(
      await run(
        'Scholz met Tokayev in Berlin this week. “The talks were useful,” Tokayev said on Thursday. Armenia criticized Russia.',
      ),
      'dated',
      gazetteer,
    );
    expect(draft.relations.map((r) => [r.type, r.date])).toEqual([
      ['MET', '2023-09-25'],
      ['CRITICIZED', undefined],
    ]);
    expect(draft.statements.map((st) => st.date)).toEqual(['2023-09-28']);
  });
});

describe('inputs and outputs', () => {
  it('reads the header lines of a plain-text article', async () => {
    const raw = parsePlainText('https://example.org/a\nTest Wire | 2024-02-03 | Jane Roe\nA title\n\nBody text here.');
    expect(raw).toEqual({
      url: 'https://example.org/a',
      outlet: 'Test Wire',
      publishedAt: '2024-02-03',
      author: 'Jane Roe',
      title: 'A title',
      text: 'Body text here.',
    });
  });

  it('finds the article body of an HTML page and drops the boilerplate', async () => {
    const html = `<!doctype html><html><head><title>Talks in Astana</title><meta property="og:site_name" content="Test Wire"></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe now</a></nav>
      <article><h1>Talks in Astana</h1>
      <p>Kazakh President Kassym-Jomart Tokayev met Chancellor Olaf Scholz in Astana on Thursday, officials said after the talks ended late in the evening.</p>
      <p>“We discussed energy and transport,” Tokayev said at a press conference, adding that both sides would continue the dialogue next year in Berlin.</p>
      <p>The two leaders also discussed sanctions, trade routes across the Caspian Sea and the future of the Central Asia–Germany format in detail.</p></article>
      <footer>© Test Wire. All rights reserved. Cookie settings.</footer></body></html>`;
    const raw = parseHtmlPage(html);
    expect(raw.text).toContain('“We discussed energy and transport,” Tokayev said');
    expect(raw.text).not.toMatch(/Subscribe now|Cookie settings/);
    expect(raw.outlet).toBe('Test Wire');
  });

  it('reads a news page as an analyst would: body only, date from JSON-LD, nothing from menus, tickers, sidebars or comments', async () => {
    // A page written for this test in the layout of a typical news site.
    const raw = parseHtmlPage(fs.readFileSync(new URL('../fixtures/news-page.html', import.meta.url), 'utf8'));
    expect(raw).toMatchObject({
      outlet: 'Steppe Daily',
      author: 'Aigerim Sadykova',
      publishedAt: '2024-05-17',
      title: 'Tokayev and Mirziyoyev agree on water talks',
      url: 'https://steppe-daily.example/politics/2024/05/tokayev-mirziyoyev-water-talks',
    });
    expect(raw.text.split('\n\n')).toHaveLength(5);
    expect(raw.text).not.toMatch(
      /cookies|Most read|Advertisement|Read also|Reader42|Share on|All rights reserved|Xi Jinping/,
    );
    const gold = toGoldJson(await extract(raw, gazetteer, parser));
    expect(gold.meetings).toEqual([{ a: 'Kassym-Jomart Tokayev', b: 'Shavkat Mirziyoyev', date: '2024-05-16' }]);
    expect(gold.quotes.map((q) => [q.speaker, q.direct])).toEqual([
      ['Kassym-Jomart Tokayev', true],
      ['Shavkat Mirziyoyev', false],
    ]);
    // "the two leaders agreed", "the two presidents signed agreements": the pair named before
    expect(gold.relations).toEqual([
      expect.objectContaining({
        source: 'Kassym-Jomart Tokayev',
        target: 'Shavkat Mirziyoyev',
        kind: 'signed agreement with',
      }),
      expect.objectContaining({ source: 'Kassym-Jomart Tokayev', target: 'Uzbekistan', kind: 'visited' }),
    ]);
    // A capital visited is a place in the text, and the visit is to its country.
    expect(gold.actors.find((a) => a.name === 'Tashkent')).toMatchObject({ type: 'Place' });
    expect(gold.actors.map((a) => a.name)).not.toContain('Vladimir Putin');
  });

  it("writes a known person's name as the article spells it, and keeps the gazetteer's spelling where the article uses it", async () => {
    const variant = toGoldJson(
      await run('President Volodymyr Zelenskyy thanked Kazakhstan. "We are grateful," Zelenskyy said on Monday.'),
    );
    expect(variant.actors.map((a) => a.name)).toContain('Volodymyr Zelenskyy');
    expect(variant.quotes.map((q) => q.speaker)).toEqual(['Volodymyr Zelenskyy']);
    const canonical = toGoldJson(await run('Zelensky thanked Kazakhstan, and Volodymyr Zelenskyy thanked Astana.'));
    expect(canonical.actors.map((a) => a.name)).toContain('Volodymyr Zelensky');
  });

  it('counts the actors a headline names, and reads no quote, meeting or relation from it', async () => {
    const withTitle = async (title: string, text: string) =>
      extract(parsePlainText(`unknown\nTest Wire | 2024-05-02 | unknown\n${title}\n\n${text}`), gazetteer, parser);
    const a = await withTitle(
      'Beijing courts Astana as rail freight doubles',
      'Freight trains crossed the border at Khorgos.',
    );
    expect(toGoldJson(a).actors.map((x) => [x.name, x.mentions])).toEqual(
      expect.arrayContaining([
        ['China', ['Beijing']],
        ['Kazakhstan', ['Astana']],
      ]),
    );
    const b = await withTitle(
      'Uzbek leader hails Turkish investors',
      'Mirziyoyev spoke at a forum in Tashkent, where Turkey pledged new loans.',
    );
    const names = toGoldJson(b).actors.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Uzbekistan', 'Turkey']));
    // "Central Asian" in a headline is no mention of the region the body never names.
    const c = await withTitle(
      'Putin meets Erdogan as Central Asian states look on',
      'Kazakhstan said on Monday that it would keep its rail tariffs unchanged.',
    );
    const gold = toGoldJson(c);
    expect(gold.actors.map((x) => x.name)).toEqual(
      expect.arrayContaining(['Vladimir Putin', 'Recep Tayyip Erdoğan', 'Kazakhstan']),
    );
    expect(gold.actors.map((x) => x.name)).not.toContain('Central Asia');
    expect(gold.meetings).toEqual([]);
    expect(gold.relations.filter((r) => r.source === 'Vladimir Putin' || r.target === 'Vladimir Putin')).toEqual([]);
    expect(c.mentions.every((m) => c.raw.text.slice(m.start, m.end) === m.surface)).toBe(true);
    // A placeholder with the corpus's note is no headline.
    expect(
      parsePlainText('unknown\nX | unknown | unknown\nunknown (headline not in the stored copy)\n\nText.').title,
    ).toBeNull();
  });

  it('reads "our president" in the words of someone the article gives a country\'s title as that country\'s holder', async () => {
    const own = async (text: string) =>
      (await run(text, '2024-05-02')).mentions.filter((m) => m.source === 'anaphor').map((m) => [m.surface, m.actorId]);
    expect(
      await own('Kazakhstan’s foreign minister, Daulet Kenzhebayev, said: “Our president will visit Beijing in June.”'),
    ).toEqual([['Our president', 'kassym-jomart-tokayev']]);
    expect(
      await own('“Our country will not join any bloc,” said Uzbek Deputy Foreign Minister Akmal Rustamov on Friday.'),
    ).toEqual([['Our country', 'uzbekistan']]);
    expect(
      await own(
        'Armenia’s ambassador, Levon Sargsyan, told reporters that our prime minister had accepted the invitation.',
      ),
    ).toEqual([['our prime minister', 'nikol-pashinyan']]);
    // a speaker the article gives no country's title has no "our president" to read
    expect(await own('A lawyer, Daulet Kenzhebayev, said: “Our president is wrong about the tariffs.”')).toEqual([]);
  });

  it('takes the outlet from a closing credit line when there is no header', async () => {
    expect(parsePlainText('Tokayev met Scholz in Berlin.\n\nSource: Azattyq').outlet).toBe('Azattyq');
    expect(parsePlainText('Tokayev met Scholz in Berlin.').outlet).toBeNull();
  });

  it('gives every draft item its evidence span, sentence and confidence, and new actors a low confidence', async () => {
    const text =
      'Georgian analyst Nino Beridze met Putin on Monday. Later, Kazakhstan criticized Russia.\n\n“The talks were useful,” Beridze said.';
    const draft = toDraftArticle(await run(text), 'evidence-draft', gazetteer);
    const items = [...draft.statements, ...draft.claims, ...draft.relations];
    expect(items.length).toBe(3);
    for (const item of items) {
      expect(text.slice(item.evidence!.start, item.evidence!.end)).toBe(item.text);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    expect(draft.relations.map((r) => [r.type, r.evidence!.sentence])).toEqual([
      ['MET', 0],
      ['CRITICIZED', 1],
    ]);
    expect(draft.actors.find((a) => a.id === 'nino-beridze')).toMatchObject({ kind: 'Person', confidence: 0.8 });
  });

  it('marks relations of a symmetric type as symmetric in the evaluation format, and only those', async () => {
    const gold = toGoldJson(
      await run('Armenia and Azerbaijan signed a border agreement on Monday. Later, Kazakhstan criticized Russia.'),
    );
    expect(gold.relations.map((r) => [r.source, r.target, r.symmetric ?? false])).toEqual([
      ['Armenia', 'Azerbaijan', true],
      ['Kazakhstan', 'Russia', false],
    ]);
  });

  it('gives named events the type Event in the evaluation format and a place in the draft’s events list the importer accepts', async () => {
    const x = await run(
      'Tokayev attended the SCO summit in Astana on Thursday and met Xi Jinping there. The summit praised Kazakhstan.',
    );
    const gold = toGoldJson(x);
    expect(gold.actors.filter((a) => a.type === 'Event')).toEqual([
      { name: 'SCO summit', type: 'Event', mentions: ['SCO summit', 'SCO summit in Astana', 'summit'] },
    ]);
    const draft = toDraftArticle(x, 'event-draft', gazetteer);
    expect(draft.events).toEqual([
      { id: 'event-draft-summit-sco', kind: 'summit', name: 'SCO summit', participants: [] },
    ]);
    const plan = planFromSource('draft.yaml', stringify(draft), 'yaml', gazetteer);
    expect(plan.events.map((e) => [e.id, e.kind])).toEqual([['event-draft-summit-sco', 'summit']]);
  });

  it('turns the seed article into a draft the importer accepts, and into the evaluation format', async () => {
    const seed = parse(seedSource()) as { text: string };
    const x = await run(seed.text, null);
    const gold = toGoldJson(x);
    expect(gold.quotes.filter((q) => q.direct).map((q) => q.speaker)).toEqual([
      'Kassym-Jomart Tokayev',
      'Kassym-Jomart Tokayev',
      'Timothy Ash',
    ]);
    expect(gold.meetings).toEqual([{ a: 'Kassym-Jomart Tokayev', b: 'Olaf Scholz', date: null }]);
    const draft = toDraftArticle(x, 'seed-draft', gazetteer);
    expect(draft).toMatchObject({ extracted: true, reviewed: false });
    const plan = planFromSource('draft.yaml', stringify(draft), 'yaml', gazetteer);
    expect(plan.statements.length).toBe(gold.quotes.length);
    expect(
      plan.edges.some(
        (e) => e.type === 'MET' && e.sourceId === 'kassym-jomart-tokayev' && e.targetId === 'olaf-scholz',
      ),
    ).toBe(true);
  });
});
