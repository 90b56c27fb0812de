/**
 * A scratch bundled instance on non-default ports, provisioned with a
 * password taken from NEO4J_PASSWORD: the password is on no command line
 * (or environment) while it is provisioned, the stored credential is that
 * password (quotes, spaces and backslashes included), no secret reaches the
 * Neo4j JVM's environment, and the configuration advertises the ports the
 * server listens on, so the Browser is pointed at this server and not at
 * 7687. (Starting the server would add a minute on a busy machine; the
 * discovery document is checked against the test instance instead.)
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { inject } from 'vitest';
import { instanceLayout } from '../../src/server/layout.js';
import { javaEnv } from '../../src/server/java.js';
import { provision } from '../../src/server/provision.js';
import { freePort } from '../support/ports.js';

const PASSWORD = `pa ss"w#rd\\x-${process.pid}`;
const API_KEYS = `robustness-api-key-${process.pid}-0123456789:importer`;

/** Every process's command line and, where readable, environment, scanned for the secrets. */
function leaks(): string[] {
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    for (const what of ['cmdline', 'environ']) {
      try {
        const text = fs.readFileSync(`/proc/${pid}/${what}`, 'latin1');
        // This test process holds the secrets in its own environment on purpose (it plays the operator).
        if (Number(pid) === process.pid) continue;
        if (text.includes(PASSWORD) || text.includes('robustness-api-key-'))
          found.push(`${pid} ${what}: ${text.replace(/\0/g, ' ').slice(0, 200)}`);
      } catch {
        // gone, or not ours to read
      }
    }
  }
  return found;
}

describe('a bundled instance on non-default ports', () => {
  const saved = { NEO4J_PASSWORD: process.env.NEO4J_PASSWORD, ENTENTE_API_KEYS: process.env.ENTENTE_API_KEYS };
  let config: ReturnType<typeof loadConfig>;

  afterAll(async () => {
    if (config) fs.rmSync(instanceLayout(config).home, { recursive: true, force: true });
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  });

  it('keeps secrets off command lines and out of the JVM, and advertises its own ports', async () => {
    // Children inherit process.env unless told otherwise: put the secrets there, as an operator would.
    process.env.NEO4J_PASSWORD = PASSWORD;
    process.env.ENTENTE_API_KEYS = API_KEYS;
    const [bolt, http] = [await freePort(), await freePort()];
    config = loadConfig({
      ...process.env,
      NEO4J_URI: undefined,
      ENTENTE_NEO4J_INSTANCE: `robust-${process.pid}`,
      ENTENTE_NEO4J_BOLT_PORT: String(bolt),
      ENTENTE_NEO4J_HTTP_PORT: String(http),
      ENTENTE_NEO4J_HEAP: '512m',
      ENTENTE_NEO4J_PAGECACHE: '64m',
    });
    const seen: string[] = [];
    const watch = setInterval(() => seen.push(...leaks()), 50);
    try {
      await provision(config, () => undefined);
    } finally {
      clearInterval(watch);
    }
    seen.push(...leaks());
    expect(seen).toEqual([]);

    // Neo4j's own record of the initial password: salted SHA-256, iterated (what set-initial-password writes).
    const layout = instanceLayout(config);
    const auth = fs.readFileSync(path.join(layout.data, 'dbms', 'auth.ini'), 'utf8');
    const m = /^neo4j:SHA-256,([0-9a-f]+),([0-9a-f]+),(\d+):/.exec(auth);
    expect(m).not.toBeNull();
    let digest = createHash('sha256')
      .update(Buffer.concat([Buffer.from(m![2]!, 'hex'), Buffer.from(PASSWORD)]))
      .digest();
    for (let i = 1; i < Number(m![3]); i++) digest = createHash('sha256').update(digest).digest();
    expect(digest.toString('hex')).toBe(m![1]);
    expect(fs.readdirSync(layout.home).filter((f) => f.includes('password'))).toEqual([]);

    const env = javaEnv(layout);
    expect(Object.values(env).join('\n')).not.toContain(PASSWORD);
    expect(env.ENTENTE_API_KEYS).toBeUndefined();

    const conf = fs.readFileSync(layout.confFile, 'utf8');
    expect(conf).toContain(`server.bolt.advertised_address=127.0.0.1:${bolt}`);
    expect(conf).toContain(`server.http.advertised_address=127.0.0.1:${http}`);
  }, 120_000);

  it('the running test server advertises the Bolt port it listens on, where the Browser will look', async () => {
    const t = inject('neo4j');
    expect(t.browserUrl).not.toBeNull();
    const discovery = (await (await fetch(new URL('/', t.browserUrl!))).json()) as Record<string, string>;
    expect(discovery.bolt_direct).toBe(t.uri.replace(/^neo4j/, 'bolt'));
  }, 240_000);
});
