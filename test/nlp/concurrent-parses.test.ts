/**
 * A parse must not depend on what else the parser is parsing: `import
 * --extract`, the extract mutation and several test workers share one host.
 * CoreNLP's quote attribution keeps per-document state in fields that every
 * call shares, so articles parsed at once failed with a NullPointerException
 * or came back with other speakers and paragraphs; the host now takes that
 * annotator in turns. Articles written for this test, each with quotes by
 * several speakers over several paragraphs (what the attribution sieves
 * read), parsed alone and then many at once.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openParser } from '../../src/nlp/parser.js';
import type { NlpDocument } from '../../src/nlp/parse-types.js';

// No parse cache: every request must reach the host.
const parser = openParser(loadConfig({ ...process.env, ENTENTE_NLP_CACHE_DIR: '' }));

const ARTICLES = [
  `The foreign minister of Latvia arrived in Vilnius for talks with his Lithuanian counterpart.

"We share a border, a history and now a pipeline," the minister told reporters. "Nothing divides us."

His host was more careful. "Our grids are linked, but our budgets are not," she said, adding that the cost of the project would be shared.

Officials from both ministries said a joint committee would meet again in the spring.`,
  `Mongolia's president hosted the Japanese prime minister in Ulaanbaatar, where the two signed a memorandum on rare earths.

"Mongolia will not be anyone's quarry," the president said at a dinner for the delegation.

The prime minister answered that Japan wanted "partners, not suppliers". He told the audience: "We came to build, and we will stay to build."

A spokesman for the Mongolian government later said the memorandum was not binding.`,
  `Finland's defence minister warned on a visit to Tallinn that the Baltic Sea had become "a corridor of risk".

"Every cable on the seabed is now a target," he said. "We cannot guard them alone."

Estonia's prime minister agreed. "What happens to one of us happens to all of us," she told a press conference, before thanking Finland for sending two patrol vessels.

Neither government named a suspect.`,
  `The governor of the central bank of Georgia defended the lari in a speech to parliament.

"The currency is stable because the reforms are real," the governor said. Opposition deputies were unconvinced. "Stable for whom?" one of them shouted from the back of the chamber.

The speaker of parliament asked for order. "You will have your turn," he said.

The governor left without taking questions.`,
  `Slovenia's foreign minister met her Croatian counterpart in Zagreb to discuss fishing rights in the bay that divides the two countries.

"We have argued about this bay for thirty years," the Croatian minister said. "Our fishermen are tired of it, and so am I."

His guest said Slovenia still respected the ruling of the arbitration court. "A ruling is not a suggestion," she said.

Both ministers said their experts would meet again before the summer.`,
  `Kyrgyzstan's energy minister opened a new hydropower station on the Naryn river.

"This dam will light forty thousand homes," he told workers at the ceremony. "And it was built by our own engineers."

An engineer who worked on the project said the turbines had been delayed by two years. "We waited, and we did not give up," he said.

The minister promised that two more stations would follow.`,
];

/** What the attribution sets: the quotes with their speakers, and each sentence's paragraph. */
const attribution = (doc: NlpDocument): string =>
  JSON.stringify({ quotes: doc.quotes, paragraphs: doc.sentences.map((s) => s.paragraph) });
const parseAlone = async (text: string): Promise<string> => attribution((await parser.parse(text, '2024-03-14')).doc);

describe('the parser under concurrent requests', () => {
  it('gives each article the parse it gets alone, with no request failing', { timeout: 300_000 }, async () => {
    const alone: string[] = [];
    for (const text of ARTICLES) alone.push(await parseAlone(text));
    const copies = 4;
    const together = await Promise.allSettled(
      Array.from({ length: copies }, () => ARTICLES.map((text) => parseAlone(text))).flat(),
    );
    const failed = together.filter((r) => r.status === 'rejected');
    expect(failed.map((r) => String(r.reason))).toEqual([]);
    const parses = together.map((r) => (r as PromiseFulfilledResult<string>).value);
    for (let i = 0; i < parses.length; i++)
      expect(parses[i], `copy of article ${i % ARTICLES.length}`).toBe(alone[i % ARTICLES.length]);
  });
});
