import { describe, expect, it } from 'vitest';
import { loadConfig, describeSettings } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { resolvePassword } from '../../src/graph/driver.js';

describe('loadConfig', () => {
  it('resolves documented defaults for the bundled server', () => {
    const c = loadConfig({});
    expect(c.neo4j).toMatchObject({ external: false, uri: 'bolt://127.0.0.1:7687', user: 'neo4j', database: 'neo4j' });
    expect(c.bundled).toMatchObject({ instance: 'main', boltPort: 7687, httpPort: 7474, heap: '2g', pagecache: '1g' });
    expect(c.api).toMatchObject({ host: '127.0.0.1', port: 4000, keys: [], requireKeyForReads: false });
  });

  it('uses NEO4J_URI and its credentials when set', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USER: 'ana',
      NEO4J_PASSWORD: 'longenough',
      NEO4J_DATABASE: 'graph',
    });
    expect(c.neo4j).toMatchObject({
      external: true,
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'ana',
      password: 'longenough',
      database: 'graph',
    });
  });

  it('names every bad variable, the reason, and never echoes a secret', () => {
    let error: unknown;
    try {
      loadConfig({
        ENTENTE_NEO4J_BOLT_PORT: '99999',
        NEO4J_URI: 'http://x',
        NEO4J_PASSWORD: 'short',
        ENTENTE_NEO4J_HEAP: 'lots',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('ENTENTE_NEO4J_BOLT_PORT="99999"');
    expect(message).toContain('NEO4J_URI="http://x": expected a bolt:// or neo4j:// URI');
    expect(message).toContain('ENTENTE_NEO4J_HEAP="lots": expected a size such as 512m or 2g');
    expect(message).toContain('NEO4J_PASSWORD=(hidden)');
    expect(message).not.toContain('short');
  });

  it("says in words what each kind of setting expects, never zod's own wording", () => {
    let message = '';
    try {
      loadConfig({
        ENTENTE_API_PORT: 'abc',
        ENTENTE_API_MAX_QUEUE: '-1',
        ENTENTE_API_MAX_CONCURRENCY: '1.5',
        ENTENTE_REQUIRE_KEY_FOR_READS: 'yes',
        ENTENTE_API_EXPLORER: 'graphql',
        ENTENTE_PROPOSITION_WINDOW_DAYS: '9999',
        ENTENTE_NEO4J_INSTANCE: 'My_Inst',
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('ENTENTE_API_PORT="abc": expected a whole number from 1 to 65535.');
    expect(message).toContain('ENTENTE_API_MAX_QUEUE="-1": expected a whole number, 0 or more.');
    expect(message).toContain('ENTENTE_API_MAX_CONCURRENCY="1.5": expected a whole number, 1 or more.');
    expect(message).toContain('ENTENTE_REQUIRE_KEY_FOR_READS="yes": expected true or false (or 1 or 0).');
    expect(message).toContain('ENTENTE_API_EXPLORER="graphql": expected one of graphiql, sandbox.');
    expect(message).toContain('ENTENTE_PROPOSITION_WINDOW_DAYS="9999": expected a whole number from 0 to 3650.');
    expect(message).toContain('ENTENTE_NEO4J_INSTANCE="My_Inst": expected a name of lower-case letters');
    expect(message).not.toMatch(/Invalid input|Invalid option|received|Too small|Too big|NaN/);
  });

  it('parses API keys with roles and rejects weak or unknown ones', () => {
    const key = 'k'.repeat(20);
    expect(loadConfig({ ENTENTE_API_KEYS: `${key}:importer, ${'r'.repeat(16)}:reader` }).api.keys).toEqual([
      { key, role: 'importer' },
      { key: 'r'.repeat(16), role: 'reader' },
    ]);
    expect(() => loadConfig({ ENTENTE_API_KEYS: 'short:importer' })).toThrow(
      /ENTENTE_API_KEYS=\(hidden\): expected keys of at least 16 characters, but entry 1.s is shorter/,
    );
    expect(() => loadConfig({ ENTENTE_API_KEYS: `${key}:admin` })).toThrow(
      /entry 1's role "admin" is not one of reader, importer/,
    );
    // Listed with the other problems, not only once they are fixed.
    expect(() => loadConfig({ ENTENTE_API_KEYS: 'short:importer', ENTENTE_API_PORT: 'abc' })).toThrow(
      /ENTENTE_API_PORT="abc": expected a whole number[\s\S]*ENTENTE_API_KEYS=\(hidden\): expected keys of at least 16/,
    );
  });

  it('asks for NEO4J_PASSWORD when NEO4J_URI is set without it', () => {
    expect(() => resolvePassword(loadConfig({ NEO4J_URI: 'bolt://db:7687' }))).toThrow(
      /NEO4J_URI is set \(bolt:\/\/db:7687\) but NEO4J_PASSWORD is not/,
    );
  });

  it('describes settings with secrets hidden', () => {
    const rows = describeSettings({ NEO4J_PASSWORD: 'supersecret' });
    expect(rows.find((r) => r.env === 'NEO4J_PASSWORD')?.value).toBe('(set, hidden)');
    expect(rows.find((r) => r.env === 'ENTENTE_API_PORT')).toMatchObject({ value: '4000', default: '4000' });
  });
});
