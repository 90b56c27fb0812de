/** Where the bundled CoreNLP host keeps its files: one build under nlp/target, one run folder per instance. */
import path from 'node:path';
import type { Config } from '../config.js';

export interface NlpLayout {
  readonly nlpDir: string;
  readonly pom: string;
  readonly sources: string;
  readonly target: string;
  readonly jar: string;
  /** the runtime classpath Maven resolved (jars stay in ~/.m2) */
  readonly classpathFile: string;
  /** written after a successful build, holding the hash of the pom and the host's sources */
  readonly stamp: string;
  readonly runDir: string;
  readonly stateFile: string;
  readonly logFile: string;
}

export const HOST_MAIN_CLASS = 'entente.nlp.NlpHost';

export function nlpLayout(config: Config): NlpLayout {
  const { nlpDir, runDir, stateFile } = config.nlp;
  const target = path.join(nlpDir, 'target');
  return {
    nlpDir,
    pom: path.join(nlpDir, 'pom.xml'),
    sources: path.join(nlpDir, 'src', 'main', 'java'),
    target,
    jar: path.join(target, 'entente-nlp-1.jar'),
    classpathFile: path.join(target, 'classpath.txt'),
    stamp: path.join(target, '.entente-stamp'),
    runDir,
    stateFile,
    logFile: path.join(runDir, 'host.log'),
  };
}
