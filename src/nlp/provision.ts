/**
 * Builds the bundled CoreNLP host: `mvn package` on nlp/pom.xml resolves
 * CoreNLP and its models from Maven Central into ~/.m2 (about 500 MB, once)
 * and compiles the host into nlp/target. Re-done only when the pom or the
 * host's sources change, like the bundled Neo4j's jars.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { withoutSecrets, type Config } from '../config.js';
import { ProvisionError } from '../errors.js';
import { runMaven } from '../server/local-process.js';
import { nlpLayout, type NlpLayout } from './layout.js';

export type Log = (line: string) => void;

/** The host is compiled with --release 17. */
const MIN_JAVA = 17;

function checkJavaForNlp(java: string): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env: withoutSecrets() });
  if (result.error) {
    throw new ProvisionError(
      `Cannot run "${java}" (${result.error.message}). The CoreNLP host needs Java ${MIN_JAVA}+: install it (Debian: apt-get install openjdk-17-jre-headless), set ENTENTE_JAVA, or point ENTENTE_NLP_URL at a CoreNLP server you run.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new ProvisionError(
      `"${java}" is Java ${Number.isNaN(major) ? '(unknown version)' : major}; the CoreNLP host needs Java ${MIN_JAVA} or later. Set ENTENTE_JAVA to such a java binary.`,
    );
  }
  return major;
}

function buildHash(layout: NlpLayout): string {
  const hash = createHash('sha256').update(fs.readFileSync(layout.pom));
  for (const file of listFiles(layout.sources).sort()) hash.update(file).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function hostBuilt(layout: NlpLayout): boolean {
  return (
    fs.existsSync(layout.stamp) &&
    fs.existsSync(layout.jar) &&
    fs.existsSync(layout.classpathFile) &&
    fs.readFileSync(layout.stamp, 'utf8').trim() === buildHash(layout)
  );
}

/** Returns the java command-line classpath of the host. */
export async function provisionNlp(config: Config, log: Log): Promise<string> {
  const layout = nlpLayout(config);
  checkJavaForNlp(config.bundled.java);
  if (!hostBuilt(layout)) await build(layout, config.bundled.mvn, log);
  return `${layout.jar}${path.delimiter}${fs.readFileSync(layout.classpathFile, 'utf8').trim()}`;
}

async function build(layout: NlpLayout, mvn: string, log: Log): Promise<void> {
  log(
    `Provisioning CoreNLP 4.5.10 from Maven Central and building the host into ${layout.target} (first run: about 500 MB into ~/.m2; later runs take seconds)…`,
  );
  fs.rmSync(layout.stamp, { force: true });
  const started = Date.now();
  const heartbeat = setInterval(
    () => log(`  still building (${Math.round((Date.now() - started) / 1000)} s)…`),
    15_000,
  );
  try {
    const { code, output } = await runMaven(
      mvn,
      ['-B', '-q', '-f', layout.pom, 'package'],
      'Install Maven 3.8+ (Debian: apt-get install maven), set ENTENTE_MVN, or set ENTENTE_NLP_URL to a CoreNLP server you run.',
    );
    if (code !== 0) {
      throw new ProvisionError(
        `Maven could not build the CoreNLP host (exit ${code}). Check that Maven 3.8+ is installed and Maven Central is reachable, or set ENTENTE_NLP_URL to a CoreNLP server you run.\n${output.split('\n').slice(-25).join('\n')}`,
      );
    }
  } finally {
    clearInterval(heartbeat);
  }
  fs.writeFileSync(layout.stamp, buildHash(layout) + '\n');
  log(`  CoreNLP host built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
