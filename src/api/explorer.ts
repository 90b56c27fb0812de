/**
 * The API explorer served by the API itself: GraphiQL and React from their npm
 * packages (the UMD builds), so it works on a closed network. The page, its
 * start script and every asset come from this server; GraphiQL's stylesheet
 * carries its fonts inline. Apollo Sandbox, which loads from a CDN, stays an
 * option (ENTENTE_API_EXPLORER=sandbox).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DependencyMissingError } from '../errors.js';

export const EXPLORER_PATH = '/explorer';
const ASSETS = `${EXPLORER_PATH}/assets`;

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL → package and file. Order matters in the page: React, then ReactDOM, then GraphiQL, then the start script. */
const FILES: Record<string, { pkg: string; file: string; type: string }> = {
  [`${ASSETS}/react.production.min.js`]: { pkg: 'react', file: 'umd/react.production.min.js', type: JS },
  [`${ASSETS}/react-dom.production.min.js`]: { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: JS },
  [`${ASSETS}/graphiql.min.js`]: { pkg: 'graphiql', file: 'graphiql.min.js', type: JS },
  [`${ASSETS}/graphiql.min.css`]: { pkg: 'graphiql', file: 'graphiql.min.css', type: CSS },
};
const START_PATH = `${ASSETS}/start.js`;

/** What the explorer opens with: the first query a newcomer runs (npm start warms it with the documented ones). */
export const EXPLORER_DEFAULT_QUERY = `# Entente's GraphQL API: run with ▶ (Ctrl-Enter); Docs lists every field.
# More examples: docs/queries.md. Mutations need an API key, under Headers:
# {"Authorization": "Bearer <key>"}
query ActorRelations {
  actor(name: "Tokayev") {
    name
    relations(first: 5) {
      type
      counterpart { name }
      date
      article { title }
    }
  }
}
`;

/** Runs in the browser: GraphiQL against this server's /graphql, headers kept for the tab only. */
const START_SCRIPT = `'use strict';
const fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).href });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(EXPLORER_DEFAULT_QUERY)},
    shouldPersistHeaders: false,
  }),
);
`;

export function explorerHtml(): string {
  const scripts = Object.entries(FILES)
    .filter(([, f]) => f.type === JS)
    .map(([url]) => `    <script src="${url}"></script>`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Entente API explorer</title>
    <link rel="stylesheet" href="${ASSETS}/graphiql.min.css" />
    <style>
      body { margin: 0; height: 100vh; overflow: hidden; }
      #graphiql { height: 100vh; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading the explorer…</div>
${scripts.join('\n')}
    <script src="${START_PATH}"></script>
  </body>
</html>
`;
}

export interface ExplorerAssets {
  /** The asset at a URL path, or null when the path is not one of the explorer's. */
  asset(pathname: string): { body: string | Buffer; type: string } | null;
}

/** Files already read, by absolute path: every API server of a process shares them. */
const read = new Map<string, Buffer>();

/**
 * Finds and reads every asset once, when the server starts, so that a
 * node_modules without them (a pull not followed by `npm ci`) stops the start
 * with what to do, instead of a blank explorer answering 500 later.
 * `from` is the folder packages are resolved from (this module's, normally).
 */
export function loadExplorerAssets(from: string = path.dirname(fileURLToPath(import.meta.url))): ExplorerAssets {
  const require = createRequire(path.join(from, 'explorer-assets.js'));
  const found = new Map<string, { body: Buffer; type: string }>();
  const missing: string[] = [];
  for (const [url, { pkg, file, type }] of Object.entries(FILES)) {
    let full: string;
    try {
      // React's package exports hide umd/, so files are found beside package.json.
      full = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
    } catch {
      if (!missing.includes(`the package ${pkg}`)) missing.push(`the package ${pkg}`);
      continue;
    }
    let body = read.get(full);
    if (!body) {
      try {
        read.set(full, (body = fs.readFileSync(full)));
      } catch {
        missing.push(`${pkg}'s ${file}`);
        continue;
      }
    }
    found.set(url, { body, type });
  }
  if (missing.length > 0)
    throw new DependencyMissingError(
      `The API explorer (GraphiQL) cannot be served: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing from node_modules (resolved from ${from}). ` +
        'The installed packages do not match package-lock.json, as after a pull without reinstalling: run `npm ci` in the project folder, then start again.',
    );
  return {
    asset(pathname) {
      if (pathname === START_PATH) return { body: START_SCRIPT, type: JS };
      return found.get(pathname) ?? null;
    },
  };
}

/** A browser opening /graphql itself (not a GraphQL request sent with GET). */
export function wantsExplorer(method: string | undefined, url: URL, accept: string | undefined): boolean {
  return method === 'GET' && !url.searchParams.has('query') && (accept ?? '').includes('text/html');
}
