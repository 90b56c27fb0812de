/**
 * An unchanged gazetteer writes nothing, so a sync (which every import and
 * importArticle runs) takes no write lock on hub actors such as Russia:
 * with another transaction holding Russia's lock, the sync still finishes.
 * A changed entry is still written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { syncGazetteerActors } from '../../src/ingest/importer.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { NOTHING_WRITTEN } from '../support/graph-snapshot.js';

const connection = testConnection();
const gazetteer = loadGazetteer();

beforeAll(async () => {
  await resetDatabase(connection);
  await syncGazetteerActors(connection, gazetteer);
});
afterAll(() => connection.driver.close());

describe('gazetteer sync', () => {
  it('does not wait for a lock another transaction holds on a hub actor when nothing changed', async () => {
    const holder = connection.driver.session({ database: connection.database });
    const tx = await holder.beginTransaction();
    try {
      await tx.run("MATCH (x:Actor {id: 'russia'}) SET x.lockProbe = 1");
      const outcome = await Promise.race([
        syncGazetteerActors(connection, gazetteer).then((counters) => counters),
        new Promise<'blocked'>((resolve) => setTimeout(() => resolve('blocked'), 10_000)),
      ]);
      expect(outcome).not.toBe('blocked');
      expect(outcome).toEqual(NOTHING_WRITTEN);
    } finally {
      await tx.rollback();
      await holder.close();
    }
  }, 30_000);

  it('still writes an entry that differs from the gazetteer, and a role that went missing', async () => {
    const state = async () => {
      const { records } = await connection.driver.executeQuery(
        "MATCH (x:Actor {id: 'russia'}) RETURN x.name AS name, x.aliases AS aliases, COUNT { (:Actor {id: 'vladimir-putin'})-[:HOLDS_ROLE]->() } AS roles",
        {},
        { database: connection.database },
      );
      return records[0]!.toObject();
    };
    const before = await state();
    expect(before.name).toBe(gazetteer.get('russia')!.name);
    await connection.driver.executeQuery(
      "MATCH (x:Actor {id: 'russia'}) SET x.name = 'Tampered', x.aliases = []",
      {},
      { database: connection.database },
    );
    await connection.driver.executeQuery(
      "MATCH (:Actor {id: 'vladimir-putin'})-[r:HOLDS_ROLE]->() DELETE r",
      {},
      { database: connection.database },
    );
    const counters = await syncGazetteerActors(connection, gazetteer);
    expect(counters.relationshipsCreated).toBe(gazetteer.get('vladimir-putin')!.roles.length);
    expect(await state()).toEqual(before);
  });
});
