/** The exact graph the seed article becomes, read back from the real Neo4j. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticles } from '../../src/ingest/importer.js';
import { readArticleFile } from '../../src/ingest/read-article.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { gazetteer, SEED_FILE, SEED_ID } from '../support/seed.js';

const connection = testConnection();
const q = async (cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> => {
  const { records } = await connection.driver.executeQuery(cypher, params, { database: connection.database });
  return records.map((r) => r.toObject());
};

beforeAll(async () => {
  await resetDatabase(connection);
  const summary = await importArticles(connection, gazetteer, [
    { name: SEED_FILE, plan: () => readArticleFile(SEED_FILE, gazetteer) },
  ]);
  expect(summary.counts).toEqual({ created: 1, replaced: 0, unchanged: 0, failed: 0 });
});
afterAll(() => connection.driver.close());

describe('the seed article in the graph', () => {
  it('has Tokayev MET Scholz on 2023-09-28, reported by Azattyq, traceable to the sentence and the talks', async () => {
    const rows = await q(`
      MATCH (t:Person {name: 'Kassym-Jomart Tokayev'})-[r:MET]->(s:Person {name: 'Olaf Scholz'})
      MATCH (art:Article {id: r.articleId})
      RETURN toString(r.date) AS date, r.assertedBy AS by, r.modality AS modality, r.eventId AS event,
             art.sentences[r.sentenceIndex] AS sentence, substring(art.text, r.start, r.end - r.start) AS evidence`);
    expect(rows).toEqual([
      {
        date: '2023-09-28',
        by: 'azattyq',
        modality: 'asserted',
        event: 'tokayev-scholz-talks-2023-09-28',
        sentence: expect.stringContaining(
          'Tokayev said at a press conference after negotiations with German Chancellor Olaf Scholz on September 28.',
        ),
        evidence: 'after negotiations with German Chancellor Olaf Scholz on September 28',
      },
    ]);
  });

  it('has every relation the article implies, with claimant and modality', async () => {
    const rows = await q(
      `
      MATCH (a:Actor)-[r]->(b:Actor) WHERE r.articleId = $id
      RETURN a.id + ' ' + type(r) + ' ' + b.id + ' by ' + r.assertedBy + ' (' + r.modality + ')' AS edge ORDER BY edge`,
      { id: SEED_ID },
    );
    expect(rows.map((r) => r.edge)).toEqual([
      'armenia DRIFTING_FROM russia by isabelle-van-bruggen (hedged)',
      'kassym-jomart-tokayev MET olaf-scholz by azattyq (asserted)',
      'kassym-jomart-tokayev VISITED germany by azattyq (asserted)',
      'kazakhstan COMPLIES_WITH_SANCTIONS_AGAINST russia by kassym-jomart-tokayev (asserted)',
      'kazakhstan DRIFTING_FROM russia by isabelle-van-bruggen (hedged)',
      'kazakhstan REASSURED germany by kassym-jomart-tokayev (asserted)',
      'kazakhstan RELATIONS_WORSENING russia by isabelle-van-bruggen (asserted)',
      'russia FAILED_TO_SUPPORT armenia by timothy-ash (asserted)',
      'russia INVADED ukraine by timothy-ash (asserted)',
      'russia LOSING_INFLUENCE_OVER armenia by timothy-ash (asserted)',
      'russia LOSING_INFLUENCE_OVER central-asia by timothy-ash (asserted)',
      'russia LOSING_INFLUENCE_OVER central-asia by timothy-ash (asserted)',
      'the-west SEEKS_COOPERATION_WITH central-asia by azattyq (asserted)',
    ]);
  });

  it('attributes the hedged DRIFTING_FROM claims to Van Bruggen via Newsweek, each with its statement', async () => {
    const rows = await q(`
      MATCH (vb:Person {name: 'Isabelle Van Bruggen'})-[:CLAIMED]->(c:Claim {predicate: 'DRIFTING_FROM'})-[:SUBJECT]->(s)
      MATCH (c)-[:OBJECT]->(o), (c)-[:STATED_IN]->(st:Statement)<-[:SAID]-(vb), (c)-[:REPORTED_VIA]->(via)
      MATCH (s)-[e:DRIFTING_FROM {claimId: c.id}]->(o)
      RETURN s.name AS subject, o.name AS object, c.modality AS modality, via.name AS via, st.direct AS direct, c.text AS text ORDER BY subject`);
    expect(rows).toEqual([
      {
        subject: 'Armenia',
        object: 'Russia',
        modality: 'hedged',
        via: 'Newsweek',
        direct: false,
        text: 'following another ally, Armenia',
      },
      {
        subject: 'Kazakhstan',
        object: 'Russia',
        modality: 'hedged',
        via: 'Newsweek',
        direct: false,
        text: 'Kazakhstan may have turned its back on Russia',
      },
    ]);
  });

  it("records Tokayev's statements with their occasion, and Ash's post with its medium", async () => {
    const tokayev = await q(`
      MATCH (:Person {id: 'kassym-jomart-tokayev'})-[:SAID]->(s:Statement)-[:AT_EVENT]->(ev:Event)
      RETURN s.direct AS direct, toString(s.date) AS date, ev.kind AS occasion, s.sentenceIndex AS sentence ORDER BY s.start`);
    expect(tokayev.map((r) => ({ ...r, sentence: Number(r.sentence) }))).toEqual([
      { direct: true, date: '2023-09-28', occasion: 'press_conference', sentence: 0 },
      { direct: false, date: '2023-09-28', occasion: 'press_conference', sentence: 3 },
      { direct: true, date: '2023-09-28', occasion: 'press_conference', sentence: 7 },
    ]);
    const ash = await q(
      `MATCH (:Person {id: 'timothy-ash'})-[:SAID]->(s:Statement {direct: true})-[:VIA_MEDIUM]->(m) RETURN m.name AS medium, s.text STARTS WITH 'Wow, huge step.' AS post`,
    );
    expect(ash).toEqual([{ medium: 'X', post: true }]);
  });

  it('has the article with its outlet, the Newsweek piece it cites, and every actor it mentions', async () => {
    const [art] = await q(
      `
      MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(o)
      MATCH (a)-[:CITES]->(cited)-[:PUBLISHED_BY]->(co), (cited)-[:WRITTEN_BY]->(author)
      RETURN o.name AS outlet, co.name AS cites, author.name AS author, a.publishedAt AS publishedAt, size(a.textHash) AS hashLength,
             COLLECT { MATCH (a)-[:MENTIONS]->(m) RETURN m.name ORDER BY m.name } AS mentions`,
      { id: SEED_ID },
    );
    expect(art).toMatchObject({
      outlet: 'Azattyq',
      cites: 'Newsweek',
      author: 'Isabelle Van Bruggen',
      publishedAt: null,
    });
    expect(Number(art!.hashLength)).toBe(64);
    expect(art!.mentions).toEqual(
      expect.arrayContaining([
        'Kassym-Jomart Tokayev',
        'Kazakhstan',
        'Olaf Scholz',
        'Germany',
        'Russia',
        'Vladimir Putin',
        'Armenia',
        'Ukraine',
        'Nagorno-Karabakh',
        'Central Asia',
        'Newsweek',
        'Isabelle Van Bruggen',
        'Timothy Ash',
        'Chatham House',
        'X',
        'Azattyq',
      ]),
    );
  });

  it('knows who held a role on a date: the German Chancellor on 2023-09-28 is Scholz', async () => {
    const rows = await q(`
      MATCH (p:Person)-[r:HOLDS_ROLE {title: 'Chancellor'}]->(:Country {id: 'germany'})
      WHERE r.since <= date('2023-09-28') AND (r.until IS NULL OR r.until >= date('2023-09-28'))
      RETURN p.name AS holder`);
    expect(rows).toEqual([{ holder: 'Olaf Scholz' }]);
    const kinds = await q(
      `MATCH (a:Actor) WHERE a.id IN ['kassym-jomart-tokayev', 'kazakhstan', 'chatham-house', 'newsweek', 'central-asia'] RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'][0] AS kind ORDER BY id`,
    );
    expect(kinds).toEqual([
      { id: 'central-asia', kind: 'Region' },
      { id: 'chatham-house', kind: 'Organization' },
      { id: 'kassym-jomart-tokayev', kind: 'Person' },
      { id: 'kazakhstan', kind: 'Country' },
      { id: 'newsweek', kind: 'Media' },
    ]);
  });
});
