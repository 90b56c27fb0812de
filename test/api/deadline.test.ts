/**
 * A read not answered by its deadline is answered 503 with a message that
 * names the deadline and the setting that moves it, not "at capacity": a
 * newcomer's first, cold query on a busy machine meets it alone.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ ENTENTE_API_REQUEST_DEADLINE_MS: '1' });
});
afterAll(() => api.close());

it('a lone query past its deadline is told about the deadline, not about capacity', async () => {
  const res = await api.gql('{ path(from: "tokayev", to: "putin") { length } }');
  expect(res.status).toBe(503);
  const [error] = res.errors ?? [];
  expect(error?.extensions?.code).toBe('OVERLOADED');
  expect(error?.message).toMatch(/not answered within the API's deadline of 1 ms/);
  expect(error?.message).toMatch(/ENTENTE_API_REQUEST_DEADLINE_MS/);
  expect(error?.message).not.toMatch(/at capacity/);
});
