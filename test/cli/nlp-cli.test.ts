/** `entente nlp status|stop` as an operator runs them, without loading any models. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { runCli } from '../support/cli.js';

const NONE = { ENTENTE_NLP_URL: '', ENTENTE_NLP_TOKEN: '', ENTENTE_NLP_INSTANCE: 'cli-test-none' };
afterAll(() => fs.rmSync(path.join(PROJECT_ROOT, 'nlp', 'run', 'cli-test-none'), { recursive: true, force: true }));

describe('entente nlp', () => {
  it('status says a host that is not running is not, with exit code 3 and how to start it', async () => {
    const run = await runCli(['nlp', 'status'], NONE);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('The CoreNLP host "cli-test-none" is not running');
    expect(run.stdout).toContain('npx entente nlp start');
  });

  it('stop of a host that is not running says so', async () => {
    const run = await runCli(['nlp', 'stop'], NONE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('was not running');
  });

  it('leaves a parser named by ENTENTE_NLP_URL alone, and says with exit code 3 when it does not answer', async () => {
    const env = { ENTENTE_NLP_URL: 'http://127.0.0.1:9', ENTENTE_NLP_TOKEN: '' };
    const status = await runCli(['nlp', 'status'], env);
    expect(status.code).toBe(3);
    expect(status.stdout).toContain('ENTENTE_NLP_URL is set');
    expect(status.stdout).toMatch(
      /it does not answer \(.+\): start the CoreNLP server there, or unset ENTENTE_NLP_URL/,
    );
    for (const verb of ['start', 'stop']) {
      const run = await runCli(['nlp', verb], env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Entente does not manage that parser, so it will not ${verb} it`);
    }
  });
});
