import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { formatStylish } from '../src/report/stylish.js';
import { DEFAULT_WEIGHTS, scoreDocument, scoreSummary } from '../src/score.js';
import { SEVERITIES, type Severity } from '../src/types.js';
import { tempDir } from './helpers/temp.js';

const of = (...severities: Severity[]) => severities.map((severity) => ({ severity }));

describe('scoreDocument', () => {
  it('is 100 minus the penalty points per 1,000 words, one decimal, never below 0', () => {
    expect(scoreDocument([], 500)).toEqual({ words: 500, penalty: 0, score: 100 });
    // One error (5 points) in 1,000 words: 95; a warning (1) and an info (0) in 300 words: 100 − 3.33.
    expect(scoreDocument(of('error'), 1000).score).toBe(95);
    expect(scoreDocument(of('warning', 'info'), 300)).toEqual({ words: 300, penalty: 1, score: 96.7 });
    expect(scoreDocument(of('error', 'error', 'error'), 1000).score).toBe(85);
    expect(scoreDocument(of(...Array<Severity>(30).fill('error')), 100).score).toBe(0);
  });

  it('counts an empty document as one word', () => {
    expect(scoreDocument([], 0).score).toBe(100);
    expect(scoreDocument(of('warning'), 0).score).toBe(0);
  });

  it('uses the weights given', () => {
    expect(scoreDocument(of('info', 'info'), 1000, { error: 5, warning: 1, info: 0.5 }).score).toBe(99);
    expect(scoreDocument(of('error'), 1000, { ...DEFAULT_WEIGHTS, error: 10 }).penalty).toBe(10);
  });

  it('never rises when a finding is added, for any non-negative weights', () => {
    const severity = fc.constantFrom(...SEVERITIES);
    const weight = fc.double({ min: 0, max: 50, noNaN: true });
    fc.assert(
      fc.property(fc.array(severity), severity, fc.nat(20_000), fc.record({ error: weight, warning: weight, info: weight }), (findings, added, words, weights) => {
        const before = scoreDocument(of(...findings), words, weights).score;
        const after = scoreDocument(of(...findings, added), words, weights).score;
        expect(after).toBeLessThanOrEqual(before);
        expect(after).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('scoreSummary', () => {
  it('gives the lowest score with its document, and the mean', () => {
    const files = [
      { path: 'a.txt', score: scoreDocument([], 10) },
      { path: 'b.txt', score: scoreDocument(of('error'), 1000) },
      { path: 'c.txt', score: scoreDocument(of('error'), 1000) },
      { path: 'unscored.txt' },
    ];
    expect(scoreSummary(files)).toEqual({ lowest: 95, lowestPath: 'b.txt', mean: 96.7 });
    expect(scoreSummary([])).toBeUndefined();
  });

  it('is in the stylish summary when there are problems', () => {
    const finding = { rule: 'r/x', severity: 'error' as const, category: 'r', message: 'm', offset: 0, length: 1, line: 1, column: 1, endLine: 1, endColumn: 2, text: 'a' };
    const out = [...formatStylish([{ path: 'a.txt', source: 'a b', findings: [finding], score: scoreDocument([finding], 2) }], false)].join('');
    expect(out).toContain('quality score: lowest 0 (a.txt), mean 0 of 100\n✖ 1 problem');
  });
});

describe('config', () => {
  const configWith = (yaml: string) => {
    const file = path.join(tempDir('mtlint-score-'), 'mtlint.config.yaml');
    writeFileSync(file, yaml);
    return loadConfig(file);
  };

  it('reads scoreWeights (defaults for the severities left out) and minScore', () => {
    const config = configWith('scoreWeights: { error: 10, info: 0.5 }\nminScore: 92.5\n');
    expect(config.problems).toEqual([]);
    expect(config.scoreWeights).toEqual({ error: 10, warning: 1, info: 0.5 });
    expect(config.minScore).toBe(92.5);
    expect(configWith('failOn: error\n').scoreWeights).toEqual(DEFAULT_WEIGHTS);
  });

  it('reports bad weights and thresholds with their positions', () => {
    const config = configWith('scoreWeights:\n  eror: 5\n  warning: -1\n  info: many\nminScore: 120\n');
    expect(config.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '2:3: unknown severity "eror" in "scoreWeights" (did you mean "error"?); severities: error, warning, info',
      '3:12: "scoreWeights.warning" must be a number of penalty points, at least 0, not -1',
      '4:9: "scoreWeights.info" must be a number of penalty points, at least 0, not "many"',
      '5:11: "minScore" must be a number from 0 to 100, not 120',
    ]);
    expect(configWith('scoreWeights: 5\n').problems[0].message).toBe('"scoreWeights" must map severities (error, warning, info) to penalty points');
  });
});
