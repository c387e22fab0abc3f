// sentence-lines: a sentence broken over two lines in a text written a paragraph a line, where a line that does not
// end a sentence is the exception (in hard-wrapped prose it is the rule, and nothing is reported). The page must show
// that it is written so (lines longer than any wrapping column, ending in stops), and the broken line must look like
// the start of a paragraph of prose: a headline over a deck, verse, lists, code and quoted lines are not. Or a plain
// text of short lines where a line stops far shorter than any wrap would have (the page's own lines show its width).
import { type Document, type Span, isLowerAt, isSpaceCode, isUpperAt } from '../document.js';
import { viewOf } from '../formats/index.js';
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
  summary: 'On a page written a paragraph a line (lines longer than any wrapping column, 100 characters, that end with a stop, a quote or a bracket, as a scraped page does), a line that opens a paragraph and ends in a lower-case word, a number or (in a line of prose) a name, and a next line that goes on in lower case and finishes the sentence: one sentence broken. Where such breaks are as many as half the finished lines, the text is hard-wrapped and nothing is reported. On a plain-text page of short lines, a line of three words or more that ends in a word or a comma with the next line\'s first word, in lower case, filling at most two thirds of the page\'s width (its second-longest line, or the longest a sentence goes on from: no wrap stops so short), and the sentence going on in lower case to its end within four lines, one of them 55 characters long or more (verse, lists and letters set short lines of their own), the sentence opening with a capital, a figure or a quote (not a glossary\'s term in lower case). The finding spans the line\'s last word to the next line\'s first. `{0}` is `last / first`, `{1}` the last word of the line, `{2}` the first of the next.',
  fields: {
    particles: { type: 'string[]', default: [], description: 'Words that start a line in lower case without going on a sentence (a name\'s `de`, `van`).' },
    passLongerThan: { type: 'integer', minimum: 1, default: 120, description: 'A line this many characters long or longer is left to sentence/split-paragraph, which reports it without layout evidence (as it does a sentence of exactly two lines).' },
  },
  fixable: () => false,
  compile(options, rule) {
    const particles = new Set(options.particles.map((p) => p.toLowerCase()));
    return (doc) => {
      if (!doc.lines.some((_, k) => goesOnBelow(doc.text, doc.lines, k))) return [];
      const layout = layoutOf(doc.text, doc.lines);
      if (isParagraphALine(layout)) {
        const breaks = paragraphLineBreaks(doc, particles, options.passLongerThan);
        // Hard-wrapped prose breaks most of its lines so; a text that ends its lines with stops breaks one by mistake.
        return layout.ended < 2 || breaks.length * 2 > layout.ended ? [] : breaks.map(finding);
      }
      // (Markdown joins the lines of a paragraph, and the other formats set out their own lines.)
      // (Plain text paired with its original, --source, is read as it stands too.)
      const format = viewOf(doc)?.format;
      return format !== undefined && format !== 'text' ? [] : shortBreaks(doc, particles).map(finding);
    };
    function finding(b: Break): RawFinding {
      return { message: fill(rule.message, [`${b.last} / ${b.first}`, b.last, b.first]), offset: b.offset, length: b.length };
    }
  },
});

/**
 * Whether line k ends in a letter, a digit or a comma and the next line starts in lower case: a sentence may go on below
 * it (on most pages no line does).
 */
function goesOnBelow(text: string, lines: readonly Span[], k: number): boolean {
  if (k + 1 >= lines.length) return false;
  const end = trimmedEnd(text, lines[k]);
  if (end === lines[k].start || !(isLetterOrDigitAt(text, end - 1) || text.charCodeAt(end - 1) === 44)) return false;
  const nextStart = trimmedStart(text, lines[k + 1]);
  return nextStart < lines[k + 1].end && isLowerAt(text, nextStart);
}

/**
 * On a page written a paragraph a line: a line that opens a paragraph and ends in a lower-case word, a number or (in a
 * line of prose) a name, and a next line that goes on in lower case and finishes the sentence.
 */
function paragraphLineBreaks(doc: Document, particles: ReadonlySet<string>, passLongerThan: number): Break[] {
  const { text, lines } = doc;
  const breaks: Break[] = [];
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
    if (line.end - lines[k].start >= passLongerThan) continue;
    if (!OPENS_PARAGRAPH.test(lineText(text, line)) || !FINISHES_SENTENCE.test(lineText(text, next))) continue;
    const above = previousLine(text, lines, k);
    // (Lines set out under a line that ends in a colon are quoted or listed as they stand: `The text reads:`.)
    if (above && text[above.end - 1] === ':') continue;
    if (above && ENDS_SENTENCE.test(lineText(text, above)) && OPENS_TWO_LINE_SENTENCE.test(lineText(text, line)) && ENDS_TWO_LINE_SENTENCE.test(lineText(text, next))) continue;
    breaks.push(breakAt(line.end, last, next.start, first));
  }
  return breaks;
}

/** A line's last word before a comma, if it ends so (`In April 29th,`). */
const WORD_BEFORE_COMMA = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}’'-]*),$/u;
/** A line of three words or more. */
const THREE_WORDS = /\S\s+\S+\s+\S/;
/** How many lines on a sentence may run before it ends, in a page of short lines broken anywhere. */
const SENTENCE_LINES = 4;
/**
 * The line and the next word fill at most two thirds of the page's width: no wrap stops so short, even text set in a
 * proportional font and copied out of a PDF (whose lines vary by a fifth in characters).
 */
const SHORT_LINE_NUMERATOR = 2;
const SHORT_LINE_DENOMINATOR = 3;

/** A line of prose, as long as no line of verse, a list or a letter's greeting is: one of a broken sentence's lines is. */
const PROSE_LINE = 55;

/**
 * On a page of short lines (plain text), a line that stops short of the page's own width although the next line's first
 * word, in lower case, would have fitted, and the sentence ends a few lines on: no wrapping breaks a line so (a text
 * wrapped at a column fills each line), so the page was broken where a scraper or MT met a line break in the source.
 * The width is the page's second-longest line of prose (ending a sentence or going on with one), or the longest a
 * sentence goes on from if longer: headlines, addresses, credits and one long note of any length leave it as it is.
 * The sentence holds a line of prose (verse, a list, a letter's lines are short).
 */
function shortBreaks(doc: Document, particles: ReadonlySet<string>): Break[] {
  const { text, lines } = doc;
  // The page's width: its second-longest line of prose (one may be a disclaimer or a note of any length), or the
  // longest that a sentence goes on from. The lines a sentence goes on from are the candidates.
  let longest = 0;
  let second = 0;
  let goingOn = 0;
  const candidates: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const end = trimmedEnd(text, lines[k]);
    const length = end - trimmedStart(text, lines[k]);
    const continues = goesOnBelow(text, lines, k);
    if (continues) {
      candidates.push(k);
      goingOn = Math.max(goingOn, length);
    }
    // (Only lines of prose, ending a sentence or going on with one, set it: not a headline, an address or a credit.)
    if (!continues && (length === 0 || !FINISHES_SENTENCE.test(text[end - 1]))) continue;
    if (length > longest) [longest, second] = [length, longest];
    else if (length > second) second = length;
  }
  const width = Math.max(second, goingOn);
  const breaks: Break[] = [];
  for (const k of candidates) {
    const line = trimmed(text, lines[k]);
    const next = trimmed(text, lines[k + 1]);
    const first = LOWER_START.exec(text.slice(next.start, next.start + 40))?.[1];
    if (!first || particles.has(first) || (line.end - line.start + 1 + first.length) * SHORT_LINE_DENOMINATOR > width * SHORT_LINE_NUMERATOR) continue;
    // (A line of one or two words is a label or a prompt more often than half a sentence: `Read more` / `bell hooks…`.)
    if (!THREE_WORDS.test(lineText(text, line))) continue;
    const tail = text.slice(Math.max(line.start, line.end - 40), line.end);
    const commaWord = text.charCodeAt(line.end - 1) === 44 ? WORD_BEFORE_COMMA.exec(tail)?.[1] : undefined;
    const last = commaWord ?? LOWER_END.exec(tail)?.[1] ?? NAME_END.exec(tail)?.[1];
    if (!last || LOWER_BYLINE.test(lineText(text, next))) continue;
    const above = previousLine(text, lines, k);
    if (above && text[above.end - 1] === ':') continue;
    const sentenceEnd = sentenceEndWithin(text, lines, k + 1, SENTENCE_LINES);
    if (sentenceEnd < 0 || !holdsProseLine(text, lines, k, sentenceEnd) || !opensAsSentence(text, lines, k)) continue;
    breaks.push(breakAt(commaWord ? line.end - 1 : line.end, last, next.start, first));
  }
  return breaks;
}

/** The line, of the `count` lines from line k on, that ends the sentence, each line after k going on in lower case; or -1. */
function sentenceEndWithin(text: string, lines: readonly Span[], k: number, count: number): number {
  for (let j = k; j < Math.min(lines.length, k + count); j++) {
    const line = trimmed(text, lines[j]);
    if (line.end === line.start || (j > k && !isLowerAt(text, line.start))) return -1;
    if (FINISHES_SENTENCE.test(lineText(text, line))) return j;
  }
  return -1;
}

/**
 * Whether the sentence that line k belongs to (up through lines that go on in lower case from a line that ends none)
 * opens as a sentence does, with a capital, a figure or a quote: a glossary's term in lower case over its definition, or
 * verse in lower case, opens none.
 */
function opensAsSentence(text: string, lines: readonly Span[], k: number): boolean {
  let j = k;
  while (j > 0 && isLowerAt(text, trimmedStart(text, lines[j]))) {
    const above = trimmed(text, lines[j - 1]);
    if (above.end === above.start || FINISHES_SENTENCE.test(lineText(text, above))) break;
    j--;
  }
  return SENTENCE_OPENING.test(text.charAt(trimmedStart(text, lines[j])));
}
const SENTENCE_OPENING = /[\p{Lu}\p{N}"“‘«(]/u;

/** Whether one of lines `from` to `to` is as long as a line of prose. */
function holdsProseLine(text: string, lines: readonly Span[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if (trimmedEnd(text, lines[j]) - trimmedStart(text, lines[j]) >= PROSE_LINE) return true;
  return false;
}

/** A sentence broken at a line's end: the line's last word and the next line's first, the span from one to the other. */
interface Break {
  last: string;
  first: string;
  offset: number;
  length: number;
}

function breakAt(lastEnd: number, last: string, nextStart: number, first: string): Break {
  const offset = lastEnd - last.length;
  return { last, first, offset, length: nextStart + first.length - offset };
}

/** How a page sets out its lines: how many end a sentence, how many are longer than a wrapping column. */
interface Layout {
  filled: number;
  ended: number;
  long: number;
  longEnded: number;
}

function layoutOf(text: string, lines: readonly Span[]): Layout {
  const layout = { filled: 0, ended: 0, long: 0, longEnded: 0 };
  for (const line of lines) {
    const end = trimmedEnd(text, line);
    if (end === line.start) continue;
    layout.filled++;
    const isEnded = SENTENCE_END.test(text[end - 1]);
    if (isEnded) layout.ended++;
    const length = end - trimmedStart(text, line);
    if (length > PARAGRAPH_LINE) {
      layout.long++;
      if (isEnded) layout.longEnded++;
    }
  }
  return layout;
}

/** A page written a paragraph a line has lines longer than a wrapping column, and most of those end a sentence. */
function isParagraphALine(layout: Layout): boolean {
  return layout.long >= 2 && layout.long * 4 >= layout.filled && layout.longEnded * 3 >= layout.long * 2;
}

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
