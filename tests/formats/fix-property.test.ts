// Property tests: in every input format, --fix edits prose only. Files are built from parts known to be prose or
// markup (code, tags, entities, escapes, placeholders, the source side); every pass of lint → fix must leave each
// markup part's bytes as they were, except furniture elements, which go whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, lintSource } from '../../src/engine.js';
import type { InputFormat } from '../../src/formats/index.js';
import { MAX_FIX_PASSES, applyEdits } from '../../src/fix.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules);

// A link's brackets and address are markup that a furniture line may take with it, whole (the link goes with its line).
type Kind = 'prose' | 'markup' | 'removable' | 'link';
type Part = [Kind, string];

const WORDS = ['the', 'minister', 'said', 'talks', 'Beijing', 'will', 'continue', 'on', 'Monday', 'and', 'trade', 'by', 'with', 'of'];
// Artifacts MT leaves, with no character any of the formats escapes.
const ARTIFACTS = ['by by', 'the the', ' ,', 'said.The', 'anti -corruption', ',,', 'Mr.Smith', 'security. as well as', 'Share this:'];
const sentence = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...ARTIFACTS) }), { minLength: 1, maxLength: 10 })
  .map((words) => `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const prose = (text: string): Part => ['prose', text];
const markup = (text: string): Part => ['markup', text];

const markdown = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        sentence.map((s) => [prose(s)]),
        sentence.map((s) => [prose(`${s} See `), markup('`a ,b`'), prose(' and ')]),
        sentence.map((s) => [['link', '['] as Part, prose(s), ['link', '](https://x.org/a,,b "by by")'] as Part]),
        fc.constant([markup('```\nby by ,x\n```')]),
        fc.constant([markup('    the the ,x')]),
        fc.constant([markup('<div>\nby by ,x\n</div>')]),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([front, blocks]) => [...(front ? [markup('---\ntitle: by by ,x\n---\n\n')] : []), ...blocks.flatMap((b, k) => (k ? [prose('\n\n'), ...b] : b)), prose('\n')]);

const html = fc
  .array(
    fc.oneof(
      sentence.map((s) => [markup('<p>'), prose(s), markup('</p>\n')]),
      fc.tuple(sentence, sentence).map(([a, b]) => [markup('<p>'), prose(`${a} `), markup('<em>'), prose(b), markup('</em>'), prose(' and '), markup('&amp;'), prose(' more.'), markup('</p>\n')]),
      fc.constant([markup('<pre>by by ,x</pre>\n')]),
      fc.constant([markup('<script>var a = "by by ,x";</script>\n')]),
      fc.constant([markup('<!-- by by ,x -->\n')]),
      fc.constant([['removable', '<nav><a href="/">Home</a> by by ,x</nav>\n'] as Part]),
      fc.constant([['removable', '<div class="share-bar"><a href="#">Share this:</a></div>\n'] as Part]),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((blocks) => [markup('<html><body>\n'), ...blocks.flat(), markup('</body></html>\n')]);

const xliff = fc
  .array(fc.tuple(sentence, sentence, fc.boolean()), { minLength: 1, maxLength: 5 })
  .map((units) => [
    markup('<?xml version="1.0"?>\n<xliff version="1.2"><file><body>\n'),
    ...units.flatMap(([source, target, withCode], k): Part[] => [
      markup(`<trans-unit id="${k}"><source>${source} by by ,x</source>\n<target>`),
      prose(target),
      ...(withCode ? [markup('<x id="1"/>'), prose(' then '), markup('<g id="2">'), prose(target), markup('</g>'), prose(' '), markup('%s'), prose(' end.')] : []),
      markup('</target></trans-unit>\n'),
    ]),
    markup('</body></file></xliff>\n'),
  ]);

const po = fc
  .array(fc.tuple(sentence, sentence, sentence), { minLength: 1, maxLength: 5 })
  .map((entries) => [
    markup('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'),
    ...entries.flatMap(([source, a, b]): Part[] => [
      markup(`msgid "${source} by by ,x"\nmsgstr "`),
      prose(`${a} `),
      markup('\\"'),
      prose('quoted'),
      markup('\\"'),
      prose(' '),
      markup('%1$s'),
      markup('"\n"'),
      prose(` ${b}`),
      markup('"\n\n'),
    ]),
  ]);

const cues = (vtt: boolean) =>
  fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 5 }).map((list) => [
    ...(vtt ? [markup('WEBVTT\n\nNOTE by by ,x\n\n')] : []),
    ...list.flatMap(([a, b], k): Part[] => [
      markup(vtt ? `00:00:0${k}.000 --> 00:00:0${k}.900\n` : `${k + 1}\n00:00:0${k},000 --> 00:00:0${k},900\n`),
      markup('<i>'),
      prose(a),
      markup('</i>'),
      prose(`\n${b}`),
      markup('\n\n'),
    ]),
  ]);

/** Lint and fix pass after pass as --fix does, checking that each pass keeps every markup part's bytes. */
function checkFixes(parts: Part[], format: InputFormat): number {
  let ranges = parts.reduce<{ kind: Kind; text: string; start: number }[]>((list, [kind, text]) => {
    const start = list.length ? list[list.length - 1].start + list[list.length - 1].text.length : 0;
    return [...list, { kind, text, start }];
  }, []);
  let text = parts.map(([, t]) => t).join('');
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = lintSource(text, compiled, 'file', format).flatMap((f) => (f.fix ? [f.fix] : []));
    const { text: next, applied } = applyEdits(text, edits);
    if (!applied.length || next === text) break;
    const removed = new Set<number>();
    for (const edit of applied) {
      ranges.forEach((r, k) => {
        if (r.kind === 'prose') return;
        const end = r.start + r.text.length;
        const overlaps = edit.offset < end && edit.offset + edit.length > r.start;
        const insideMarkup = edit.length === 0 && edit.offset > r.start && edit.offset < end;
        if (r.kind === 'removable' && edit.offset === r.start && edit.length === r.text.length && edit.text === '') removed.add(k);
        else if (r.kind === 'link' && edit.text === '' && edit.offset <= r.start && end <= edit.offset + edit.length) removed.add(k);
        else expect(overlaps || insideMarkup, `edit ${JSON.stringify(edit)} touches ${JSON.stringify(r.text)} in ${JSON.stringify(text)}`).toBe(false);
      });
    }
    // A link goes whole or stays: its opening and closing markup are removed together.
    expect([...removed].filter((k) => ranges[k].kind === 'link').length % 2).toBe(0);
    // Where each part stands now: moved by the edits before it.
    ranges = ranges
      .filter((_, k) => !removed.has(k))
      .map((r) => ({ ...r, start: r.start + applied.filter((e) => e.offset + e.length <= r.start).reduce((d, e) => d + e.text.length - e.length, 0) }));
    for (const r of ranges) if (r.kind !== 'prose') expect(next.slice(r.start, r.start + r.text.length)).toBe(r.text);
    text = next;
    fixed += applied.length;
  }
  return fixed;
}

describe.each([
  ['markdown', markdown],
  ['html', html],
  ['xliff', xliff],
  ['po', po],
  ['srt', cues(false)],
  ['vtt', cues(true)],
] as [InputFormat, fc.Arbitrary<Part[]>][])('--fix on %s', (format, files) => {
  it('changes prose only: every byte of markup, code and the source side stays, furniture goes whole', () => {
    let fixes = 0;
    fc.assert(
      fc.property(files, (parts) => {
        fixes += checkFixes(parts, format);
      }),
      { numRuns: 80 },
    );
    // Not vacuous: the artifacts in the prose were fixed.
    expect(fixes).toBeGreaterThan(25);
  });
});

describe('--fix on markdown: a furniture line that is a link', () => {
  it('goes whole, link and all, and the other links stay byte for byte (a case the property found)', () => {
    const text = '[Share this: Share this: the.](https://x.org/a,,b "by by")\n\n[The.](https://x.org/a,,b "by by")\n';
    const edits = lintSource(text, compiled, 'file', 'markdown').flatMap((f) => (f.fix ? [f.fix] : []));
    expect(applyEdits(text, edits).text).toBe('[The.](https://x.org/a,,b "by by")\n');
  });
});
