/**
 * Turns an empty checkout into a runnable Neo4j: jars from Maven Central (once,
 * re-done when neo4j/pom.xml changes), an instance folder, its neo4j.conf, and
 * an initial password that is never the default.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { ProvisionError } from '../errors.js';
import { generatePassword, readCredentials, writeCredentials, type Credentials } from './credentials.js';
import { checkJava, NEO4J_ADMIN_COMMAND, runNeo4jTool } from './java.js';
import { instanceLayout, type InstanceLayout } from './layout.js';
import { runMaven } from './local-process.js';

export type Log = (line: string) => void;

export async function provision(config: Config, log: Log): Promise<Credentials> {
  const layout = instanceLayout(config);
  checkJava(config.bundled.java);
  await ensureJars(layout, config.bundled.mvn, log);
  for (const dir of [
    layout.conf,
    layout.data,
    layout.logs,
    layout.run,
    path.join(layout.home, 'plugins'),
    path.join(layout.home, 'import'),
  ]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  writeConf(config, layout);
  return ensureInitialPassword(config, layout, log);
}

function pomHash(layout: InstanceLayout): string {
  return createHash('sha256').update(fs.readFileSync(layout.pom)).digest('hex');
}

function jarsReady(layout: InstanceLayout): boolean {
  return fs.existsSync(layout.libStamp) && fs.readFileSync(layout.libStamp, 'utf8').trim() === pomHash(layout);
}

async function ensureJars(layout: InstanceLayout, mvn: string, log: Log): Promise<void> {
  if (jarsReady(layout)) return;
  log(
    `Provisioning Neo4j from Maven Central into ${layout.lib} (first run: about 170 MB to download; later runs use ~/.m2)…`,
  );
  fs.rmSync(layout.lib, { recursive: true, force: true });
  const started = Date.now();
  const heartbeat = setInterval(
    () => log(`  still assembling (${Math.round((Date.now() - started) / 1000)} s)…`),
    15_000,
  );
  try {
    const { code, output } = await runMaven(
      mvn,
      ['-B', '-q', '-f', layout.pom, 'package'],
      'Install Maven 3.8+ (Debian: apt-get install maven) or set ENTENTE_MVN.',
    );
    if (code !== 0) {
      throw new ProvisionError(
        `Maven could not assemble Neo4j (exit ${code}). Check that Maven 3.8+ is installed and Maven Central is reachable.\n${output.split('\n').slice(-25).join('\n')}`,
      );
    }
  } finally {
    clearInterval(heartbeat);
  }
  fs.writeFileSync(layout.libStamp, pomHash(layout) + '\n');
  log(`  Neo4j assembled in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function renderConf(config: Config, template: string): string {
  const values: Record<string, string> = {
    BOLT_PORT: String(config.bundled.boltPort),
    HTTP_PORT: String(config.bundled.httpPort),
    HEAP: config.bundled.heap,
    PAGECACHE: config.bundled.pagecache,
    TX_MEMORY: config.bundled.txMemory,
    // The Browser runs on this machine, so it reaches the API on loopback even when the API listens on all interfaces.
    API_HOST: config.api.host === '0.0.0.0' || config.api.host === '::' ? '127.0.0.1' : config.api.host,
    API_PORT: String(config.api.port),
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new ProvisionError(`neo4j.conf.template uses {{${key}}}, which the launcher does not know.`);
    return value;
  });
}

function writeConf(config: Config, layout: InstanceLayout): void {
  fs.writeFileSync(layout.confFile, renderConf(config, fs.readFileSync(layout.confTemplate, 'utf8')));
}

/** A store that has never started has no databases folder; only then does set-initial-password take effect. */
function neverStarted(layout: InstanceLayout): boolean {
  return !fs.existsSync(path.join(layout.data, 'databases'));
}

/**
 * neo4j-admin takes the password as an argument, which `ps` shows to every
 * user. Its command line (picocli) expands "@file" arguments instead, so the
 * password goes into an owner-only file, quoted as picocli reads it, and the
 * file is removed as soon as the tool has run.
 */
async function withPasswordFile<T>(
  layout: InstanceLayout,
  password: string,
  run: (argument: string) => Promise<T>,
): Promise<T> {
  if (/[\r\n]/.test(password))
    throw new ProvisionError('NEO4J_PASSWORD contains a line break; choose a password without one.');
  const file = path.join(layout.home, `.initial-password-${process.pid}`);
  // "--" ends the options, so a password that starts with "-" (1 in 64 generated ones) is not read as one.
  fs.writeFileSync(file, `--\n"${password.replace(/[\\"]/g, '\\$&')}"\n`, { mode: 0o600, flag: 'wx' });
  try {
    return await run(`@${file}`);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function ensureInitialPassword(config: Config, layout: InstanceLayout, log: Log): Promise<Credentials> {
  const existing = readCredentials(layout.credentials);
  if (existing && !neverStarted(layout)) return existing;
  const credentials = existing ?? { user: 'neo4j', password: config.neo4j.password ?? generatePassword() };
  const { code, output } = await withPasswordFile(layout, credentials.password, (argument) =>
    runNeo4jTool(config.bundled.java, layout, NEO4J_ADMIN_COMMAND, ['dbms', 'set-initial-password', argument]),
  );
  if (code !== 0)
    throw new ProvisionError(`Setting the initial Neo4j password failed (exit ${code}):\n${output.trim()}`);
  writeCredentials(layout.credentials, credentials);
  log(
    `Initial password ${config.neo4j.password && !existing ? 'taken from NEO4J_PASSWORD' : 'generated'}; stored in ${layout.credentials} (mode 600).`,
  );
  return credentials;
}
