import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: repeated-sentence\ndescription: d\nmessage: '{1}: {0}'\nminWords: 8\nmaxShownChars: 20\nabbreviations: [St, Mr]\nsentenceOpeners: [the, q]`);
const TEASER = 'The minister warned the senate speaker over the visit to Taiwan, saying he will pay a heavy price!';
const BODY = 'The minister warned the senate speaker over the visit to Taiwan, and he will pay a heavy price!';

describe('repeated-sentence kind', () => {
  it('reports a sentence whose word pairs are mostly those of one above it, naming that one’s line', () => {
    const text = `${TEASER}\nCover News\n${BODY} He spoke in Berlin on Monday.\n`;
    expect(flagged(rule, text)).toEqual([BODY]);
    expect(lint(rule, text)[0].message).toBe('1: The minister warned…');
  });

  it('compares sentences inside paragraphs, not only whole lines, and keeps St. Petersburg in one sentence', () => {
    const text = `Officials met. ${TEASER} Talks went on.\nThe parade in honour of the navy was held in St. Petersburg on the morning of Sunday.\nThe parade in honour of the navy was held in St. Petersburg on Sunday morning.`;
    expect(flagged(rule, text)).toEqual(['The parade in honour of the navy was held in St. Petersburg on Sunday morning.']);
  });

  it('leaves alone short sentences, headlines without a stop, whole lines repeated word for word and rewordings', () => {
    expect(flagged(rule, 'The talks went on today.\nThe talks went on today.')).toEqual([]);
    expect(flagged(rule, 'Minister warns senate speaker over the visit to Taiwan on Monday\nThe minister warned the senate speaker over the visit to Taiwan on Monday.')).toEqual([]);
    expect(flagged(rule, `${TEASER}\n${TEASER}`)).toEqual([]); // repeated-line's to report
    expect(flagged(rule, `${TEASER}\nA heavy price awaits the speaker for the Taiwan visit, the minister said on a trip to Berlin.`)).toEqual([]);
  });

  it('with firstLines, takes first copies only from the top of the page, and with maxDistance only lines close by', () => {
    const top = ruleFrom(`kind: repeated-sentence\ndescription: d\nmessage: m\nminWords: 8\nfirstLines: 2`);
    const filler = 'Filler line.\n'.repeat(3);
    expect(flagged(top, `Headline\n${TEASER}\n${filler}${BODY}`)).toEqual([BODY]);
    expect(flagged(top, `Headline\nStandfirst\n${TEASER}\n${filler}${BODY}`)).toEqual([]);
    const near = ruleFrom(`kind: repeated-sentence\ndescription: d\nmessage: m\nminWords: 8\nmaxDistance: 2`);
    expect(flagged(near, `${TEASER}\n${filler}${BODY}`)).toEqual([]);
  });

  it('ends sentences after names of three letters or fewer but not after short forms, and starts a span at its quote', () => {
    const text = 'The minister met Chinese leader Xi in Beijing on a trip to see Xi. It rained.\n“The minister met Chinese leader Xi in Beijing on his trip to see Xi.” Talks went on.';
    expect(flagged(rule, text)).toEqual(['“The minister met Chinese leader Xi in Beijing on his trip to see Xi.”']);
    expect(flagged(rule, 'The parade was held in St. Petersburg. Crowds of people watched the ships sail past the old port.')).toEqual([]);
  });

  it('leaves alone parallel sentences that name other people or figures, and questions', () => {
    expect(flagged(rule, 'Amazon did not immediately respond to a request for comment on Monday evening.\nGoogle did not immediately respond to a request for comment on Monday evening.')).toEqual([]);
    expect(flagged(rule, 'Q: Do I need a visa to visit the country for less than 90 days?\nA: No.\nQ: Do I need a visa to visit the country for more than 90 days?\nA: Yes.')).toEqual([]);
    expect(flagged(rule, 'The first suspect, a 34-year-old man from Leeds, was arrested at his home.\nThe second suspect, a 29-year-old man from Bradford, was arrested at his home.')).toEqual([]);
  });

  it('takes minSimilarity as the least share of word pairs, whatever line the copy stands on', () => {
    const loose = ruleFrom(`kind: repeated-sentence\ndescription: d\nmessage: m\nminWords: 8\nminSimilarity: 60`);
    const first = 'The council voted on Monday to close the old bridge to all traffic.';
    const longer = 'The council voted on Monday to close the old bridge to all traffic until repairs end next spring, the mayor said.';
    expect(flagged(rule, `${first}\n${longer}`)).toEqual([]); // 80 %: too few pairs shared
    expect(flagged(loose, `${first}\n${longer}`)).toEqual([longer]);
    expect(flagged(loose, `${first}\nFiller line.\nFiller line.\n${longer}`)).toEqual([longer]);
  });
});
