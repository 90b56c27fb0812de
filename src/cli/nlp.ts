/** `entente nlp …`: the bundled CoreNLP host's lifecycle, for operators. */
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.js';
import { probeParser, type ParserProbe } from '../nlp/client.js';
import { nlpLayout } from '../nlp/layout.js';
import { nlpStatus, startNlp, stopNlp, type NlpHealth } from '../nlp/lifecycle.js';
import { SUMMARIES } from './summaries.js';
import { action, note, say } from './output.js';

export function registerNlpCommands(program: Command): void {
  const nlp = program.command('nlp').description(SUMMARIES.nlp);

  nlp
    .command('start')
    .description(
      'provision CoreNLP if needed (Maven Central, ~500 MB once), start the host in the background and wait until its models are loaded (1-2 min)',
    )
    .option('--no-wait', 'return once the host listens, without waiting for the models')
    .action(
      action(async (flags: { wait: boolean }) => {
        const config = loadConfig();
        if (rejectExternal(config, 'start')) return;
        const r = await startNlp(config, note, { wait: flags.wait });
        if (r.alreadyRunning)
          say(`The CoreNLP host "${config.nlp.instance}" is already running (pid ${r.pid}) on 127.0.0.1:${r.port}.`);
        else
          say(
            `The CoreNLP host "${config.nlp.instance}" started (pid ${r.pid}) on 127.0.0.1:${r.port}${flags.wait ? `; models loaded after ${(r.millisToReady / 1000).toFixed(0)} s` : '; loading its models (npx entente nlp status)'}.`,
          );
      }),
    );

  nlp
    .command('stop')
    .description('shut the bundled CoreNLP host down (/shutdown, then SIGTERM)')
    .action(
      action(async () => {
        const config = loadConfig();
        if (rejectExternal(config, 'stop')) return;
        const r = await stopNlp(config);
        say(
          r.wasRunning
            ? `The CoreNLP host stopped in ${(r.millis / 1000).toFixed(1)} s.`
            : 'The CoreNLP host was not running.',
        );
      }),
    );

  nlp
    .command('status')
    .description('say whether the parser is running and has loaded its models; exit 3 when it is not ready')
    .action(
      action(async () => {
        const config = loadConfig();
        if (config.nlp.external) {
          const probe = await probeParser(config.nlp.url, 3000);
          say(
            `ENTENTE_NLP_URL is set: Entente parses with ${config.nlp.url} and does not manage it; ${describeProbe(probe)}.`,
          );
          if (probe.kind !== 'answers') process.exitCode = 3;
          return;
        }
        const s = await nlpStatus(config);
        if (!s.running) {
          say(
            `The CoreNLP host "${config.nlp.instance}" is not running${s.stalePid ? ` (stale state file for process ${s.stalePid})` : ''}. Start it with \`npx entente nlp start\`; extraction also starts it on demand.`,
          );
          process.exitCode = 3;
          return;
        }
        const h = s.health;
        say(
          `The CoreNLP host "${config.nlp.instance}" is running (pid ${s.pid}) on 127.0.0.1:${s.port}: ${describeHealth(h)}. Log: ${nlpLayout(config).logFile}`,
        );
        if (h?.status !== 'ready') process.exitCode = 3;
      }),
    );
}

function rejectExternal(config: Config, verb: string): boolean {
  if (!config.nlp.external) return false;
  note(`ENTENTE_NLP_URL is set (${config.nlp.url}): Entente does not manage that parser, so it will not ${verb} it.`);
  process.exitCode = 2;
  return true;
}

function describeProbe(probe: ParserProbe): string {
  switch (probe.kind) {
    case 'answers':
      return 'it answers';
    case 'loading':
      return 'it answers 503: still loading its models, try again in a minute';
    case 'down':
      return `it does not answer (${probe.reason}): start the CoreNLP server there, or unset ENTENTE_NLP_URL to use the bundled one`;
  }
}

function describeHealth(h: NlpHealth | undefined | null): string {
  if (!h) return 'not answering on /health';
  switch (h.status) {
    case 'ready':
      return `ready (models loaded in ${(h.loadMillis / 1000).toFixed(0)} s; ${h.inFlight} request(s) in flight)`;
    case 'loading':
      return 'loading its models';
    case 'failed':
      return `failed to load its models: ${h.error}`;
  }
}
