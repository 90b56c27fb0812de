/** `entente db …`: the bundled Neo4j's lifecycle and the schema, for operators. */
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { graphCounts, wipeGraph } from '../graph/admin.js';
import { openConnection, verifyConnection } from '../graph/driver.js';
import { migrate } from '../graph/migrate.js';
import { serverStatus, stopServer } from '../server/lifecycle.js';
import { instanceLayout } from '../server/layout.js';
import { SUMMARIES } from './summaries.js';
import { action, note, say } from './output.js';
import { ensureDatabase, printUrls } from './ensure-database.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description(SUMMARIES.db);

  db.command('start')
    .description('provision the bundled Neo4j if needed, start it in the background, wait for Bolt, apply migrations')
    .action(
      action(async () => {
        const config = loadConfig();
        await ensureDatabase(config, { migrate: true });
        printUrls(config);
      }),
    );

  db.command('stop')
    .description('shut the bundled Neo4j down cleanly (SIGTERM, then wait)')
    .action(
      action(async () => {
        const config = loadConfig();
        if (rejectExternal(config, 'stop')) return;
        const result = await stopServer(config);
        say(result.wasRunning ? `Neo4j stopped in ${(result.millis / 1000).toFixed(1)} s.` : 'Neo4j was not running.');
      }),
    );

  db.command('status')
    .description('say whether the database is running and reachable; exit 3 when it is not')
    .action(
      action(async () => {
        const config = loadConfig();
        if (!config.neo4j.external) {
          const status = serverStatus(config);
          say(
            status.running
              ? `Bundled Neo4j "${config.bundled.instance}" is running (pid ${status.pid}) at ${config.neo4j.uri}.`
              : `Bundled Neo4j "${config.bundled.instance}" is not running${status.stalePid ? ` (stale pid file for ${status.stalePid})` : ''}.`,
          );
          if (!status.running) {
            process.exitCode = 3;
            return;
          }
        }
        const connection = openConnection(config);
        try {
          await verifyConnection(connection);
          const counts = await graphCounts(connection);
          say(
            `Reachable at ${config.neo4j.uri} (database "${config.neo4j.database}"): ${counts.nodes} nodes, ${counts.relationships} relationships.`,
          );
        } finally {
          await connection.driver.close();
        }
      }),
    );

  db.command('migrate')
    .description('apply cypher/schema/*.cypher (constraints, indexes, full-text indexes); safe to repeat')
    .action(
      action(async () => {
        const config = loadConfig();
        const connection = openConnection(config);
        try {
          const result = await migrate(connection);
          say(
            `Applied ${result.files.length} schema files (${result.statements} statements); ${result.created} constraints or indexes were new${result.skipped > 0 ? `; ${result.skipped} backfills already done on this graph were skipped` : ''}.`,
          );
        } finally {
          await connection.driver.close();
        }
      }),
    );

  db.command('reset')
    .description('delete every node and relationship (the schema, the server and its password stay)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(
      action(async (options: { yes?: boolean }) => {
        const config = loadConfig();
        const target = config.neo4j.external
          ? config.neo4j.uri
          : `the bundled instance "${config.bundled.instance}" (${instanceLayout(config).home})`;
        if (
          !options.yes &&
          !(await confirm(`Delete ALL data in ${target}, database "${config.neo4j.database}"? [y/N] `))
        ) {
          say('Nothing deleted.');
          return;
        }
        await ensureDatabase(config, { migrate: false });
        const connection = openConnection(config);
        try {
          const deleted = await wipeGraph(connection);
          say(`Deleted ${deleted} nodes (and their relationships) from ${target}.`);
        } finally {
          await connection.driver.close();
        }
      }),
    );
}

function rejectExternal(config: Config, verb: string): boolean {
  if (!config.neo4j.external) return false;
  note(`NEO4J_URI is set (${config.neo4j.uri}): Entente does not manage that server, so it will not ${verb} it.`);
  process.exitCode = 2;
  return true;
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    note('Not asking on a non-interactive terminal: pass --yes to confirm.');
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}
