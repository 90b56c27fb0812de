/** `entente`: a thin command line over the library; commands live one concern per file. */
import { Command } from 'commander';
import { action, say } from './output.js';
import { SUMMARIES, type CommandName } from './summaries.js';

type Register = (program: Command) => void;

/**
 * Each command's code (and the driver, the parser client, Apollo… behind it)
 * loads only when that command runs, so `entente --help` or `entente config`
 * starts in a fraction of a second. So does the configuration module: zod,
 * behind it, was 0.1 s of a 0.27 s `entente --help` (docs/benchmarks.md).
 */
const LOADERS: Record<CommandName, () => Promise<Register>> = {
  db: async () => (await import('./db.js')).registerDbCommands,
  import: async () => (await import('./import.js')).registerImportCommand,
  serve: async () => {
    (await import('../config.js')).serveInProductionMode();
    return (await import('./serve.js')).registerServeCommand;
  },
  extract: async () => (await import('./extract.js')).registerExtractCommand,
  nlp: async () => (await import('./nlp.js')).registerNlpCommands,
  actors: async () => (await import('./actors.js')).registerActorsCommands,
};

const program = new Command()
  .name('entente')
  .description('Entente: a geopolitical relations knowledge graph in Neo4j.')
  .version('0.1.0')
  .showHelpAfterError();

const args = process.argv.slice(2);
const first = args.find((a) => !a.startsWith('-'));
const invoked = first === 'help' ? args[args.indexOf('help') + 1] : first;
for (const name of Object.keys(LOADERS) as CommandName[]) {
  // The invoked command is registered whole; the others only name themselves for the help listing.
  if (name === invoked) (await LOADERS[name]())(program);
  else program.command(name).description(SUMMARIES[name]).allowUnknownOption().allowExcessArguments();
}

program
  .command('config')
  .description('show every setting, its current value (secrets hidden) and its default')
  .action(
    action(async () => {
      const { describeSettings, loadConfig } = await import('../config.js');
      for (const s of describeSettings())
        say(`${s.env.padEnd(32)} ${s.value.padEnd(16)} default ${s.default}\n  ${s.doc}`);
      // The table shows what was given; this says whether it is usable, and fails like every other command.
      loadConfig();
    }),
  );

await program.parseAsync(process.argv);
