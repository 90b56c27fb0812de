/**
 * The extractor on a text written for a test, read by the real parser (the
 * one the test run started, or ENTENTE_NLP_URL) as a wire story of a given
 * date: the date decides which titles stand for whom.
 */
import { loadConfig } from '../../src/config.js';
import { extract, type Extraction } from '../../src/extract/extractor.js';
import { loadGazetteer } from '../../src/ingest/gazetteer.js';
import { openParser } from '../../src/nlp/parser.js';

const gazetteer = loadGazetteer();
const parser = openParser(loadConfig());

export const extractText = (text: string, publishedAt: string | null): Promise<Extraction> =>
  extract({ url: null, outlet: 'Test Wire', publishedAt, author: null, title: 'Test', text }, gazetteer, parser);
