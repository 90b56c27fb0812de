/**
 * From bytes to text, strictly: invalid UTF-8 and control characters are
 * refused with their line and column instead of being replaced (U+FFFD) or
 * stored, and a file is read only while it stays under the size limit.
 */
import fs from 'node:fs';
import { InputError, type InputProblem } from './input-error.js';
import { INPUT_LIMITS } from './input-limits.js';

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
export const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** UTF-16 halves without their partner: JSON's "\ud800" escapes make them. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const fatalDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a regular file (symlinks to one included) without trusting its
 * stat size: devices and /proc files report 0, so the cap is enforced on the
 * bytes actually read. FIFOs, sockets and devices are refused before being
 * opened, since opening a FIFO blocks until a writer appears.
 */
export function readRegularFile(file: string, maxBytes: number = INPUT_LIMITS.articleBytes): Buffer {
  const stat = statOrFail(file);
  if (!stat.isFile())
    throw new InputError(file, [
      { path: '', message: `not a regular file (${kindOf(stat)}); give an article file or a folder of them` },
    ]);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    // The path may have been swapped between stat and open.
    if (!fs.fstatSync(fd).isFile())
      throw new InputError(file, [
        { path: '', message: 'not a regular file; give an article file or a folder of them' },
      ]);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(file, total, maxBytes, true);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** A stream (standard input) up to the cap; the rest is not waited for. */
export async function readStreamCapped(
  name: string,
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number = INPUT_LIMITS.articleBytes,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > maxBytes) throw tooLarge(name, total, maxBytes, true);
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

function statOrFail(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, [{ path: '', message: unreadableReason(file, code) }]);
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a plain file';
}

export function tooLarge(
  name: string,
  bytes: number,
  maxBytes: number = INPUT_LIMITS.articleBytes,
  atLeast = false,
): InputError {
  const mib = (n: number): string => String(Number((n / 1024 / 1024).toFixed(1)));
  return new InputError(name, [
    {
      path: '',
      message: `the input is ${atLeast ? 'over ' : ''}${mib(bytes)} MiB, over the ${mib(maxBytes)} MiB limit for one article; split it or trim the text`,
    },
  ]);
}

/** Bytes to a string, refusing invalid UTF-8 with the line and column of the first bad byte. */
export function decodeUtf8(name: string, bytes: Uint8Array): string {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
    const { line, column } = positionAt(before, before.length);
    throw new InputError(name, [
      {
        path: '',
        line,
        column,
        message: `invalid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); save the file as UTF-8`,
      },
    ]);
  }
}

/** Control characters anywhere in the source text, each with its position (at most 10 listed). */
export function checkSourceText(name: string, text: string): void {
  const problems: InputProblem[] = [];
  const global = new RegExp(`${CONTROL_CHAR.source}|${LONE_SURROGATE.source}`, 'g');
  for (const m of text.matchAll(global)) {
    const { line, column } = positionAt(text, m.index);
    problems.push({ path: '', line, column, message: `${describeChar(m[0])} is not allowed in an article; remove it` });
    if (problems.length >= 10) break;
  }
  if (problems.length > 0) throw new InputError(name, problems);
}

export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return code >= 0xd800 && code <= 0xdfff ? `an unpaired surrogate (U+${hex})` : `the control character U+${hex}`;
}

/** 1-based line and column of a string offset. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function unreadableReason(file: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return isDanglingLink(file)
        ? 'a symbolic link to a file that does not exist: point it at the file, or give the file itself'
        : 'no such file or folder: check the path (relative paths start in the current folder)';
    case 'EACCES':
      return 'permission denied: make the file readable for this user (chmod u+r), or run as its owner';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
}

/** Bytes that follow a UTF-8 lead byte, or -1 when the byte cannot start a character. */
function continuationBytes(c: number): number {
  if (c < 0x80) return 0;
  if (c >= 0xc2 && c <= 0xdf) return 1;
  if (c >= 0xe0 && c <= 0xef) return 2;
  if (c >= 0xf0 && c <= 0xf4) return 3;
  return -1;
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = continuationBytes(c);
    if (need < 0) return i;
    if (i + need >= b.length && need > 0) return i;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k]!;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1 && c === 0xe0) lo = 0xa0;
      if (k === 1 && c === 0xed) hi = 0x9f;
      if (k === 1 && c === 0xf0) lo = 0x90;
      if (k === 1 && c === 0xf4) hi = 0x8f;
      if (cc < lo || cc > hi) return i;
    }
    i += need + 1;
  }
  return b.length;
}
