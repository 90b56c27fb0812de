/** Mistakes an operator makes on the command line get a message with a next step, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('entente extract on a path that does not exist', () => {
  it('names the file, says what to check, exits 1, and prints no stack trace', async () => {
    const run = await runCli(['extract', 'no-such-article.txt']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no-such-article.txt');
    expect(run.stderr).toContain('no such file or folder: check the path');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
