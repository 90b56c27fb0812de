/**
 * The length cap on string arguments: checked for every field the schema gives arguments, and not wrapped around
 * the fields without (a wrapper there runs for every item of a list and checks nothing).
 */
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardArguments } from '../../src/api/argument-limits.js';
import { loadTypeDefs } from '../../src/api/schema.js';
import { resolvers } from '../../src/api/resolvers/index.js';

const typeDefs = parse(`
  type Query { find(name: String, tags: [String!]): Item, item: Item }
  type Item { label: String, note(lang: String): String }
  extend type Query { more(filter: String): Item }
`);

type Resolve = (parent: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;
const fields: Record<'Query' | 'Item', Record<string, Resolve>> = {
  Query: { find: () => 'found', item: () => 'item', more: () => 'more' },
  Item: { label: () => 'label', note: () => 'note' },
};

describe('guardArguments', () => {
  const guarded = guardArguments(fields, typeDefs);
  const info = undefined;

  it('refuses a string argument over 1,000 characters, in a list or an extension too, with the argument named', () => {
    const long = 'x'.repeat(1_001);
    for (const [resolve, args, argument] of [
      [guarded.Query.find, { name: long }, 'name'],
      [guarded.Query.find, { tags: ['ok', long] }, 'tags'],
      [guarded.Query.more, { filter: long }, 'filter'],
      [guarded.Item.note, { lang: long }, 'lang'],
    ] as const) {
      let error: unknown;
      try {
        resolve!(null, args, null, info);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    expect(guarded.Query.find!(null, { name: 'x'.repeat(1_000) }, null, info)).toBe('found');
  });

  it('leaves the resolvers of fields without arguments as they are', () => {
    expect(guarded.Query.item).toBe(fields.Query.item);
    expect(guarded.Item.label).toBe(fields.Item.label);
    expect(guarded.Query.find).not.toBe(fields.Query.find);
  });

  it('wraps every field of the API that takes arguments', () => {
    const api = guardArguments(resolvers, loadTypeDefs());
    expect(api.Query.actor).not.toBe(resolvers.Query.actor);
    expect(api.Actor.relations).not.toBe(resolvers.Actor.relations);
    expect(api.Relation.counterpart).toBe(resolvers.Relation.counterpart);
  });
});
