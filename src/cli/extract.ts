/** `entente extract`: a raw article (text or HTML) → a draft annotation to review, or the evaluation format. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { extract, toDraftArticle, toGoldJson } from '../extract/extractor.js';
import { slug } from '../extract/mentions.js';
import { parseHtmlPage, parsePlainText, type RawArticle } from '../extract/raw-article.js';
import { loadGazetteer } from '../ingest/gazetteer.js';
import { InputError } from '../ingest/input-error.js';
import { action, say } from './output.js';

export function readRaw(file: string): RawArticle {
  const source = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  if (source.trim() === '') throw new InputError(file, [{ path: '', message: 'the file is empty' }]);
  return /^\s*<(?:!doctype|html)/i.test(source) || /\.html?$/i.test(file) ? parseHtmlPage(source) : parsePlainText(source);
}

export function draftId(raw: RawArticle, file: string): string {
  const base = raw.title ?? (file === '-' ? 'article' : path.basename(file).replace(/\.[^.]+$/, ''));
  return slug(`${raw.outlet ?? ''} ${base}`).slice(0, 80) || 'article';
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract actors, quotes, claims and relations from a raw article (.txt with optional header lines, or .html); prints a draft article (YAML) to review and import')
    .argument('<file>', 'a .txt or .html file, or - for standard input')
    .option('--gold-json', 'print the evaluation format of the shared corpus instead of a draft')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(action(async (file: string, flags: { goldJson?: boolean; out?: string }) => {
      const raw = readRaw(file);
      const gazetteer = loadGazetteer();
      const result = extract(raw, gazetteer);
      const text = flags.goldJson ? JSON.stringify(toGoldJson(result), null, 2) + '\n' : '# Machine draft: review before importing.\n' + stringify(toDraftArticle(result, draftId(raw, file), gazetteer), { lineWidth: 0 });
      if (flags.out) fs.writeFileSync(flags.out, text);
      else say(text.trimEnd());
    }));
}
