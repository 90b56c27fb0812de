/** The main job's import step: everything under data/articles, idempotently. */
import path from 'node:path';
import type { Config } from '../config.js';
import { openConnection } from '../graph/driver.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { expandInputs } from '../ingest/input-files.js';
import { runWithProgress, printSummary } from './import.js';
import { fileSources, type ImportSummary } from '../ingest/importer.js';

export async function importDataFolder(config: Config): Promise<ImportSummary> {
  const gazetteer = loadGazetteer();
  const files = expandInputs([path.join(config.projectRoot, 'data', 'articles')]);
  const connection = openConnection(config);
  try {
    const summary = await runWithProgress(connection, gazetteer, fileSources(files, gazetteer), {
      propositionWindowDays: config.propositions.windowDays,
    });
    printSummary(summary, false);
    return summary;
  } finally {
    await connection.driver.close();
  }
}
