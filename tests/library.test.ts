import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, compileRules, lintText, loadRules } from '../src/index.js';

describe('library API', () => {
  it('gives suggestions as edits beside their texts', async () => {
    const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
    const text = 'The plan is consi.';
    const [f] = lintText(text, compileRules(rules.filter((r) => r.id === 'truncation/truncated-word')));
    expect(f.suggestions?.length).toBeGreaterThan(0);
    expect(f.suggestionEdits).toEqual(f.suggestions!.map((s) => ({ offset: f.offset, length: f.length, text: s })));
  });
});
