/** schema.graphql is the one source of the API's schema: read once, parsed with graphql-tag. */
import fs from 'node:fs';
import path from 'node:path';
import { buildASTSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { PROJECT_ROOT } from '../config.js';

const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

let typeDefs: DocumentNode | undefined;

export function loadTypeDefs(): DocumentNode {
  typeDefs ??= gql(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  return typeDefs;
}

export function loadSchema(): GraphQLSchema {
  return buildASTSchema(loadTypeDefs());
}
