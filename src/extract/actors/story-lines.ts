/**
 * Lines of a page that are not the story's prose: credits, bylines and links
 * to other stories, headlines and menus in Title Case, subheadings. Names
 * there are no actors of the story, and capitals there say nothing about
 * names, so the readers of names skip them.
 */

const CREDIT =
  /^\s*(?:photo|photograph|image|picture|video|credit|caption|read more|read also|related|see also|also read)\s*[:|/–—-]/i;
const BYLINE = /^\s*by\s+\p{Lu}[^.!?]{0,60}$/iu;

/** The line of the text around an offset. */
function lineAt(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = text.indexOf('\n', at);
  return text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
}

/** Credits, bylines and links to other stories name no actor of the story. */
export function onCreditLine(text: string, at: number): boolean {
  const line = lineAt(text, at);
  return CREDIT.test(line) || BYLINE.test(line);
}

/**
 * A headline or a menu in Title Case capitalises every word, so capitals
 * there say nothing about names.
 */
export function outsideTheStory(text: string, at: number): boolean {
  if (onCreditLine(text, at)) return true;
  const line = lineAt(text, at);
  const words = line.match(/[\p{L}’'-]{4,}/gu) ?? [];
  if (
    !/[.:]\s*$/.test(line) &&
    words.length >= 4 &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length
  )
    return true;
  return isSubheading(text, at, line);
}

/**
 * "Energy deal" between paragraphs: a short line standing alone, with no
 * sentence's end, is a subheading; its first word is capitalised as a
 * heading's, not as a name.
 */
function isSubheading(text: string, at: number, line: string): boolean {
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const lineEnd = lineStart + line.length;
  const alone =
    (lineStart === 0 || text.slice(Math.max(0, lineStart - 2), lineStart) === '\n\n') &&
    (lineEnd >= text.length || text.slice(lineEnd, lineEnd + 2) === '\n\n');
  return alone && !/[.!?:;,"”’)\]]\s*$/.test(line) && line.trim().split(/\s+/).length <= 8;
}
