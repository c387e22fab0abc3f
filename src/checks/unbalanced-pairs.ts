// unbalanced-pairs: an opening quote or bracket without its closing one in its paragraph, or the reverse.
import type { Document } from '../document.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { escapeRegex, fill } from './template.js';

const CLOSING_CONTEXT = /^(?:[\s,.;:!?)\]]|$)/u;
const OPENING_CONTEXT = /^(?:[\s(\[]|$)/u;

export const unbalancedPairs = defineKind({
  name: 'unbalanced-pairs',
  summary: 'Quotes and brackets that do not pair up within a paragraph; a quote mark opens or closes by where it stands. The message gets `{0}` = the mark, `{1}` = the partner it lacks, `{2}` = `closes nothing (…)` or `is never closed (…)`.',
  fields: {
    pairs: { type: 'string[]', required: true, description: 'Each an opening and a closing character, e.g. `“”` or `()`.' },
    continuedQuotes: { type: 'boolean', default: true, description: 'An open quote may run on when the next paragraph opens with the same quote (news style for long quotes).' },
    looseQuotes: { type: 'string', default: '', description: 'Quote marks that may stand for either mark of the first quote pair, as typists mix them (`"…”`): each opens or closes by where it stands, and is reported only when left open on a paragraph\'s line with no quote mark after it to close it.' },
    mixedQuotes: { type: 'string', default: '', description: 'Loose quote marks (of `looseQuotes`) whose pairing with a mark of the first quote pair is reported at the closing mark (`"…”`, `“…"`): a quotation pasted together from two sources, or a curly mark a converter missed.' },
    alternates: { type: 'string[]', default: [], description: 'Each a character and the pair mark it stands for (`）)` makes a full-width bracket close `(`).' },
    nestedQuotes: { type: 'boolean', default: false, description: 'A quotation left open where another of the same marks opens (`the government. He said, “The`), and nothing closes it later, is reported, and so is the quote that opened inside it: the closing mark was lost between the two. (English nests `‘…’` in `“…”`, not the same marks.)' },
    turnedClosers: { type: 'string[]', default: [], description: 'Verbs of saying (`said`, `explains`, `pointed out`). With them, a quote mark that opens after a comma or a stop and a space, before an attribution (a lower-case word and one of these soon after, `Interior, “he continued`; or a name and one, `, “Smith said`), while a quotation of the same marks is open: English does not nest double quotes, so it is the closing mark, turned the wrong way or spaced as an opening one; it is reported and closes the quotation.' },
    loneClosingQuotes: { type: 'string', default: '', description: 'Closing quote marks reported when one ends a line after a stop (`imports."`), or after a letter and before a full stop that ends the line (`the ballot box".`), with no quote mark before it on its line, while the last quote of the lines above it opens nothing: a quote left over where the sentence was reordered. With turnedClosers, also one after a comma or a stop before an attribution (`consequences," the President said`), when the last quote mark above it plainly closes a quotation or there is none. (Read line by line, as a text written a sentence a line pairs no quotes in a paragraph.)' },
  },
  fixable: () => false,
  compile(options, rule) {
    const pairs = options.pairs.map((p) => [...p] as [string, string]);
    const continued = options.continuedQuotes;
    const nestedQuotes = options.nestedQuotes;
    const attribution = options.turnedClosers.length ? attributionAfter(options.turnedClosers) : undefined;
    const loose = options.looseQuotes;
    const mixed = options.mixedQuotes;
    const loosePair = pairs.findIndex(([open]) => isQuote(open));
    const standsFor = new Map(options.alternates.map((a) => [...a] as [string, string]));
    // A closing mark that ends a line after a stop (`imports."`): the candidates loneClosingQuotes reads. (Searched from
    // the mark, the stop checked behind it, and without the `u` flag, which the marks, one code unit each, do not need:
    // a search that started with the lookbehind took three times as long.)
    const lone = options.loneClosingQuotes && `[${escapeRegex(options.loneClosingQuotes)}]`;
    // (Or, with turnedClosers, after a comma or a stop and before an attribution: `consequences," the President said`.)
    const beforeAttribution = lone && attribution ? `|${lone}(?<=[,.!?]${lone})(?= [A-Za-z])` : '';
    // (Or after a word and before the line's last stop, as British papers set it: `by the ballot box".`.)
    const beforeStop = lone ? `|${lone}(?<=[A-Za-z]${lone})(?=\\.[^\\S\\n]*$)` : '';
    const loneCandidates = lone ? new RegExp(`${lone}(?<=[.!?][^\\S\\n]?${lone})(?=[^\\S\\n]*$)${beforeStop}${beforeAttribution}`, 'gm') : undefined;
    const marks = new RegExp(`[${escapeRegex(pairs.flat().join('') + (loosePair >= 0 ? loose : '') + [...standsFor.keys()].join(''))}]`, 'gu');
    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      // {0} the mark, {1} the partner it lacks or should be, {2} what went wrong (PROBLEMS), read from where it stands.
      // (A quotation's extent may run over an address or code: only its mark must be prose, headLength 1.)
      const report = (offset: number, partner: string, problem: (partner: string) => string, end = offset + 1) => {
        findings.push({ message: fill(rule.message, [text.charAt(offset), partner, problem(partner)]), offset, length: end - offset, ...(end > offset + 1 ? { headLength: 1 } : {}) });
      };
      // One scan of the whole text for marks, then each paragraph takes its own: a search per paragraph ran
      // on past its end to the next mark, again and again in a text with few of them.
      const found: number[] = [];
      marks.lastIndex = 0;
      while (marks.test(text)) found.push(marks.lastIndex - 1); // each mark is one character
      let k = 0;
      // A text written a paragraph a line (most of its lines long: a scraped page) pairs its marks line by line; a
      // hard-wrapped text, or one of a sentence a line, by runs of lines (a quotation goes on over its lines).
      const byLine = aParagraphALine(doc);
      const paragraphs = byLine ? doc.lines.filter((line) => !doc.isBlank(line)) : doc.paragraphs;
      paragraphs.forEach((paragraph, index) => {
        const next = paragraphs[index + 1];
        // Each pair keeps its own stack of open marks (a loose one as -1 - offset); `stillOpen` holds their offsets.
        const opened: number[][] = pairs.map(() => []);
        const stillOpen = new Set<number>();
        // Where a quote last went on with the innermost open quotation from the line above, for each stack of open
        // marks (none once that quotation closes or another opens).
        const wentOnAt = new Map<number[], number>();
        // nestedQuotes: an open quote's offset -> the first quote that opened while it was the innermost open one.
        const nestedIn = new Map<number, number>();
        const openMark = (stack: number[], entry: number, quote: boolean) => {
          const top = stack.at(-1);
          if (nestedQuotes && quote && top !== undefined && top >= 0 && !nestedIn.has(top)) nestedIn.set(top, positionOf(entry));
          stack.push(entry);
          stillOpen.add(positionOf(entry));
          wentOnAt.delete(stack);
        };
        const closeMark = (stack: number[]): number | undefined => {
          const entry = stack.pop();
          if (entry !== undefined) stillOpen.delete(positionOf(entry));
          wentOnAt.delete(stack);
          return entry;
        };
        // Closes the innermost open mark of a stack with the mark at `i` (loose or not), and reports a pair of a mark of `mixedQuotes`
        // and a mark of the first pair (`"…”`, `“…"`). (Not a quotation that went on from a line above: the line that
        // went on pairs its own marks.)
        const closePair = (stack: number[], i: number, closer: string, closerLoose: boolean): number | undefined => {
          const wentOn = wentOnAt.has(stack);
          const opener = closeMark(stack);
          if (opener === undefined || wentOn || closerLoose === opener < 0) return opener;
          const looseMark = closerLoose ? closer : text.charAt(positionOf(opener));
          if (mixed.includes(looseMark)) report(i, text.charAt(positionOf(opener)), PROBLEMS.mixed);
          return opener;
        };
        // turnedClosers: a mark that opens, inside an open quotation, where its closing mark belongs: reported, it closes.
        const closesAsTurned = (stack: number[], i: number, open: string, close: string): boolean => {
          if (!attribution || stack.length === 0 || !turnedCloser(text, i, attribution)) return false;
          // (A closing mark only spaced as an opening one is the spacing rules' to report: it closes here, silently.)
          if (text[i] === open) report(i, close, PROBLEMS.turned);
          else if (text[i] !== close) report(i, close, PROBLEMS.misspaced);
          closeMark(stack);
          return true;
        };
        while (k < found.length && found[k] < paragraph.start) k++;
        for (; k < found.length && found[k] < paragraph.end; k++) {
          const i = found[k];
          const ch = standsFor.get(text[i]) ?? text[i];
          if (loose.includes(ch) && !pairs[loosePair].includes(ch)) {
            const stack = opened[loosePair];
            if (quoteCloses(text, i, stack.length > 0)) closePair(stack, i, ch, true);
            else if (!closesAsTurned(stack, i, '', pairs[loosePair][1])) openMark(stack, -1 - i, true);
            continue;
          }
          pairs.forEach(([open, close], p) => {
            if (ch !== open && ch !== close) return;
            const closes = isQuote(ch) ? quoteCloses(text, i, ch === close && (open !== close || opened[p].length > 0)) : ch === close;
            // A quotation of several paragraphs opens each with a quote and closes only the last (news style): a quote
            // opening a line while one from a line above is still open goes on with it (a page of a paragraph a line,
            // read here as one run of lines), and the first stays the one reported if nothing closes. Only when the open
            // quote stands on the line just above: in a long run of lines a quote open further up is a slip of its own.
            // (The quote that went on last stands for it: a quotation of three paragraphs or more.)
            if (!closes && continued && isQuote(ch) && opened[p].length > 0 && opensLine(text, i) && onLineAbove(text, i, Math.max(positionOf(opened[p].at(-1)!), wentOnAt.get(opened[p]) ?? -1))) {
              wentOnAt.set(opened[p], i);
              return;
            }
            if (!closes && isQuote(ch) && closesAsTurned(opened[p], i, open, close)) return;
            if (!closes) openMark(opened[p], i, isQuote(ch));
            else if (closePair(opened[p], i, ch, false) === undefined) report(i, open, PROBLEMS.closesNothing);
          });
        }
        pairs.forEach(([open, close], p) => {
          // (The next paragraph may be indented, or open with a dialogue's dash: `    "Our engineers…`, `— "Our engineers…`.)
          const runsOn = continued && isQuote(open) && opened[p].length === 1 && next !== undefined && isOneOf(text.charAt(openingOf(text, next.start, next.end)), p === loosePair ? open + loose : open);
          if (runsOn) return;
          // A quotation never closed is shown from its opening mark to its paragraph's end, where the closing mark is
          // missing (as a compiler shows an unterminated string): where it should close, the reader decides.
          const quotationEnd = trimmedEnd(text, paragraph.end);
          for (const o of opened[p]) {
            if (o < 0) continue;
            report(o, close, PROBLEMS.neverClosed, isQuote(open) ? Math.max(o + 1, quotationEnd) : o + 1);
            // The closing mark was lost somewhere between the two: both ends are shown.
            const inner = nestedIn.get(o);
            if (inner !== undefined && !stillOpen.has(inner)) report(inner, close, PROBLEMS.nested);
          }
          // A loose mark left open in a paragraph of its own line (`"He said that…` to the line's end) opened a quotation
          // nobody closed, when the next line has no quote mark to close it (a text of long sentences, a sentence a
          // line, goes on with its quotation there); in a run of lines it may be a typist's mark closing one.
          const looseOpen = opened[p].length === 1 && opened[p][0] < 0 ? -1 - opened[p][0] : -1;
          const lone = byLine ? looseOpen : -1;
          // (A quote mark there that plainly opens a quotation of its own closes nothing: `He added: "It was…`.)
          if (lone >= 0 && (next === undefined || !closerOnLine(text, next.start, next.end))) report(lone, text[lone], PROBLEMS.neverClosed, Math.max(lone + 1, quotationEnd));
          // (In a run of lines, the same on a line long enough to be a paragraph of its own, a page's short furniture
          // lines around it: `said: "I am proud of my players. …` and no quote mark after it in the run.)
          // (Plainly an opening mark: after a space or a line's start, before a letter or a figure; not `38°19'19"N`.)
          const openInRun = byLine ? -1 : looseOpen;
          if (openInRun >= 0 && /^(?:[\s(]|$)/u.test(text.charAt(openInRun - 1)) && /[\p{L}\p{N}]/u.test(text.charAt(openInRun + 1))) {
            const newline = text.indexOf('\n', openInRun);
            const lineEnd = newline < 0 || newline > paragraph.end ? paragraph.end : newline;
            const lineStart = text.lastIndexOf('\n', openInRun) + 1;
            if (lineEnd - lineStart >= PARAGRAPH_LINE_CHARS && !/["“”„]/u.test(text.slice(openInRun + 1, paragraph.end))) report(openInRun, text[openInRun], PROBLEMS.neverClosed, Math.max(openInRun + 1, trimmedEnd(text, lineEnd)));
          }
        });
      });
      if (loneCandidates) {
        const reported = new Set(findings.map((f) => f.offset));
        // (A candidate inside a line stands before a word: an attribution only if a verb of saying follows, as turnedClosers reads it.)
        const attributed = (offset: number) => /^\.?[^\S\n]*(?:\n|$)/.test(text.slice(offset + 1, offset + 40)) || ((attribution?.some((form) => form.test(text.slice(offset + 1, offset + 80))) ?? false) && nothingOpenAbove(text, offset));
        for (const offset of loneClosingQuotes(doc, loneCandidates)) {
          if (!attributed(offset)) continue;
          if (!reported.has(offset)) report(offset, text[offset] === '”' ? '“' : text[offset], PROBLEMS.closesNothing);
        }
      }
      return findings.sort((a, b) => a.offset - b.offset);
    };
  },
});

// Any quote mark, a TeX opening quote, and a single quote opening a line (MT opens a quotation with `'` or ``` `` ```
// and closes it with `"`: punctuation/tex-quotes reports that, and the closing mark closes something).
const ANY_QUOTE = /["“”„«»]|``|^[^\S\n]*['‘](?=\p{L})/gu;

/**
 * Quote marks that end a line after a stop as its only quote mark, where the nearest line above with quote marks ends
 * on one that closes (or there is none): nothing is open for them to close. A quotation of several sentences, a
 * sentence a line, opens on a line above (`"We will win.` / `It is certain."`), and is left alone. Such marks are rare:
 * they are searched for first, and only their lines, and the lines above them up to a quote mark, are read.
 */
function loneClosingQuotes(doc: Document, candidates: RegExp): number[] {
  const { text } = doc;
  const found: number[] = [];
  for (const m of text.matchAll(candidates)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (lastQuoteIn(text, lineStart, m.index) >= 0) continue; // not the line's only quote mark
    let opened = false;
    for (let end = lineStart - 1; end > 0; ) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const last = lastQuoteIn(text, start, end);
      if (last >= 0) {
        opened = quoteOpens(text, last);
        break;
      }
      end = start - 1;
    }
    if (!opened) found.push(m.index);
  }
  return found;
}

/**
 * Whether no quotation is open above the line of offset i: the last quote mark of the lines above, if any, plainly
 * closes one (after a letter or a stop, before a space, a line's end or punctuation). A mark whose direction is not
 * plain (`"...and` opening a line, an inch mark `6'2"`) may have opened a quotation: a closing mark before an
 * attribution below it is left alone.
 */
function nothingOpenAbove(text: string, i: number): boolean {
  for (let end = text.lastIndexOf('\n', i - 1); end > 0; ) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const last = lastQuoteIn(text, start, end);
    if (last >= 0) return /[\p{L}.!?,…]/u.test(text.charAt(last - 1)) && /^(?:[\s,.;:)]|$)/u.test(text.charAt(last + 1));
    end = start - 1;
  }
  return true;
}

/** Where the last quote mark of text[start, end) stands (the second of a TeX pair), or -1. */
function lastQuoteIn(text: string, start: number, end: number): number {
  let last = -1;
  for (const m of text.slice(start, end).matchAll(ANY_QUOTE)) last = start + m.index + m[0].length - 1;
  return last;
}

/** What went wrong with a mark, given its partner (`{2}` of the message). */
const PROBLEMS = {
  closesNothing: (partner: string) => `closes nothing (no \`${partner}\` before it)`,
  neverClosed: (partner: string) => `is never closed (no \`${partner}\` after it)`,
  nested: (partner: string) => `opens a quotation before the one opened before it is closed (no \`${partner}\` between them)`,
  turned: (partner: string) => `opens a quotation inside an open one: the closing \`${partner}\` turned the wrong way`,
  misspaced: (partner: string) => `closes the quotation but stands as an opening mark does (a space before it, none after): \`${partner} \` belongs here`,
  mixed: (partner: string) => `closes a quotation opened with \`${partner}\`: the pair's marks differ`,
};

/**
 * What may follow a quotation's closing mark as its attribution, given its verbs of saying: a lower-case word and a verb
 * soon after it, before any quote mark or line end (`he continued`, `explains the coach`); or a name of up to three
 * capitalised words and a verb (`Smith said`).
 */
function attributionAfter(verbs: string[]): RegExp[] {
  const saying = `(?:${verbs.map(escapeRegex).join('|')})`;
  return [new RegExp(String.raw`^ ?(?=\p{Ll})[^\n“”"«»]{0,60}?\b${saying}\b`, 'u'), new RegExp(String.raw`^ ?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}${saying}\b`, 'u')];
}

/**
 * Whether the quote mark at i stands where a quotation's closing mark does before its attribution: after a comma or a
 * stop and one space, before one of `attribution`'s forms (`Interior, “he continued`, `enthusiasm, “explains the
 * coach`, `, "the minister said`, `, “ said the minister`, `, “Smith said`). A quotation that opens there (`he told me,
 * “be aggressive”`) rarely reports a saying in its first words.
 */
function turnedCloser(text: string, i: number, attribution: RegExp[]): boolean {
  if (text[i - 1] !== ' ' || !/[,.!?]/.test(text.charAt(i - 2))) return false;
  const after = text.slice(i + 1, i + 80);
  return attribution.some((form) => form.test(after));
}

/** The end of text[0, end) without its trailing white space. */
function trimmedEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Where an open mark stands (a loose one is kept as -1 - offset). */
function positionOf(open: number): number {
  return open >= 0 ? open : -1 - open;
}

/** Whether offset `at` stands on the line just above the one of offset i. */
function onLineAbove(text: string, i: number, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', i - 1);
  return lineStart > at && text.lastIndexOf('\n', lineStart - 1) < at;
}

/** Whether only spaces stand between the line's start and offset i. */
function opensLine(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < 0 || text[j] === '\n';
}

/** The fewest characters of a line that is a paragraph of its own (a wrapped line is shorter, a sentence usually too). */
const PARAGRAPH_LINE_CHARS = 200;

/** Whether half or more of the text's non-blank lines are PARAGRAPH_LINE_CHARS long or longer. */
function aParagraphALine(doc: Document): boolean {
  let long = 0;
  let all = 0;
  let longChars = 0;
  let allChars = 0;
  for (const line of doc.lines) {
    if (doc.isBlank(line)) continue;
    all++;
    allChars += line.end - line.start;
    if (line.end - line.start < PARAGRAPH_LINE_CHARS) continue;
    long++;
    longChars += line.end - line.start;
  }
  // (Or most of the text stands in such lines: a page's short lines of furniture around its paragraphs.)
  return all > 1 && (2 * long >= all || (long >= 3 && 4 * longChars >= 3 * allChars));
}

/** A quote mark before a word, not after one, opens (`said,"The`); elsewhere its direction is read as pairing reads it. */
function quoteOpens(text: string, i: number): boolean {
  if (/[\p{L}\p{N}‘']/u.test(text.charAt(i + 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(i - 1))) return true;
  return !quoteCloses(text, i, !'“„«'.includes(text[i]));
}

function isQuote(ch: string): boolean {
  return /[“”"«»„‘’]/u.test(ch);
}

/** Where a paragraph's text opens, past its indent and a dialogue's dash (`— "Our…`). */
function openingOf(text: string, start: number, end: number): number {
  return start + (LEAD.exec(text.slice(start, Math.min(end, start + 20)))?.[0].length ?? 0);
}
const LEAD = /^\s*(?:[-–—][^\S\n]*)?/u;

/** Whether `ch` is one of the one-character `marks` (no character, past the text's end, is none). */
function isOneOf(ch: string, marks: string): boolean {
  return ch !== '' && marks.includes(ch);
}

/** Whether the first quote mark between `start` and `end`, if any, may close a quotation open above it. */
function closerOnLine(text: string, start: number, end: number): boolean {
  const found = FIRST_QUOTE.exec(text.slice(start, end));
  return found !== null && quoteCloses(text, start + found.index, true);
}
const FIRST_QUOTE = /["“”„]/u;

/**
 * A quote mark's direction is read from where it stands (`loss“ for` closes, `said ”Yes` opens, one
 * at a line end closes);
 * only where both sides look alike (`“ historic ”`) does its glyph decide.
 */
function quoteCloses(text: string, i: number, byGlyph: boolean): boolean {
  const after = text.charAt(i + 1);
  if (after === '' || after === '\n' || after === '\r') return true; // nothing follows to be quoted
  const closingAfter = CLOSING_CONTEXT.test(after);
  const openingBefore = OPENING_CONTEXT.test(i > 0 ? text.charAt(i - 1) : '');
  return closingAfter === openingBefore ? byGlyph : closingAfter;
}
