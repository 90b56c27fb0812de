/**
 * Writes data/article.schema.json from the zod article format, for editors
 * (YAML language servers, VS Code). A test fails when the committed file is stale.
 */
import fs from 'node:fs';
import { articleJsonSchema, ARTICLE_SCHEMA_FILE } from '../src/ingest/article-json-schema.js';

fs.writeFileSync(ARTICLE_SCHEMA_FILE, articleJsonSchema());
process.stdout.write(`wrote ${ARTICLE_SCHEMA_FILE}\n`);
