/** The article format as JSON Schema, generated from the zod definition so the two cannot drift. */
import path from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../config.js';
import { articleSchema } from './article-format.js';

export const ARTICLE_SCHEMA_FILE = path.join(PROJECT_ROOT, 'data', 'article.schema.json');

export function articleJsonSchema(): string {
  const schema = z.toJSONSchema(articleSchema, { io: 'input', target: 'draft-2020-12' });
  return (
    JSON.stringify(
      { ...schema, title: 'Entente article', $id: 'https://entente.invalid/article.schema.json' },
      null,
      2,
    ) + '\n'
  );
}
