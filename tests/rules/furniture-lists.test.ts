// The furniture rule on a story's own lists, written for this test (none of it from the corpus or the benchmarks): short
// lines under a sentence that ends in a colon, and names one under another, are the story's; a page's menu and tags are
// not.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';
import { compileRules, lintDocument } from '../../src/engine.js';
import { Document } from '../../src/document.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules.filter((r) => r.id === 'furniture/trailing-block'));
const flagged = (text: string) => lintDocument(new Document(text), compiled).map((f) => text.slice(f.offset, f.offset + f.length));
const lead = 'Flooding closed the coast road on Saturday, and rescue crews worked through the night to reach the farms.\n';
const close = 'The road is expected to reopen on Wednesday once engineers have checked the bridge, the council said.\n';

describe('furniture/trailing-block and a story\'s own lists', () => {
  it.each([
    ['names under a sentence ending in a colon', `${lead}Among the volunteers were three sisters:\nMarta Kowalczyk\nJoanna Kowalczyk\nEwa Kowalczyk\n${close}`],
    ['names one under another, no colon', `${lead}Halima Osei\nTobias Brandt\nInes Carvalho\n${close}`],
    ['winners with their outlets under the sentence', `${lead}The prizes for reporting went to:\nLena Fischer, Associated Press\nOmar Haddad, Reuters\n${close}`],
    ['figures drawn, in order', `${lead}The numbers drawn on Saturday were:\n1 2 3 4 5 6\n${close}`],
    ['a feature opening on its own list', `Autumn planting\nGarlic\nOnions\nBroad beans\nAll three go in before the first frost, the gardener said, and come up in spring.\n${close}`],
  ])('%s', (_name, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('still takes a menu, tags under their label, and a pager; not the article\'s own list at its end', () => {
    expect(flagged(`Home\nWorld\nPolitics\n${lead}${close}`)).toEqual(['Home', 'World', 'Politics']);
    expect(flagged(`${lead}${close}Tags:\nDrought\nFarming\nWater supply\n`)).toEqual(['Tags:', 'Drought', 'Farming', 'Water supply']);
    // The article's own list at its end, under its heading.
    expect(flagged(`${lead}${close}Ingredients\nBeef shin\nOnions\nCaraway seeds\n`)).toEqual([]);
    expect(flagged(`${lead}1 2 3 4 5\n${close}`)).toEqual(['1 2 3 4 5']);
  });
});
