/**
 * Sentence boundaries from ICU (Intl.Segmenter, built into Node): an anchor's
 * character offset maps to the index of the sentence that contains it.
 */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    const trimmed = seg.segment.trim();
    if (trimmed === '') continue;
    const start = seg.index + seg.segment.indexOf(trimmed);
    out.push({ index: out.length, start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  // between sentences (whitespace): the next one
  return sentences[lo];
}
