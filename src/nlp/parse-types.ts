/**
 * CoreNLP's JSON output (StanfordCoreNLP.jsonPrint), as the parser sends it.
 * Token and sentence indices are 1-based within their sentence, character
 * offsets are into the text that was parsed.
 */
export interface NlpToken {
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  pos: string;
  ner: string;
  normalizedNER?: string;
  speaker?: string;
  before: string;
  after: string;
}

export interface NlpDependency {
  dep: string;
  /** 0 for ROOT */
  governor: number;
  governorGloss: string;
  dependent: number;
  dependentGloss: string;
}

interface NlpEntityMention {
  /** token range in the sentence, end exclusive, 0-based */
  tokenBegin: number;
  tokenEnd: number;
  docTokenBegin: number;
  docTokenEnd: number;
  text: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  ner: string;
  normalizedNER?: string;
  nerConfidences?: Record<string, number>;
}

export interface NlpSentence {
  /** 0-based */
  index: number;
  paragraph?: number;
  basicDependencies: NlpDependency[];
  enhancedPlusPlusDependencies: NlpDependency[];
  entitymentions?: NlpEntityMention[];
  tokens: NlpToken[];
}

export interface NlpCorefMention {
  id: number;
  text: string;
  type: 'PROPER' | 'NOMINAL' | 'PRONOMINAL' | 'LIST';
  number: string;
  gender: string;
  animacy: string;
  /** token range in the sentence, 1-based, end exclusive */
  startIndex: number;
  endIndex: number;
  headIndex: number;
  /** 1-based */
  sentNum: number;
  isRepresentativeMention: boolean;
}

export interface NlpQuote {
  id: number;
  text: string;
  /** character offsets of the quote including its marks */
  beginIndex: number;
  endIndex: number;
  beginSentence: number;
  endSentence: number;
  speaker?: string;
  canonicalSpeaker?: string;
  speakerSieve?: string;
}

export interface NlpDocument {
  docDate?: string;
  sentences: NlpSentence[];
  corefs?: Record<string, NlpCorefMention[]>;
  quotes?: NlpQuote[];
}
