/** `entente`: a thin command line over the library; commands live one concern per file. */
import { Command } from 'commander';
import { describeSettings, loadConfig } from '../config.js';
import { registerActorsCommands } from './actors.js';
import { registerDbCommands } from './db.js';
import { registerImportCommand } from './import.js';
import { registerServeCommand } from './serve.js';
import { registerExtractCommand } from './extract.js';
import { registerNlpCommands } from './nlp.js';
import { action, say } from './output.js';

const program = new Command()
  .name('entente')
  .description('Entente: a geopolitical relations knowledge graph in Neo4j.')
  .version('0.1.0')
  .showHelpAfterError();

registerDbCommands(program);
registerImportCommand(program);
registerServeCommand(program);
registerExtractCommand(program);
registerNlpCommands(program);
registerActorsCommands(program);

program
  .command('config')
  .description('show every setting, its current value (secrets hidden) and its default')
  .action(
    action(async () => {
      for (const s of describeSettings()) say(`${s.env.padEnd(32)} ${s.value.padEnd(16)} default ${s.default}\n  ${s.doc}`);
      // The table shows what was given; this says whether it is usable, and fails like every other command.
      loadConfig();
    }),
  );

await program.parseAsync(process.argv);
