/**
 * The benches wait for Neo4j to be idle between measurement windows, so that
 * requests a closed window left in flight do not run into the next side's.
 * A request that outlasts the grace period is ended, not waited for until the
 * wait gives up: at 1M edges the peer's abandoned full-text reads ran for
 * minutes and the next rows measured beside them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { untilIdle } from '../../bench/load.js';
import { testConnection } from '../support/database.js';

const connection = testConnection();
afterAll(() => connection.driver.close());

describe("the benches' wait for an idle server", () => {
  it('returns at once on an idle server', async () => {
    // One check, not the grace period: a wait that sat out its 20 s would show.
    const t0 = performance.now();
    await untilIdle(connection, 20_000, 60_000);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('ends a transaction that outlasts the grace period, and returns once the server is idle', async () => {
    const session = connection.driver.session({ database: connection.database });
    // Minutes of work for Neo4j: the wait must not sit it out.
    const leftover = session.run('UNWIND range(1, 20000000000) AS x RETURN count(x) AS n').then(
      () => 'finished',
      (error: { code?: string }) => error.code ?? 'failed',
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const t0 = performance.now();
      await untilIdle(connection, 1_000, 60_000);
      const waited = performance.now() - t0;
      expect(await leftover).toBe('Neo.ClientError.Transaction.Terminated');
      expect(waited).toBeGreaterThanOrEqual(1_000);
      expect(waited).toBeLessThan(30_000);
    } finally {
      await session.close();
    }
  });
});
