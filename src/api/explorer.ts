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

export const EXPLORER_PATH = '/explorer';
const ASSETS = `${EXPLORER_PATH}/assets`;

const require = createRequire(import.meta.url);
/** A file of an installed package; React's package exports hide umd/, so those are found beside package.json. */
const packageFile = (pkg: string, file: string): string =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL → where it comes from. Order matters in the page: React, then ReactDOM, then GraphiQL, then the start script. */
const FILES: Record<string, { file: () => string; type: string }> = {
  [`${ASSETS}/react.production.min.js`]: { file: () => packageFile('react', 'umd/react.production.min.js'), type: JS },
  [`${ASSETS}/react-dom.production.min.js`]: {
    file: () => packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: JS,
  },
  [`${ASSETS}/graphiql.min.js`]: { file: () => packageFile('graphiql', 'graphiql.min.js'), type: JS },
  [`${ASSETS}/graphiql.min.css`]: { file: () => packageFile('graphiql', 'graphiql.min.css'), type: CSS },
};
const START_PATH = `${ASSETS}/start.js`;

const DEFAULT_QUERY = `# Entente's GraphQL API: run with ▶ (Ctrl-Enter); Docs lists every field.
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
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
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

const read = new Map<string, Buffer>();

/** The asset at a URL path (read once, then kept), or null when the path is not one of the explorer's. */
export function explorerAsset(pathname: string): { body: string | Buffer; type: string } | null {
  if (pathname === START_PATH) return { body: START_SCRIPT, type: JS };
  const asset = FILES[pathname];
  if (!asset) return null;
  let body = read.get(pathname);
  if (!body) read.set(pathname, (body = fs.readFileSync(asset.file())));
  return { body, type: asset.type };
}

/** A browser opening /graphql itself (not a GraphQL request sent with GET). */
export function wantsExplorer(method: string | undefined, url: URL, accept: string | undefined): boolean {
  return method === 'GET' && !url.searchParams.has('query') && (accept ?? '').includes('text/html');
}
