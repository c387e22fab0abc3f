// Run the `examples:` of rules: each bad text flagged exactly once (at its span, with its fix), each good text never.
import { Document } from '../document.js';
import { compileRules, lintDocument, lintSource } from '../engine.js';
import type { InputFormat } from '../formats/index.js';
import { applyEdits } from '../fix.js';
import type { Rule, RuleExample } from '../types.js';

export interface ExampleFailure {
  rule: string;
  file: string;
  line: number;
  problem: string;
  expected?: string;
  actual?: string;
  /** Expected and actual are two versions of one text, worth a word-by-word diff. */
  comparable?: boolean;
}

export interface ExampleReport {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

export function testRuleExamples(rules: Rule[]): ExampleReport {
  const failures: ExampleFailure[] = [];
  let examples = 0;
  for (const rule of rules) {
    const fail = (line: number, problem: string, expected?: string, actual?: string, comparable = false) =>
      failures.push({ rule: rule.id, file: rule.file, line, problem, expected, actual, comparable });
    if (!rule.examples.some((e) => e.bad !== undefined) || !rule.examples.some((e) => e.good !== undefined)) {
      fail(1, 'a rule needs at least one bad and one good example');
    }
    const [compiled] = compileRules([rule]);
    for (const example of rule.examples) {
      examples++;
      const text = example.bad ?? example.good ?? '';
      // An example in a format (or with an original) is read as such a file would be; plain text as the rules see it.
      const original = example.original === undefined ? undefined : { path: 'original', text: example.original };
      const findings =
        example.format || original
          ? lintSource(text, [compiled], rule.file, (example.format ?? 'text') as InputFormat, { original })
          : lintDocument(new Document(text, rule.file), [compiled]);
      if (example.good !== undefined) {
        if (findings.length) fail(example.line, 'good example was flagged', 'no finding', findings.map((f) => JSON.stringify(text.slice(f.offset, f.offset + f.length))).join(', '));
        continue;
      }
      if (findings.length !== 1) {
        fail(example.line, `bad example gave ${findings.length} findings`, '1 finding', findings.map((f) => JSON.stringify(text.slice(f.offset, f.offset + f.length))).join(', ') || 'none');
        continue;
      }
      checkBad(example, findings[0], text, fail);
    }
  }
  return { rules: rules.length, examples, failures };
}

type Fail = (line: number, problem: string, expected?: string, actual?: string, comparable?: boolean) => void;

function checkBad(example: RuleExample, finding: { offset: number; length: number; fix?: { offset: number; length: number; text: string }; suggestions?: string[] }, text: string, fail: Fail): void {
  const flagged = text.slice(finding.offset, finding.offset + finding.length);
  if (example.span !== undefined && flagged !== example.span) {
    fail(example.line, 'flagged the wrong span', example.span, flagged, true);
  }
  if (example.fixed === undefined) {
    if (finding.fix) fail(example.line, 'the finding has a fix but the example expects none', text, applyEdits(text, [finding.fix]).text);
  } else if (example.fixed === text) {
    fail(example.line, '"fixed" equals "bad": the example tests nothing');
  } else if (!finding.fix) {
    fail(example.line, 'the finding has no fix', example.fixed, text);
  } else {
    const actual = applyEdits(text, [finding.fix]).text;
    if (actual !== example.fixed) fail(example.line, 'the fix gives a different text', example.fixed, actual, true);
  }
  if (example.suggest !== undefined && finding.suggestions?.[0] !== example.suggest) {
    fail(example.line, 'a different first suggestion', example.suggest, finding.suggestions?.[0] ?? 'none', true);
  }
}
