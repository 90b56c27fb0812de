import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, cypher, cypherNames, splitStatements } from '../../src/graph/cypher.js';
import { CypherMissingError } from '../../src/errors.js';

describe('Cypher registry', () => {
  it('loads named files and lists migrations in order', () => {
    expect(cypher('admin/counts')).toContain('AS nodes, relationships');
    expect(cypherNames('schema')).toEqual([
      'schema/001_constraints',
      'schema/002_indexes',
      'schema/003_fulltext',
      'schema/004_propositions',
      'schema/005_identity',
      'schema/006_relation_articles',
      'schema/007_tie_ends',
      'schema/008_relation_dyads',
      'schema/009_claim_ends',
      'schema/010_timeline_buckets',
      'schema/011_claim_pages',
      'schema/012_relation_ends',
      'schema/013_tied_pairs',
      'schema/014_list_pages',
      'schema/015_statement_speakers',
      'schema/016_statement_topics',
      'schema/017_claim_lists',
      'schema/018_statement_speaker_topics',
    ]);
  });

  it('fails loudly for a name without a file', () => {
    expect(() => cypher('queries/no-such-query')).toThrow(CypherMissingError);
  });

  it('every file starts with a comment saying what it is for', () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of walk(CYPHER_DIR).filter((f) => f.endsWith('.cypher'))) {
      expect(fs.readFileSync(file, 'utf8').startsWith('//'), file).toBe(true);
    }
  });

  it('splits schema files on statement-ending semicolons, ignoring comments', () => {
    expect(splitStatements('// a; b\nCREATE X;\nCREATE Y\n  ON (z);\n')).toEqual(['CREATE X', 'CREATE Y\n  ON (z)']);
  });
});
