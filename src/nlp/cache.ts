/**
 * Parses kept on disk by what determines them (text, date, annotators), so
 * re-extracting an article after a change to Entente's readings does not
 * wait for the parser again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ANNOTATORS, type ParseResult, type Parser } from './client.js';
import type { NlpDocument } from './parse-types.js';

const CORENLP_VERSION = '4.5.10';

export class CachedParser implements Parser {
  constructor(
    private readonly inner: Parser,
    private readonly dir: string,
  ) {}

  async parse(text: string, date: string | null): Promise<ParseResult> {
    const key = createHash('sha256')
      .update(`${CORENLP_VERSION}\n${ANNOTATORS}\n${date ?? ''}\n${text}`)
      .digest('hex');
    const file = path.join(this.dir, key.slice(0, 2), `${key}.json`);
    try {
      return { doc: JSON.parse(fs.readFileSync(file, 'utf8')) as NlpDocument, nlpMillis: 0 };
    } catch {
      const result = await this.inner.parse(text, date);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(result.doc));
      fs.renameSync(tmp, file);
      return result;
    }
  }
}
