/**
 * Generators of malformed article input, seeded so that a failure can be
 * replayed. A valid article is built first (its own words, ids and anchors,
 * never corpus text), then damaged by one or more operators drawn at random:
 * each operator is a class of damage (nesting, size, encoding, syntax,
 * types, aliases, tags), placed at random offsets and fields, so the suite
 * covers the space instead of a list of known cases.
 */
import { stringify } from 'yaml';

export type Rng = () => number;

/** mulberry32: small, fast, good enough to spread cases. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const WORDS = [
  'delegation',
  'border',
  'pipeline',
  'summit',
  'grain',
  'treaty',
  'ministers',
  'tariff',
  'corridor',
  'envoy',
  'council',
  'railway',
  'harvest',
  'frontier',
  'banks',
];
const PAIRS = [
  ['vladimir-putin', 'kassym-jomart-tokayev', 'Vladimir Putin', 'Kassym-Jomart Tokayev'],
  ['olaf-scholz', 'kassym-jomart-tokayev', 'Olaf Scholz', 'Kassym-Jomart Tokayev'],
  ['nikol-pashinyan', 'vladimir-putin', 'Nikol Pashinyan', 'Vladimir Putin'],
  ['shavkat-mirziyoyev', 'olaf-scholz', 'Shavkat Mirziyoyev', 'Olaf Scholz'],
] as const;
const OUTLETS = ['tass', 'reuters', 'afp', 'interfax', 'eurasianet', 'bbc'];

export interface Article {
  id: string;
  url: string;
  title: string;
  outlet: string;
  publishedAt: string;
  text: string;
  statements: { id: string; speaker: string; direct: boolean; text: string }[];
  relations: { type: string; source: string; target: string; text: string }[];
}

/** A valid article with a unique id, sentences written here, and anchors that hold. */
export function validArticle(r: Rng, n: number): Article {
  const sentences: string[] = [];
  const relations: Article['relations'] = [];
  const statements: Article['statements'] = [];
  for (let i = 0; i < int(r, 1, 4); i++) {
    const [a, b, an, bn] = pick(r, PAIRS);
    const met = `${an} met ${bn} to discuss the ${pick(r, WORDS)} and the ${pick(r, WORDS)}`;
    sentences.push(`${met}.`);
    relations.push({ type: 'MET', source: a, target: b, text: met });
    const said = `The ${pick(r, WORDS)} will stay open for the ${pick(r, WORDS)}`;
    sentences.push(`“${said},” ${an} said.`);
    statements.push({ id: `s${i}`, speaker: a, direct: true, text: said });
  }
  return {
    id: `robust-${n}-${int(r, 0, 1e9).toString(36)}`,
    url: `https://example.org/news/${n}`,
    title: `Talks on the ${pick(r, WORDS)} number ${n}`,
    outlet: pick(r, OUTLETS),
    publishedAt: `2024-0${int(r, 1, 9)}-1${int(r, 0, 9)}`,
    text: sentences.join(' '),
    statements,
    relations,
  };
}

export type Format = 'yaml' | 'json';
export interface Damaged {
  bytes: Buffer;
  format: Format;
  /** the operators applied, to replay a failure */
  ops: string[];
}

const render = (a: unknown, format: Format): string =>
  format === 'json' ? JSON.stringify(a, null, 2) : stringify(a, { lineWidth: 0 });

/** Random string of a length, from a pool that includes quotes, colons and non-ASCII letters. */
function junk(r: Rng, length: number): string {
  const pool = 'abcxyzAZ09 -_.,:;\'"#&*!|>%@`{}[]éüжξ中😀';
  const chars = [...pool];
  let s = '';
  while (s.length < length) s += chars[int(r, 0, chars.length - 1)];
  return s.slice(0, length);
}

function deep(r: Rng, depth: number, format: Format): string {
  const kind = int(r, 0, 2);
  if (kind === 0 || format === 'json')
    return kind === 2 ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + '1' + ']'.repeat(depth);
  if (kind === 1) return '{a: '.repeat(depth) + '1' + '}'.repeat(depth);
  // block nesting: one level per line
  return '\n' + Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n') + ' end';
}

const CONTROL = [0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9b, 0x9f];
const INVALID_UTF8 = [
  [0xff],
  [0xfe],
  [0x80],
  [0xbf],
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
];
const TAGS = [
  '!!js/function',
  '!!js/undefined',
  '!!python/object:os.system',
  '!custom',
  '!!binary',
  '!!timestamp',
  '!<tag:example.com,2000:x>',
  '!!set',
  '!!omap',
  '!e!x',
];
const FIELDS = ['id', 'url', 'title', 'outlet', 'publishedAt', 'text'] as const;
/** limits (src/ingest/input-limits.ts) that a long value must exceed, per field */
const CAP: Record<(typeof FIELDS)[number], number> = {
  id: 128,
  url: 2048,
  title: 1000,
  outlet: 300,
  publishedAt: 10,
  text: 1_000_000,
};

type Op = (r: Rng, a: Article, format: Format) => { text?: string; bytes?: Buffer; article?: unknown; format?: Format };

/** Each operator is one class of damage; parameters (where, how much, which) are drawn at random. */
export const OPERATORS: Record<string, Op> = {
  nesting: (r, a, f) => {
    const field = pick(r, FIELDS);
    const text = render({ ...a, [field]: '__DEEP__' }, f);
    return { text: text.replace(f === 'json' ? '"__DEEP__"' : '__DEEP__', deep(r, int(r, 17, 6000), f)) };
  },
  wideList: (r, a) => ({
    article: {
      ...a,
      mentions: Array.from({ length: int(r, 10_001, 60_000) }, () => pick(r, ['russia', 'china', 1, null])),
    },
  }),
  aliasBomb: (r, a) => {
    const fan = int(r, 5, 12);
    const levels = int(r, 4, 9);
    const lines = [`l0: &l0 [${Array(fan).fill('"x"').join(',')}]`];
    for (let i = 1; i <= levels; i++)
      lines.push(
        `l${i}: &l${i} [${Array(fan)
          .fill(`*l${i - 1}`)
          .join(',')}]`,
      );
    const yaml = stringify(a, { lineWidth: 0 });
    return { format: 'yaml', text: `${lines.join('\n')}\n${yaml.replace(/^title: .*$/m, `title: *l${levels}`)}` };
  },
  manyAliases: (r, a) => {
    const yaml = stringify(a, { lineWidth: 0 }).replace(/^outlet: (.*)$/m, 'outlet: &o $1');
    return {
      format: 'yaml',
      text: `${yaml}mentions: [${Array(int(r, 101, 400))
        .fill('*o')
        .join(', ')}]\n`,
    };
  },
  unknownTag: (r, a) => {
    const field = pick(r, ['title', 'outlet', 'text', 'url']);
    return {
      format: 'yaml',
      text: stringify(a, { lineWidth: 0 }).replace(new RegExp(`^${field}: `, 'm'), `${field}: ${pick(r, TAGS)} `),
    };
  },
  invalidUtf8: (r, a, f) => {
    const bytes = Buffer.from(render(a, f));
    const at = int(r, 0, bytes.length);
    return { bytes: Buffer.concat([bytes.subarray(0, at), Buffer.from(pick(r, INVALID_UTF8)), bytes.subarray(at)]) };
  },
  rawControl: (r, a, f) => {
    const field = pick(r, ['title', 'text', 'outlet', 'url']) as 'title';
    const v = a[field];
    const at = int(r, 0, v.length);
    return {
      text: render({ ...a, [field]: v.slice(0, at) + '__CTRL__' + v.slice(at) }, f).replace(
        '__CTRL__',
        String.fromCharCode(pick(r, CONTROL)),
      ),
    };
  },
  escapedControl: (r, a, f) => {
    const code = pick(r, [...CONTROL, 0xd800, 0xdc00, 0xdbff]);
    const esc =
      f === 'json' || r() < 0.5
        ? `\\u${code.toString(16).padStart(4, '0')}`
        : pick(r, ['\\0', '\\a', '\\b', '\\e', '\\v', '\\f', '\\x1b', '\\x7f', '\\N', '\\x85']);
    const field = pick(r, ['title', 'text']);
    if (f === 'json') return { text: render(a, f).replace(new RegExp(`"${field}": ?"`), (m) => m + esc) };
    return {
      format: 'yaml',
      text: stringify({ ...a, [field]: '__ESC__' }, { lineWidth: 0 }).replace('__ESC__', `"x${esc}y"`),
    };
  },
  longValue: (r, a) => {
    const field = pick(r, FIELDS);
    const length = CAP[field] + int(r, 1, 3 * CAP[field]);
    let value = junk(r, length);
    if (field === 'url') value = `https://example.org/${'a'.repeat(length)}`;
    if (field === 'id') value = 'a'.repeat(length);
    return { article: { ...a, [field]: value } };
  },
  longListItem: (r, a) => ({
    article: { ...a, statements: a.statements.map((s) => ({ ...s, speaker: junk(r, int(r, 301, 5000)) })) },
  }),
  nonStrictJson: (r, a) => {
    const json = JSON.stringify(a, null, 2);
    const variant = int(r, 0, 8);
    const text = [
      () => json.replace(/"\n(\s*)}/, '",\n$1}'),
      () => json.replace(/"title": "([^"]*)"/, "'title': '$1'"),
      () => json.replace('{', '{ // a comment\n'),
      () => json.replace(/"outlet":/, 'outlet:'),
      () => json.replace(/"title": "[^"]*"/, '"title": NaN'),
      () => json.replace(/"title": "[^"]*"/, '"title": 0x1F'),
      () => json.replace(/"title": "[^"]*"/, '"title": Infinity'),
      () => `${json}\n${json}`,
      () => json.replace(/"url": "[^"]*"/, '"url": undefined'),
    ][variant]!();
    return { format: 'json', text };
  },
  duplicateKey: (r, a, f) => {
    const field = pick(r, ['title', 'id', 'outlet', 'text']);
    if (f === 'json') return { text: JSON.stringify(a).replace(/^\{/, `{"${field}": "first",`) };
    return { text: `${field}: first\n${stringify(a, { lineWidth: 0 })}` };
  },
  multiDocument: (_r, a) => ({
    format: 'yaml',
    text: `${stringify(a, { lineWidth: 0 })}---\n${stringify({ ...a, id: `${a.id}-b` }, { lineWidth: 0 })}`,
  }),
  truncate: (r, a, f) => {
    const t = render(a, f);
    return { text: t.slice(0, int(r, 0, t.length - 1)) };
  },
  byteFlips: (r, a, f) => {
    const b = Buffer.from(render(a, f));
    for (let i = int(r, 1, 30); i > 0; i--) b[int(r, 0, b.length - 1)] = int(r, 0, 255);
    return { bytes: b };
  },
  garbage: (r) => {
    const b = Buffer.alloc(int(r, 0, 4096));
    for (let i = 0; i < b.length; i++) b[i] = int(r, 0, 255);
    return { bytes: b };
  },
  wrongType: (r, a) => {
    const field = pick(r, ['id', 'title', 'text', 'statements', 'relations', 'outlet', 'publishedAt', 'url']);
    return { article: { ...a, [field]: pick(r, [1, -1.5, 1e308, true, null, [], {}, [[1]], { a: { b: 1 } }, '']) } };
  },
  numbers: (r, a, f) => {
    const n = pick(r, ['1e400', '-1e400', '9007199254740993', '-0', '.nan', '.inf', '0o777', '1_000', '3.0']);
    const yaml = stringify({ ...a, relations: a.relations.map((x) => ({ ...x, occurrence: 7 })) }, { lineWidth: 0 });
    return f === 'json'
      ? {
          text: JSON.stringify({ ...a, relations: a.relations.map((x) => ({ ...x, occurrence: 7 })) }).replace(
            /"occurrence":7/,
            `"occurrence":${n}`,
          ),
        }
      : { format: 'yaml', text: yaml.replace(/occurrence: 7/, `occurrence: ${n}`) };
  },
  oddKeys: (r, a) => ({
    article: { ...a, [pick(r, ['__proto__', 'constructor', 'prototype', '', ' id', 'Id', 'id\u200b'])]: 'x' },
  }),
  complexKey: (_r, a) => ({ format: 'yaml', text: `? [a, b]\n: 1\n${stringify(a, { lineWidth: 0 })}` }),
  emptyish: (r) => ({
    text: pick(r, ['', ' ', '\n\n', '\uFEFF', '~', 'null', '[]', '{}', '---', '...', '"just a string"', '42']),
  }),
  oversize: (r, a, f) => ({ text: render({ ...a, text: `${a.text} ${'word '.repeat(int(r, 430_000, 500_000))}` }, f) }),
  badAnchor: (r, a, f) => ({
    text: render({ ...a, relations: a.relations.map((x) => ({ ...x, text: junk(r, int(r, 1, 60)) })) }, f),
  }),
};

/** Operators too costly to draw often (multi-megabyte files). */
const RARE = new Set(['oversize', 'wideList']);

export function damagedArticle(r: Rng, n: number): Damaged {
  let format: Format = r() < 0.5 ? 'yaml' : 'json';
  const names = Object.keys(OPERATORS).filter((k) => !RARE.has(k) || r() < 0.15);
  const count = r() < 0.8 ? 1 : 2;
  const ops: string[] = [];
  let article: unknown = validArticle(r, n);
  let bytes: Buffer | undefined;
  for (let i = 0; i < count; i++) {
    const name = pick(r, names);
    ops.push(name);
    const out = OPERATORS[name]!(r, article as Article, format);
    if (out.format) format = out.format;
    if (out.article !== undefined) {
      article = out.article;
      bytes = undefined;
      continue;
    }
    bytes = out.bytes ?? Buffer.from(out.text ?? '');
    break; // the text is damaged now; later operators work on structures
  }
  return { bytes: bytes ?? Buffer.from(render(article, format)), format, ops };
}
