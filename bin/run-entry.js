// Runs one of Entente's entry points (src/cli/main.ts, src/main.ts). An
// install compiles src/ to dist/ (npm ci runs `prepare`, i.e. `npm run build`),
// and the compiled JavaScript runs: no TypeScript is compiled at start-up.
// In a working copy whose src/ is newer than the last build, the sources run
// through tsx instead, so an edit never runs stale code.
import fs from 'node:fs';
import process from 'node:process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Written by `npm run build` once tsc has emitted dist/.
const stamp = path.join(root, 'dist', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** dist/ is built and no source under src/ is newer than the build (bench/api-process.ts asks the same). */
export function isBuilt() {
  try {
    return fs.statSync(stamp).mtimeMs >= newestSource(path.join(root, 'src'));
  } catch {
    return false;
  }
}

/** entry: a path under src/ without extension, e.g. 'cli/main'. */
export async function runEntry(entry) {
  if (process.env.ENTENTE_FROM_SOURCE !== '1' && isBuilt()) {
    await import(pathToFileURL(path.join(root, 'dist', `${entry}.js`)).href);
    return;
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'src', `${entry}.ts`)).href);
}
