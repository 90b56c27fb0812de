import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/domain/names.js';
import { ARTICLE_SCHEMA_FILE, articleJsonSchema } from '../../src/ingest/article-json-schema.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { sentenceAt, splitSentences } from '../../src/ingest/sentences.js';
import { SEED_FILE } from '../support/seed.js';
import { planFromSource, readArticleFile } from '../../src/ingest/read-article.js';

const gazetteer = loadGazetteer();

describe('gazetteer', () => {
  it('resolves ids, names, aliases, demonyms and seats of power, case-insensitively', () => {
    const id = (ref: string): string | undefined => {
      const r = gazetteer.resolve(ref);
      return r.ok ? r.actor.id : undefined;
    };
    expect(id('kazakhstan')).toBe('kazakhstan');
    expect(id('Astana')).toBe('kazakhstan');
    expect(id('Kazakh')).toBe('kazakhstan');
    expect(id('the Kremlin')).toBe('russia');
    expect(id('Kremlin')).toBe('russia');
    expect(id('Moscow')).toBe('russia');
    expect(id('Tokayev')).toBe('kassym-jomart-tokayev');
    expect(id('german')).toBe('germany');
    expect(id('Network X')).toBe('x-platform');
  });

  it('explains an unknown name', () => {
    const r = gazetteer.resolve('Atlantis');
    expect(r).toEqual({
      ok: false,
      reason: expect.stringMatching(/unknown actor "Atlantis": not an id, name or alias in the gazetteer/),
    });
  });

  it('suggests the one near match of a misspelt name, and none for a name far from all', () => {
    expect(gazetteer.nearMatch('Dmitri Peskow')?.name).toBe('Dmitry Peskov');
    expect(gazetteer.nearMatch('kazakstan')?.id).toBe('kazakhstan');
    expect(gazetteer.nearMatch('Atlantis')).toBeUndefined();
    const text =
      'id: near-match\ntitle: Near match\noutlet: tass\ntext: Peskow criticized NATO.\nrelations:\n  - { type: CRITICIZED, source: Dmitri Peskow, target: NATO, text: Peskow criticized NATO }\n';
    expect(() => planFromSource('near.yaml', text, 'yaml', gazetteer)).toThrow(
      /relations\[0\]\.source \(line 6, column \d+\): unknown actor "Dmitri Peskow": .*; did you mean "Dmitry Peskov" \(id dmitry-peskov\)\?/,
    );
  });

  it('a gazetteer file given as an article says it is one and what to import instead', () => {
    const actors = '- id: atlantis\n  kind: Country\n  name: Atlantis\n';
    expect(() => planFromSource('actors.yaml', actors, 'yaml', gazetteer)).toThrow(
      /\(top level\).*got a list: a list of actors is a gazetteer file \(data\/actors\/\).*leave it out of the inputs/,
    );
    // any other wrong top level keeps the plain wording
    expect(() => planFromSource('scalar.yaml', 'just words\n', 'yaml', gazetteer)).toThrow(
      /expected a map of fields, got "just words"/,
    );
  });

  it('a malformed id or date is quoted back with what to write instead', () => {
    const source = (id: string, date: string) =>
      `id: ${id}\ntitle: Ids\noutlet: tass\npublishedAt: ${date}\ntext: Russia spoke.\nmentions: [russia]\n`;
    expect(() => planFromSource('ids.yaml', source('My Article!', '2024-05-24'), 'yaml', gazetteer)).toThrow(
      /id \(line 1, column \d+\): "My Article!": not an id: use only lower-case letters, digits and dashes/,
    );
    expect(() => planFromSource('ids.yaml', source('ids', 'last Friday'), 'yaml', gazetteer)).toThrow(
      /publishedAt \(line 4, column \d+\): "last Friday": write a date as YYYY-MM-DD/,
    );
    expect(() => planFromSource('ids.yaml', source('ids', '2024-02-30'), 'yaml', gazetteer)).toThrow(
      /"2024-02-30": February 2024 has 29 days, so there is no day 30/,
    );
  });

  it('a quote not in the text points to the nearest passage when one is close, and to none when none is', () => {
    const source = (quote: string) =>
      `id: near-quote\ntitle: Quotes\noutlet: tass\ntext: 'The minister said: "Our talks were useful and frank." Then he left.'\n` +
      `statements:\n  - { id: s1, speaker: Russia, direct: true, text: ${quote} }\n`;
    const plan = (quote: string) => () => planFromSource('quotes.yaml', source(quote), 'yaml', gazetteer);
    expect(plan('Our talks were very useful and frank')).toThrow(
      /statements\[0\]\.text \(line 6, column \d+\): .*copied verbatim.*; the nearest passage is "Our talks were useful and frank"$/m,
    );
    expect(plan('Our tlaks were usefull and frank')).toThrow(
      /the nearest passage is "Our talks were useful and frank"/,
    );
    expect(plan('The weather in Sochi was sunny all week')).toThrow(/copied verbatim from text\)$/m);
  });

  it('reads a Wikidata id as `wikidata: Q…`, still reads the older `wikidataId`, and refuses both at once', () => {
    expect(gazetteer.resolve('Putin')).toMatchObject({ ok: true, actor: { wikidata: 'Q7747' } });
    const source = (wikidata: string) =>
      `id: wd\ntitle: Wikidata\noutlet: tass\ntext: Ruritania spoke.\nactors:\n  - { id: ruritania, kind: Country, name: Ruritania, ${wikidata} }\nmentions: [ruritania]\n`;
    const actorOf = (wikidata: string) => planFromSource('wd.yaml', source(wikidata), 'yaml', gazetteer).actors;
    expect(actorOf('wikidata: Q1')).toContainEqual(expect.objectContaining({ id: 'ruritania', wikidataId: 'Q1' }));
    expect(actorOf('wikidataId: Q1')).toContainEqual(expect.objectContaining({ id: 'ruritania', wikidataId: 'Q1' }));
    expect(() => actorOf('wikidata: Q1, wikidataId: Q1')).toThrow(
      /actors\[0\]\.wikidataId \(line 6, column \d+\): give the Wikidata id once, as wikidata: Q1/,
    );
    expect(() => actorOf('wikidata: P31')).toThrow(/actors\[0\]\.wikidata .*a Wikidata id such as Q232/);
    const files = fs.readdirSync('data/actors').map((f) => fs.readFileSync(`data/actors/${f}`, 'utf8'));
    expect(files.join('\n')).not.toMatch(/wikidataId:/);
  });

  it('refuses a name two actors share, asking for the id', () => {
    const extended = gazetteer.extend([
      { id: 'georgia-us-state', kind: 'Region', name: 'Georgia', aliases: [], demonyms: [], seats: [], roles: [] },
    ]);
    const r = extended.resolve('Georgia');
    expect(r).toEqual({
      ok: false,
      reason: 'ambiguous actor "Georgia": it names georgia, georgia-us-state; write the id instead',
    });
    expect(extended.resolve('georgia')).toMatchObject({ ok: true, actor: { id: 'georgia' } });
    expect(extended.resolve('Tbilisi')).toMatchObject({ ok: true, actor: { id: 'georgia' } });
  });

  it('folds case, typographic quotes and a leading "the" in names', () => {
    expect(nameKey('The  Kremlin')).toBe('kremlin');
    expect(nameKey('Putin’s')).toBe("putin's");
  });
});

describe('sentences', () => {
  it('splits on sentence ends and maps an offset to its sentence', () => {
    const text = 'Tokayev met Scholz. “We comply,” he said.\n\nSource: Azattyq';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Tokayev met Scholz.', '“We comply,” he said.', 'Source: Azattyq']);
    expect(sentenceAt(s, text.indexOf('comply'))?.index).toBe(1);
  });
});

describe('article format', () => {
  it('the committed JSON Schema matches the zod definition (run `npm run schema:article` after changing it)', () => {
    expect(fs.readFileSync(ARTICLE_SCHEMA_FILE, 'utf8')).toBe(articleJsonSchema());
  });

  it('anchors every statement of the seed article in its text', () => {
    const plan = readArticleFile(SEED_FILE, gazetteer);
    for (const s of plan.statements) expect(plan.article.text.slice(s.start, s.end)).toBe(s.text);
    expect(plan.statements.map((s) => s.sentenceIndex)).toEqual([0, 3, 7, 5, 6, 9, 10]);
    expect(plan.newActorIds).toEqual([]);
  });
});
