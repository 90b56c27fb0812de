/**
 * A YAML syntax error names the line to fix: an unclosed [, { or quote is
 * reported where it opened, not where the parser gave up lines later, and
 * every message is a sentence that says what to do, never one ending on the
 * parser's dangling "at line N, column M:".
 */
import { describe, expect, it } from 'vitest';
import { InputError, type InputProblem } from '../../src/ingest/input-error.js';
import { parseStructured } from '../../src/ingest/structured-file.js';

function problemsOf(source: string): InputProblem[] {
  try {
    parseStructured('broken.yaml', source, 'yaml');
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const article = (mentions: string) =>
  [
    'id: yaml-errors-1',
    'title: Two ministers talk',
    'outlet: tass',
    'text: The ministers of Ruritania and Freedonia spoke by phone.',
    `mentions: ${mentions}`,
    '',
    '# the parser reads on until the next key',
    'relations:',
    '  - { type: MET, source: russia, target: china, text: spoke }',
    '',
  ].join('\n');

describe('YAML syntax errors', () => {
  it('point at the unclosed [ (line 5), not at the key where the parser gave up (line 8)', () => {
    const [problem, ...rest] = problemsOf(article('[russia, china'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 5, column: 11 });
    expect(problem!.message).toContain('the list opened with [ here is never closed (the parser noticed at line 8)');
    expect(problem!.message).toContain('end it with ]');
  });

  it('tell nested brackets apart and report each where it opened', () => {
    const problems = problemsOf('id: x\nrelations:\n  - { type: MET, source: [a, b }\n  - c\n');
    expect(problems.map((p) => [p.line, p.column, p.message.match(/opened with (.)/)?.[1]])).toEqual([
      [3, 26, '['],
      [3, 5, '{'],
    ]);
  });

  it('point at the opening quote of text that is never closed', () => {
    const [problem] = problemsOf('id: x\ntitle: "Ministers talk\ntext: They spoke.\n');
    expect(problem).toMatchObject({ line: 2, column: 8 });
    expect(problem!.message).toMatch(/quoted text opened with " here is never closed .*end it with "/);
  });

  it('never end on a colon, and keep the parser position for other errors', () => {
    const broken = [
      'id: x\ntitle: a: b\n',
      'id: x\n\ttitle: y\n',
      'id: x\nrelations:\n  - a\n - b\n',
      'id: x\ntitle\ntext: y\n',
      article('[russia, china'),
      'id: x\ntitle: "abc\ntext: y\n',
    ];
    for (const source of broken) {
      const problems = problemsOf(source);
      expect(problems.length, source).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.message, source).toMatch(/^malformed YAML: /);
        expect(p.message, source).not.toMatch(/[:\s]$/);
        expect(p.message, source).not.toMatch(/at line \d+, column \d+/);
        expect(p.line, source).toBeGreaterThan(0);
      }
    }
  });

  it('leave a list closed on a later line alone', () => {
    expect(() => parseStructured('ok.yaml', 'id: x\nmentions: [a,\n  b]\ntitle: "a \\" b"\n', 'yaml')).not.toThrow();
  });
});

describe('a JSON article that is not strict JSON', () => {
  it('is refused where JSON.parse stopped, with how to write that spot', () => {
    let problems: InputProblem[] = [];
    try {
      parseStructured('broken.json', '{\n  "id": "j1",\n  "mentions": ["russia"],\n}\n', 'json');
    } catch (error) {
      if (error instanceof InputError) problems = error.problems;
      else throw error;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4 });
    expect(problems[0]!.message).toMatch(
      /^malformed JSON \(not strict JSON\): .*; at that spot write names and text in double quotes, with no trailing comma/,
    );
  });
});
