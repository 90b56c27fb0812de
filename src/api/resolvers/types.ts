/** Resolver maps are typed against the generated schema field names, so a typo or a removed field fails the build. */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.js';
import type { SchemaFields } from '../generated/schema-types.js';

// Arguments are typed per resolver with the generated *Args interfaces.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FieldResolver<P> = (parent: P, args: any, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

export type TypeResolvers<T extends keyof SchemaFields, P> = { [F in SchemaFields[T]]?: FieldResolver<P> };
