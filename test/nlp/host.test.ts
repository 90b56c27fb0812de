/**
 * The bundled CoreNLP host as an operator and an attacker on the network see
 * it: started, found, stopped; reachable on loopback only; deaf to requests
 * without its token; no secret of Entente's in its environment or command
 * line. A host with a tiny heap suffices: the socket, the token and the state
 * file exist before the models load, so this file costs seconds, not the
 * 4-6 GB of a loaded host.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { readHostState } from '../../src/nlp/client.js';
import { nlpStatus, startNlp, stopNlp, isHostProcess } from '../../src/nlp/lifecycle.js';
import { nlpLayout } from '../../src/nlp/layout.js';
import { TEST_NLP_ENV } from '../support/nlp-host.js';

const PORT = Number(TEST_NLP_ENV.ENTENTE_NLP_PORT) + 1;
const SECRETS = {
  NEO4J_PASSWORD: 'neo4j-secret-for-the-host-test',
  ENTENTE_API_KEYS: 'api-key-secret-for-the-host-test:importer',
  ENTENTE_NLP_TOKEN: 'nlp-token-secret-for-the-host-test',
};
const env = {
  ...process.env,
  ...TEST_NLP_ENV,
  ENTENTE_NLP_INSTANCE: 'host-test',
  ENTENTE_NLP_PORT: String(PORT),
  ENTENTE_NLP_HEAP: '64m',
};
const config = loadConfig(env);
const log = (): void => undefined;

let pid: number;
let token: string;

beforeAll(async () => {
  await stopNlp(config);
  const saved = { ...process.env };
  Object.assign(process.env, SECRETS);
  try {
    const r = await startNlp(config, log, { wait: false });
    expect(r.alreadyRunning).toBe(false);
    pid = r.pid;
  } finally {
    for (const k of Object.keys(SECRETS)) if (saved[k] === undefined) delete process.env[k];
    Object.assign(process.env, saved);
  }
  token = readHostState(config.nlp.stateFile)!.token;
}, 120_000);

afterAll(async () => {
  await stopNlp(config);
});

describe('the bundled CoreNLP host', () => {
  it('writes its state file (port, pid, token) readable by its owner only, and reports its status', async () => {
    expect(await nlpStatus(config)).toMatchObject({ running: true, pid, port: PORT });
    const state = readHostState(config.nlp.stateFile)!;
    expect(state).toMatchObject({ port: PORT, pid });
    expect(state.token).toMatch(/^[0-9a-f]{48}$/);
    expect(fs.statSync(config.nlp.stateFile).mode & 0o777).toBe(0o600);
  });

  it('listens on loopback only: no non-loopback address of this machine answers on its port', async () => {
    expect(await connects('127.0.0.1', PORT)).toBe(true);
    // The kernel's own table: every socket listening on the port is bound to 127.0.0.1.
    const listening = listeningAddresses(PORT);
    expect(listening.length).toBeGreaterThan(0);
    expect(listening.filter((a) => !['127.0.0.1', '::ffff:127.0.0.1', '::1'].includes(a))).toEqual([]);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i && !i.internal)
      .map((i) => i!.address);
    for (const address of others) expect(await connects(address, PORT), `${address}:${PORT}`).toBe(false);
  });

  it('refuses requests without its token, or with a wrong one, and does not stop for them', async () => {
    const url = `http://127.0.0.1:${PORT}`;
    for (const headers of [{}, { 'x-entente-token': 'wrong' }, { 'x-entente-token': token.slice(0, -1) }] as Record<
      string,
      string
    >[]) {
      for (const path of ['/', '/annotate', '/shutdown']) {
        const response = await fetch(url + path, { method: 'POST', body: 'Text.', headers });
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
      }
    }
    expect(isHostProcess(pid)).toBe(true);
    // with the token it is let in (and says it is not ready, its models being absent or loading)
    const admitted = await fetch(`${url}/annotate`, {
      method: 'POST',
      body: 'Text.',
      headers: { 'x-entente-token': token },
    });
    expect(admitted.status).toBe(503);
  });

  it("carries none of Entente's secrets in its environment or on its command line", () => {
    const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8');
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(environ).not.toContain(`${name}=`);
      expect(environ).not.toContain(value);
      expect(cmdline).not.toContain(value);
    }
    expect(cmdline).not.toContain(token);
    expect(environ).toContain('PATH=');
  });

  it('refuses to start on a port another program holds, naming ENTENTE_NLP_PORT', async () => {
    const other = loadConfig({ ...env, ENTENTE_NLP_INSTANCE: 'host-test-2' });
    await expect(startNlp(other, log, { wait: false })).rejects.toThrow(
      /Port \d+ on 127\.0\.0\.1 is already in use.*ENTENTE_NLP_PORT/,
    );
    expect(fs.existsSync(other.nlp.stateFile)).toBe(false);
  });

  it('stops on /shutdown, and then reads as not running', async () => {
    const r = await stopNlp(config);
    expect(r.wasRunning).toBe(true);
    expect(isHostProcess(pid)).toBe(false);
    expect(fs.existsSync(config.nlp.stateFile)).toBe(false);
    expect(await nlpStatus(config)).toEqual({ running: false });
    expect((await stopNlp(config)).wasRunning).toBe(false);
  });

  it('treats a state file whose process is gone as stale, and starts over it', async () => {
    const gone = spawnSync('true').pid;
    fs.mkdirSync(config.nlp.runDir, { recursive: true });
    fs.writeFileSync(config.nlp.stateFile, JSON.stringify({ port: PORT, pid: gone, token: 'old' }), { mode: 0o600 });
    expect(await nlpStatus(config)).toEqual({ running: false, stalePid: gone });
    const lines: string[] = [];
    const r = await startNlp(config, (l) => lines.push(l), { wait: false });
    expect(lines.join('\n')).toContain(`stale state file (process ${gone} is gone`);
    expect(readHostState(config.nlp.stateFile)).toMatchObject({ pid: r.pid, port: PORT });
    expect(fs.readFileSync(nlpLayout(config).logFile, 'utf8')).toContain('loopback only');
  }, 120_000);

  it('reports a heap too small for the models as a failure naming ENTENTE_NLP_HEAP, and leaves no process', async () => {
    const status = await nlpStatus(config);
    expect(status).toMatchObject({ running: true, port: PORT });
    await expect(startNlp(config, log, { wait: true })).rejects.toThrow(/heap \(64m\) is too small.*ENTENTE_NLP_HEAP/);
    expect(isHostProcess(status.pid!)).toBe(false);
  }, 120_000);
});

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Local addresses of the sockets in state LISTEN (0A) on the port, from /proc/net/tcp and tcp6. */
function listeningAddresses(port: number): string[] {
  const out: string[] = [];
  for (const [file, v6] of [
    ['/proc/net/tcp', false],
    ['/proc/net/tcp6', true],
  ] as const) {
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue;
      const [hex, portHex] = local.split(':');
      if (parseInt(portHex!, 16) !== port) continue;
      out.push(v6 ? ipv6(hex!) : ipv4(hex!));
    }
  }
  return out;
}

function ipv4(hex: string): string {
  return [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');
}

function ipv6(hex: string): string {
  if (hex === '00000000000000000000000001000000') return '::1';
  if (/^0{32}$/.test(hex)) return '::';
  if (hex.startsWith('0000000000000000FFFF0000')) return `::ffff:${ipv4(hex.slice(24))}`;
  return hex;
}
