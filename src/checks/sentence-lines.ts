// sentence-lines: a sentence broken over two lines in a text written a paragraph a line, where a line that does not
// end a sentence is the exception (in hard-wrapped prose it is the rule, and nothing is reported). The page must show
// that it is written so (lines longer than any wrapping column, ending in stops), and the broken line must look like
// the start of a paragraph of prose: a headline over a deck, verse, lists, code and quoted lines are not.
import { type Span, isLowerAt, isSpaceCode, isUpperAt } from '../document.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

/** What a line that ends a sentence ends with (quotes and brackets close one), tested on its last character. */
const SENTENCE_END = /[.!?…:;"”’»)\]]/u;
/** A line's last word, lower case (or a number: `magnitude 7.5` / `in Peru`), and nothing after it. */
const LOWER_END = /(?:^|[^\p{L}\p{N}])(\p{Ll}[\p{Ll}’'-]*|\d[\d.,]*)$/u;
/** Or a name ending a line of prose (`The residents of Brovary, Bila Tserkva and Fastiv` / `will be without light`). */
const NAME_END = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}+)$/u;
/** A line of prose: it starts with a capital and holds two lower-case words of three letters or more (not title case). */
const PROSE = /^\p{Lu}(?=(?:.*?[^\S\n]\p{Ll}{3,}[^\p{L}]){2})/u;
/** A line's first word, all lower case and two letters or more, not an address (`rus.err.ee`) nor a brand (`iPhone`). */
const LOWER_START = /^(\p{Ll}{2,}[’']?\p{Ll}*)(?![\p{L}\p{N}.@/-])/u;
/** A sentence of exactly two lines between finished ones: sentence/split-paragraph reports it (its third branch). */
const ENDS_SENTENCE = /[.!?"”]$/u;
const OPENS_TWO_LINE_SENTENCE = /^\p{Lu}.{20,118}\p{Ll}$/u;
const ENDS_TWO_LINE_SENTENCE = /^\p{Ll}[\p{Ll}’'-]*[^\S\n].*[.!?"”]$/u;
/** A line longer than any column prose is hard-wrapped at (60–80): a paragraph written on one line. */
const PARAGRAPH_LINE = 100;
/** The broken line opens a paragraph of prose: a capital, a digit or an opening quote, then four words or more. */
const OPENS_PARAGRAPH = /^[\p{Lu}\p{N}"“‘«(](?:\S*[^\S\n]+){3,}\S/u;
/** The line that goes on finishes the sentence (a headline's deck, a verse, a list item or a sign-off does not). */
const FINISHES_SENTENCE = /[.!?…"”’»)]$/u;

export const sentenceLines = defineKind({
  name: 'sentence-lines',
  summary: 'On a page written a paragraph a line (lines longer than any wrapping column, 100 characters, that end with a stop, a quote or a bracket, as a scraped page does), a line that opens a paragraph and ends in a lower-case word, a number or (in a line of prose) a name, and a next line that goes on in lower case and finishes the sentence: one sentence broken. Where such breaks are as many as half the finished lines, the text is hard-wrapped and nothing is reported. `{0}` is `last / first`, `{1}` the last word of the line, `{2}` the first of the next.',
  fields: {
    particles: { type: 'string[]', default: [], description: 'Words that start a line in lower case without going on a sentence (a name\'s `de`, `van`).' },
    passLongerThan: { type: 'integer', minimum: 1, default: 120, description: 'A line this many characters long or longer is left to sentence/split-paragraph, which reports it without layout evidence (as it does a sentence of exactly two lines).' },
  },
  fixable: () => false,
  compile(options, rule) {
    const particles = new Set(options.particles.map((p) => p.toLowerCase()));
    return (doc) => {
      const { text } = doc;
      const lines = doc.lines;
      const breaks: { at: number; last: string; first: string }[] = [];
      // A break is two neighbouring lines (at a blank line it is sentence/split-paragraph's); most lines are passed over
      // on their last character and the next line's first, with no string made.
      for (let k = 0; k + 1 < lines.length; k++) {
        // (Offsets first, in place: the spans are made only for the few lines that pass.)
        const end = trimmedEnd(text, lines[k]);
        if (end === lines[k].start || !isLetterOrDigitAt(text, end - 1)) continue;
        const nextStart = trimmedStart(text, lines[k + 1]);
        if (nextStart === lines[k + 1].end || !isLowerAt(text, nextStart)) continue;
        const line = trimmed(text, lines[k]);
        const next = trimmed(text, lines[k + 1]);
        const tail = text.slice(Math.max(line.start, line.end - 40), line.end);
        const last = LOWER_END.exec(tail)?.[1] ?? (PROSE.test(lineText(text, line)) ? NAME_END.exec(tail)?.[1] : undefined);
        const first = last && LOWER_START.exec(text.slice(next.start, next.start + 40))?.[1];
        if (!last || !first || particles.has(first)) continue;
        // (A byline in lower case under a headline goes on nothing: `…in the last 6 years` / `by time news`.)
        if (LOWER_BYLINE.test(lineText(text, next))) continue;
        if (line.end - lines[k].start >= options.passLongerThan) continue;
        if (!OPENS_PARAGRAPH.test(lineText(text, line)) || !FINISHES_SENTENCE.test(lineText(text, next))) continue;
        const above = previousLine(text, lines, k);
        // (Lines set out under a line that ends in a colon are quoted or listed as they stand: `The text reads:`.)
        if (above && text[above.end - 1] === ':') continue;
        if (above && ENDS_SENTENCE.test(lineText(text, above)) && OPENS_TWO_LINE_SENTENCE.test(lineText(text, line)) && ENDS_TWO_LINE_SENTENCE.test(lineText(text, next))) continue;
        breaks.push({ at: line.end, last, first });
      }
      if (!breaks.length) return [];
      // Hard-wrapped prose breaks most of its lines so; a text that ends its lines with stops breaks one by mistake. A
      // page written a paragraph a line has lines longer than a wrapping column, and most of those end a sentence.
      let ended = 0;
      let long = 0;
      let longEnded = 0;
      let filled = 0;
      for (const line of lines) {
        const end = trimmedEnd(text, line);
        if (end === line.start) continue;
        filled++;
        const isEnded = SENTENCE_END.test(text[end - 1]);
        if (isEnded) ended++;
        if (end - trimmedStart(text, line) > PARAGRAPH_LINE) {
          long++;
          if (isEnded) longEnded++;
        }
      }
      if (ended < 2 || breaks.length * 2 > ended) return [];
      if (long < 2 || long * 4 < filled || longEnded * 3 < long * 2) return [];
      return breaks.map((b): RawFinding => ({
        message: fill(rule.message, [`${b.last} / ${b.first}`, b.last, b.first]),
        offset: b.at - b.last.length,
        length: b.last.length,
      }));
    };
  },
});

/** A short line that credits a writer or a site: `by time news`, `by admin`. */
const LOWER_BYLINE = /^\s*by\s+\S+(?:\s+\S+){0,3}\s*$/;

/** The line without the spaces around it (a line's own spacing is the spacing rules'). */
function trimmed(text: string, line: Span): Span {
  const end = trimmedEnd(text, line);
  return { start: Math.min(trimmedStart(text, line), end), end };
}

function trimmedEnd(text: string, line: Span): number {
  let end = line.end;
  while (end > line.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

function trimmedStart(text: string, line: Span): number {
  let start = line.start;
  while (start < line.end && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

function lineText(text: string, line: Span): string {
  return text.slice(line.start, line.end);
}

/** The nearest non-blank line above line k, trimmed, if any. */
function previousLine(text: string, lines: readonly Span[], k: number): Span | undefined {
  for (let j = k - 1; j >= 0; j--) {
    const line = trimmed(text, lines[j]);
    if (line.end > line.start) return line;
  }
  return undefined;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || isLowerAt(text, i) || isUpperAt(text, i);
}
