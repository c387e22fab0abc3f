// sentence-lines: a sentence broken over two lines in a text written a sentence or a paragraph a line, where a line
// that does not end a sentence is the exception (in hard-wrapped prose it is the rule, and nothing is reported).
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

export const sentenceLines = defineKind({
  name: 'sentence-lines',
  summary: 'In a text whose lines end sentences (they end with a stop, a quote or a bracket, as a scraped page or MT output a segment a line does), a line that ends in a lower-case word, a number or (in a line of prose) a name, and a next line that goes on in lower case: one sentence broken. Where such breaks are as many as half the finished lines, the text is hard-wrapped and nothing is reported. `{0}` is `last / first`, `{1}` the last word of the line, `{2}` the first of the next.',
  fields: {
    particles: { type: 'string[]', default: [], description: 'Words that start a line in lower case without going on a sentence (a name\'s `de`, `van`).' },
    passLongerThan: { type: 'integer', minimum: 1, default: 120, description: 'A line this many characters long or longer is left to sentence/split-paragraph, which reports it without layout evidence (as it does a sentence of exactly two lines).' },
  },
  fixable: () => false,
  compile(options, rule) {
    const particles = new Set(options.particles.map((p) => p.toLowerCase()));
    return (doc) => {
      const { text } = doc;
      // Non-blank lines, trimmed; most are passed over on their last and the next one's first character.
      const lines = doc.lines.map((line) => trimmed(text, line)).filter((line) => line.end > line.start);
      const breaks: { at: number; last: string; first: string }[] = [];
      for (let k = 0; k + 1 < lines.length; k++) {
        const [line, next] = [lines[k], lines[k + 1]];
        if (!isLetterOrDigitAt(text, line.end - 1) || !isLowerAt(text, next.start)) continue;
        const tail = text.slice(Math.max(line.start, line.end - 40), line.end);
        const last = LOWER_END.exec(tail)?.[1] ?? (PROSE.test(lineText(text, line)) ? NAME_END.exec(tail)?.[1] : undefined);
        const first = last && LOWER_START.exec(text.slice(next.start, next.start + 40))?.[1];
        if (!last || !first || particles.has(first)) continue;
        // Neighbouring lines only: a break at a blank line is sentence/split-paragraph's.
        if (text.slice(line.end, next.start).split('\n').length > 2) continue;
        if (line.end - lineStart(text, line.start) >= options.passLongerThan) continue;
        const [above, here, below] = [k > 0 ? lineText(text, lines[k - 1]) : '', lineText(text, line), lineText(text, next)];
        if (k > 0 && ENDS_SENTENCE.test(above) && OPENS_TWO_LINE_SENTENCE.test(here) && ENDS_TWO_LINE_SENTENCE.test(below)) continue;
        breaks.push({ at: line.end, last, first });
      }
      if (!breaks.length) return [];
      // Hard-wrapped prose breaks most of its lines so; a text that ends its lines with stops breaks one by mistake.
      const ended = lines.filter((line) => SENTENCE_END.test(text[line.end - 1])).length;
      if (ended < 2 || breaks.length * 2 > ended) return [];
      return breaks.map((b): RawFinding => ({
        message: fill(rule.message, [`${b.last} / ${b.first}`, b.last, b.first]),
        offset: b.at - b.last.length,
        length: b.last.length,
      }));
    };
  },
});

/** The line without the spaces around it (a line's own spacing is the spacing rules'). */
function trimmed(text: string, line: Span): Span {
  let end = line.end;
  let start = line.start;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return { start, end };
}

function lineText(text: string, line: Span): string {
  return text.slice(line.start, line.end);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || isLowerAt(text, i) || isUpperAt(text, i);
}
