// character-map: characters of another script or width standing in Latin text (`WНO` with a Cyrillic Н,
// `trade，investment` with a full-width comma); the fix puts the Latin character back.
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { escapeRegex, fill } from './template.js';

const LETTER = /[\p{L}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LATIN = /\p{Script=Latin}/u;
/** The widest span of code points searched as a range before the characters themselves. */
const NARROW_SPAN = 1024;

export const characterMap = defineKind({
  name: 'character-map',
  summary: 'Characters listed in `map` where Latin text expects their counterparts; `{0}` is the text found (a word, or a run of marks), `{1}` the text fixed.',
  fields: {
    map: { type: 'map', required: true, description: 'Each character and what Latin text writes for it (`Н: H`, `，: ","`).' },
    spaceAfter: { type: 'string', default: '', description: 'Characters whose counterpart takes a space after it when a word follows (`trade，investment` → `trade, investment`).' },
    spaceBefore: { type: 'string', default: '', description: 'Characters whose counterpart takes a space before it when a word precedes (`the【Tokyo】` → `the [Tokyo]`).' },
    within: {
      type: 'string',
      values: ['latin-word', 'anywhere'],
      default: 'anywhere',
      description: '`latin-word`: only in a word that also has Latin letters (`WНO`, fixed), or as a one-letter word between Latin words (`°С`, `В. K. Arsenyev`: a suggestion only, as the letter may be meant as it sounds), so words wholly of the other script (`В Москве`) are left alone; `anywhere`: wherever they stand.',
    },
    leaveBefore: { type: 'regex', required: false, description: 'A regex tried right after the characters found: where it matches, they are left alone (Spanish `¿` opening a question written in Spanish, a quotation of the source, not MT debris).' },
    neighbourReach: { type: 'integer', minimum: 1, default: 30, description: 'With `latin-word`: how far (in characters, within its line) a lone letter\'s neighbouring letters are looked for.' },
  },
  fixable: () => true,
  compile(options, rule) {
    const map = new Map(Object.entries(options.map));
    const spaceAfter = options.spaceAfter;
    const spaceBefore = options.spaceBefore;
    const inLatinWords = options.within === 'latin-word';
    // Where the characters lie in a block or two (Cyrillic and Greek look-alikes), the search stops first at their span
    // of code points and then checks the character: V8 searches a range several times faster than a scattered set.
    // A wider span (full-width marks, U+3001–U+FF1F) would stop at every CJK character instead.
    const keys = `[${[...map.keys()].map(escapeRegex).join('')}]`;
    const codes = [...map.keys()].map((ch) => ch.codePointAt(0)!);
    const [low, high] = [Math.min(...codes), Math.max(...codes)];
    const span = `[${escapeRegex(String.fromCodePoint(low))}-${escapeRegex(String.fromCodePoint(high))}](?<=${keys})`;
    const mapped = new RegExp(`${high - low <= NARROW_SPAN ? span : keys}${keys}*`, 'gu');
    const leftBefore = options.leaveBefore === undefined ? undefined : compileRegex(options.leaveBefore, 'y');
    const replace = (s: string) => Array.from(s, (ch) => map.get(ch) ?? ch).join('');
    // Full-width marks carry their own spacing; their narrow counterparts need a space to the word beside them.
    const spaced = (text: string, start: number, end: number, fixed: string) =>
      (spaceBefore.includes(text[start]) && WORD_CHAR.test(text.charAt(start - 1)) ? ' ' : '') +
      fixed +
      (spaceAfter.includes(text[end - 1]) && WORD_CHAR.test(text.charAt(end)) ? ' ' : '');
    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      mapped.lastIndex = 0;
      for (let m = mapped.exec(text); m; m = mapped.exec(text)) {
        let [start, end] = [m.index, m.index + m[0].length];
        let certain = true;
        if (inLatinWords) {
          // The whole word the characters stand in.
          while (start > 0 && LETTER.test(text[start - 1])) start--;
          while (end < text.length && LETTER.test(text[end])) end++;
          mapped.lastIndex = end;
          const word = text.slice(start, end);
          // A lone letter may be meant as what it sounds like (`В. K. Arsenyev` is V. K.), so it gets a suggestion only.
          certain = LATIN.test(word);
          if (!certain && !(end - start === 1 && amidLatin(text, start, options.neighbourReach))) continue;
        }
        if (leftBefore) {
          leftBefore.lastIndex = end;
          if (leftBefore.test(text)) continue;
        }
        const found = text.slice(start, end);
        const fixed = spaced(text, start, end, replace(found));
        const finding: RawFinding = { message: fill(rule.message, [found, fixed]), offset: start, length: end - start };
        findings.push(certain ? { ...finding, fix: { offset: start, length: end - start, text: fixed } } : { ...finding, suggestions: [fixed] });
      }
      return findings;
    };
  },
});

/** Whether the nearest letters before and after `at` on its line are Latin ones (at least one of them there). */
function amidLatin(text: string, at: number, reach: number): boolean {
  const nearest = (step: number) => {
    for (let i = at + step, n = 0; i >= 0 && i < text.length && n < reach && text[i] !== '\n'; i += step, n++) {
      if (LETTER.test(text[i])) return text[i];
    }
    return undefined;
  };
  const before = nearest(-1);
  const after = nearest(1);
  return (before !== undefined || after !== undefined) && [before, after].every((ch) => ch === undefined || LATIN.test(ch));
}
