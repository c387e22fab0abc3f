import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: split-name\ndescription: d\nmessage: 'Name "{1}" split around "{2}"'\nverbs: [said, told, added]\nprepositions: [at, on, in, during]\ncontinuations: [adding]\nmaxTrailingWords: 8`);
const fixed = (text: string) => applyEdits(text, lint(rule, text).map((f) => f.fix!)).text;

describe('split-name kind', () => {
  it('rejoins a name split after the verb, moving the displaced phrase back', () => {
    expect(fixed('“Yes,” spokeswoman Mao said. Ning, at a press conference, on Monday.')).toBe('“Yes,” spokeswoman Mao Ning said at a press conference on Monday.');
  });

  it('rejoins a name split when the verb comes first', () => {
    expect(fixed('“Yes,” said Mao. Ning, at a press conference.')).toBe('“Yes,” said Mao Ning at a press conference.');
    expect(fixed('It works, said the spokesman Wang. Wenbin.')).toBe('It works, said the spokesman Wang Wenbin.');
  });

  it('finds a second half before a displaced phrase without a comma, or before the attribution going on', () => {
    expect(fixed('“Yes,” spokesman Wang said. Wenbin at a press conference.')).toBe('“Yes,” spokesman Wang Wenbin said at a press conference.');
    expect(fixed('“Yes,” said Wang. Wenbin, adding that the talks would go on.')).toBe('“Yes,” said Wang Wenbin, adding that the talks would go on.');
  });

  it('takes a second half seen only after splits as stranded, however often', () => {
    const text = '“Yes,” Wang said. Wenbin, at a briefing. “No,” said Wang. Wenbin, adding that it was over.';
    expect(flagged(rule, text)).toEqual(['Wang said. Wenbin', 'said Wang. Wenbin']);
    // Also a word of its own elsewhere (`Wenbin left.`, a surname used alone): a displaced phrase is then no evidence,
    // but a participle running to the end still is (`Wenbin, adding that it was over.` has no verb of its own), and so
    // is a comma and a verbless phrase after a role (`spokesman Wang said. Wenbin, at a briefing.`).
    expect(flagged(rule, `${text} Wenbin left.`)).toEqual(['said Wang. Wenbin']);
    const withTitles = ruleFrom(`kind: split-name\ndescription: d\nmessage: m\nverbs: [said]\nprepositions: [at, on, in]\ntitles: [spokesman]`);
    expect(flagged(withTitles, '“Yes,” spokesman Wang said. Wenbin, at a briefing. Wenbin left.')).toEqual(['Wang said. Wenbin']);
    // A verb after the phrase makes it a sentence of its own; without a role, a surname may start the next sentence.
    expect(flagged(withTitles, '“Yes,” spokesman Wang said. Wenbin, at a briefing, disagreed. Wenbin left.')).toEqual([]);
    expect(flagged(rule, '“It is time,” Biden said. Harris at the same event struck a different tone. Harris left.')).toEqual([]);
    // The role may stand between the verb and the first half, however long (`the Minister of the Interior`).
    const roles = ruleFrom(`kind: split-name\ndescription: d\nmessage: m\nverbs: [declared]\nprepositions: [on, at]\ntitles: [minister]`);
    expect(flagged(roles, '“No,” declared the Minister of the Interior Gérald. Darmanin, on the site of the attack. Tags: Darmanin')).toEqual(['declared the Minister of the Interior Gérald. Darmanin']);
  });

  it('rejoins a name before what goes on with the attribution: nothing, a doubled comma, that, an object', () => {
    expect(flagged(rule, 'It is done, said Alexey. Shilo.\nShilo left.')).toEqual(['said Alexey. Shilo']);
    expect(flagged(rule, 'Minister Arvydas said. Anusauskas, that it is done.')).toEqual(['Arvydas said. Anusauskas']);
    expect(flagged(rule, '“It is over,” Putin said. Zelensky, speaking in Kyiv, disagreed.')).toEqual([]);
  });

  it('is confident when the document writes the whole name elsewhere, but then only suggests', () => {
    const [f, ...rest] = lint(rule, 'Mao Ning spoke. “Yes,” said Mao. Ning, the spokeswoman, in Beijing.');
    expect(rest).toEqual([]);
    expect(f.fix).toBeUndefined();
    expect(f.suggestions).toEqual(['said Mao Ning, the spokeswoman, in Beijing']); // an apposition keeps its commas
  });

  it('takes a name that is also a word when the document writes the whole name elsewhere', () => {
    expect(fixed('Neil Young arrived. “Yes,” said Neil. Young, at a press conference.')).toBe('Neil Young arrived. “Yes,” said Neil Young at a press conference.');
    expect(flagged(rule, '“Yes,” said Neil. Young, at a press conference.')).toEqual([]); // `young` is a common word: no evidence
  });

  it('finds the whole name alike by searching the text and, past a few candidates, by gathering its names', () => {
    const split = '“Yes,” said Neil. Young, at a press conference. ';
    expect(flagged(rule, `Neil Young spoke. ${split.repeat(20)}`)).toHaveLength(20);
    expect(flagged(rule, `Neil Youngstown spoke. ${split.repeat(20)}`)).toEqual([]); // no whole name: Youngstown goes on
  });

  it('only suggests when the rest of the sentence is too long to rejoin safely', () => {
    const [f] = lint(rule, '“Yes,” said Mao. Ning, at a press conference in the capital of the country on a cold Monday.');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions?.[0]).toContain('said Mao Ning at a press conference');
  });

  it('takes a second half that is a rare English word (`Macron`), and one before `that` going on with what was said', () => {
    expect(flagged(rule, 'The cause is unknown. Emmanuel said. Macron, at the summit.')).toEqual(['Emmanuel said. Macron']);
    expect(flagged(rule, 'It will be hard. Luis told. Arce, that meanwhile, only yachts sell.')).toEqual(['Luis told. Arce']);
    expect(flagged(rule, 'Kong added. Xuanyou that in the off-season, he and the ace were traded.')).toEqual(['Kong added. Xuanyou']);
    // A common word starts the next sentence; `that day` is its adverbial.
    expect(flagged(rule, 'Smith said. Young, at 23, was the youngest. Trump said. Biden that day was in Delaware.')).toEqual([]);
  });

  it('takes a half before an apposition alone, the object of `told` and `that`, and `According to` with a title', () => {
    const more = ruleFrom(`kind: split-name\ndescription: d\nmessage: 'Name "{1}" split around "{2}"'\nverbs: [said, told, added, according to, According to]\nobjectVerbs: [told]\nprepositions: [at, on, in, during, when]\ntitles: [leader]\nmaxTrailingWords: 8`);
    expect(flagged(more, 'It was allowed to pass,” added Kyrylo. Budanov, the head of the committee.')).toEqual(['added Kyrylo. Budanov']);
    expect(flagged(more, 'Minister Hun told. Manet, reporters that the talks went well.')).toEqual(['Hun told. Manet']);
    expect(flagged(more, 'According to party leader Sun. Weidong, she said the step was big.')).toEqual(['According to party leader Sun. Weidong']);
    expect(flagged(more, 'According to Daisuke. Nakamura, when you run in the heat, your heart works harder.')).toEqual(['According to Daisuke. Nakamura']);
    // An apposition that goes on to a verb is a sentence's subject.
    expect(flagged(more, '“No,” added Kyrylo. Budanov, the head of the committee said nothing.')).toEqual([]);
  });

  it('takes a first half after a title\'s abbreviation (`said Mr. Tran. Phuoc Hien, head of…`)', () => {
    expect(flagged(rule, 'The water rose, said Mr. Tran. Phuoc Hien, at the district office.')).toEqual(['said Mr. Tran. Phuoc Hien']);
    expect(flagged(rule, '“Yes,” said Mr. Wang. The minister left.')).toEqual([]);
  });

  it('leaves ordinary sentences alone', () => {
    const text = '“Go,” said Smith. However, it failed. “No,” Putin said. Zelensky, who met Putin, left. Zelensky spoke.';
    expect(flagged(rule, text)).toEqual([]);
  });
});
