/** Regenerates docs/queries.md from docs/queries/*.graphql; a test fails when it is stale. */
import fs from 'node:fs';
import { QUERIES_DOC, queriesDoc } from '../src/api/queries-doc.js';

fs.writeFileSync(QUERIES_DOC, queriesDoc());
process.stdout.write(`wrote ${QUERIES_DOC}\n`);
