/**
 * Raw articles the parser cannot or should not read, through the real CLI:
 * each gets a message naming the file and the reason (or the setting), and
 * nothing is written for it. The texts are written for this test.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bad-input-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = ['https://example.org/wire/7', 'Test Wire | 2024-06-03 | Sam Doe', 'A headline', ''];
const GOOD = [
  ...HEADER,
  'The foreign minister of Kazakhstan met his Uzbek counterpart in Tashkent on Monday to discuss water sharing.',
].join('\n');

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

async function refused(file: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const out = path.join(dir, `${path.basename(file)}.out.yaml`);
  const run = await runCli(['extract', file, '-o', out], env);
  expect(run.code).toBe(1);
  expect(fs.existsSync(out), 'nothing written').toBe(false);
  return run.stderr;
}

describe('extract refuses what the parser cannot read, saying why, and writes nothing', () => {
  it('an article with header lines but no text', async () => {
    const file = write('headline-only.txt', HEADER.join('\n') + '\n\n   \n');
    const stderr = await refused(file);
    expect(stderr).toContain(file);
    expect(stderr).toContain('no article text after the header lines');
  });

  it('a text that is not English', async () => {
    const file = write(
      'deutsch.txt',
      [
        ...HEADER,
        'Der Außenminister traf am Montag seinen Amtskollegen in der Hauptstadt, um über die Verteilung des Wassers und den Handel zwischen beiden Ländern zu sprechen. Beide Seiten sprachen von einem guten Gespräch.',
      ].join('\n'),
    );
    const stderr = await refused(file);
    expect(stderr).toMatch(/does not look like English \(\d+% of its words/);
  });

  it('a 1 MB article: refused with the cap and the setting that raises it', async () => {
    const paragraph =
      'The delegation discussed trade, transit and the energy grid with officials of the neighbouring state, and both sides said they would meet again in the spring.';
    const text = Array.from({ length: Math.ceil(1_048_576 / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
    const file = write('huge.txt', [...HEADER, text].join('\n'));
    const stderr = await refused(file);
    expect(stderr).toMatch(
      /the article text is 1,0\d\d,\d\d\d characters; the parser reads at most 100,000 per article \(ENTENTE_NLP_MAX_CHARS\)/,
    );
  });

  it('an HTML page with no article body', async () => {
    const file = write(
      'menu.html',
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><script>var x = 1;</script></body></html>',
    );
    const stderr = await refused(file);
    expect(stderr).toContain('no article body found in the HTML page');
  });

  it('a parser that is not there: the message names ENTENTE_NLP_URL', async () => {
    const file = write('good.txt', GOOD);
    const stderr = await refused(file, { ENTENTE_NLP_URL: `http://127.0.0.1:${await closedPort()}` });
    expect(stderr).toMatch(/NLP_UNAVAILABLE.*Cannot reach the parser at http:\/\/127\.0\.0\.1:\d+.*ENTENTE_NLP_URL/s);
    // `nlp start` refuses a parser named by ENTENTE_NLP_URL, so the advice is about that server, not the bundled host
    expect(stderr).toContain('Start the CoreNLP server at that address, or unset ENTENTE_NLP_URL');
  });
});

describe('import --extract with bad articles among good ones', () => {
  it('drafts the good ones, names each bad one, and exits 1', async () => {
    const inbox = path.join(dir, 'inbox');
    fs.mkdirSync(inbox);
    fs.writeFileSync(path.join(inbox, 'a-good.txt'), GOOD);
    fs.writeFileSync(path.join(inbox, 'b-empty.txt'), '');
    fs.writeFileSync(path.join(inbox, 'c-menu.html'), '<html><body><nav>Home</nav></body></html>');
    const review = path.join(dir, 'review');
    const run = await runCli(['import', '--extract', '--review', review, inbox]);
    expect(run.code).toBe(1);
    expect(fs.readdirSync(review)).toHaveLength(1);
    expect(run.stderr).toContain(`${path.join(inbox, 'b-empty.txt')}: 1 problem`);
    expect(run.stderr).toContain(`${path.join(inbox, 'c-menu.html')}: 1 problem`);
  });

  it('writes nothing at all when the parser is unreachable', async () => {
    const inbox = path.join(dir, 'inbox2');
    fs.mkdirSync(inbox);
    fs.writeFileSync(path.join(inbox, 'a.txt'), GOOD);
    fs.writeFileSync(path.join(inbox, 'b.txt'), GOOD.replace('Monday', 'Tuesday'));
    const review = path.join(dir, 'review2');
    const run = await runCli(['import', '--extract', '--review', review, inbox], {
      ENTENTE_NLP_URL: `http://127.0.0.1:${await closedPort()}`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ENTENTE_NLP_URL');
    expect(fs.existsSync(review)).toBe(false);
  });
});

/** A port nothing listens on: bound by the OS, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
