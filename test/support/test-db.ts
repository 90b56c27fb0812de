/**
 * `npm run test:db -- start|stop`: the bundled test instance by hand, for CI
 * (which starts its servers before the tests) and for a developer who wants it
 * kept warm between runs. The values come from instances.ts, as in the tests.
 */
import { loadConfig } from '../../src/config.js';
import { startServer, stopServer } from '../../src/server/lifecycle.js';
import { TEST_INSTANCE_ENV } from './instances.js';

const config = loadConfig({ ...process.env, ...TEST_INSTANCE_ENV });
const verb = process.argv[2];
const log = (line: string): void => void process.stderr.write(`[test-db] ${line}\n`);

if (verb === 'start') {
  const r = await startServer(config, log);
  log(
    r.alreadyRunning
      ? `already running (pid ${r.pid})`
      : `started (pid ${r.pid}); first query answered after ${(r.millisToFirstQuery / 1000).toFixed(1)} s`,
  );
} else if (verb === 'stop') {
  const r = await stopServer(config);
  log(r.wasRunning ? `stopped in ${(r.millis / 1000).toFixed(1)} s` : 'was not running');
} else {
  log('usage: npm run test:db -- start|stop');
  process.exitCode = 2;
}
