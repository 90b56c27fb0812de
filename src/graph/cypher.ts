/**
 * Every Cypher statement Entente runs lives in cypher/ as a named .cypher file.
 * They are read once; asking for a name that has no file fails loudly at
 * start-up rather than at the first request. Values always travel as $params.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { CypherMissingError } from '../errors.js';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

let cache: Map<string, string> | undefined;

function loadAll(dir = CYPHER_DIR): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(dir, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        files.set(name, fs.readFileSync(full, 'utf8'));
      }
    }
  };
  walk(dir);
  return files;
}

function registry(): Map<string, string> {
  cache ??= loadAll();
  return cache;
}

/** The text of cypher/<name>.cypher, e.g. cypher('queries/actor-by-id'). */
export function cypher(name: string): string {
  const text = registry().get(name);
  if (text === undefined)
    throw new CypherMissingError(`cypher/${name}.cypher is missing: every named query must have its file.`);
  return text;
}

/**
 * Neo4j caches a plan per statement text and per parameter types, and a list's type carries its size bucket (one,
 * up to 10, up to 100) and a null a type of its own. The statements with a branch per relation type take 9-27 s to
 * plan on a 2-core host, so one plan per combination (up to 72 for queries/relations-of-actors: ids and types of
 * three sizes each, counterpart and both dates null or not) meant a timeout for the first request of each new shape.
 * Those statements take their arguments in one map, $args, whose type has neither size nor nullness: one plan each.
 */
const ONE_MAP = /^(?!\s*\/\/).*\$args\./m; // on a line of code, not of a comment

/** The parameters to send with a statement's text: wrapped in one map, $args, if the statement reads them there. */
export function paramsForText(text: string, params: Record<string, unknown>): Record<string, unknown> {
  return inOneMap(ONE_MAP.test(text), params);
}

const inOneMap = (oneMap: boolean, params: Record<string, unknown>): Record<string, unknown> =>
  oneMap ? { args: params } : params;

const takesOneMap = new Map<string, boolean>();

/** The parameters to send with cypher/<name>.cypher (see paramsForText); each file is looked at once, not per read. */
export function paramsFor(name: string, params: Record<string, unknown>): Record<string, unknown> {
  let oneMap = takesOneMap.get(name);
  if (oneMap === undefined) takesOneMap.set(name, (oneMap = ONE_MAP.test(cypher(name))));
  return inOneMap(oneMap, params);
}

/** Names under a folder, sorted: cypherNames('schema') gives the migrations in order. */
export function cypherNames(folder: string): string[] {
  return [...registry().keys()].filter((n) => n.startsWith(`${folder}/`)).sort();
}

/**
 * Schema files hold several statements separated by semicolons at line ends;
 * comments (// …) are dropped so that a semicolon inside one cannot split.
 */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
