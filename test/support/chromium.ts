/**
 * Debian's Chromium driven by playwright-core (nothing is downloaded), on a
 * fresh profile each time, for the tests that look at a page as a person does.
 * No Chromium is a failure with the install step, never a skip.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.ENTENTE_CHROMIUM ?? '/usr/bin/chromium';
// No background traffic of Chromium's own, so a page's requests are all the test sees.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface HeadlessChromium {
  browser: BrowserContext;
  /** closes the browser and removes its profile */
  close: () => Promise<void>;
}

export async function launchChromium(): Promise<HeadlessChromium> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set ENTENTE_CHROMIUM. .ci/run installs it.`,
    );
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
