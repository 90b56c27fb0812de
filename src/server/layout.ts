/** Where the bundled server keeps its files: shared jars, one folder per instance. */
import path from 'node:path';
import type { Config } from '../config.js';

export interface InstanceLayout {
  readonly neo4jDir: string;
  readonly pom: string;
  readonly confTemplate: string;
  readonly lib: string;
  /** written after a successful Maven build, holding the pom's hash */
  readonly libStamp: string;
  readonly home: string;
  readonly conf: string;
  readonly confFile: string;
  readonly data: string;
  readonly logs: string;
  readonly neo4jLog: string;
  readonly run: string;
  readonly pidFile: string;
  readonly credentials: string;
}

export function instanceLayout(config: Config): InstanceLayout {
  const { neo4jDir, home } = config.bundled;
  return {
    neo4jDir,
    pom: path.join(neo4jDir, 'pom.xml'),
    confTemplate: path.join(neo4jDir, 'neo4j.conf.template'),
    lib: path.join(neo4jDir, 'lib'),
    libStamp: path.join(neo4jDir, 'lib', '.entente-stamp'),
    home,
    conf: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    neo4jLog: path.join(home, 'logs', 'neo4j.log'),
    run: path.join(home, 'run'),
    pidFile: path.join(home, 'run', 'neo4j.pid'),
    credentials: path.join(home, 'credentials.json'),
  };
}
