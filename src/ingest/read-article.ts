/**
 * From bytes to a checked ArticlePlan: size limit, strict UTF-8, bounded
 * YAML/JSON parsing, the schema, then resolution against the gazetteer.
 * Every failure is an InputError naming the file, the field path, the line
 * and the reason.
 */
import { articleSchema } from './article-format.js';
import type { ActorIndex } from './gazetteer.js';
import { InputError } from './input-error.js';
import { schemaProblems } from './schema-problems.js';
import { planArticle } from './plan-article.js';
import type { ArticlePlan } from '../graph/plan-types.js';
import { INPUT_LIMITS } from './input-limits.js';
import { decodeUtf8, readRegularFile, tooLarge } from './source-text.js';
import { formatFromName, parseStructured, type Format } from './structured-file.js';

const MAX_ARTICLE_BYTES = INPUT_LIMITS.articleBytes;

export function readArticleFile(file: string, gazetteer: ActorIndex): ArticlePlan {
  const format = formatFromName(file);
  // Read first, so that a missing path or a device says so rather than "not an article file".
  const bytes = readRegularFile(file);
  if (!format)
    throw new InputError(file, [
      { path: '', message: 'not an article file: the name must end in .yaml, .yml or .json' },
    ]);
  return planFromBytes(file, bytes, format, gazetteer);
}

export function planFromBytes(name: string, bytes: Uint8Array, format: Format, gazetteer: ActorIndex): ArticlePlan {
  if (bytes.length > MAX_ARTICLE_BYTES) throw tooLarge(name, bytes.length);
  return planFromSource(name, decodeUtf8(name, bytes), format, gazetteer);
}

export function planFromSource(name: string, source: string, format: Format, gazetteer: ActorIndex): ArticlePlan {
  // Checked on the characters first, so that a huge string is not copied to count its bytes.
  if (source.length > MAX_ARTICLE_BYTES) throw tooLarge(name, source.length, MAX_ARTICLE_BYTES, true);
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge(name, bytes);
  const parsed = parseStructured(name, source, format);
  const result = articleSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new InputError(name, schemaProblems(result.error.issues, parsed));
  }
  return planArticle(parsed, result.data, gazetteer);
}
