import { describe, expect, it } from 'vitest';
import { compileRules, lintSource, lintText } from '../../src/engine.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const broken = ruleFrom(`kind: sentence-lines\ndescription: d\nmessage: 'broken at {0}'\nparticles: [von]`);
/** Two paragraphs of a page written a paragraph a line (longer than any wrapping column, each ending a sentence). */
const PARAGRAPHS = `\n${'The ships sailed past the crowds on the embankment, and the guns fired a salute at noon. '.repeat(2).trim()}\n${'Officials said the roads in the centre would stay closed until the evening on both days. '.repeat(2).trim()}`;
/** The rule on a text followed by those paragraphs. */
const flaggedOnPage = (text: string) => flagged(broken, text + PARAGRAPHS);

describe('sentence-lines kind', () => {
  it('reports a line that breaks a sentence in a text whose lines end sentences, from its last word to the next line\'s first', () => {
    const text = `The parade dedicated to\nthe Navy has ended.\nIt was held on Sunday.\nThe ships left.${PARAGRAPHS}`;
    const [f] = lint(broken, text);
    expect(f).toMatchObject({ offset: text.indexOf('to\n'), length: 'to\nthe'.length, message: 'broken at to / the' });
    // A number ends the line too (`magnitude 7.5` / `in Peru`).
    expect(flaggedOnPage('Quakes hit.\nThey measured magnitude 7.5\nin Peru, officials said.\nNobody died.')).toEqual(['7.5\nin']);
    // A name ends a line of prose too; not a title-case line or a credit.
    expect(flaggedOnPage('The residents of Brovary and Fastiv\nwill be without light, it said.\nThe cuts start at noon.\nIt rained.')).toEqual(['Fastiv\nwill']);
    expect(flaggedOnPage('Power cuts go on.\nPhoto by John Smith\nvia the agency archive.\nThe cuts start at noon.\nIt rained.')).toEqual([]);
  });

  it('takes a text that breaks many lines so, or has no line longer than a wrapping column, for hard-wrapped prose', () => {
    expect(flaggedOnPage('The talks went on and\nthe sides met at last in\nthe capital, where they\nsigned a deal.\nIt rained.')).toEqual([]);
    const wrapped = 'Police named the man who died in a crash on the coast\nroad. He was 34. His family said he\nwas a devoted father. The crash was on Saturday night.\nOfficers want dashcam footage.';
    expect(flagged(broken, wrapped)).toEqual([]);
    expect(flagged(broken, 'The parade dedicated to\nthe Navy has ended.\nIt was held on Sunday.\nThe ships left.')).toEqual([]);
  });

  it('reports only a line that opens a paragraph of prose and a next line that finishes the sentence', () => {
    // A headline over a lower-case deck, lines under a colon, furniture over a lower-case name, verse.
    expect(flaggedOnPage('Tennis star wins again\nthe defending champion beat her rival in straight sets\nShe plays on Sunday.')).toEqual([]);
    expect(flaggedOnPage('The text reads in part:\nThe parties agree to cease all hostilities\nand to allow aid to reach civilians.\nIt was signed.')).toEqual([]);
    expect(flaggedOnPage('It ended.\nRead more\nbell hooks, whose work she cites, died in 2021.')).toEqual([]);
    expect(flaggedOnPage('It ended.\nthe fog comes in over the harbour\nand the boats lie still\nIt rained.')).toEqual([]);
  });

  it('passes over particles, brands, addresses and breaks at blank lines', () => {
    expect(flaggedOnPage('It ended.\nThe plan was presented by\nvon der Leyen on Monday.\nSales of\niPhone rose.\nVisit the site\nwww.example.com now.\nIt went on\n\nand on.\nIt rained.\nWe left.')).toEqual([]);
  });

  it('leaves a sentence of exactly two lines, and a long line, to split-paragraph', () => {
    expect(flaggedOnPage('It ended.\nThe Main Naval Parade dedicated to\nthe Navy Day has ended.\nIt rained.')).toEqual([]);
    expect(flaggedOnPage(`It ended.\nThe parade ${'went on and on '.repeat(8)}to\nthe end of the day, and more.\nIt rained.`)).toEqual([]);
  });
  it('on a page of short lines, reports a line that stops well short of the page\'s width before a sentence goes on', () => {
    // The longest line is 64 characters; `In April 29th,` and `the` would fill 18 of them, no wrap stops there.
    const page = 'Mayor speaks on the trucks\nIn April 29th,\nthe paper published an article on the trucks running red lights,\nreported the mayor.\nThe city will act.';
    expect(flagged(broken, page)).toEqual(['29th,\nthe']);
    // The sentence goes on over several lines, each in lower case, and ends.
    expect(flagged(broken, 'Mayor speaks on the trucks\nThe paper said on Monday,\nthe trucks ran red lights on the ring road every night of the week,\nand nobody stopped them.\nThe city will act.')).toEqual(['Monday,\nthe']);
  });

  it('on a page of short lines, passes over a wrap, a line of two words, a headline over its deck and verse', () => {
    // Wrapped at a column: each line is as full as the next word allowed.
    expect(flagged(broken, 'Police named the man who died in a crash on the coast road\non Saturday. He was 34 and lived in the village, his family\nsaid. The crash happened late on Saturday night, police said.')).toEqual([]);
    expect(flagged(broken, 'It ended on Sunday with a march through the old town.\nRead more\nbell hooks, whose work she cites, died in 2021.')).toEqual([]);
    expect(flagged(broken, 'Tennis star wins again\nthe defending champion beat her rival in straight sets\nShe will play in the final on Sunday.')).toEqual([]);
    expect(flagged(broken, 'The fog comes in over the harbour\nand the boats lie still all night in the dark of the bay\nand nobody sleeps')).toEqual([]);
  });

  it('on a page of short lines, takes its width from its second-longest line, so one long headline or address does not widen it', () => {
    // Prose wrapped greedily at 60 columns, under one line of an address far longer than that.
    const words = 'Rail operators will cut hundreds of services across the north from next month because of a shortage of drivers, the industry body said on Tuesday, and the cuts are expected to last until at least the end of March while new drivers are trained.'.split(' ');
    const wrapped = [words[0]];
    for (const w of words.slice(1)) {
      if (wrapped[wrapped.length - 1].length + 1 + w.length > 60) wrapped.push(w);
      else wrapped[wrapped.length - 1] += ` ${w}`;
    }
    expect(wrapped.length).toBeGreaterThan(3);
    const page = `${wrapped.join('\n')}\nSource: https://www.example.com/business/transport/rail-operators-cut-services-north-driver-shortage-2023-11-14/\n`;
    expect(flagged(broken, page)).toEqual([]);
  });

  it('on a page of short lines, passes over verse, a letter\'s lines and dialogue: a broken sentence holds a line of prose', () => {
    const long = 'Mourners filled the parish church in the town on Saturday for the funeral of the poet, who died last week at her home.';
    expect(flagged(broken, `${long}\nThe tide comes in across the estuary\nand the herons stand\nwhere the boats used to be.\nI count them every morning\nfrom the window of your room.\n`)).toEqual([]);
    expect(flagged(broken, `${long}\nJust spoke to the Environment Agency\nand they have now issued a severe flood warning\nfor the lower Ouse at Selby.\nCan we update the story and move it\nto the top of the page?\n`)).toEqual([]);
  });

  it('on a page of short lines, passes over a sentence that opens in lower case: a glossary\'s term, verse', () => {
    const glossary = 'Climate talks: the words you will hear this week\n\ncarbon capture and storage\ntechnology that traps carbon dioxide at power stations and buries it underground.\nloss and damage fund\nmoney paid by rich countries to poor ones hit by floods, droughts and storms.\n';
    expect(flagged(broken, glossary)).toEqual([]);
    const verse = 'The poet read the new work at the library on Saturday night to a room of about 60 people.\n\nand when the water came we did not run,\nwe stood in the doorways of the houses our grandfathers built with their hands\nand watched it rise.\n';
    expect(flagged(broken, verse)).toEqual([]);
  });

  it('reads plain text paired with its original (--source) as it stands', () => {
    const page = 'Mayor speaks on the trucks\nIn April 29th,\nthe paper published an article on the trucks running red lights,\nreported the mayor.\n';
    const found = lintSource(page, compileRules([broken]), 'page.txt', 'text', { original: { path: 'orig.txt', text: 'Le maire parle.\n' } });
    expect(found.map((f) => page.slice(f.offset, f.offset + f.length))).toEqual(['29th,\nthe']);
  });

  it('leaves the lines of a Markdown paragraph, which it joins, alone', () => {
    const page = 'Mayor speaks on the trucks\n\nIn April 29th,\nthe paper published an article on the trucks running red lights,\nreported the mayor.\n';
    expect(lintText(page, compileRules([broken]), 'page.md')).toEqual([]);
    expect(lintText(page, compileRules([broken]), 'page.txt').map((f) => page.slice(f.offset, f.offset + f.length))).toEqual(['29th,\nthe']);
  });
});
