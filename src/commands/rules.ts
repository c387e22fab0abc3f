// `mtlint rules list|explain|test`: what rules there are, what one does, and whether their examples hold.
import { Chalk } from 'chalk';
import { diffWordsWithSpace } from 'diff';
import { KINDS } from '../checks/index.js';
import { UsageError } from '../errors.js';
import type { ExampleReport } from './examples.js';
import { didYouMean } from '../did-you-mean.js';
import type { Rule } from '../types.js';

/** The stable JSON of `rules list --format json` (version 1). */
export function listRulesJson(rules: Rule[]): string {
  const list = rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    severity: r.severity,
    category: r.category,
    fixable: KINDS.get(r.kind)!.fixable(r),
    description: r.description,
    builtIn: r.builtIn,
    file: r.file,
  }));
  return `${JSON.stringify({ version: 1, rules: list }, null, 2)}\n`;
}

export function listRulesText(rules: Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const rows = rules.map((r) => {
    const fixable = KINDS.get(r.kind)!.fixable(r) ? 'fix' : '   ';
    const origin = r.builtIn ? '' : `  (${r.file})`;
    return `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${fixable}  ${r.description}${origin}`;
  });
  return `${rows.join('\n')}\n${rules.length} rules\n`;
}

export function findRule(rules: Rule[], id: string): Rule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"${didYouMean(id, rules.map((r) => r.id))}`);
  return rule;
}

export function explainRule(rule: Rule): string {
  const kind = KINDS.get(rule.kind)!;
  const lines = [
    `${rule.id}  (${rule.severity}, ${rule.category}, kind ${rule.kind}${kind.fixable(rule) ? ', fixable' : ''})`,
    '',
    rule.description,
    ...(rule.why ? ['', `Why: ${rule.why}`] : []),
    '',
    `Message: ${rule.message}`,
    '',
    'Examples:',
    ...rule.examples.map((e) =>
      e.bad !== undefined
        ? `  ✖ ${JSON.stringify(e.bad)}${e.fixed !== undefined ? `\n    → ${JSON.stringify(e.fixed)}` : '  (no automatic fix)'}`
        : `  ✔ ${JSON.stringify(e.good)}`,
    ),
    '',
    'Options:',
    ...Object.entries(kind.fields).map(([key, field]) => {
      const value = rule.options[key] ?? field.default;
      return `  ${key}: ${value === undefined ? '(not set)' : JSON.stringify(value)}\n      ${field.description}`;
    }),
    '',
    `Defined in ${rule.file}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Failures as a person reads them: where, what went wrong, and expected against actual, word by word. */
export function formatExampleReport(report: ExampleReport, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const f of report.failures) {
    out.push(`${c.red('✖')} ${f.rule} ${c.dim(`(${f.file}:${f.line})`)}: ${f.problem}`);
    if (f.expected !== undefined && f.actual !== undefined) {
      out.push(`    ${c.green('- expected:')} ${f.expected}`, `    ${c.red('+ actual:  ')} ${f.actual}`);
      if (f.comparable) {
        const parts = diffWordsWithSpace(f.expected, f.actual);
        out.push(`    ${c.dim('  diff:    ')} ${parts.map((p) => (p.added ? c.red(`{+${p.value}+}`) : p.removed ? c.green(`[-${p.value}-]`) : p.value)).join('')}`);
      }
    }
  }
  const ok = report.failures.length === 0;
  out.push(`${ok ? c.green('✔') : c.red('✖')} ${report.rules} rule${report.rules === 1 ? '' : 's'}, ${report.examples} example${report.examples === 1 ? '' : 's'}, ${report.failures.length} failure${report.failures.length === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
