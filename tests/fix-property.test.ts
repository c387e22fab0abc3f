// Property-based tests of the fix engine and of fixing with every built-in rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document.js';
import { compileRules, lintDocument } from '../src/engine.js';
import { applyEdits, fixText } from '../src/fix.js';
import { BUILT_IN_RULES, loadRules } from '../src/rules/load.js';
import type { Edit } from '../src/types.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules);
const lint = (text: string) => lintDocument(new Document(text), compiled);

const WORDS = ['the', 'minister', 'said', 'talks', 'Beijing', 'will', 'continue', 'on', 'Monday', 'and', 'trade', 'security', 'by', 'with', 'Mao', 'of'];
// Artifacts MT and scrapers leave, to be injected between words.
const ARTIFACTS = ['by by', 'the the', ' ,', 'according to with', 'security. as well as', '“ quote ”', 'said.The', 'anti -corruption', ',,', 'Mr.Smith'];
const FURNITURE = ['Leave a Reply', 'Related Articles', 'Back to top button', 'Share this:', 'Tags: news, world'];

const sentence = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ARTIFACTS) }), { minLength: 1, maxLength: 14 })
  .map((parts) => `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const article = fc
  .record({
    paragraphs: fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 5 }),
    furniture: fc.subarray(FURNITURE),
    crlf: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ paragraphs, furniture, crlf, finalNewline }) => {
    const eol = crlf ? '\r\n' : '\n';
    const body = [...paragraphs, ...furniture].join(eol + eol);
    return { text: body + (finalNewline ? eol : ''), crlf, finalNewline };
  });

describe('fixing with every built-in rule', () => {
  it('never puts an edit out of range', () => {
    fc.assert(
      fc.property(article, ({ text }) => {
        for (const f of lint(text)) {
          expect(f.offset + f.length).toBeLessThanOrEqual(text.length);
          if (f.fix) expect(f.fix.offset >= 0 && f.fix.offset + f.fix.length <= text.length).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent and keeps line ends and the final newline as they were', () => {
    let runsWithFixes = 0;
    fc.assert(
      fc.property(article, ({ text, crlf, finalNewline }) => {
        const result = fixText(text, lint);
        const fixed = result.text;
        if (result.fixed > 0) runsWithFixes++;
        expect(fixText(fixed, lint)).toMatchObject({ text: fixed, fixed: 0 });
        expect(fixed.endsWith(crlf ? '\r\n' : '\n')).toBe(finalNewline);
        if (crlf) expect(fixed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        else expect(fixed).not.toContain('\r');
      }),
      { numRuns: 1000 },
    );
    expect(runsWithFixes).toBeGreaterThan(500); // the property is about real fixes, not clean texts
  });
});

describe('applyEdits', () => {
  const textAndEdits = fc.string({ maxLength: 60 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc.record({ offset: fc.nat(text.length), length: fc.nat(6), text: fc.string({ maxLength: 4 }) }).map((e): Edit => ({ ...e, length: Math.min(e.length, text.length - e.offset) })),
        { maxLength: 8 },
      ),
    ),
  );

  it('changes nothing outside the applied edits', () => {
    fc.assert(
      fc.property(textAndEdits, ([text, edits]) => {
        const { text: out, applied, skipped } = applyEdits(text, edits);
        expect(applied.length + skipped.length).toBe(edits.length);
        // Rebuild the output from the untouched slices and the applied edits: it must be the same.
        let cursor = 0;
        let expected = '';
        for (const e of applied) {
          expect(e.offset).toBeGreaterThanOrEqual(cursor); // applied edits never overlap
          expected += text.slice(cursor, e.offset) + e.text;
          cursor = e.offset + e.length;
        }
        expect(out).toBe(expected + text.slice(cursor));
      }),
      { numRuns: 2000 },
    );
  });
});
