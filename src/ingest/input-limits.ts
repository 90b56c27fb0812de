/**
 * Caps on what one article may hold, checked before and while it is parsed,
 * so that no file or request can exhaust memory or the stack, and so that a
 * value is either stored exactly as written or refused (never truncated).
 * docs/model.md lists them for authors.
 */
export const INPUT_LIMITS = {
  /** bytes of one article file or importArticle payload */
  articleBytes: 2 * 1024 * 1024,
  /** bytes of one raw article (text or an HTML page, scripts and all) for the extractor */
  rawBytes: 16 * 1024 * 1024,
  /** nesting of maps and lists; an article needs 4 (statements[0].evidence.start) */
  depth: 16,
  /** maps, lists and scalars in one article, aliases expanded */
  nodes: 50_000,
  /** YAML aliases (*name) in one article */
  aliases: 100,
  /** items in any one list (statements, mentions, aliases, …) */
  listItems: 10_000,
  /** characters per field */
  chars: {
    id: 128,
    name: 300,
    title: 1_000,
    url: 2_048,
    quote: 20_000,
    text: 1_000_000,
  },
  /** largest occurrence, sentence index or character offset */
  offset: 10_000_000,
} as const;
