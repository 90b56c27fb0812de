/**
 * What the API tells a newcomer when it cannot do as asked: a read past its
 * deadline is told about the deadline and the setting that moves it, not "at
 * capacity" (a first, cold query on a busy machine meets it alone); a port in
 * use stops the start with a typed error naming the port and ENTENTE_API_PORT,
 * not a stack trace, and `entente serve` learns it before it starts Neo4j.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { ServerStartError } from '../../src/errors.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { runCli } from '../support/cli.js';

describe('a read past its deadline', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ ENTENTE_API_REQUEST_DEADLINE_MS: '1' });
  });
  afterAll(() => api.close());

  it('is told about the deadline, not about capacity', async () => {
    const res = await api.gql('{ path(from: "tokayev", to: "putin") { length } }');
    expect(res.status).toBe(503);
    const [error] = res.errors ?? [];
    expect(error?.extensions?.code).toBe('OVERLOADED');
    expect(error?.message).toMatch(/not answered within the API's deadline of 1 ms/);
    expect(error?.message).toMatch(/ENTENTE_API_REQUEST_DEADLINE_MS/);
    expect(error?.message).not.toMatch(/at capacity/);
  });
});

describe('an API port in use', () => {
  it('stops the start with the port and the setting to change', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const error: unknown = await startTestApi({}, port).then(
        async (api) => {
          await api.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ServerStartError);
      expect((error as Error).message).toMatch(
        new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use.*ENTENTE_API_PORT`),
      );
    } finally {
      holder.close();
    }
  });

  it('stops `entente serve` before it provisions or starts anything', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    const instance = `never-started-${process.pid}`;
    try {
      const run = await runCli(['serve'], {
        ENTENTE_API_PORT: String(port),
        ENTENTE_NEO4J_INSTANCE: instance,
        ENTENTE_NEO4J_BOLT_PORT: '1',
        NEO4J_URI: '',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `error \\[SERVER_START_FAILED\\]: The GraphQL API cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use`,
        ),
      );
      expect(run.stderr).not.toMatch(/Starting Neo4j|provision|\n\s+at /i);
      expect(fs.existsSync(path.join(PROJECT_ROOT, 'neo4j', 'instances', instance))).toBe(false);
    } finally {
      holder.close();
    }
  });
});
