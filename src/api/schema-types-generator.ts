/** The generator behind `npm run schema:types` (see scripts/generate-graphql-types.ts). */
import path from 'node:path';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  isSpecifiedScalarType,
  type GraphQLInputType,
} from 'graphql';
import { PROJECT_ROOT } from '../config.js';
import { enumValues } from './resolvers/scalars.js';
import { loadSchema } from './schema.js';

const STORED_ENUM_VALUES: Record<string, Record<string, string>> = enumValues;

export const GENERATED_TYPES_FILE = path.join(PROJECT_ROOT, 'src', 'api', 'generated', 'schema-types.ts');

const SCALARS: Record<string, string> = {
  ID: 'string',
  String: 'string',
  Int: 'number',
  Float: 'number',
  Boolean: 'boolean',
  Date: 'string',
};

function inputType(t: GraphQLInputType): string {
  if (t instanceof GraphQLNonNull) return inputType(t.ofType).replace(/ \| null$/, '');
  if (t instanceof GraphQLList) return `ReadonlyArray<${inputType(t.ofType).replace(/ \| null$/, '')}> | null`;
  if (t instanceof GraphQLScalarType) return `${SCALARS[t.name] ?? 'unknown'} | null`;
  if (t instanceof GraphQLEnumType || t instanceof GraphQLInputObjectType) return `${t.name} | null`;
  return 'unknown';
}

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function generateSchemaTypes(): string {
  const schema = loadSchema();
  const out: string[] = ['// Generated from schema.graphql by `npm run schema:types`. Do not edit.', ''];
  const types = Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const t of types) {
    if (t instanceof GraphQLEnumType) {
      // Resolvers receive an enum argument as its internal value where the schema maps one (resolvers/scalars.ts).
      const internal: Record<string, string> | undefined = STORED_ENUM_VALUES[t.name];
      out.push(
        `export type ${t.name} = ${t
          .getValues()
          .map((v) => `'${internal?.[v.name] ?? v.name}'`)
          .join(' | ')};`,
      );
    }
    if (t instanceof GraphQLScalarType && !isSpecifiedScalarType(t))
      out.push(`/** scalar ${t.name} */\nexport type ${t.name}Scalar = ${SCALARS[t.name] ?? 'unknown'};`);
  }
  out.push('');
  for (const t of types) {
    if (!(t instanceof GraphQLObjectType)) continue;
    for (const field of Object.values(t.getFields())) {
      if (field.args.length === 0) continue;
      out.push(`export interface ${t.name}${pascal(field.name)}Args {`);
      for (const arg of field.args)
        out.push(
          `  ${arg.name}${arg.type instanceof GraphQLNonNull || arg.defaultValue !== undefined ? '' : '?'}: ${inputType(arg.type)};`,
        );
      out.push('}');
    }
  }
  out.push(
    '',
    '/** A field that takes no arguments. */',
    'export type NoArgs = Record<string, never>;',
    '',
    '/** Every object type, its fields and their arguments: resolver maps may only name these, and get these. */',
    'export interface SchemaArgs {',
  );
  for (const t of types) {
    if (!(t instanceof GraphQLObjectType)) continue;
    out.push(`  ${t.name}: {`);
    for (const field of Object.values(t.getFields()))
      out.push(`    ${field.name}: ${field.args.length === 0 ? 'NoArgs' : `${t.name}${pascal(field.name)}Args`};`);
    out.push('  };');
  }
  out.push(
    '}',
    '',
    'export type SchemaFields = { [T in keyof SchemaArgs]: keyof SchemaArgs[T] };',
    '',
    `export type SchemaUnion = ${
      types
        .filter((t) => t instanceof GraphQLUnionType)
        .map((t) => `'${t.name}'`)
        .join(' | ') || 'never'
    };`,
    '',
  );
  return out.join('\n');
}
