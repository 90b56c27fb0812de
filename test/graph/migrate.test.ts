import { afterAll, describe, expect, it } from 'vitest';
import { UnsupportedServerError } from '../../src/errors.js';
import { graphCounts } from '../../src/graph/admin.js';
import { cypherNames } from '../../src/graph/cypher.js';
import { assertSupported, migrate, serverInfo } from '../../src/graph/migrate.js';
import { resetDatabase, testConnection } from '../support/database.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

async function schemaNames(): Promise<string[]> {
  const c = await connection.driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN name',
    {},
    { database: connection.database },
  );
  const i = await connection.driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    { database: connection.database },
  );
  return [...c.records, ...i.records].map((r) => String(r.get('name'))).sort();
}

describe('schema migrations', () => {
  it('are applied, and applying them twice changes nothing', async () => {
    await migrate(connection);
    const before = await schemaNames();
    const again = await migrate(connection);
    expect(again.created).toBe(0);
    expect(again.files).toEqual(cypherNames('schema'));
    expect(await schemaNames()).toEqual(before);
    expect(before).toEqual(
      expect.arrayContaining([
        'actor_id',
        'article_id',
        'claim_id',
        'statement_id',
        'event_id',
        'actor_names',
        'relation_article_met',
        'relation_article_invaded',
        'tie_source_met',
        'tie_target_invaded',
        'relation_dyad_met',
        'relation_dyad_invaded',
        'tie_dyad_met',
        'tie_dyad_invaded',
        'timeline_bucket_key',
        'utterance_text',
        'actor_name_key',
        'claim_tally_pair',
        'claim_claimant_subject_date',
        'claim_claimant_object_date',
        'claim_sort_date',
        'article_stub',
        'statement_speaker_date',
        'statement_speaker_article',
        'about_actor_date',
        'about_actor_article',
        'claim_claimant_date',
        'claim_subject_date',
        'claim_object_date',
        'claim_subject_object',
        'proposition_subject_contested',
        'proposition_dyad_contested',
        'relation_source_met',
        'relation_target_invaded',
      ]),
    );
  });

  it('give projection ties written before them their ends, in batched transactions (007_tie_ends)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-a'})-[:TIE_MET {type: 'MET', count: 1, lastDate: date('2020-01-02')}]->(b:Actor {id: 'mig-b'}),
                    (b)-[:TIE_INVADED {type: 'INVADED', count: 1, lastDate: date('2021-01-02')}]->(a)`);
    await migrate(connection);
    const { records } = await q(
      "MATCH ()-[t]->() WHERE type(t) STARTS WITH 'TIE_' RETURN type(t) AS type, t.sourceId AS s, t.targetId AS t ORDER BY type",
    );
    expect(records.map((r) => [r.get('type'), r.get('s'), r.get('t')])).toEqual([
      ['TIE_INVADED', 'mig-b', 'mig-a'],
      ['TIE_MET', 'mig-a', 'mig-b'],
    ]);
    await resetDatabase(connection);
  });

  it('give relation edges and ties written before them their dyad key and effective date (008_relation_dyads)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-z'})-[:MET {id: 'e1', date: date('2020-01-02'), reportedAt: date('2020-01-05')}]->(b:Actor {id: 'mig-b'}),
                    (b)-[:INVADED {id: 'e2', reportedAt: date('2021-01-02')}]->(a),
                    (b)-[:INVADED {id: 'e3'}]->(a),
                    (a)-[:TIE_MET {type: 'MET', count: 1}]->(b)`);
    await migrate(connection);
    const { records } = await q(
      "MATCH ()-[r]->() WHERE type(r) <> 'TIED' RETURN coalesce(r.id, type(r)) AS id, r.dyad AS dyad, toString(r.effectiveDate) AS at ORDER BY id",
    );
    expect(records.map((r) => [r.get('id'), r.get('dyad'), r.get('at')])).toEqual([
      ['TIE_MET', 'mig-b|mig-z', null],
      ['e1', 'mig-b|mig-z', '2020-01-02'],
      ['e2', 'mig-b|mig-z', '2021-01-02'],
      ['e3', 'mig-b|mig-z', '+999999999-12-31'],
    ]);
    await resetDatabase(connection);
  });

  it('give relation edges written before them their ends, in batched transactions (012_relation_ends)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-a'})-[:MET {id: 'e1', date: date('2020-01-02')}]->(b:Actor {id: 'mig-b'}),
                    (b)-[:INVADED {id: 'e2'}]->(a), (a)-[:CRITICIZED {id: 'e3'}]->(a),
                    (a)-[:TIE_MET {type: 'MET', count: 1, sourceId: 'mig-a', targetId: 'mig-b'}]->(b)`);
    await migrate(connection);
    const { records } = await q(
      "MATCH ()-[r]->() WHERE NOT type(r) STARTS WITH 'TIE_' AND type(r) <> 'TIED' RETURN r.id AS id, r.sourceId AS s, r.targetId AS t ORDER BY id",
    );
    expect(records.map((r) => [r.get('id'), r.get('s'), r.get('t')])).toEqual([
      ['e1', 'mig-a', 'mig-b'],
      ['e2', 'mig-b', 'mig-a'],
      ['e3', 'mig-a', 'mig-a'],
    ]);
    await resetDatabase(connection);
  });

  it('give pairs of actors tied before them their TIED, counting their ties, and no pair to an actor and itself (013_tied_pairs)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-z'})-[:TIE_MET {type: 'MET', count: 2}]->(b:Actor {id: 'mig-b'}),
                    (b)-[:TIE_INVADED {type: 'INVADED', count: 1}]->(a), (a)-[:TIE_MET {type: 'MET', count: 1}]->(c:Actor {id: 'mig-c'}),
                    (a)-[:TIE_CRITICIZED {type: 'CRITICIZED', count: 1}]->(a), (b)-[:MET {id: 'e1'}]->(c)`);
    const pairs = async () => {
      const { records } = await q(
        'MATCH (lo)-[p:TIED]->(hi) RETURN lo.id AS lo, hi.id AS hi, p.dyad AS dyad, p.ties AS n ORDER BY dyad',
      );
      return records.map((r) => [r.get('lo'), r.get('hi'), r.get('dyad'), Number(r.get('n'))]);
    };
    await migrate(connection);
    // an evidence edge with no tie (b-c) makes no pair: the pairs are the projection's
    expect(await pairs()).toEqual([
      ['mig-b', 'mig-z', 'mig-b|mig-z', 2],
      ['mig-c', 'mig-z', 'mig-c|mig-z', 1],
    ]);
    await resetDatabase(connection);
  });

  it('give claims written before them their claimant, subject and object ids (009_claim_ends)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-a'})-[:CLAIMED]->(c:Claim {id: 'cl1'})-[:SUBJECT]->(b:Actor {id: 'mig-b'}),
                    (c)-[:OBJECT]->(a),
                    (b)-[:CLAIMED]->(c2:Claim {id: 'cl2'})-[:SUBJECT]->(b), (c2)-[:OBJECT]->(b)`);
    await migrate(connection);
    const { records } = await q(
      'MATCH (c:Claim) RETURN c.id AS id, [c.claimantId, c.subjectId, c.objectId] AS ends ORDER BY id',
    );
    expect(records.map((r) => [r.get('id'), r.get('ends')])).toEqual([
      ['cl1', ['mig-a', 'mig-b', 'mig-a']],
      ['cl2', ['mig-b', 'mig-b', 'mig-b']],
    ]);
    await resetDatabase(connection);
  });

  it("give a graph's relation edges written before them their timeline month buckets (010_timeline_buckets)", async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-z'})-[:MET {id: 'e1', polarity: 0.4, modality: 'asserted', date: date('2020-01-02')}]->(b:Actor {id: 'mig-b'}),
                    (b)-[:MET {id: 'e2', polarity: 0.4, modality: 'hedged', reportedAt: date('2020-01-31')}]->(a),
                    (a)-[:MET {id: 'e3', polarity: 0.4, modality: 'asserted', date: date('2020-02-01')}]->(b),
                    (b)-[:INVADED {id: 'e4', polarity: -1.0, modality: 'asserted', reportedAt: date('2021-01-02')}]->(a),
                    (b)-[:INVADED {id: 'e5', polarity: -1.0, modality: 'denied'}]->(a)`);
    await migrate(connection);
    const { records } = await q(
      'MATCH (k:TimelineBucket) RETURN k.dyad AS dyad, k.type AS type, toString(k.month) AS month, k.count AS n, k.weight AS w ORDER BY type, k.month',
    );
    expect(records.map((r) => [r.get('dyad'), r.get('type'), r.get('month'), Number(r.get('n')), r.get('w')])).toEqual([
      ['mig-b|mig-z', '*', '2020-01-01', 2, 0.4 + 0.2],
      ['mig-b|mig-z', '*', '2020-02-01', 1, 0.4],
      ['mig-b|mig-z', '*', '2021-01-01', 1, -1],
      ['mig-b|mig-z', '*', '+999999999-12-01', 1, 0],
      ['mig-b|mig-z', 'INVADED', '2021-01-01', 1, -1],
      ['mig-b|mig-z', 'INVADED', '+999999999-12-01', 1, 0],
      ['mig-b|mig-z', 'MET', '2020-01-01', 2, 0.4 + 0.2],
      ['mig-b|mig-z', 'MET', '2020-02-01', 1, 0.4],
    ]);
    await resetDatabase(connection);
  });

  it('give claims written before them a sort date and count them per claimant and actor (011_claim_pages)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-a'})-[:CLAIMED]->(c:Claim {id: 'cl1', date: date('2020-01-02')})-[:SUBJECT]->(b:Actor {id: 'mig-b'}),
                    (c)-[:OBJECT]->(a),
                    (a)-[:CLAIMED]->(c3:Claim {id: 'cl3'})-[:SUBJECT]->(b), (c3)-[:OBJECT]->(x:Actor {id: 'mig-x'}),
                    (b)-[:CLAIMED]->(c2:Claim {id: 'cl2'})-[:SUBJECT]->(b), (c2)-[:OBJECT]->(b)`);
    const tallies = async () => {
      const { records } = await q(
        "MATCH (t:ClaimTally) RETURN t.claimantId + '>' + t.aboutId AS pair, t.count AS n ORDER BY pair",
      );
      return records.map((r) => [r.get('pair'), Number(r.get('n'))]);
    };
    await migrate(connection);
    const { records } = await q('MATCH (c:Claim) RETURN c.id AS id, toString(c.sortDate) AS at ORDER BY id');
    expect(records.map((r) => [r.get('id'), r.get('at')])).toEqual([
      ['cl1', '2020-01-02'],
      ['cl2', '-999999999-01-01'],
      ['cl3', '-999999999-01-01'],
    ]);
    // a claim about one actor on both sides counts once for it
    const counted = [
      ['mig-a>mig-a', 1],
      ['mig-a>mig-b', 2],
      ['mig-a>mig-x', 1],
      ['mig-b>mig-b', 1],
    ];
    expect(await tallies()).toEqual(counted);
    // the tallies are set, not added to: running the backfill again on a counted graph changes nothing
    await q("MATCH (m:EntenteSchema) SET m.backfilled = [f IN m.backfilled WHERE f <> 'schema/011_claim_pages']");
    expect((await migrate(connection)).skipped).toBeGreaterThan(0);
    expect(await tallies()).toEqual(counted);
    await resetDatabase(connection);
  });

  it("give statements written before them their speaker's id (015_statement_speakers)", async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (:Actor {id: 'mig-a'})-[:SAID]->(:Statement {id: 'st1', articleId: 'art'}),
                    (:MergedActor {id: 'mig-m'})-[:SAID]->(:Statement {id: 'st2', articleId: 'art'}),
                    (:Statement {id: 'st3', articleId: 'art'})`);
    await migrate(connection);
    const { records } = await q('MATCH (s:Statement) RETURN s.id AS id, s.speakerId AS speaker ORDER BY id');
    expect(records.map((r) => [r.get('id'), r.get('speaker')])).toEqual([
      ['st1', 'mig-a'],
      ['st2', 'mig-m'],
      ['st3', null],
    ]);
    await resetDatabase(connection);
  });

  it('give ABOUT edges written before them their keys, and keep one edge per statement and actor (016_statement_topics)', async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (a:Actor {id: 'mig-a'}), (b:Actor {id: 'mig-b'}),
                    (s1:Statement {id: 'st1', articleId: 'art1', date: date('2020-05-06')}), (s2:Statement {id: 'st2', articleId: 'art2'}),
                    (s1)-[:ABOUT]->(a), (s1)-[:ABOUT]->(a), (s1)-[:ABOUT]->(b), (s2)-[:ABOUT]->(a)`);
    await migrate(connection);
    const { records } = await q(
      'MATCH (s:Statement)-[r:ABOUT]->(x) RETURN s.id AS s, x.id AS x, r.actorId AS actor, toString(r.date) AS date, r.articleId AS article ORDER BY s, x',
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { s: 'st1', x: 'mig-a', actor: 'mig-a', date: '2020-05-06', article: 'art1' },
      { s: 'st1', x: 'mig-b', actor: 'mig-b', date: '2020-05-06', article: 'art1' },
      { s: 'st2', x: 'mig-a', actor: 'mig-a', date: null, article: 'art2' },
    ]);
    await resetDatabase(connection);
  });

  it("give ABOUT edges written before them their statement's speaker (018_statement_speaker_topics)", async () => {
    await resetDatabase(connection);
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    // st1's speakerId is itself left to 015's backfill, which runs first
    await q(`CREATE (a:Actor {id: 'mig-a'}), (b:Actor {id: 'mig-b'}),
                    (s1:Statement {id: 'st1', articleId: 'art1'}), (s2:Statement {id: 'st2', articleId: 'art2'}),
                    (a)-[:SAID]->(s1), (s1)-[:ABOUT]->(a), (s1)-[:ABOUT]->(b), (s2)-[:ABOUT]->(a)`);
    await migrate(connection);
    const { records } = await q(
      'MATCH (s:Statement)-[r:ABOUT]->(x) RETURN s.id AS s, x.id AS x, r.speakerId AS speaker ORDER BY s, x',
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { s: 'st1', x: 'mig-a', speaker: 'mig-a' },
      { s: 'st1', x: 'mig-b', speaker: 'mig-a' },
      { s: 'st2', x: 'mig-a', speaker: null },
    ]);
    await resetDatabase(connection);
  });

  it("run a file's backfills once per graph: a later run skips them, a wiped graph runs them again", async () => {
    await resetDatabase(connection);
    const first = await migrate(connection);
    const again = await migrate(connection);
    expect(first.skipped).toBe(0);
    expect(again.skipped).toBeGreaterThanOrEqual(66); // 007, 008 and 010: one per tie or relation type
    expect(again.statements).toBe(first.statements - again.skipped);
    // a tie written without its ends after the record (as by an older Entente) is not refilled: the record is trusted
    const q = (text: string) => connection.driver.executeQuery(text, {}, { database: connection.database });
    await q(`CREATE (:Actor {id: 'mig-c'})-[:TIE_MET {type: 'MET', count: 1}]->(:Actor {id: 'mig-d'})`);
    await migrate(connection);
    const ends = async () =>
      (await q("MATCH (:Actor {id: 'mig-c'})-[t:TIE_MET]->() RETURN t.sourceId AS s")).records[0]?.get('s');
    expect(await ends()).toBeNull();
    // the record goes with the data it described: after a wipe the backfills run again
    await resetDatabase(connection);
    await q(`CREATE (:Actor {id: 'mig-c'})-[:TIE_MET {type: 'MET', count: 1}]->(:Actor {id: 'mig-d'})`);
    expect((await migrate(connection)).skipped).toBe(0);
    expect(await ends()).toBe('mig-c');
    // the record is not data: an empty migrated graph counts no nodes
    await resetDatabase(connection);
    await migrate(connection);
    expect(await graphCounts(connection)).toEqual({ nodes: 1, relationships: 0 }); // the test marker only
    await resetDatabase(connection);
  });

  it('run on Neo4j 5.26 or newer, and refuse older servers with a clear message', async () => {
    const info = await serverInfo(connection);
    expect(Number(info.version.split('.')[0])).toBeGreaterThanOrEqual(5);
    expect(() => assertSupported(info)).not.toThrow();
    expect(() => assertSupported({ version: '4.4.30', edition: 'community' })).toThrow(UnsupportedServerError);
    expect(() => assertSupported({ version: '4.4.30', edition: 'community' })).toThrow(
      /Neo4j 4\.4\.30 is too old: Entente needs Neo4j 5\.26 or newer/,
    );
    expect(() => assertSupported({ version: '5.20.0', edition: 'enterprise' })).toThrow(UnsupportedServerError);
    expect(() => assertSupported({ version: '2026.08.1', edition: 'community' })).not.toThrow();
  });
});
