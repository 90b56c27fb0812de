/**
 * docs/queries.md is generated from docs/queries/*.graphql (the files the API
 * tests run), so the documentation shows exactly the queries that are tested.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const QUERIES_DIR = path.join(PROJECT_ROOT, 'docs', 'queries');
export const QUERIES_DOC = path.join(PROJECT_ROOT, 'docs', 'queries.md');

/** Variables that answer on the seed article (import-article: a short article of its own), shown next to each query. */
const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  'actor-by-name': { name: 'Astana' },
  'actor-relations': { id: 'kassym-jomart-tokayev', types: ['MET'] },
  'relation-timeline': { a: 'kazakhstan', b: 'russia' },
  path: { from: 'tokayev', to: 'putin' },
  'claims-about': { about: 'russia' },
  'statements-by-speaker': { speaker: 'Tokayev' },
  article: { id: 'azattyq-kazakhstan-turned-its-back-on-russia' },
  search: { text: 'lost Armenia' },
  neighbors: { id: 'kassym-jomart-tokayev', depth: 2 },
  'import-article': {
    article: [
      'id: rferl-armenia-freezes-csto-participation',
      'title: Armenia freezes its participation in the Russia-led CSTO',
      'outlet: rferl',
      'publishedAt: 2024-02-23',
      'text: >-',
      '  Armenian Prime Minister Nikol Pashinyan said on February 22 that Armenia has',
      '  frozen its participation in the Collective Security Treaty Organization.',
      '  He said the Russia-led alliance had not defended Armenia when Azerbaijani',
      '  forces crossed its border in 2021 and 2022.',
      'relations:',
      '  - type: DRIFTING_FROM',
      '    source: Armenia',
      '    target: CSTO',
      '    text: Armenia has frozen its participation in the Collective Security Treaty Organization',
      '    date: 2024-02-22',
      '  - type: FAILED_TO_SUPPORT',
      '    source: CSTO',
      '    target: Armenia',
      '    text: the Russia-led alliance had not defended Armenia',
      '    date: 2024-02-22',
      '',
    ].join('\n'),
  },
};

/** The variables docs/queries.md shows next to a query, so that a test can run exactly those. */
export const exampleVariables = (name: string): Record<string, unknown> | undefined => EXAMPLE_VARIABLES[name];

/** Every query of docs/queries/, by file name, in name order. */
function examples(): { name: string; query: string }[] {
  return fs
    .readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: fs.readFileSync(path.join(QUERIES_DIR, f), 'utf8') }));
}

/** The read queries of docs/queries/ with their example variables (the mutation left out): what `npm start` warms. */
export function exampleReads(): { name: string; query: string; variables: Record<string, unknown> }[] {
  return examples()
    .filter((q) => !/^\s*mutation\b/m.test(q.query))
    .map((q) => ({ ...q, variables: EXAMPLE_VARIABLES[q.name] ?? {} }));
}

export function queriesDoc(): string {
  const parts = [
    '# Example queries',
    '',
    'Generated from `docs/queries/*.graphql` by `npm run docs:queries`; the API tests run these very files against the seed article. Paste a query into the explorer at <http://127.0.0.1:4000/graphql> (GraphiQL, served by the API; after `npm start`) with its variables, or send it with curl:',
    '',
    '```bash',
    `curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\`,
    `  -d '{"query": "{ actor(name: \\"Astana\\") { id name kind } }"}'`,
    '```',
    '',
  ];
  for (const { name, query: text } of examples()) {
    const comment = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.replace(/^#\s?/, ''))
      .join(' ');
    const body = text
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .trim();
    parts.push(`## ${name}`, '', comment, '', '```graphql', body, '```', '');
    const vars = EXAMPLE_VARIABLES[name];
    if (vars) parts.push('Variables:', '', '```json', JSON.stringify(vars, null, 2), '```', '');
  }
  return parts.join('\n');
}
