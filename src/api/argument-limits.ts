/**
 * One cap on the length of every string argument, checked before a resolver
 * runs, so that no id, name or filter reaches Cypher (and an index seek) at
 * a size the graph cannot hold. The article payload of importArticle has its
 * own, larger cap (the importer's byte limit).
 */
import { GraphQLScalarType, Kind, type DocumentNode, type GraphQLFieldResolver } from 'graphql';
import { badInput } from './errors.js';

const MAX_ARGUMENT_CHARS = 1_000;
const EXEMPT = new Set(['Mutation.importArticle.article']);

function tooLong(value: unknown, at: string, path: string): string | undefined {
  if (typeof value === 'string')
    return !EXEMPT.has(`${at}.${path}`) && value.length > MAX_ARGUMENT_CHARS ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = tooLong(v, at, path);
      if (hit) return `${hit}[${i}]`;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = tooLong(v, at, path === '' ? k : `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}

type ResolverMap = Record<string, unknown>;

/** `Type.field` of every field the schema gives arguments. */
function fieldsWithArguments(typeDefs: DocumentNode): Set<string> {
  const out = new Set<string>();
  for (const def of typeDefs.definitions)
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION)
      for (const field of def.fields ?? [])
        if (field.arguments?.length) out.add(`${def.name.value}.${field.name.value}`);
  return out;
}

/**
 * Wraps the resolvers of the fields that take arguments in the length check. A field without arguments (most of a
 * response: a relation's counterpart, an article's outlet) is left as it is: a wrapper there would run for every
 * item of every list and check nothing.
 */
export function guardArguments<T extends ResolverMap>(resolvers: T, typeDefs: DocumentNode): T {
  const withArguments = fieldsWithArguments(typeDefs);
  const out: ResolverMap = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (fields instanceof GraphQLScalarType || fields === null || typeof fields !== 'object') {
      out[typeName] = fields;
      continue;
    }
    const guarded: Record<string, unknown> = {};
    for (const [field, resolve] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof resolve !== 'function' || field.startsWith('__') || !withArguments.has(`${typeName}.${field}`)) {
        guarded[field] = resolve;
        continue;
      }
      const inner = resolve as GraphQLFieldResolver<unknown, unknown>;
      guarded[field] = (
        parent: unknown,
        args: Record<string, unknown>,
        ctx: unknown,
        info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3],
      ) => {
        for (const [name, value] of Object.entries(args ?? {})) {
          const hit = tooLong(value, `${typeName}.${field}`, name);
          if (hit)
            throw badInput(
              `\`${hit}\` is longer than ${MAX_ARGUMENT_CHARS} characters; no id, name or filter is that long.`,
              name,
            );
        }
        return inner(parent, args, ctx, info);
      };
    }
    out[typeName] = guarded;
  }
  return out as T;
}
