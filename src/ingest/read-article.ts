/**
 * From bytes to a checked ArticlePlan: size limit, YAML/JSON parsing, the
 * schema, then resolution against the gazetteer. Every failure is an
 * InputError naming the file, the field path, the line and the reason.
 */
import fs from 'node:fs';
import { articleSchema } from './article-format.js';
import type { ActorIndex } from './gazetteer.js';
import { formatPath, InputError } from './input-error.js';
import { planArticle } from './plan-article.js';
import type { ArticlePlan } from './plan-types.js';
import { formatFromName, parseStructured, type Format } from './structured-file.js';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export function readArticleFile(file: string, gazetteer: ActorIndex): ArticlePlan {
  const format = formatFromName(file);
  if (!format) throw new InputError(file, [{ path: '', message: 'not an article file: the name must end in .yaml, .yml or .json' }]);
  const size = fs.statSync(file).size;
  if (size > MAX_ARTICLE_BYTES) throw tooLarge(file, size);
  return planFromSource(file, fs.readFileSync(file, 'utf8'), format, gazetteer);
}

export function planFromSource(name: string, source: string, format: Format, gazetteer: ActorIndex): ArticlePlan {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) throw tooLarge(name, bytes);
  const parsed = parseStructured(name, source, format);
  const result = articleSchema.safeParse(parsed.data);
  if (!result.success) {
    throw new InputError(name, result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      return { path: formatPath(path), message: issue.message, ...parsed.locate(path) };
    }));
  }
  return planArticle(parsed, result.data, gazetteer);
}

function tooLarge(name: string, bytes: number): InputError {
  return new InputError(name, [{ path: '', message: `the file is ${(bytes / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MiB limit for one article; split it or trim the text` }]);
}
