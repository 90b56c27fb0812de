/**
 * What the API tells a newcomer when it cannot do as asked: a read past its
 * deadline is told about the deadline and the setting that moves it, not "at
 * capacity" (a first, cold query on a busy machine meets it alone); a port in
 * use stops the start with a typed error naming the port and ENTENTE_API_PORT,
 * not a stack trace.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerStartError } from '../../src/errors.js';
import { startTestApi, type TestApi } from '../support/api.js';

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
});
