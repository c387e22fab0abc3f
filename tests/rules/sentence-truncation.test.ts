// The sentence-break and truncation rules on text written for this test (none of it from the corpus or the
// benchmarks): the artifacts they are for are flagged, and clean English that looks like them (headlines, captions,
// list items, quotations, poems, titles, short forms with a stop, colons, short replies) is not.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';
import { builtInFindings, eachPassageFlagsNothing } from '../helpers/rule.js';

const flagged = await builtInFindings('sentence/', 'truncation/');

describe('sentence and truncation rules on invented artifacts', () => {
  it.each([
    ['The ferry left the harbour at dawn On Tuesday the coastguard found it\n', 'sentence/capital-mid-sentence: On'],
    ['The water rose in the valley In Marlow, the bridge was closed\n', 'sentence/capital-mid-sentence: In'],
    ['Nobody could say how long the drought would last yet So, the town waited\n', 'sentence/capital-mid-sentence: So'],
    ['New pumps were installed last week, Thanks to them the cellar stays dry\n', 'sentence/capital-mid-sentence: Thanks'],
    ['The ministers left the hall without a word, Speaking softly, one of them later said it was over\n', 'sentence/capitalised-common-word: Speaking'],
    ['The farmer went to the market in town, and there he says he\nThe market opens at six.\n', 'sentence/cut-paragraph: he'],
    ['Officials will discuss the budget of the regional hospital during\n\nThe meeting starts on Monday.\n', 'sentence/cut-paragraph: during'],
    ['The cold spell will go on. Until the end of next week in the south.\n', 'sentence/verbless-fragment: . Until the end of next week in the south'],
  ])('%s', (text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });
});

describe('sentence and truncation rules on invented clean English', () => {
  const passages = [
    "Storm closes schools across the north as rivers rise\n\nHeavy rain fell overnight. Schools in six towns stayed shut on Monday.\n",
    "Photo: Volunteers stack sandbags outside the library in Hexham on Sunday\n\nThe river peaked at noon.\n",
    "What you need to know about the new bus fares\n\n- Fares rise on 1 May\n- Children under five travel free\n- Monthly passes keep their price\n",
    "\"We are not giving up,\" said Mr. Li. \"The factory will reopen.\"\nThe union agreed.\n",
    "The talks were postponed, said Gen. Ortiz. Gov. Hale and Sen. Marsh met later in Sacramento, Calif.\nCalifornia officials welcomed the news.\n",
    "The jury heard three witnesses:\n\nA neighbour, a postman and a nurse gave evidence.\n",
    "Asked whether she would run again, she replied: \"Maybe.\"\nHer rivals said nothing.\n",
    "I wandered by the river in the rain\nAnd watched the herons lift above the reeds\nThe town was quiet and the lamps were lit\nAnd no one asked me where I had been\n",
    "The band closed with Here Comes the Sun and Fix You, then played In Utero in full.\nFans cheered for an hour.\n",
    "Five things we learned from the budget\n\nThe chancellor raised the tax on fuel. Pensions will rise by four per cent.\n",
    "Prices of heating oil across the region went up\n\nSuppliers blamed the cold winter.\n",
    "Caption: A boy feeds ducks at the frozen pond in the park during the cold snap\n\nTemperatures fell to minus eight.\n",
    "Residents in the valley say the road has been closed for weeks. Experts say the bridge is safe. Residents disagree, and experts will inspect it again.\n",
    "Coach Young was pleased. Young said the team had earned its win, and Young will rest three players.\n",
    "The ferry from Portsmouth reached Santander at dawn. Passengers from Portsmouth said the crossing was rough.\n",
    "Trade with Russia grew last year. Russian exports of grain rose, while Iraqi oil flowed to Iraq.\nThe figures came from customs.\n",
    "He moved to Austin, Tex. Texas suited him.\nHis sister stayed in Boston, Mass. Massachusetts winters are long.\n",
    "Yes.\nNo, thank you.\nWhy not?\nBecause it is late.\n",
    "The recipe calls for:\n\nflour, eggs, milk and a pinch of salt.\n",
    "Schedule for Saturday\n09:00 Registration\n10:00 Opening talk by the mayor\n11:30 Walk along the river\n",
    "She sang All I Want Is You and You Were Always on My Mind, and the hall fell silent.\n",
    "Chapter One\n\nIt was a bright cold day in April, and the clocks were striking twelve.\n",
    "\"Thanks to you, we won,\" the captain told the crowd. So, what happens now? Nobody knows.\n",
    "The minister said the plan would work. On Tuesday, the cabinet met again. In Leeds, protesters gathered outside the town hall.\n",
    "Vote Leave? Vote Remain? Read our guide\n\nThe referendum takes place on Thursday.\n",
    "The museum reopened on Friday after a year of repairs. Visitors queued around the block.\nThe museum's director said it was \"a joy\" to welcome them back.\n",
    "Facebook renamed itself Meta.\nMetaverses, it said, are the future.\n",
    "The novel follows a family in Dublin during the war\nIt was shortlisted for the prize in 2019.\n",
    "Temperatures will stay high until the weekend. Until then, drink water often.\n",
    "He asked if he could go. She said that he could\nThe door closed.\n",
  ];
  eachPassageFlagsNothing(passages, flagged);
});

describe('sentence/cut-paragraph and sentence/rest-on-next-line', () => {
  // cut-paragraph leaves to rest-on-next-line a rest in capitals on the next line, by a lookahead that repeats that
  // rule's cut words and its rest: the two copies must stay the same, or a break is reported twice or not at all.
  it('share the cut words and the shape of the rest', async () => {
    const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
    const patternOf = (id: string) => rules.find((r) => r.id === id)!.options.pattern as string;
    const rest = patternOf('sentence/rest-on-next-line');
    const cut = patternOf('sentence/cut-paragraph');
    const words = /\(\?<cut>([^)]+)\)/.exec(rest)![1];
    const shape = /\(\?<rest>(.+)\)\(\?=\\\.\[/.exec(rest)![1];
    expect(cut).toContain(`(?!(?<=\\b(?:${words})[^\\S\\n]*\\r?\\n)(?:[^\\S\\n]*\\r?\\n)*[^\\S\\n]*${shape}\\.[^\\S\\n]*(?:\\r?\\n|$))`);
    for (const text of ['This is reported by the NPF with reference to\nMinister Dmitry Kuleba.\n', 'The figures came in a report by\n\nThe Wall Street Journal.\n']) {
      expect(flagged(text).filter((f) => f.startsWith('sentence/cut-paragraph') || f.startsWith('sentence/rest-on-next-line'))).toHaveLength(1);
    }
  });
});
