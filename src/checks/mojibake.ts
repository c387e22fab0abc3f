// mojibake: UTF-8 text that was decoded as Windows-1252 or Latin-1 (`â€™` for `’`, `Ã©` for `é`); the fix decodes it back.
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

// Windows-1252 characters for the bytes 0x80–0x9F; the other bytes map to the same code point.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE = new Map<string, number>([...CP1252].map((ch, i) => [ch, 0x80 + i]));
for (let b = 0xa0; b <= 0xff; b++) BYTE.set(String.fromCharCode(b), b);
// Decoded as Latin-1 instead, the bytes 0x80–0x9F stay control characters (`â\u0080\u0099` for `’`).
for (let b = 0x80; b <= 0x9f; b++) if (!BYTE.has(String.fromCharCode(b))) BYTE.set(String.fromCharCode(b), b);

// A lead byte of a multi-byte UTF-8 sequence (Â–ô as characters) followed by continuation bytes.
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4][${escapeClass([...BYTE.keys()].filter((c) => BYTE.get(c)! < 0xc0).join(''))}]+`, 'gu');
const strict = new TextDecoder('utf-8', { fatal: true });

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}

/** The text the run was meant to be, or undefined when its bytes are no valid UTF-8. */
function redecode(run: string): string | undefined {
  const bytes = Uint8Array.from([...run], (ch) => BYTE.get(ch) ?? 0);
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

export const mojibake = defineKind({
  name: 'mojibake',
  summary: 'Text garbled by decoding UTF-8 as Windows-1252 (`â€™`, `Ã©`); fixed by decoding it right.',
  fields: {},
  fixable: () => true,
  compile(_options, rule) {
    return (doc) => {
      const findings: RawFinding[] = [];
      for (const m of doc.text.matchAll(SUSPECT)) {
        // The longest prefix of the run that decodes: a run may end in a real accented letter.
        for (let end = m[0].length; end >= 2; end--) {
          const run = m[0].slice(0, end);
          const meant = redecode(run);
          if (meant === undefined || meant.length >= run.length) continue;
          findings.push({
            message: fill(rule.message, [run, meant]),
            offset: m.index,
            length: run.length,
            fix: { offset: m.index, length: run.length, text: meant },
          });
          break;
        }
      }
      return findings;
    };
  },
});
