/**
 * Generates src/api/generated/schema-types.ts from schema.graphql: the enums as
 * string unions, an Args interface for every field that takes arguments, and
 * the field names of every type, so resolvers are checked against the schema
 * by the compiler. A test fails when the generated file is stale.
 */
import fs from 'node:fs';
import { generateSchemaTypes, GENERATED_TYPES_FILE } from '../src/api/schema-types-generator.js';

fs.writeFileSync(GENERATED_TYPES_FILE, generateSchemaTypes());
process.stdout.write(`wrote ${GENERATED_TYPES_FILE}\n`);
