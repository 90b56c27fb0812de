/** `entente extract`: a raw article (text or HTML) → a draft annotation to review, or the evaluation format. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { extract, toDraftArticle, toGoldJson } from '../extract/extractor.js';
import { slug } from '../extract/actors/mention.js';
import { parsePlainText, type RawArticle } from '../extract/raw-article.js';
import { loadGazetteer, type ActorIndex } from '../ingest/gazetteer.js';
import type { Parser } from '../nlp/client.js';
import { ensureParser } from '../nlp/parser.js';
import { loadConfig, type Config } from '../config.js';
import { checkArticleText } from '../extract/text-checks.js';
import { InputError } from '../ingest/input-error.js';
import { INPUT_LIMITS } from '../ingest/input-limits.js';
import { decodeUtf8, readRegularFile } from '../ingest/source-text.js';
import { action, note, say } from './output.js';

/** A raw article ready to parse, or an InputError naming the file: empty, no article body, too long, not English. */
export async function readRaw(file: string, config: Config): Promise<RawArticle> {
  // Regular files only, read up to a cap: a FIFO or /dev/zero must not hang or fill memory.
  const source =
    file === '-' ? fs.readFileSync(0, 'utf8') : decodeUtf8(file, readRegularFile(file, INPUT_LIMITS.rawBytes));
  if (source.trim() === '') throw new InputError(file, [{ path: '', message: 'the file is empty' }]);
  const html = /^\s*<(?:!doctype|html)/i.test(source) || /\.html?$/i.test(file);
  // The DOM loads only for a page that needs it.
  const raw = html ? (await import('../extract/html-page.js')).parseHtmlPage(source) : parsePlainText(source);
  checkArticleText(raw, file, { maxChars: config.nlp.maxChars, html });
  return raw;
}

function draftId(raw: RawArticle, file: string): string {
  const base = raw.title ?? (file === '-' ? 'article' : path.basename(file).replace(/\.[^.]+$/, ''));
  return slug(`${raw.outlet ?? ''} ${base}`).slice(0, 80) || 'article';
}

/** A raw article as the draft an analyst reviews: the importer's YAML format, marked as a machine draft. */
export async function draftYaml(
  raw: RawArticle,
  file: string,
  gazetteer: ActorIndex,
  parser: Parser,
): Promise<{ id: string; yaml: string }> {
  const draft = toDraftArticle(await extract(raw, gazetteer, parser), draftId(raw, file), gazetteer);
  return { id: draft.id, yaml: '# Machine draft: review before importing.\n' + stringify(draft, { lineWidth: 0 }) };
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description(
      'extract actors, quotes, claims and relations from a raw article (.txt with optional header lines, or .html); prints a draft article (YAML) to review and import',
    )
    .argument('<file>', 'a .txt or .html file, or - for standard input')
    .option('--gold-json', 'print the evaluation format of the shared corpus instead of a draft')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .action(
      action(async (file: string, flags: { goldJson?: boolean; out?: string }) => {
        const config = loadConfig();
        const raw = await readRaw(file, config);
        const gazetteer = loadGazetteer();
        const { parser } = await ensureParser(config, note);
        const text = flags.goldJson
          ? JSON.stringify(toGoldJson(await extract(raw, gazetteer, parser)), null, 2) + '\n'
          : (await draftYaml(raw, file, gazetteer, parser)).yaml;
        if (flags.out) fs.writeFileSync(flags.out, text);
        else say(text.trimEnd());
      }),
    );
}
