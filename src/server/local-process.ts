/**
 * What running a local JVM service takes, shared by the bundled Neo4j and
 * the CoreNLP host: a Maven build, a free loopback port, a live process of
 * ours behind a pid, the tail of its log, a pause between polls.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { withoutSecrets } from '../config.js';
import { ProvisionError, ServerStartError } from '../errors.js';

/** Runs Maven without Entente's secrets in its environment; `fix` says what to do when Maven cannot run at all. */
export function runMaven(mvn: string, args: string[], fix: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { env: withoutSecrets(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (e) => reject(new ProvisionError(`Cannot run "${mvn}" (${e.message}). ${fix}`, { cause: e })));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Refuses to start on a port another program already answers on, naming the setting that moves it. */
export function assertPortFree(port: number, what: string, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      reject(
        new ServerStartError(
          `Port ${port} on 127.0.0.1 is already in use by another program (another ${what}?). Stop it, or choose another port with ${setting}.`,
        ),
      );
    });
    socket.once('error', () => resolve());
  });
}

/** A live pid is not enough: after a reboot the number may belong to another program, or be a zombie. */
export function isLiveProcessOf(pid: number, commandLineMark: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(commandLineMark) && !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

export function logTail(file: string, lines = 20): string {
  if (!fs.existsSync(file)) return `(no log at ${file})`;
  const tail = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  return `Last lines of ${file}:\n${tail}`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
