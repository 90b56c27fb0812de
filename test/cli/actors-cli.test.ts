/**
 * `entente actors merge|split` as an analyst runs it, through the real command
 * line against a real Neo4j: bad requests exit 1 with the reason on stderr
 * and change nothing; a merge then a split gives back the graph exactly. The
 * articles are written for this test.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toPlain } from '../../src/graph/values.js';
import { runCli } from '../support/cli.js';
import { resetDatabase, testConnection } from '../support/database.js';
import { graphFingerprint } from '../support/graph-snapshot.js';
import { neo4jEnv } from '../support/neo4j-target.js';
import { importTexts } from '../support/seed.js';

const connection = testConnection();
const env = neo4jEnv(inject('neo4j'));

const article = (id: string, outlet: string, day: string, person: string, name: string) => ({
  name: `${id}.yaml`,
  text: `id: ${id}
title: ${name} criticizes Ruritania
outlet: ${outlet}
publishedAt: 2024-03-${day}
text: ${name} criticized Armenia on Tuesday.
actors:
  - { id: ${person}, kind: Person, name: ${name} }
relations:
  - { type: CRITICIZED, source: ${person}, target: Armenia, text: ${name} criticized Armenia, date: 2024-03-${day} }
`,
});

async function liveActors(): Promise<unknown> {
  const { records } = await connection.driver.executeQuery(
    "MATCH (a:Actor) WHERE a.id IN ['marta-kovac', 'kovac-aide'] WITH a ORDER BY a.id RETURN collect(a.id) AS live, COUNT { (:MergedActor) } AS merged",
    {},
    { database: connection.database },
  );
  return toPlain(records[0]!.toObject());
}

beforeAll(async () => {
  await resetDatabase(connection);
  await importTexts(connection, [
    article('cli-merge-1', 'reuters', '05', 'marta-kovac', 'Marta Kovac'),
    article('cli-merge-2', 'afp', '06', 'kovac-aide', 'Presidential Aide'),
  ]);
});
afterAll(() => connection.driver.close());

describe('entente actors merge|split', () => {
  it('refuses bad requests with exit 1, a reason and a next step, and changes nothing', async () => {
    const before = await graphFingerprint(connection);
    const cases: [string[], RegExp][] = [
      [
        ['merge', 'kovac-aide', 'kovac-aide'],
        /\[INPUT_INVALID\]: cannot merge "kovac-aide" into itself; give two different/,
      ],
      [
        ['merge', 'vladimir-putin', 'kovac-aide'],
        /\[INPUT_INVALID\]: "vladimir-putin" is a gazetteer actor and "kovac-aide" is not: the gazetteer wins; merge the other way: entente actors merge kovac-aide vladimir-putin/,
      ],
      [['merge', 'no-such-person', 'marta-kovac'], /\[NOT_FOUND\]: no actor with id "no-such-person"/],
      [['merge', 'kovac-aide', 'no-such-person'], /\[NOT_FOUND\]: no actor with id "no-such-person"/],
      [['split', 'kovac-aide'], /\[INPUT_INVALID\]: "kovac-aide" is not a merged actor, so there is nothing to split/],
      [['split', 'no-such-person'], /\[NOT_FOUND\]: no actor with id "no-such-person"/],
    ];
    for (const [args, reason] of cases) {
      const run = await runCli(['actors', ...args], env);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(reason);
      expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(run.stdout, args.join(' ')).toBe('');
    }
    expect(await graphFingerprint(connection)).toEqual(before);
    expect(await liveActors()).toEqual({ live: ['kovac-aide', 'marta-kovac'], merged: 0 });
  });

  it('merges one actor into another and splits it back to exactly the graph before', async () => {
    const before = await graphFingerprint(connection);
    const merge = await runCli(['actors', 'merge', 'kovac-aide', 'marta-kovac'], env);
    expect(merge.stderr).toBe('');
    expect(merge.code).toBe(0);
    expect(merge.stdout).toMatch(
      /^Merged kovac-aide into marta-kovac: [1-9]\d* relationship\(s\) moved, 2 article\(s\) touched\. Undo with: entente actors split kovac-aide\n$/,
    );
    expect(await liveActors()).toEqual({ live: ['marta-kovac'], merged: 1 });
    expect(await graphFingerprint(connection)).not.toEqual(before);

    const again = await runCli(['actors', 'merge', 'kovac-aide', 'marta-kovac'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /"kovac-aide" was already merged into "marta-kovac"; .*entente actors split kovac-aide/,
    );

    const split = await runCli(['actors', 'split', 'kovac-aide'], env);
    expect(split.stderr).toBe('');
    expect(split.code).toBe(0);
    expect(split.stdout).toMatch(
      /^Split kovac-aide from marta-kovac: [1-9]\d* relationship\(s\) moved back, 2 article\(s\) touched\.\n$/,
    );
    expect(await liveActors()).toEqual({ live: ['kovac-aide', 'marta-kovac'], merged: 0 });
    expect(await graphFingerprint(connection)).toEqual(before);
  });
});
