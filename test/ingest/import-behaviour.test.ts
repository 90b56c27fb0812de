/**
 * Re-import changes nothing; an edited article replaces only its own content;
 * each class of bad input is reported precisely and writes nothing.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/ingest/input-error.js';
import { expectBucketsExact } from '../support/buckets.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { graphFingerprint, NOTHING_WRITTEN } from '../support/graph-snapshot.js';
import { importTexts, seedSource, SEED_ID } from '../support/seed.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

/** A small second article, written for these tests, sharing actors with the seed. */
const OTHER = `
id: test-wire-putin-tokayev
title: Putin and Tokayev meet
outlet: tass
publishedAt: 2023-10-12
text: Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Astana on Thursday.
relations:
  - type: MET
    source: Putin
    target: Tokayev
    text: Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Astana
    date: 2023-10-12
`;

/** OTHER as a machine draft: the extractor's span and confidence on its relation. */
const DRAFT = (evidence: string) =>
  `${OTHER.replace('id: test-wire-putin-tokayev', 'id: test-wire-draft')}    evidence: ${evidence}\n    confidence: 0.7\nextracted: true\nreviewed: false\n`;

const seed = (edit: (text: string) => string = (t) => t) => ({ name: 'seed.yaml', text: edit(seedSource()) });

async function failureOf(text: string, format: 'yaml' | 'json' = 'yaml'): Promise<InputError> {
  const summary = await importTexts(connection, [{ name: 'bad.yaml', text, format }]);
  expect(summary.counts.failed).toBe(1);
  const error = summary.results[0]!.error;
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/** What an article contributes (the gazetteer's shared actors are synced separately, before any article). */
async function articleContent(): Promise<Record<string, number>> {
  const { records } = await connection.driver.executeQuery(
    `RETURN COUNT { (:Article) } AS articles, COUNT { (:Statement) } AS statements, COUNT { (:Claim) } AS claims,
            COUNT { (:Event) } AS events, COUNT { ()-[r]->() WHERE r.articleId IS NOT NULL } AS edges`,
    {},
    { database: connection.database },
  );
  const r = records[0]!;
  return Object.fromEntries(r.keys.map((k) => [k, Number(r.get(k))]));
}

beforeEach(async () => {
  await resetDatabase(connection);
});

describe('idempotent import', () => {
  it('re-importing the same article changes nothing at all', async () => {
    await importTexts(connection, [seed(), { name: 'other.yaml', text: OTHER }]);
    const before = await graphFingerprint(connection);
    const again = await importTexts(connection, [seed(), { name: 'other.yaml', text: OTHER }]);
    expect(again.counts).toEqual({ created: 0, replaced: 0, unchanged: 2, failed: 0 });
    expect(again.counters).toEqual(NOTHING_WRITTEN);
    expect(await graphFingerprint(connection)).toEqual(before);
  });

  it('an edited article replaces its own edges and leaves other articles and shared actors alone', async () => {
    await importTexts(connection, [seed(), { name: 'other.yaml', text: OTHER }]);
    const before = await graphFingerprint(connection);
    const westBuckets = async () =>
      (await expectBucketsExact(connection)).filter((k) => k.dyad === 'central-asia|the-west').map((k) => k.type);
    expect(await westBuckets()).toEqual(['*', 'SEEKS_COOPERATION_WITH']);
    // The analyst decides Van Bruggen's worsening-relations claim is hedged, and drops the West's interest.
    const edited = seed((t) =>
      t
        .replace(/(predicate: RELATIONS_WORSENING\n\s+object: Russia\n)/, '$1    modality: hedged\n')
        .replace(/ {2}- type: SEEKS_COOPERATION_WITH[\s\S]*$/, ''),
    );
    const summary = await importTexts(connection, [edited]);
    expect(summary.counts.replaced).toBe(1);
    const after = await graphFingerprint(connection);
    // The West was named only by the dropped relation, so the article no longer mentions it either,
    // and the projection loses the tie that relation alone made.
    expect(before.edges.filter((e) => !after.edges.includes(e))).toEqual([
      `${SEED_ID} MENTIONS the-west `,
      // its attestation, and the proposition it alone attested, go with it
      `${SEED_ID}/relation-3 ATTESTS asserted:cooperation:the-west>central-asia@2023-09-28 `,
      // the pair's last tie went, and the pair with it
      'central-asia TIED the-west ',
      `the-west SEEKS_COOPERATION_WITH central-asia ${SEED_ID}/relation-3`,
      'the-west TIE_SEEKS_COOPERATION_WITH central-asia ',
    ]);
    expect(after.edges.filter((e) => !before.edges.includes(e))).toEqual([]);
    expect(after.relationships).toBe(before.relationships - 5);
    // the dropped relation's attestation and its proposition, and the timeline month buckets (its type's and
    // all types') of the dyad it alone made
    expect(after.nodes).toBe(before.nodes - 4);
    expect(await westBuckets()).toEqual([]);
    const { records } = await connection.driver.executeQuery(
      `MATCH (:Actor {id: 'kazakhstan'})-[r:RELATIONS_WORSENING]->(:Actor {id: 'russia'}) RETURN r.modality AS m
       UNION ALL MATCH (:Actor {id: 'vladimir-putin'})-[r:MET {articleId: 'test-wire-putin-tokayev'}]->() RETURN r.modality AS m`,
      {},
      { database: connection.database },
    );
    expect(records.map((r) => r.get('m'))).toEqual(['hedged', 'asserted']);
  });

  it('two sources give two edges, so a pair of actors has a timeline', async () => {
    await importTexts(connection, [seed(), { name: 'other.yaml', text: OTHER }]);
    const { records } = await connection.driver.executeQuery(
      `MATCH ()-[r:MET]->() WHERE 'kassym-jomart-tokayev' IN [startNode(r).id, endNode(r).id]
       RETURN r.articleId AS article, toString(r.date) AS date ORDER BY date`,
      {},
      { database: connection.database },
    );
    expect(records.map((r) => [r.get('article'), r.get('date')])).toEqual([
      [SEED_ID, '2023-09-28'],
      ['test-wire-putin-tokayev', '2023-10-12'],
    ]);
  });

  it('writes an actor the article defines itself, and reports it as new', async () => {
    const text = `id: test-new-actor\ntitle: A new think tank\noutlet: tass\ntext: The Astana Policy Lab criticized Russia.\nactors:\n  - { id: astana-policy-lab, kind: Organization, name: Astana Policy Lab, aliases: [APL] }\nrelations:\n  - { type: CRITICIZED, source: APL, target: Russia, text: The Astana Policy Lab criticized Russia }\n`;
    const summary = await importTexts(connection, [{ name: 'new.yaml', text }]);
    expect(summary.results[0]).toMatchObject({ outcome: 'created', newActorIds: ['astana-policy-lab'] });
    const again = await importTexts(connection, [{ name: 'new.yaml', text }]);
    expect(again.results[0]).toMatchObject({ outcome: 'unchanged', newActorIds: [] });
    const { records } = await connection.driver.executeQuery(
      "MATCH (a:Organization {id: 'astana-policy-lab'})-[r:CRITICIZED]->(:Country {id: 'russia'}) RETURN a.name AS name, r.assertedBy AS by",
      {},
      { database: connection.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ name: 'Astana Policy Lab', by: 'tass' }]);
    const clash = await importTexts(connection, [
      { name: 'clash.yaml', text: text.replace('id: astana-policy-lab,', 'id: russia,') },
    ]);
    expect((clash.results[0]!.error as Error).message).toMatch(
      /actors\[0\]\.id.*actor "russia" is already in the gazetteer/,
    );
  });

  it("keeps a machine draft's spans and confidences, and marks the article extracted", async () => {
    const summary = await importTexts(connection, [
      { name: 'draft.yaml', text: DRAFT('{ sentence: 0, start: 0, end: 85 }') },
      seed(),
    ]);
    expect(summary.counts.created).toBe(2);
    const { records } = await connection.driver.executeQuery(
      `MATCH (art:Article) WHERE art.stub IS NULL
       OPTIONAL MATCH (:Actor {id: 'vladimir-putin'})-[r:MET {articleId: art.id}]->()
       RETURN art.id AS id, art.extracted AS extracted, art.reviewed AS reviewed, r.confidence AS confidence, toString(r.start) + '–' + toString(r.end) AS span ORDER BY id`,
      {},
      { database: connection.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { id: SEED_ID, extracted: false, reviewed: null, confidence: null, span: null },
      { id: 'test-wire-draft', extracted: true, reviewed: false, confidence: 0.7, span: '0–85' },
    ]);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const empty = await graphFingerprint(connection);
    const dry = await importTexts(connection, [seed()], { dryRun: true });
    expect(dry.results[0]).toMatchObject({ outcome: 'created', dryRun: true, articleId: SEED_ID });
    expect(await graphFingerprint(connection)).toEqual(empty);
  });
});

describe('bad input: a precise error and nothing written', () => {
  const cases: { name: string; text: () => string; format?: 'json'; path: string; message: RegExp; line?: number }[] = [
    {
      name: 'unknown actor',
      text: () => seedSource().replace('speaker: Isabelle Van Bruggen', 'speaker: Jane Nobody'),
      path: 'statements[3].speaker',
      message: /unknown actor "Jane Nobody"/,
    },
    {
      name: 'relation type outside the vocabulary',
      text: () => seedSource().replace('type: VISITED', 'type: ADMIRED'),
      path: 'relations[1].type',
      message: /"ADMIRED" is not allowed here; write one of MET, VISITED, /,
    },
    {
      name: 'anchor not in the article',
      text: () => seedSource().replace('text: he lost Armenia', 'text: he lost Georgia'),
      path: 'claims[8].text',
      message: /"he lost Georgia" is not in the article text/,
    },
    {
      name: 'anchor with straight quotes for curly ones',
      text: () =>
        seedSource().replace('text: Putin’s idiotic invasion of Ukraine', "text: Putin's idiotic invasion of Ukraine"),
      path: 'claims[7].text',
      message: /differs in case, spacing or quote marks/,
    },
    {
      name: 'bad date',
      text: () =>
        seedSource().replace(
          'date: 2023-09-28\n    occasion: tokayev-scholz-press-conference-2023-09-28\n    about: [russia]',
          'date: 2023-09-31\n    occasion: tokayev-scholz-press-conference-2023-09-28\n    about: [russia]',
        ),
      path: 'statements[0].date',
      message: /September 2023 has 30 days, so there is no day 31: check the day and the month/,
    },
    {
      name: 'reference to a missing statement',
      text: () =>
        seedSource().replace('statement: ash-post\n  - id: lost-armenia', 'statement: ash-tweet\n  - id: lost-armenia'),
      path: 'claims[7].statement',
      message: /no statement with id "ash-tweet"/,
    },
    {
      name: 'malformed YAML',
      text: () => 'id: x\ntitle: [unclosed\noutlet: tass\n',
      path: '',
      // where the [ opened, not line 3 where the parser gave up
      message: /malformed YAML: the list opened with \[ here is never closed \(the parser noticed at line 3\)/,
      line: 2,
    },
    {
      name: 'malformed JSON',
      text: () => '{"id": "x", "title": }',
      format: 'json',
      path: '',
      message: /malformed JSON/,
      line: 1,
    },
    {
      name: 'unknown field',
      text: () => seedSource().replace('language: en', 'language: en\nlanguge: en'),
      path: '',
      message: /unknown field `languge`: remove it or check the spelling/,
    },
    {
      name: 'extractor span that no longer holds the text',
      text: () => DRAFT('{ sentence: 0, start: 8, end: 93 }'),
      path: 'relations[0].evidence',
      message:
        /characters 8–93 of the article hold "President Vladimir Putin.*", not this item's text; fix the span or delete evidence/,
    },
    {
      name: 'extractor span in another sentence',
      text: () => DRAFT('{ sentence: 2, start: 0, end: 85 }'),
      path: 'relations[0].evidence.sentence',
      message: /the text is in sentence 0, not 2/,
    },
    {
      name: 'confidence out of range',
      text: () => DRAFT('{ sentence: 0, start: 0, end: 85 }').replace('confidence: 0.7', 'confidence: 7'),
      path: 'relations[0].confidence',
      message: /<=1/,
    },
    {
      name: 'missing required field',
      text: () => seedSource().replace(/^outlet: azattyq\n/m, ''),
      path: 'outlet',
      message: /^missing: add `outlet` \(text\); it is required$/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const error = await failureOf(c.text(), c.format);
      expect(error.file).toBe('bad.yaml');
      const problem = error.problems.find((p) => p.path === c.path);
      expect(problem, `problems were: ${JSON.stringify(error.problems)}`).toBeDefined();
      expect(problem!.message).toMatch(c.message);
      if (c.line !== undefined) expect(problem!.line).toBe(c.line);
      expect(error.message).toMatch(/nothing was written for this article/);
      expect(await articleContent()).toEqual({ articles: 0, statements: 0, claims: 0, events: 0, edges: 0 });
    });
  }

  it('names the line of a bad field in YAML', async () => {
    const error = await failureOf(seedSource().replace('type: VISITED', 'type: ADMIRED'));
    const line =
      seedSource()
        .split('\n')
        .findIndex((l) => l.includes('type: VISITED')) + 1;
    expect(error.problems[0]).toMatchObject({ path: 'relations[1].type', line });
  });

  it('rejects a file over the size limit', async () => {
    const huge = seedSource().replace('language: en', `language: en\n# ${'x'.repeat(2 * 1024 * 1024)}`);
    const error = await failureOf(huge);
    expect(error.problems[0]!.message).toMatch(/over the 2 MiB limit/);
  });

  it('imports the valid files of a run and fails the bad one; --strict stops at the first failure', async () => {
    const bad = { name: 'bad.yaml', text: 'id: broken\n' };
    const mixed = await importTexts(connection, [bad, seed(), { name: 'other.yaml', text: OTHER }]);
    expect(mixed.counts).toEqual({ created: 2, replaced: 0, unchanged: 0, failed: 1 });
    await resetDatabase(connection);
    const strict = await importTexts(connection, [bad, seed()], { strict: true });
    expect(strict.counts).toEqual({ created: 0, replaced: 0, unchanged: 0, failed: 1 });
    expect(strict.results).toHaveLength(1);
  });

  it('rejects a second article with the same id in one run', async () => {
    const summary = await importTexts(connection, [
      { name: 'a.yaml', text: OTHER },
      { name: 'b.yaml', text: OTHER },
    ]);
    expect(summary.counts).toMatchObject({ created: 1, failed: 1 });
    expect((summary.results[1]!.error as Error).message).toMatch(
      /article id "test-wire-putin-tokayev" is also used by a\.yaml/,
    );
  });
});
