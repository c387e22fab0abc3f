import { describe, expect, it } from 'vitest';
import { type Evidence, runsOf } from '../../src/checks/language-run.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: language-run
description: d
message: '{0}'
foreignWords: [de, tras, los, por, la]
englishWords: [the, of, was, and]
antipatterns: ['\\btitled[^.\\n]{0,40}“[^”\\n]*”']`);

const limits = { minScore: 10, minForeign: 2, minWords: 4, markedWords: 0 };
const F: Evidence = 'foreign';
const U: Evidence = 'unknown';
const M: Evidence = 'marked';
const K: Evidence = 'known';
const E: Evidence = 'english';
const none = (n: number) => Array<boolean>(n).fill(false);

describe('runsOf', () => {
  it('reports a run from its first foreign or unknown word to the furthest word at which it qualifies', () => {
    // known, then F U U F (score 4+3+3+4 = 14, 2 foreign, 4 words), then a known word that does not end it.
    expect(runsOf([K, F, U, U, F, K], none(6), limits)).toEqual([[1, 4]]);
  });

  it('needs minForeign foreign words, minWords words of evidence and minScore, each at its limit', () => {
    expect(runsOf([F, U, U, U], none(4), limits)).toEqual([]); // one foreign word
    expect(runsOf([F, F, U], none(3), limits)).toEqual([]); // three words of evidence
    expect(runsOf([F, F, U, U], none(4), { ...limits, minScore: 15 })).toEqual([]); // score 14
    expect(runsOf([F, F, U, U], none(4), { ...limits, minScore: 14 })).toEqual([[0, 3]]);
  });

  it('with markedWords, takes a run of words in no dictionary, two written with letters outside ASCII, without foreign words', () => {
    const marked = { ...limits, markedWords: 4 };
    expect(runsOf([U, M, F, U, M, K], none(6), marked)).toEqual([[0, 4]]);
    expect(runsOf([U, M, U, M], none(4), limits)).toEqual([]); // off
    expect(runsOf([U, M, U, U], none(4), marked)).toEqual([]); // one marked word
    expect(runsOf([M, M, F, U], none(4), marked)).toEqual([]); // three words in no dictionary
    // A list parted by commas counts its words from the last comma: `bigos, gołąbki, placki ziemniaczane`.
    expect(runsOf([U, M, U, M, U], none(5), marked, [false, false, true, false, false])).toEqual([]);
    expect(runsOf([U, M, U, M, U], none(5), marked, [false, true, false, false, false])).toEqual([[0, 4]]);
  });

  it('takes accented English words as English, and leaves a quotation kept in its language', () => {
    const letters = ruleFrom(`kind: language-run\ndescription: d\nmessage: '{0}'\nforeignWords: [ve]\nenglishWords: [the, and]\nmarkedWords: 4`);
    expect(lint(letters, 'They served crème brûlée façade naïve rosé élite at noon')).toEqual([]);
    expect(lint(letters, 'He quoted "karakter kullanılmayan büyük harflerle yazılmış yorumlar" twice')).toEqual([]);
    expect(lint(letters, 'He wrote karakter kullanılmayan büyük harflerle yazılmış yorumlar twice').map((f) => f.message)).toEqual(['karakter kullanılmayan büyük harflerle yazılmış yorumlar']);
  });

  it('ends a run at an English function word and at a break, however high its score', () => {
    expect(runsOf([F, U, E, U, F], none(5), limits)).toEqual([]);
    expect(runsOf([F, U, U, U, F, F], [false, false, false, true, false, false], limits)).toEqual([]);
    expect(runsOf([F, U, U, F, E, F, U, U, F], none(9), limits)).toEqual([[0, 3], [5, 8]]);
  });

  it('restarts where the score falls to zero', () => {
    // F U then eight known words (7 - 8 < 0), then a run of its own.
    expect(runsOf([F, U, K, K, K, K, K, K, K, K, F, U, U, F], none(14), limits)).toEqual([[10, 13]]);
  });
});

describe('language-run kind', () => {
  it('reports a run of foreign function words and unknown words, from its first such word to its last', () => {
    expect(flagged(rule, 'Read more: Presidente de Chile respalda a gobierno tras ataque a embajada')).toEqual(['de Chile respalda a gobierno tras ataque a embajada']);
  });

  it('does not run across an English function word, a sentence end or a quotation mark, in a long line too', () => {
    const long = 'respalda de gobierno tras ataque por embajada';
    expect(flagged(rule, `${'the word '.repeat(50)}gobierno de asalto and tras embajada por`)).toEqual([]);
    expect(flagged(rule, 'gobierno de asalto. Tras embajada por')).toEqual([]);
    // (The quoted words are a run too short of their own; the one after the closing mark starts there.)
    expect(flagged(rule, `He wrote ‘gobierno de asalto’ tras embajada por ${long}`)).toEqual([`tras embajada por ${long}`]);
  });

  it('reads each line apart, and gives the run exact offsets at the end of a CRLF file', () => {
    expect(flagged(rule, 'gobierno de asalto\r\ntras embajada por')).toEqual([]);
    const text = 'The page said:\r\nrespalda de gobierno tras ataque';
    const [f] = lint(rule, text);
    expect(text.slice(f.offset, f.offset + f.length)).toBe('respalda de gobierno tras ataque');
  });

  it('counts a capitalised function word at a sentence start, not inside a name', () => {
    expect(flagged(rule, 'He left. Por la gobierno respalda.')).toEqual(['Por la gobierno respalda']);
    expect(flagged(rule, 'He met Juan Por La Gobierno Respalda there.')).toEqual([]);
  });

  it('lets names carry no weight, and skips web and mail addresses', () => {
    expect(flagged(rule, 'Charles de Gaulle met Fernando de la Rúa of Spain.')).toEqual([]);
    expect(flagged(rule, 'see www.gobierno.de/los/por/la/asalto and more')).toEqual([]);
    expect(flagged(rule, 'write to respalda@gobierno.de or tras@embajada.por today')).toEqual([]);
  });

  it('leaves a quotation an antipattern names alone', () => {
    expect(flagged(rule, 'a film titled “respalda de gobierno tras ataque por embajada” opened')).toEqual([]);
    expect(flagged(rule, 'a film said “respalda de gobierno tras ataque por embajada” opened')).toEqual(['respalda de gobierno tras ataque por embajada']);
  });
});
