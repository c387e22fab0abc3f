// mojibake: UTF-8 text that was decoded with a single-byte code page (`â€™` for `’` read as Windows-1252, `вЂ™` as
// Windows-1251, `โ€™` as Windows-874); the fix decodes it back.
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

/** A code page UTF-8 bytes may have been read with: each of its characters' byte, and where a garbled run may start. */
interface CodePage {
  label: string;
  byte: ReadonlyMap<string, number>;
  /** A lead byte of a multi-byte UTF-8 sequence followed by continuation bytes, as this page's characters. */
  suspect: RegExp;
  /** Which decoded texts count: another page's letters may make valid UTF-8 by chance (Thai `รก` is `á`). */
  accepts: (meant: string) => boolean;
}

/** The code pages a rule may list, by their WHATWG labels; a message names each with a capital (`Windows-1251`). */
export const CODE_PAGES = ['windows-1252', 'windows-1251', 'windows-1250', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-874'];
const displayName = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

// Quotes, dashes, the ellipsis, €, №, ™: the three-byte characters MT'd news is full of.
const PUNCTUATION = /^[\u2010-\u205E\u20AC\u2116\u2122]+$/u;
// The letters of Russian, Ukrainian, Belarusian and Bulgarian (not the historic ones a chance pair decodes to).
const MODERN_CYRILLIC = /^[\u0410-\u044F\u0401\u0451\u0404\u0454\u0406\u0456\u0407\u0457\u0490\u0491\u040E\u045E\u2010-\u205E]{2,}$/u;
// Greek, Cyrillic, Hebrew, Arabic and Thai letters: the lead bytes of the other pages.
const OTHER_SCRIPT = /[\u0370-\u06FF\u0E00-\u0E7F]/u;
const strict = new TextDecoder('utf-8', { fatal: true });

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** The characters a code page gives the bytes 0x80–0xFF (bytes it leaves undefined are left out). */
function charsOf(label: string): Map<string, number> {
  const byte = new Map<string, number>();
  const decoder = new TextDecoder(label);
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch.length === 1 && ch !== '\uFFFD' && !byte.has(ch)) byte.set(ch, b);
  }
  return byte;
}

// Windows-1252 characters for the bytes 0x80–0x9F, written out: Node's TextDecoder reads `windows-1252` as Latin-1.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** Windows-1252's characters for the bytes 0x80–0xFF, and Latin-1's control characters for 0x80–0x9F too. */
function cp1252Chars(): Map<string, number> {
  const byte = new Map([...CP1252].map((ch, i) => [ch, 0x80 + i]));
  for (let b = 0xa0; b <= 0xff; b++) byte.set(String.fromCharCode(b), b);
  // Decoded as Latin-1 instead, the bytes 0x80–0x9F stay control characters (`â\u0080\u0099` for `’`).
  for (let b = 0x80; b <= 0x9f; b++) if (!byte.has(String.fromCharCode(b))) byte.set(String.fromCharCode(b), b);
  return byte;
}

function codePage(label: string): CodePage {
  const byte = label === 'windows-1252' ? cp1252Chars() : charsOf(label);
  const inRange = (lo: number, hi: number) => escapeClass([...byte.keys()].filter((c) => byte.get(c)! >= lo && byte.get(c)! <= hi).join(''));
  // Windows-1252's own: any text the bytes make (`Ã©` is `é`, `Ð¼Ð¾` is `мо`); other pages' letters are the
  // lead bytes, so only what is plainly no text of theirs counts: punctuation, or Cyrillic words read as Cyrillic.
  const accepts = label === 'windows-1252' ? () => true
    : label === 'windows-1251' ? (meant: string) => PUNCTUATION.test(meant) || MODERN_CYRILLIC.test(meant)
      : (meant: string) => PUNCTUATION.test(meant);
  // (Elsewhere a word is read whole, a run of such characters: each of its letters alone is a chance pair.)
  // (Bounded: a UTF-8 character has at most three continuation bytes, and a word read whole at most 16 characters, so
  // the longest-prefix search below tries a few prefixes, not every prefix of a run as long as the text.)
  const one = `[${inRange(0xc2, 0xf4)}][${inRange(0x80, 0xbf)}]{1,3}`;
  return { label, byte, suspect: new RegExp(label === 'windows-1252' ? one : `(?:${one}){1,16}`, 'gu'), accepts };
}

const pages = new Map<string, CodePage>();
function pageOf(label: string): CodePage {
  let page = pages.get(label);
  if (!page) pages.set(label, (page = codePage(label)));
  return page;
}

/** The text the run was meant to be, or undefined when its bytes are no valid UTF-8. */
function redecode(run: string, byte: ReadonlyMap<string, number>): string | undefined {
  const bytes = Uint8Array.from([...run], (ch) => byte.get(ch) ?? 0);
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

export const mojibake = defineKind({
  name: 'mojibake',
  summary: 'Text garbled by decoding UTF-8 with a single-byte code page (`â€™`, `Ã©`, `вЂ™`); fixed by decoding it right.',
  fields: {
    codePages: { type: 'string[]', default: ['windows-1252'], values: CODE_PAGES, description: 'The code pages UTF-8 may have been read with, tried in this order. Windows-1252 (with Latin-1) takes any text the bytes make; the others, whose letters are the lead bytes, only punctuation (and Windows-1251 Cyrillic words read as Cyrillic).' },
    lostMessage: { type: 'string', default: '', description: 'The message for a quote or dash whose last byte was lost (`â€` alone, `โ€`): `{0}` is the run, `{1}` the code page. No fix: the character is unknown. Empty: not reported.' },
  },
  fixable: () => true,
  compile(options, rule) {
    const tried = options.codePages.map(pageOf);
    return (doc) => {
      let findings: RawFinding[] = [];
      // (Other pages' junk is their own script's letters: a text with none, as most are, is searched with Windows-1252 alone.)
      let otherScript: boolean | undefined;
      for (const page of tried) {
        if (page.label !== 'windows-1252' && !(otherScript ??= OTHER_SCRIPT.test(doc.text))) continue;
        const name = displayName(page.label);
        // What an earlier page found, in text order: a run is read with the first page that decodes it.
        const earlier = findings;
        let next = 0;
        const found: RawFinding[] = [];
        for (const m of doc.text.matchAll(page.suspect)) {
          while (next < earlier.length && earlier[next].offset + earlier[next].length <= m.index) next++;
          if (next < earlier.length && earlier[next].offset < m.index + m[0].length) continue;
          // The longest prefix of the run that decodes: a run may end in a real accented letter.
          let decoded = false;
          for (let end = m[0].length; end >= 2; end--) {
            const run = m[0].slice(0, end);
            const meant = redecode(run, page.byte);
            if (meant === undefined || meant.length >= run.length || !page.accepts(meant)) continue;
            found.push({
              message: fill(rule.message, [run, meant, name]),
              offset: m.index,
              length: run.length,
              fix: { offset: m.index, length: run.length, text: meant },
            });
            decoded = true;
            break;
          }
          // A quote's or dash's bytes E2 80 with the third lost (a byte the page has no character for, or dropped by
          // the scraper): `â€` before a space, `โ€` at a paragraph's end. The character is unknown, so no fix.
          if (!decoded && options.lostMessage && m[0].length === 2 && page.byte.get(m[0][0]) === 0xe2 && page.byte.get(m[0][1]) === 0x80) {
            found.push({ message: fill(options.lostMessage, [m[0], name]), offset: m.index, length: 2 });
          }
        }
        findings = earlier.length ? [...earlier, ...found].sort((a, b) => a.offset - b.offset) : found;
      }
      return findings;
    };
  },
});
