import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: 'Truncated "{0}"'\nshortWords: [a, i, an, as, at, be, by, do, go, he, if, in, is, it, me, my, no, of, on, or, so, to, up, us, we]\nexceptions: [etc]`);

describe('truncated-word kind', () => {
  it('flags fragments before a closing quote of a long quotation', () => {
    expect(flagged(rule, 'relations “have maintained a dynamic of healthy development and are vel”, said Mao.')).toEqual(['vel']);
    expect(flagged(rule, '“will not be reversed by their obstruction o”, said Zhou.')).toEqual(['o']);
  });

  it('flags a fragment ending a hyphenated compound, but not after short prefixes', () => {
    expect(flagged(rule, 'it was “the most expensive and politically-bi”, the text says.')).toEqual(['bi']);
    expect(flagged(rule, 'They run a food co-op.\nThey said “we have five new e-bi”, oddly.')).toEqual([]);
  });

  it('flags a fragment before the full stop that ends a quotation, and a sentence cut after a closed-class word there', () => {
    const cut = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\nneverFinal: [the]`);
    expect(flagged(cut, '“The two sides will jointly safeguard regional peace and conti.” he said.')).toEqual(['conti']);
    expect(flagged(cut, '“They will jointly safeguard peace in all of the.” he said.')).toEqual(['the']);
    expect(flagged(cut, '“They will jointly safeguard peace and stability.” He left.')).toEqual([]);
  });

  it('flags a fragment at a bare line end only in a paragraph before another or at the text\'s end, not in headings or wrapped lines', () => {
    const lineEnd = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: 'Truncated "{0}"'\ncontexts: [line-end]\nshortWords: [a, an, in, of, to]`);
    const long = 'The minister said the talks would resume after the holiday, but the deci';
    expect(flagged(lineEnd, `${long}\nThe ministers met again.\n`)).toEqual(['deci']);
    expect(flagged(lineEnd, `${long}\r\nThe ministers met again.\r\n`)).toEqual(['deci']);
    expect(flagged(lineEnd, `${long}\n\nThe ministers met again.\n`)).toEqual(['deci']);
    expect(flagged(lineEnd, 'Talks resume after the deci\nThe ministers met again.\n')).toEqual([]); // a heading's few words
    expect(flagged(lineEnd, `${long}\nsion was taken on Monday.\n`)).toEqual([]); // a wrapped line goes on in lower case
    expect(flagged(lineEnd, long)).toEqual(['deci']); // a file with no newline at its end: its last line ends there
    expect(flagged(lineEnd, 'The minister said the talks would resume after the holiday, but the decision')).toEqual([]);
    expect(flagged(lineEnd, 'Talks resume after the deci')).toEqual([]); // a heading's few words
  });

  it('flags fragments before the full stop ending a line', () => {
    expect(flagged(rule, 'He said the government is consi.\nNext line.')).toEqual(['consi']);
  });

  it('takes a word whose only longer form in the text is an inflection of it as whole', () => {
    expect(flagged(rule, 'Fintechs grew. They invest in online teaching and fintech.\nNext line.')).toEqual([]);
    expect(flagged(rule, 'Fintechnology grew. They invest in online teaching and fintech.\nNext line.')).toEqual(['fintech']);
    const rare = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\nshortWordMaxTier: 10`);
    expect(flagged(rare, 'He was helped by another skier.\nThe team won the medal.\nNext.')).toEqual(['medal']); // skiers, skiing: inflections only; medallion
    expect(flagged(rule, 'There are two input tetrahedra.\nNext.')).toEqual([]); // the plural of tetrahedron
  });

  it('takes a rare short word for a fragment where the document uses the common word it starts', () => {
    const evidence = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\ncontexts: [paragraph-end, punctuation]\nrareShortWordTier: 40`);
    expect(flagged(evidence, 'The violence went on, and residents feared more viol.\nOfficials said 16 mil, a record.')).toEqual(['viol']);
    expect(flagged(evidence, 'Cases rose, and the doc, at the clinic, stayed.\nDocuments were published.')).toEqual(['doc']);
    expect(flagged(evidence, 'He found the doc, then the doc again.\nDocuments were published.')).toEqual([]); // used twice: a word
    expect(flagged(evidence, 'Health workers tried to heal.\nThe fund was to no avail.\nIt was available.')).toEqual([]); // tier 35
    expect(flagged(evidence, 'Residents feared more viol.\nNext.')).toEqual([]); // no `violence` to show the cut
  });

  it('flags a word no sentence ends with where a sentence or quotation ends', () => {
    const cut = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: 'Truncated {1} "{0}"'\nneverFinal: [the, or, its]`);
    expect(lint(cut, 'attention to the homosexual or”, the text says.')[0]).toMatchObject({ message: 'Truncated sentence, ending in "or"', offset: 28, length: 2 });
    expect(flagged(cut, 'Fines apply to the conduct of its.\nNext.')).toEqual(['its']);
    expect(flagged(cut, 'They voted “yes or”, and the vote of its 4.\nNext.')).toEqual([]); // a short quote; no line end
  });

  it('before a comma, flags only fragments in no list that follow no foreign word', () => {
    const mid = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\ncontexts: [punctuation]`);
    expect(flagged(mid, 'To honor their songwriting legac, stars sang. They cheered the omicron str,” he said.')).toEqual(['legac']);
    expect(flagged(mid, 'They thanked coronavirus warri, and wishes, for exa, came in.')).toEqual(['warri', 'exa']); // a long unknown word is no foreign one
    expect(flagged(mid, 'The word 森 (mori, forest) is common.')).toEqual([]); // a romanisation right after a bracket
    expect(flagged(mid, 'His alma mater, the de facto rule, en masse, a rare mucin, and the Shin-ryogae-cho, he said.')).toEqual([]);
  });

  it('flags a capitalised fragment only where the document writes the name whole, and leaves short forms alone', () => {
    const names = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\ncontexts: [paragraph-end, sentence-end]\ncapitalised: true\nabbreviations: [gen, calif]`);
    expect(flagged(names, 'Portugal played well. The fans had come from Portu.\nThey sang.')).toEqual(['Portu']);
    const [f] = lint(names, 'The ferry to Gotland sails daily. It left the harbour for Gotl. The sea was calm.');
    expect([f.offset, f.length, f.suggestions]).toEqual([58, 4, ['Gotland']]);
    expect(flagged(names, 'Trade with Portugal grew. The fans had come from Portu.')).toEqual(['Portu']); // the end of the text is a paragraph's
    expect(flagged(names, 'Prices rose in Russia.\nRussian banks agreed. Iraqi oil flowed to Iraq.\nThe Americans left America.')).toEqual([]); // names derived from
    expect(flagged(names, 'Facebook became Meta.\nMetaverses are its plan.')).toEqual([]); // a compound of the name and an English word
    expect(flagged(names, 'Gen. Hale met Generals in Calif.\nCalifornia voted. The fire reached Austin, Tex.\nTexas burned.')).toEqual([]); // listed short forms; after a comma
    expect(flagged(names, 'Gotland is an island. We sail to Gotl. Gotl. And back.')).toEqual([]); // written twice: a word of its own
    expect(flagged(names, 'The fans had come from Portu.\nThey sang. The port was full.')).toEqual([]); // no longer word to show the cut
    expect(flagged(ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\ncontexts: [paragraph-end]`), 'Portugal played well. The fans had come from Portu.\nThey sang.')).toEqual([]); // off by default
  });

  it('suggests completions, the document’s own words first', () => {
    const [f] = lint(rule, 'The negotiations began. He said the government is negotiat.');
    expect(f.suggestions?.[0]).toBe('negotiations');
  });

  it('suggests rarer words when no common one completes the fragment, and no inflection of a word offered', () => {
    expect(lint(rule, 'They said the situation is unsustaina.\nNext.')[0].suggestions).toEqual(['unsustainable']);
    const suggestions = lint(rule, 'He said the government is consi.\nNext.')[0].suggestions!;
    expect(suggestions).toContain('consist');
    expect(suggestions).not.toContain('consists');
  });

  it('leaves words, short quotes, names, units, addresses and exceptions alone', () => {
    const text = [
      '“It is what it is and that is all”, he said.',
      'They spoke of “frenemies” and “backstab”.',
      'The fire covered 40 sq. m.',
      'Read it on bbc.co.uk or at www.example.com.',
      'They brought frames, bikes, etc.',
      'The lockdown ended with coronavirus.',
      '“We met with Ning”, said Wang.',
    ].join('\n');
    expect(flagged(rule, text)).toEqual([]);
  });

  it('looks before a comma, semicolon or colon only when asked to', () => {
    const text = 'The governm, said officials, would decide.';
    expect(flagged(rule, text)).toEqual([]);
    const withPunctuation = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\ncontexts: [punctuation]`);
    expect(flagged(withPunctuation, text)).toEqual(['governm']);
  });

  it('with foreignWords, leaves alone the words of a sentence in another language', () => {
    const foreign = ruleFrom(`kind: truncated-word\ndescription: d\nmessage: m\ncontexts: [paragraph-end, punctuation]\nforeignWords: [le, est]`);
    expect(flagged(foreign, 'Le président a dit: nous gagnerons.\nÉmile Zola, l’écrivain, est mort.\n')).toEqual([]);
    expect(flagged(foreign, 'The talks broke down over the deci.\n')).toEqual(['deci']);
  });
});
