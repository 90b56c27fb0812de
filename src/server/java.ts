/** Running the JVM side of the bundled server: version check and Neo4j's own command-line entry points. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { withoutSecrets } from '../config.js';
import { ProvisionError } from '../errors.js';
import type { InstanceLayout } from './layout.js';

const SUPPORTED_JAVA = [17, 21];

export function checkJava(java: string): number {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8', env: withoutSecrets() });
  if (result.error) {
    throw new ProvisionError(
      `Cannot run "${java}" (${result.error.message}). The bundled Neo4j 5.26 needs Java 17 or 21: install it (Debian: apt-get install openjdk-17-jre-headless), set ENTENTE_JAVA, or point NEO4J_URI at another Neo4j.`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!SUPPORTED_JAVA.includes(major)) {
    throw new ProvisionError(
      `"${java}" is Java ${Number.isNaN(major) ? '(unknown version)' : major}; Neo4j 5.26 runs on Java ${SUPPORTED_JAVA.join(' or ')}. Set ENTENTE_JAVA to such a java binary.`,
    );
  }
  return major;
}

/**
 * The server's own JVM options come from neo4j.conf; JAVA_OPTS and HEAP_SIZE
 * would silently replace them. Entente's secrets are left out: the JVM has
 * no use for them, and a process's environment is readable in /proc.
 */
export function javaEnv(layout: InstanceLayout): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...withoutSecrets(), NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf };
  delete env.JAVA_OPTS;
  delete env.HEAP_SIZE;
  return env;
}

interface JavaRun {
  code: number | null;
  output: string;
}

/**
 * Runs one of Neo4j's command classes (Neo4jCommand, Neo4jAdminCommand) with
 * the Maven-assembled jars. The child server inherits this classpath.
 */
export function runNeo4jTool(
  java: string,
  layout: InstanceLayout,
  mainClass: string,
  args: string[],
): Promise<JavaRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-Xmx256m', '-cp', path.join(layout.lib, '*'), mainClass, ...args], {
      env: javaEnv(layout),
      cwd: layout.home,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

export const NEO4J_COMMAND = 'org.neo4j.server.startup.Neo4jCommand';
export const NEO4J_ADMIN_COMMAND = 'org.neo4j.server.startup.Neo4jAdminCommand';
