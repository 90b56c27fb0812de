/** `entente actors merge|split`: an analyst's correction of who is who, undoable. */
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { mergeActors, splitActor } from '../graph/actor-merge.js';
import { openConnection } from '../graph/driver.js';
import { SUMMARIES } from './summaries.js';
import { action, say } from './output.js';

export function registerActorsCommands(program: Command): void {
  const actors = program.command('actors').description(SUMMARIES.actors);

  actors
    .command('merge <duplicate> <survivor>')
    .description(
      'make <duplicate> the same actor as <survivor>: its edges, statements and claims move over, its names become aliases; undo with `actors split <duplicate>`',
    )
    .addHelpText(
      'after',
      '\nA gazetteer actor is never merged into a draft one (merge the other way).\nExample: npx entente actors merge van-bruggen isabelle-van-bruggen',
    )
    .action(
      action(async (duplicate: string, survivor: string) => {
        const config = loadConfig();
        const connection = openConnection(config);
        try {
          const r = await mergeActors(connection, duplicate, survivor, config.propositions.windowDays);
          say(
            `Merged ${r.from} into ${r.into}: ${r.moved} relationship(s) moved, ${r.articles} article(s) touched. Undo with: entente actors split ${r.from}`,
          );
        } finally {
          await connection.driver.close();
        }
      }),
    );

  actors
    .command('split <merged>')
    .description('undo `actors merge <merged> …`: the actor comes back with exactly what the merge moved')
    .action(
      action(async (merged: string) => {
        const config = loadConfig();
        const connection = openConnection(config);
        try {
          const r = await splitActor(connection, merged, config.propositions.windowDays);
          say(
            `Split ${r.from} from ${r.into}: ${r.moved} relationship(s) moved back, ${r.articles} article(s) touched.`,
          );
        } finally {
          await connection.driver.close();
        }
      }),
    );
}
