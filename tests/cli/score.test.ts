// --min-score and the scores in the JSON and SARIF reports, through the real binary.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

// 204 words, one doubled word (an error: 5 points): 100 − 5 × 1000 / 204 = 75.49, so 75.5.
const ARTICLE = `The summit was attended by by the leaders. ${'The talks went on. '.repeat(49)}`;

describe('quality score', () => {
  it('is reported per file and fails the run below --min-score, not at it', () => {
    const report = JSON.parse(mtlint(['--format', 'json', '-'], { input: ARTICLE }).stdout);
    expect(report.files[0]).toMatchObject({ words: 204, penalty: 5, score: 75.5 });
    expect(report.summary).toMatchObject({ files: 1, errors: 1, lowestScore: 75.5, meanScore: 75.5 });
    const sarif = JSON.parse(mtlint(['--format', 'sarif', '-'], { input: ARTICLE }).stdout);
    expect(sarif.runs[0].properties).toEqual({ lowestScore: 75.5, meanScore: 75.5, scores: [{ uri: '%3Cstdin%3E', words: 204, penalty: 5, score: 75.5 }] });
    // The finding made an info that weighs as an error: it does not fail the run by itself, so only the score decides.
    const dir = tempDir('mtlint-score-');
    writeFileSync(path.join(dir, 'mtlint.config.yaml'), 'overrides: { repetition: info }\nscoreWeights: { info: 5 }\n');
    const gate = (min: string) => mtlint(['--min-score', min, '-'], { input: ARTICLE, cwd: dir });
    expect(gate('75.5').code).toBe(0);
    expect(gate('75.6').code).toBe(1);
  });
});
