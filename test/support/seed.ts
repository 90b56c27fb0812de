/** The seed article and helpers for importing variants of it in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Connection } from '../../src/graph/driver.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { importArticles, type ImportSummary } from '../../src/ingest/importer.js';
import { planFromSource } from '../../src/ingest/read-article.js';

export const SEED_FILE = path.join(
  PROJECT_ROOT,
  'data',
  'articles',
  'azattyq-kazakhstan-turned-its-back-on-russia.yaml',
);
export const SEED_ID = 'azattyq-kazakhstan-turned-its-back-on-russia';
export const seedSource = (): string => fs.readFileSync(SEED_FILE, 'utf8');

export const gazetteer = loadGazetteer();

/** Imports YAML/JSON sources given as text, each under a display name. */
export function importTexts(
  connection: Connection,
  texts: { name: string; text: string; format?: 'yaml' | 'json' }[],
  options: { dryRun?: boolean; strict?: boolean } = {},
): Promise<ImportSummary> {
  return importArticles(
    connection,
    gazetteer,
    texts.map((t) => ({ name: t.name, plan: () => planFromSource(t.name, t.text, t.format ?? 'yaml', gazetteer) })),
    options,
  );
}
