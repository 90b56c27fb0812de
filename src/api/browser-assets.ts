/**
 * What Entente serves to Neo4j Browser: the GraSS stylesheet and a guide
 * (`:play`) built from cypher/browser/*.cypher, so the guide and the files
 * for cypher-shell, Desktop or Aura users are one source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { cypher, cypherNames } from '../graph/cypher.js';

const STYLE_FILE = path.join(PROJECT_ROOT, 'browser', 'entente.grass');
export const STYLE_PATH = '/browser/style.grass';
export const GUIDE_PATH = '/browser/guide.html';

export function styleSheet(): string {
  return fs.readFileSync(STYLE_FILE, 'utf8');
}

interface GuideQuery {
  name: string;
  title: string;
  explanation: string;
  query: string;
}

/** Each file starts with `// Title: one sentence of explanation.`; the rest is the query. */
export function guideQueries(): GuideQuery[] {
  return cypherNames('browser').map((name) => {
    const lines = cypher(name).trimEnd().split('\n');
    const header = lines
      .filter((l) => l.startsWith('//'))
      .map((l) => l.replace(/^\/\/\s?/, ''))
      .join(' ');
    const [title = name, ...rest] = header.split(': ');
    const explanation = rest.join(': ');
    return {
      name,
      title,
      explanation: explanation.charAt(0).toUpperCase() + explanation.slice(1),
      query: lines
        .filter((l) => !l.startsWith('//'))
        .join('\n')
        .trim(),
    };
  });
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The classic Browser guide format: an article with a carousel of slides; `runnable` blocks fill the editor on click. */
export function guideHtml(): string {
  const slides = guideQueries().map(
    (q, i) => `
  <slide class="row-fluid">
    <div class="col-sm-3">
      <h3>${i + 1}. ${escape(q.title)}</h3>
      <p class="lead">${escape(q.explanation)}</p>
    </div>
    <div class="col-sm-9">
      <p>Click the query to put it in the editor, then run it (Ctrl+Enter).</p>
      <figure>
        <pre class="pre-scrollable code runnable">${escape(q.query)}</pre>
      </figure>
    </div>
  </slide>`,
  );
  return `<article class="guide">
  <carousel class="deck container-fluid">
  <slide class="row-fluid">
    <div class="col-sm-3">
      <h3>Entente</h3>
      <p class="lead">A geopolitical relations graph: actors, what they said and claimed, and the relations between them, each edge traceable to its article and sentence.</p>
    </div>
    <div class="col-sm-9">
      <p>Persons are blue, countries pink, organizations green, media yellow, regions sand; statements are white, claims orange, articles purple, events cyan. Relation edges carry <code>assertedByName</code>, <code>modality</code>, <code>date</code> and <code>evidence</code>: click one to see them.</p>
      <p>The next slides are ready-to-run questions.</p>
    </div>
  </slide>${slides.join('')}
  </carousel>
</article>
`;
}
