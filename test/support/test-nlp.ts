/**
 * `npm run test:nlp -- provision|start|stop|status`: the bundled test CoreNLP host by
 * hand, for CI and for a developer who keeps it warm between runs (loading
 * the models takes 1-2 minutes; the tests then find it running and leave it).
 */
import { nlpStatus, startNlp, stopNlp } from '../../src/nlp/lifecycle.js';
import { provisionNlp } from '../../src/nlp/provision.js';
import { testNlpConfig } from './nlp-host.js';

const config = testNlpConfig();
const verb = process.argv[2];
const log = (line: string): void => void process.stderr.write(`[test-nlp] ${line}\n`);

if (verb === 'provision') {
  await provisionNlp(config, log);
  log('built');
} else if (verb === 'start') {
  const r = await startNlp(config, log, { wait: true });
  log(
    r.alreadyRunning
      ? `already running (pid ${r.pid}, port ${r.port})`
      : `started (pid ${r.pid}, port ${r.port}); models loaded after ${(r.millisToReady / 1000).toFixed(0)} s`,
  );
} else if (verb === 'stop') {
  const r = await stopNlp(config);
  log(r.wasRunning ? `stopped in ${(r.millis / 1000).toFixed(1)} s` : 'was not running');
} else if (verb === 'status') {
  const s = await nlpStatus(config);
  log(
    s.running
      ? `running (pid ${s.pid}, port ${s.port}): ${s.health?.status ?? 'not answering'}`
      : `not running${s.stalePid ? ` (stale state file for ${s.stalePid})` : ''}`,
  );
  if (!s.running) process.exitCode = 3;
} else {
  log('usage: npm run test:nlp -- provision|start|stop|status');
  process.exitCode = 2;
}
