/**
 * Cypher files that spell out the vocabulary's relationship types (Neo4j plans
 * $any() as a filter, so traversals list the types to expand by) must list
 * every one of them: a type added to the vocabulary and forgotten here would
 * silently drop out of neighbourhoods, paths and timelines.
 */
import { describe, expect, it } from 'vitest';
import { RELATION_TYPE_NAMES, TIE_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { cypher } from '../../src/graph/cypher.js';

// (queries/relations-of-actors has no such list since its edges are read type by type: the tests below check it.)
const FILES = [
  'queries/neighbors-of-actors',
  'queries/shortest-paths',
  'test/actors-with-few-ties',
  'schema/013_tied_pairs',
];

/** Every `[var:A|B|C...]` type list of a file with more than a few alternatives. */
function typeLists(text: string): string[][] {
  const body = text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
  return [...body.matchAll(/\[\w*:([A-Z_|]+)(?:\*[^\]]*)?\]/g)]
    .map((m) => m[1]!.split('|'))
    .filter((list) => list.length > 3);
}

describe('spelled-out relationship type lists', () => {
  it.each(FILES)('%s lists the whole vocabulary wherever it lists types', (name) => {
    const lists = typeLists(cypher(name));
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const isTies = list.some((t) => t.startsWith('TIE_'));
      const expected = isTies ? TIE_TYPE_NAMES : RELATION_TYPE_NAMES;
      expect(list.filter((t) => t.startsWith('TIE_') === isTies).sort()).toEqual([...expected].sort());
    }
  });

  it('the neighbourhood reads degrees from the store only when every type is asked for', () => {
    // size(tieTypes) = N stands for "all of them": N must be the vocabulary's size
    const sizes = [...cypher('queries/neighbors-of-actors').matchAll(/size\(tieTypes\) = (\d+)/g)].map((m) =>
      Number(m[1]),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const n of sizes) expect(n).toBe(TIE_TYPE_NAMES.length);
  });

  it("the path's search skips its type test only when every tie type is asked for", () => {
    // the count of distinct TIE_ names asked for, set against the vocabulary's size
    const every = /size\(reduce\(s = \[\], t IN tieTypes \| CASE WHEN t IN s THEN s ELSE s \+ t END\)\) = (\d+)/.exec(
      cypher('queries/shortest-paths'),
    );
    expect(Number(every?.[1])).toBe(TIE_TYPE_NAMES.length);
  });

  it("a path's search from both ends seeks a pair's shown tie type by type in name order, from the smaller id first", () => {
    // the order of the choice every search makes (the key at the end of the statement)
    const seeks = [
      ...cypher('queries/shortest-paths').matchAll(
        /MATCH \(\)-\[t:(TIE_\w+)\]->\(\) USING INDEX t:\1\(dyad\) WHERE t\.dyad = dyad AND t\.sourceId ([<>]) t\.targetId/g,
      ),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(seeks).toEqual([...TIE_TYPE_NAMES].sort().flatMap((t) => [`${t} <`, `${t} >`]));
  });

  it("a path's shown edges are found by a seek of every type's dyad index; a neighbourhood expands type by type", () => {
    const neighbours = cypher('queries/neighbors-of-actors');
    const paths = cypher('queries/shortest-paths');
    const count = (text: string, part: string) => text.split(part).length - 1;
    // a walked candidate is tested by expanding its own ties, not by seeks (slower, though fewer db hits)
    expect(neighbours).not.toContain('USING INDEX t:TIE_');
    for (const t of RELATION_TYPE_NAMES) {
      // with some types asked for, a ring's degree and its expansion go type by type
      expect(count(neighbours, `CASE WHEN 'TIE_${t}' IN tieTypes THEN COUNT { (m)-[:TIE_${t}]-() } ELSE 0 END`)).toBe(
        3,
      );
      expect(
        count(
          neighbours,
          `UNWIND CASE WHEN size(tieTypes) < 22 AND 'TIE_${t}' IN tieTypes THEN [m] ELSE [] END AS x\n      MATCH (x)-[r:TIE_${t}]-(n:Actor) WHERE NOT n IN seen RETURN n, r.type AS type`,
        ),
      ).toBe(3);
      expect(paths).toContain(
        `MATCH ()-[e:${t}]->() USING INDEX e:${t}(dyad, effectiveDate) WHERE e.dyad = CASE WHEN type = '${t}' THEN dyad END AND e.effectiveDate >= lo AND e.effectiveDate <= hi RETURN e`,
      );
      // two ring actors with many ties, searched from both ends: every tie type's dyad index, sought for all pairs
      expect(paths).toContain(`MATCH ()-[t:TIE_${t}]->() USING INDEX t:TIE_${t}(dyad) WHERE t.dyad IN keys RETURN t`);
    }
  });

  it("a dyad's timeline reads every type through its (dyad, effectiveDate) index, and every tie type through its (dyad) one", () => {
    const schema = cypher('schema/008_relation_dyads');
    const page = cypher('queries/relation-timeline');
    const recent = cypher('queries/relation-timeline-recent');
    for (const t of RELATION_TYPE_NAMES) {
      expect(schema).toContain(`FOR ()-[r:${t}]-() ON (r.dyad, r.effectiveDate)`);
      expect(schema).toContain(`FOR ()-[t:TIE_${t}]-() ON (t.dyad)`);
      expect(page).toContain(`MATCH ()-[t:TIE_${t}]->() WHERE '${t}' IN $args.types AND t.dyad = dyad`);
      expect(page).toContain(`MATCH ()-[r:${t}]->() WHERE '${t}' IN $args.types AND r.dyad = dyad`);
      expect(recent).toContain(`MATCH ()-[r:${t}]->() WHERE '${t}' IN $args.types AND r.dyad = dyad`);
    }
  });

  it("an article's relation edges are found by an index seek of every type (schema, remove-ties, delete-content)", () => {
    const schema = cypher('schema/006_relation_articles');
    const removeTies = cypher('import/remove-ties');
    const deleteContent = cypher('import/delete-articles-content');
    for (const t of RELATION_TYPE_NAMES) {
      expect(schema).toContain(`FOR ()-[r:${t}]-() ON (r.articleId)`);
      expect(removeTies).toContain(`[r:${t} {articleId: articleId}]`);
      expect(removeTies).toContain(`WHERE type = '${t}' MATCH (s)-[tie:TIE_${t}]->(t)`);
      expect(removeTies).toContain(`WHERE type = '${t}' MATCH (s)-[e:${t}]->(t)`);
      expect(deleteContent).toContain(`[r:${t} {articleId: articleId}]`);
    }
  });

  it("the timeline's month buckets count every type: backfilled, taken out and put back through each type's index", () => {
    const schema = cypher('schema/010_timeline_buckets');
    const remove = cypher('import/remove-buckets');
    const putBack = cypher('identity/add-buckets-of-articles');
    const recent = cypher('queries/relation-timeline-recent');
    // The all-types buckets count the whole vocabulary, and the trend reads them when that many types are asked.
    expect(schema).toContain(`MATCH ()-[r:${RELATION_TYPE_NAMES.join('|')}]->() WHERE r.dyad IS NOT NULL`);
    expect([...recent.matchAll(/THEN u ELSE u \+ t END\)\) = (\d+)/g)].map((m) => Number(m[1]))).toEqual([
      RELATION_TYPE_NAMES.length,
    ]);
    for (const t of RELATION_TYPE_NAMES) {
      expect(schema).toContain(`MATCH ()-[r:${t}]->() WHERE r.dyad IS NOT NULL`);
      expect(schema).toContain(`MERGE (k:TimelineBucket {dyad: dyad, type: '${t}', month: month})`);
      expect(remove).toContain(`MATCH ()-[r:${t} {articleId: articleId}]->() RETURN r`);
      expect(putBack).toContain(`MATCH ()-[r:${t} {articleId: articleId}]->() RETURN r`);
      expect(recent).toContain(
        `MATCH ()-[r:${t}]->() WHERE '${t}' IN $args.types AND r.dyad = dyad AND r.effectiveDate >= month AND r.effectiveDate <= monthEnd RETURN r`,
      );
    }
  });

  it("an actor's newest ties are read through an (end, lastDate) index of every tie type, from both ends", () => {
    const schema = cypher('schema/007_tie_ends');
    const relations = cypher('queries/relations-of-actors');
    for (const t of TIE_TYPE_NAMES) {
      expect(schema).toContain(`MATCH (s)-[t:${t}]->(e) WHERE t.sourceId IS NULL`);
      for (const end of ['sourceId', 'targetId']) {
        expect(schema).toContain(`FOR ()-[t:${t}]-() ON (t.${end}, t.lastDate)`);
        // the branch's guard sits in the seek's key (a null key reads nothing): as a filter, it ran after the seek
        const guard = `$args.counterpart IS NULL AND $args.direction <> '${end === 'sourceId' ? 'INCOMING' : 'OUTGOING'}' AND '${t.slice(4)}' IN $args.types`;
        const me = `t.${end} = CASE WHEN ${guard} THEN id END`;
        expect(relations).toContain(
          `MATCH ()-[t:${t}]->() WHERE ${me} AND t.lastDate >= lo AND t.lastDate <= hi\n    RETURN t, t.lastDate AS d ORDER BY t.${end} DESC, t.lastDate DESC LIMIT $args.first`,
        );
      }
    }
    // with a counterpart, the pair's ties by the dyad key, every type
    for (const t of RELATION_TYPE_NAMES)
      expect(relations).toContain(
        `MATCH ()-[t:TIE_${t}]->() USING INDEX t:TIE_${t}(dyad) WHERE '${t}' IN $args.types AND t.dyad = key RETURN t\n`,
      );
  });

  it("an actor's newest edges in a date range are read through an (end, effectiveDate) index of every type, from both ends", () => {
    const schema = cypher('schema/012_relation_ends');
    const relations = cypher('queries/relations-of-actors');
    for (const t of RELATION_TYPE_NAMES) {
      expect(schema).toContain(`MATCH (s)-[r:${t}]->(e) WHERE r.sourceId IS NULL OR r.targetId IS NULL`);
      for (const end of ['sourceId', 'targetId']) {
        expect(schema).toContain(`FOR ()-[r:${t}]-() ON (r.${end}, r.effectiveDate)`);
        // the branch's guard sits in the seek's key (a null key reads nothing), and the ORDER BY names both index
        // properties, so the planner reads the index in order and stops after $first
        const guard = `$args.counterpart IS NULL AND $args.direction <> '${end === 'sourceId' ? 'INCOMING' : 'OUTGOING'}' AND '${t}' IN $args.types`;
        expect(relations).toContain(
          `MATCH ()-[r:${t}]->() WHERE r.${end} = CASE WHEN ${guard} THEN id END AND r.effectiveDate >= low AND r.effectiveDate <= high\n    RETURN r, r.effectiveDate AS at, r.id AS rid ORDER BY r.${end} DESC, r.effectiveDate DESC, r.id LIMIT $args.first`,
        );
      }
      // with a counterpart, the pair's edges by its dyad key
      expect(relations).toContain(
        `MATCH ()-[r:${t}]->() WHERE r.dyad = CASE WHEN '${t}' IN $args.types THEN key END AND r.effectiveDate >= low AND r.effectiveDate <= high\n`,
      );
    }
  });

  it('the projection has a MERGE for every tie type (import/add-ties spells each one out)', () => {
    const text = cypher('import/add-ties');
    for (const t of TIE_TYPE_NAMES) expect(text).toContain(`MERGE (s)-[tie:${t}]->(t)`);
  });

  it("a new tie counts on its pair's TIED alike on import and after a merge (add-ties, add-ties-of-articles)", () => {
    const increment = (name: string) => /CALL \(s, t, fresh\) \{[^}]*\}/.exec(cypher(name))?.[0];
    expect(increment('import/add-ties')).toContain('MERGE (lo)-[pair:TIED]->(hi)');
    expect(increment('identity/add-ties-of-articles')).toBe(increment('import/add-ties'));
  });

  it("a path's parallel ties are chosen by one key in both of the statement's choices and in the oracle", () => {
    // the key of a relationship r, and every place a key is built from a relationship's type and ends
    const key = "type(r) + CASE WHEN startNode(r).id < endNode(r).id THEN ':0:' ELSE ':1:' END + elementId(r)";
    const count = (text: string, part: string) => text.split(part).length - 1;
    for (const [name, uses] of [
      ['queries/shortest-paths', 2],
      ['test/shortest-paths-by-expansion', 1],
    ] as const) {
      const text = cypher(name);
      expect(count(text, key), name).toBe(uses);
      expect(count(text, 'CASE WHEN startNode('), name).toBe(uses);
    }
  });
});
