/**
 * Quotation marks as the parser knows them. German-style marks („…“), as
 * some translated wire copy keeps them, close with the mark CoreNLP reads as
 * an opening one: it then opens a quote at the close and splits sentences
 * there. The parser is given the English pair (“…”) in their place, one
 * character for one, so every offset stays the article's. (Characters, not
 * code points, are swapped: all these marks are one UTF-16 unit.)
 */
export function parserQuoteMarks(text: string): string {
  if (!/[„″]/.test(text)) return text;
  // a double prime typed for a quotation mark ("… help,″ X said") is a straight mark to the parser
  const out = [...text.replace(/″/g, '"')];
  let open = -1;
  for (let k = 0; k < out.length; k += 1) {
    const c = out[k]!;
    if (c === '\n') open = -1;
    else if (c === '„') open = k;
    else if (open >= 0 && (c === '“' || c === '”')) {
      out[open] = '“';
      out[k] = '”';
      open = -1;
    }
  }
  return out.join('');
}
