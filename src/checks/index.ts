// The closed list of rule kinds.
import type { RuleKind } from './kind.js';
import { mojibake } from './mojibake.js';
import { pattern } from './pattern.js';
import { phrase } from './phrase.js';
import { repetition } from './repetition.js';
import { sentenceLines } from './sentence-lines.js';
import { sentenceStart } from './sentence-start.js';
import { splitName } from './split-name.js';
import { substitution } from './substitution.js';
import { trailingBlock } from './trailing-block.js';
import { truncatedWord } from './truncated-word.js';
import { unbalancedPairs } from './unbalanced-pairs.js';
import { characterMap } from './character-map.js';
import { gluedWords } from './glued-words.js';
import { repeatedLine } from './repeated-line.js';
import { repeatedSentence } from './repeated-sentence.js';
import { sequence } from './sequence.js';
import { pageElement } from './page-element.js';
import { bilingual } from './bilingual.js';
import { languageRun } from './language-run.js';

export const KINDS: ReadonlyMap<string, RuleKind> = new Map(
  [pattern, phrase, substitution, repetition, truncatedWord, splitName, sentenceStart, sentenceLines, unbalancedPairs, trailingBlock, mojibake, gluedWords, characterMap, repeatedLine, repeatedSentence, sequence, pageElement, bilingual, languageRun].map((k) => [k.name, k]),
);

/**
 * Kinds that read a document as one page, top to bottom (furniture stands at its end; a page's lines end sentences):
 * the engine does not run them over files that are sets of units (formats/index.ts UNIT_FORMATS), whose last strings
 * are no page's end and whose lines (a subtitle cue's) are broken by design.
 */
export const PAGE_KINDS: ReadonlySet<string> = new Set([trailingBlock.name, sentenceLines.name]);
