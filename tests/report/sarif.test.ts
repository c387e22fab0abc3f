import { describe, expect, it } from 'vitest';
import { artifactLocation, formatSarif } from '../../src/report/sarif.js';
import type { FileResult } from '../../src/report/result.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';
import { validateSarif } from '../helpers/sarif.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);

describe('SARIF', () => {
  it('gives every rule the fullDescription and help GitHub code scanning requires, from the rule file', () => {
    const log = JSON.parse(formatSarif([], rules, '1.0.0', '/work'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const described = log.runs[0].tool.driver.rules;
    expect(described).toHaveLength(rules.length);
    for (const r of described) {
      expect(r.fullDescription.text.length, r.id).toBeGreaterThan(0);
      expect(r.help.text).toContain('Examples:');
      expect(r.help.markdown).toContain('**Examples:**');
    }
    const split = described.find((r: { id: string }) => r.id === 'attribution/split-name');
    expect(split.fullDescription.text).toMatch(/^A two-part name .* MT that reorders/);
    expect(split.help.markdown).toContain('- ✖ `“We oppose it,” said Mao. Ning, at a press conference in Beijing.` → `“We oppose it,” said Mao Ning at a press conference in Beijing.`');
  });

  it.each([
    ['/srv/news/café #1?.txt', { uri: 'file:///srv/news/caf%C3%A9%20%231%3F.txt' }],
    ['articles/50% off.txt', { uri: 'articles/50%25%20off.txt', uriBaseId: '%SRCROOT%' }],
    ['./a:b.txt', { uri: 'a%3Ab.txt', uriBaseId: '%SRCROOT%' }],
    ['../up/a.txt', { uri: '../up/a.txt', uriBaseId: '%SRCROOT%' }],
  ])('locates %j as %j', (file, location) => {
    expect(artifactLocation(file)).toEqual(location);
  });

  it('names the directory relative paths start from, and stays valid with absolute paths', () => {
    const result: FileResult = {
      path: '/srv/news/a #1.txt',
      source: 'by by',
      findings: [{ rule: 'repetition/doubled-word', severity: 'error', category: 'repetition', message: 'Doubled "by"', offset: 0, length: 5, line: 1, column: 1, endLine: 1, endColumn: 6, text: 'by by' }],
    };
    const log = JSON.parse(formatSarif([result], rules, '1.0.0', '/srv/my news'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/my%20news/' } });
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///srv/news/a%20%231.txt' });
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('offers the safe fix and then each suggestion as SARIF fixes', () => {
    const result: FileResult = {
      path: 'a.txt',
      source: 'is consi.',
      findings: [
        {
          rule: 'truncation/truncated-word', severity: 'error', category: 'truncation', message: 'Truncated', offset: 3, length: 5, line: 1, column: 4, endLine: 1, endColumn: 9, text: 'consi',
          suggestions: ['consist'], suggestionEdits: [{ offset: 3, length: 5, text: 'consist' }], suggestionRanges: [{ line: 1, column: 4, endLine: 1, endColumn: 9 }],
        },
      ],
    };
    const log = JSON.parse(formatSarif([result], rules, '1.0.0', '/srv'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].results[0].fixes).toEqual([
      {
        description: { text: 'Suggestion: replace with "consist"' },
        artifactChanges: [{ artifactLocation: { uri: 'a.txt', uriBaseId: '%SRCROOT%' }, replacements: [{ deletedRegion: { startLine: 1, startColumn: 4, endLine: 1, endColumn: 9 }, insertedContent: { text: 'consist' } }] }],
      },
    ]);
  });
});
