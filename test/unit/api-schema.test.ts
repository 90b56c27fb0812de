import fs from 'node:fs';
import type { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES_FILE, generateSchemaTypes } from '../../src/api/schema-types-generator.js';
import { loadSchema } from '../../src/api/schema.js';
import { fullTextQuery } from '../../src/api/resolvers/search-text.js';
import { trendOfSum } from '../../src/api/resolvers/timeline.js';
import { RELATION_TYPE_NAMES, ACTOR_KINDS, MODALITIES } from '../../src/domain/vocabulary.js';
import { enumValues } from '../../src/api/resolvers/scalars.js';
import { QUERIES_DOC, queriesDoc } from '../../src/api/queries-doc.js';

describe('schema.graphql', () => {
  it('matches the generated resolver types (run `npm run schema:types` after editing it)', () => {
    expect(fs.readFileSync(GENERATED_TYPES_FILE, 'utf8')).toBe(generateSchemaTypes());
  });

  it('has exactly the relation vocabulary, actor kinds and modalities of the domain', () => {
    const schema = loadSchema();
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('RelationType')).toEqual(RELATION_TYPE_NAMES);
    expect(Object.values(enumValues.ActorKind)).toEqual([...ACTOR_KINDS]);
    expect(values('ActorKind')).toEqual(Object.keys(enumValues.ActorKind));
    expect(Object.values(enumValues.Modality)).toEqual([...MODALITIES]);
  });
});

describe('search text', () => {
  it('escapes Lucene syntax and requires every word', () => {
    expect(fullTextQuery('van brug', 'search')).toBe('(van^2 OR van*) AND (brug^2 OR brug*)');
    expect(fullTextQuery('a:b (c)', 'search')).toBe('(a\\:b^2 OR a\\:b*) AND (\\(c\\)^2 OR \\(c\\)*)');
    expect(() => fullTextQuery('   ', 'search')).toThrow(/empty/);
  });
});

describe('timeline trend', () => {
  it('reads the weighted polarity of the latest half: above 0.2 improving, below -0.2 worsening, else stable', () => {
    expect(trendOfSum(0.6)).toBe('IMPROVING');
    expect(trendOfSum(-0.6)).toBe('WORSENING');
    expect(trendOfSum(0.2)).toBe('STABLE');
    expect(trendOfSum(-0.2)).toBe('STABLE');
    expect(trendOfSum(0)).toBe('STABLE');
  });
});

describe('docs/queries.md', () => {
  it('shows exactly the tested example queries (run `npm run docs:queries` after editing them)', () => {
    expect(fs.readFileSync(QUERIES_DOC, 'utf8')).toBe(queriesDoc());
  });
});
