/**
 * The data boundary: rows are decoded into typed DTOs where they leave the
 * query runner, checked field by field; the resolvers never cast.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RowShapeError } from '../../src/errors.js';
import type { ActorDTO } from '../../src/api/dto.js';
import { list, nullable, number, object, string } from '../../src/graph/row-decode.js';
import * as entity from '../../src/api/rows/entities.js';
import * as q from '../../src/api/rows/queries.js';
import { enumValues } from '../../src/api/resolvers/scalars.js';
import type { MutationImportArticleArgs, QueryClaimsArgs } from '../../src/api/generated/schema-types.js';

const actorMap = { id: 'tokayev', name: 'Tokayev', kind: 'PERSON', aliases: [], wikidataId: null };

const relationMap = {
  id: 'r1',
  type: 'MET',
  polarity: 0.3,
  sourceId: 'tokayev',
  targetId: 'scholz',
  date: '2023-09-29',
  reportedAt: null,
  modality: 'asserted',
  assertedById: 'tokayev',
  claimId: null,
  statementId: null,
  articleId: 'a1',
  sentenceIndex: 2,
  evidence: 'Tokayev met Scholz',
  confidence: null,
};

describe('row decoders', () => {
  it('decode a per-parent row into a key and typed items', () => {
    const row = q.relationsOfActors.row(
      { key: 'tokayev', actor: actorMap, items: [relationMap], actors: [actorMap] },
      'row 0',
    );
    expect(row.key).toBe('tokayev');
    expect(row.value.items[0]).toEqual(relationMap);
    expect(row.value.actor).toEqual(actorMap);
    expect(row.value.actors).toEqual([actorMap]);
  });

  it('name the query, row and field of a value of the wrong shape', () => {
    const bad = {
      key: 'tokayev',
      actor: actorMap,
      items: [relationMap, { ...relationMap, polarity: null }],
      actors: [],
    };
    expect(() => q.relationsOfActors.row(bad, 'cypher/queries/relations-of-actors.cypher row 3')).toThrow(
      new RowShapeError(
        'cypher/queries/relations-of-actors.cypher row 3.items[1].polarity',
        'expected a number, got null',
      ),
    );
    expect(() => entity.relation({ ...relationMap, type: 'HUGGED' }, 'r')).toThrow(/r\.type: expected MET \| VISITED/);
    expect(() => entity.relation({ ...relationMap, modality: 'maybe' }, 'r')).toThrow(/asserted \| hedged \| denied/);
    expect(() => q.actorsList.row({ total: 1 }, 'row 0')).not.toThrow();
    expect(() => q.actorsList.row({ total: '1', ids: [] }, 'row 0')).toThrow(/row 0\.total: expected a number/);
  });

  it('read a missing list as empty and a missing optional value as null', () => {
    expect(object({ ids: list(string), at: nullable(string) })({}, 'x')).toEqual({ ids: [], at: null });
    expect(q.articleParts.row({ key: 'a1' }, 'x').value).toEqual({
      actorIds: [],
      statementIds: [],
      claimIds: [],
      citedIds: [],
    });
  });

  it('tell the three kinds of link on a path apart', () => {
    const row = q.shortestPaths.row(
      {
        nodes: [],
        rels: [
          relationMap,
          { type: 'HOLDS_ROLE', title: 'President', targetId: 'russia', since: '2012-05-07', until: null },
          { type: 'SAID' },
        ],
      },
      'row 0',
    );
    expect(row.rels.map((r) => r.kind)).toEqual(['relation', 'role', 'link']);
    const nodes = q.shortestPaths.row(
      {
        nodes: [
          { id: 'tokayev', label: 'Actor', actor: actorMap },
          { id: 's1', label: 'Statement', actor: null },
        ],
        rels: [],
      },
      'row 0',
    ).nodes;
    expect(nodes.map((n) => n.actor)).toEqual([actorMap, null]);
  });

  it('are typed by the DTO they produce: a missing or mistyped field does not compile', () => {
    // @ts-expect-error -- name, kind, aliases and wikidataId have no decoder
    const partial = object<ActorDTO>({ id: string });
    // @ts-expect-error -- aliases is a list of strings, not a number
    const mistyped = object<ActorDTO>({ id: string, name: string, kind: string, aliases: number, wikidataId: string });
    expect(partial).toBeTypeOf('function');
    expect(mistyped).toBeTypeOf('function');
  });
});

describe('resolver arguments', () => {
  it('are typed as the resolvers receive them: a remapped enum as its stored value', () => {
    const modality: QueryClaimsArgs['modality'] = 'hedged';
    // @ts-expect-error -- the resolver never sees the schema name, only the stored value
    const schemaName: QueryClaimsArgs['modality'] = 'HEDGED';
    const format: MutationImportArticleArgs['format'] = 'json';
    expect([modality, schemaName, format]).toEqual(['hedged', 'HEDGED', 'json']);
    expect(enumValues.Modality.HEDGED).toBe(modality);
  });
});

describe('the resolvers get typed rows', () => {
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'generated' ? [] : files(full);
      return e.name.endsWith('.ts') ? [full] : [];
    });

  it('without casts through unknown, `any` arguments, `as never` or lint exemptions', () => {
    const api = path.resolve(import.meta.dirname, '../../src/api');
    const found = files(api).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /as unknown as|:\s*any\b|as never\b|eslint-disable/.test(line)
            ? [`${path.relative(api, file)}:${i + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
