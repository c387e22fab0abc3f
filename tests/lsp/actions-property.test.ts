// Property: the LSP's code actions edit only where they say, and a disable directive turns off exactly its rule there.
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CompiledRule, compileRules, lintSource } from '../../src/engine.js';
import { applyEdits, splitsCluster } from '../../src/fix.js';
import { codeActionsFor } from '../../src/lsp/convert.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';

const WORDS = ['the', 'the', 'by', 'leaders', 'said.', 'Mr.Smith', ',', 'talks', 'consi.', '“', '”', 'governmentsaid', '(', ')'];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const article = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, final]) => lines.join(eol) + (final ? eol : ''));

describe('LSP code actions', () => {
  let rules: CompiledRule[];
  beforeAll(async () => {
    rules = compileRules((await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }])).rules);
  });

  it('insert a directive and nothing else, which turns off that rule on the line or in the file; a fix is the finding’s edit', () => {
    fc.assert(
      fc.property(article, fc.constantFrom('text', 'markdown') as fc.Arbitrary<'text' | 'markdown'>, (text, format) => {
        const path = format === 'markdown' ? 'a.md' : 'a.txt';
        const doc = TextDocument.create('file:///a', 'plaintext', 1, text);
        for (const f of lintSource(text, rules, path).slice(0, 4)) {
          const actions = codeActionsFor(doc, f, format);
          const applied = (title: string) => {
            const edits = actions.find((a) => (title === 'fix' ? a.isPreferred : a.title.endsWith(title)))!.edit!.changes!['file:///a'];
            return { edit: edits[0], text: TextDocument.applyEdits(doc, edits) };
          };
          for (const scope of ['for this line', 'for this file']) {
            const { edit, text: after } = applied(scope);
            const at = doc.offsetAt(edit.range.start);
            expect(edit.range.start).toEqual(edit.range.end); // an insertion
            expect(after.slice(0, at) + after.slice(at + edit.newText.length)).toBe(text);
            const line = doc.positionAt(f.offset).line;
            const left = lintSource(after, rules, path).filter((g) => g.rule === f.rule);
            if (scope === 'for this file') expect(left).toEqual([]);
            else expect(left.filter((g) => TextDocument.create('file:///b', 'plaintext', 1, after).positionAt(g.offset).line === line)).toEqual([]);
          }
          // A fix --fix skips (it would split a grapheme cluster, such as a CRLF) is not offered; any other is the edit.
          const skipped = f.fix && (splitsCluster(text, f.fix.offset) || splitsCluster(text, f.fix.offset + f.fix.length));
          if (f.fix && skipped) expect(actions.some((a) => a.isPreferred)).toBe(false);
          else if (f.fix) expect(applied('fix').text).toBe(applyEdits(text, [f.fix]).text);
        }
      }),
      { numRuns: 40 },
    );
  });
});
