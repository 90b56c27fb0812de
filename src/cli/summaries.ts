/** One line per top-level command: what `entente --help` lists without loading any command's code. */
export const SUMMARIES = {
  db: 'run and manage the Neo4j database (the bundled server, or NEO4J_URI)',
  import: 'import annotated article files (YAML or JSON), or raw articles with --extract',
  serve: 'run the GraphQL API (and with --import, import data/ first)',
  extract: 'extract actors, quotes, claims and relations from a raw article (.txt or .html) into a draft to review',
  nlp: 'run the parser (the bundled CoreNLP host on 127.0.0.1, or ENTENTE_NLP_URL)',
  actors: 'correct actor identity: merge duplicates, undo a merge',
} as const;

export type CommandName = keyof typeof SUMMARIES;
