/**
 * Resolver maps are typed against the generated schema: a field that is not in
 * the schema fails the build, and each resolver gets its field's generated
 * arguments type.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import type { SchemaArgs } from '../generated/schema-types.js';

type FieldResolver<P, A> = (parent: P, args: A, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

export type TypeResolvers<T extends keyof SchemaArgs, P> = {
  [F in keyof SchemaArgs[T]]?: FieldResolver<P, SchemaArgs[T][F]>;
};
