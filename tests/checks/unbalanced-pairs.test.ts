import { describe, expect, it } from 'vitest';
import { compileRules, lintDocuments, prepareSource } from '../../src/engine.js';
import { lint, ruleFrom } from '../helpers/rule.js';

/** The marks reported (a quotation never closed is shown to its paragraph's end: its first character is the mark). */
const marks = (rule: Parameters<typeof lint>[0], text: string) => lint(rule, text).map((f) => text.charAt(f.offset));

const rule = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '"{0}" without "{1}"'\npairs: ['“”', '()']`);

describe('unbalanced-pairs kind', () => {
  it('flags an unclosed quote or bracket and a stray closer', () => {
    expect(marks(rule, 'He said “it works and (left.\n\nThen) he')).toEqual(['“', '(', ')']);
  });

  it('accepts balanced pairs, spaced quotes and quotes running into the next paragraph', () => {
    expect(marks(rule, 'He said “it works” (twice) and “ more ”.\n\n“A quote runs on\n\n“and ends here.”')).toEqual([]);
  });

  it('lets a quotation run on over lines that each open with a quote, reporting its first quote if nothing closes', () => {
    expect(marks(rule, '“No money is left,” he said.\n“We spent it on the roof.\n“Without help we close.”\nThey left.')).toEqual([]);
    const open = '“No money is left,” he said.\n“We spent it on the roof.\n“Without help we close.\nThey left.';
    expect(lint(rule, open).map((f) => f.offset)).toEqual([open.indexOf('“We')]);
    // Three paragraphs or more: each goes on from the one above.
    expect(marks(rule, 'The mayor read the letter.\n“We waited too long.\n“Our children walk this road.\n“We ask the council to act.”\nThey left.')).toEqual([]);
  });

  it('reads a quote’s direction from where it stands', () => {
    expect(marks(rule, 'the album “Rumours“ sold well. He said: “Yes. “\nNext.')).toEqual([]);
  });

  it('lets loose quote marks pair with curly ones, and never reports them', () => {
    const mixed = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['“”', '()']\nlooseQuotes: '"„'`);
    expect(marks(mixed, 'He said "the plan works.” Then „Puck“ left, "alone" and “sad.')).toEqual(['“']);
    expect(marks(mixed, 'A stray " mark and a "dangling one.')).toEqual([]);
    expect(marks(rule, 'He said "the plan works.”')).toEqual(['”']);
  });

  it('with turnedClosers, reads a mark opening inside an open quotation before its attribution as the closing one turned', () => {
    const turned = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '{0} {2}'\npairs: ['“”']\nlooseQuotes: '"'\nturnedClosers: [said, continued, explains]`);
    const text = '“It is the Interior, “he continued, and left.';
    expect(lint(turned, text).map((f) => [f.offset, f.message])).toEqual([[text.indexOf('“he'), '“ opens a quotation inside an open one: the closing `”` turned the wrong way']]);
    expect(marks(turned, '"We must go on, "the minister said after the meeting.')).toEqual(['"']);
    // Without the option both marks open and are reported as never closed; with it, a quotation that opens without a
    // verb of saying after it is still one.
    expect(marks(rule, text)).toEqual(['“', '“']);
    expect(marks(turned, '“We said, “be aggressive,” and it worked,” he recalled.')).toEqual([]);
  });

  it('with turnedClosers, takes a name before the verb of saying and a space after the mark, and closes a spaced closing mark silently', () => {
    const turned = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '{0} {2}'\npairs: ['“”']\nlooseQuotes: '"'\nturnedClosers: [said, continued, explains]`);
    expect(marks(turned, '“We must go on, “Smith said on Monday.')).toEqual(['“']);
    expect(marks(turned, '“We must go on, “ said the minister.')).toEqual(['“']);
    // `, ”he said`: the right mark, spaced wrong (the spacing rules report that); it closes the quotation.
    expect(marks(turned, '“We will stay, ”he said.')).toEqual([]);
    const straight = '“We must go on, "the minister said.';
    expect(lint(turned, straight)[0].message).toBe('" closes the quotation but stands as an opening mark does (a space before it, none after): `” ` belongs here');
  });

  it('with nestedQuotes, reports a quote that opened inside a quotation nothing closes, as well as the open one', () => {
    const nested = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '{2}'\npairs: ['“”']\nnestedQuotes: true`);
    const text = 'He described “a government that failed us. He said, “The reform is dead,” and left.';
    expect(lint(nested, text).map((f) => f.offset)).toEqual([text.indexOf('“a'), text.indexOf('“The')]);
    expect(lint(rule, text).map((f) => f.offset)).toEqual([text.indexOf('“a')]);
    // Nested marks that all close are left alone (a style question, not a lost mark).
    expect(marks(nested, '“He said “no” to me,” she said.')).toEqual([]);
  });

  it('lets alternate characters stand for pair marks', () => {
    const wide = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['()']\nalternates: ['）)', '（(']`);
    expect(marks(wide, 'The photo (provided）shows it. （Left）and (right) and （lone.')).toEqual(['（']);
  });

  it('pairs marks line by line in a text written a paragraph a line, and by runs of lines in a hard-wrapped one', () => {
    const long = (s: string) => s + ' The talks went on for hours in the capital, and officials said little about what had been agreed.'.repeat(2);
    // (As one run of lines the two marks would pair; each line is a paragraph, and each has a mark without its partner.)
    const page = `${long('He said, “This is a personal opinion.')}\n${long('Adding trouble to the audience,” the agency wrote.')}\n${long('Then he said “nothing” more.')}\n`;
    expect(marks(rule, page)).toEqual(['“', '”']);
    // Short lines of furniture around such paragraphs do not make it a hard-wrapped text.
    const furnished = `Home\nNews\n${page}Share\nTweet\nEmail\nPrint\n`;
    expect(marks(rule, furnished)).toEqual(['“', '”']);
    // There a straight quote left open is reported too, unless the next line has a mark to close it.
    const loose = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['“”']\nlooseQuotes: '"'`);
    expect(marks(loose, long('"He said that the talks would go on.') + '\n' + long('It rained.') + '\n' + long('He said "yes."') + '\n')).toEqual(['"']);
    expect(marks(loose, long('"He said that the talks would go on.') + '\n' + long('It rained."') + '\n' + long('He left.') + '\n')).toEqual([]);
    // A quotation over the lines of a hard-wrapped paragraph is closed where the paragraph goes on.
    expect(marks(rule, 'He said, “This is a personal\nopinion,” and left.\n')).toEqual([]);
  });

  it('reports a closing quote left alone at a line end, unless a quotation opened on the lines above', () => {
    const lone = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '"{0}" {2}'\npairs: ['“”']\nlooseQuotes: '"'\nloneClosingQuotes: '"”'`);
    // A text written a sentence a line pairs no quotes in its one run of lines: the straight quote ending line 2 is alone.
    const text = 'He said "we won" and left.\nTariffs rose on imports."\nChina answered.';
    expect(lint(lone, text).map((f) => [f.offset, f.message])).toEqual([[text.indexOf('."') + 1, '"\"" closes nothing (no `\"` before it)']]);
    // A quotation of several sentences, a sentence a line, opened above (also by an MT's single or TeX quote); two marks on a line.
    expect(marks(lone, 'He said: "We will win.\nIt is certain.\nNobody doubts it."\n\'It rained.\nWe left."\nThe film "Jaws."\nHe is 6\'2" tall."\nHe said, ``We met.\nWe agreed."')).toEqual([]);
    // A lone quote after a quotation closed above, or with a space before it.
    expect(marks(lone, 'He said "yes."\nIt rained. "\nThey said, "It works.\nWe left.”\nNothing."')).toEqual(['"', '"']);
  });

  it('shows a quotation never closed from its opening mark to its paragraph’s end', () => {
    // (A page of a paragraph a line: each line a paragraph.)
    const said = '“ When I get a chance, I always want to play at my very best, and I work hard to show my best when the time comes. That is why I could kick off the game without any worry, and why my passion drove me to score.';
    const text = `Katayama said after the game that the team had worked for this result all season long, and that the fans had carried them through the second half of a difficult match against a side that had not lost at home all year.\n${said}\nQ: How did it feel?`;
    expect(lint(rule, text).map((f) => text.slice(f.offset, f.offset + f.length))).toEqual([said]);
    // In a hard-wrapped text the paragraph runs to its blank line.
    expect(lint(rule, 'He said “it works\nand left.\n\nNext.').map((f) => f.length)).toEqual(['“it works\nand left.'.length]);
    // A bracket is shown alone: where it should close is near it.
    expect(marks(rule, 'The organisation (SCO met on Monday.')).toEqual(['(']);
  });

  it('with turnedClosers, reports a straight closing quote before its attribution when nothing above opened it', () => {
    const lone = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '"{0}" {2}'\npairs: ['“”']\nlooseQuotes: '"'\nloneClosingQuotes: '"”'\nturnedClosers: [said, wrote]`);
    const text = 'He spoke on threats.\nNine countries have warheads. A single explosion may be devastating," the President said.\nHe left.';
    expect(lint(lone, text).map((f) => f.offset)).toEqual([text.indexOf('," the') + 1]);
    // By name too; not when a quotation opened above, nor before a word that is no attribution.
    expect(marks(lone, 'It is over," Kassym-Jomart Tokayev said.')).toEqual(['"']);
    expect(marks(lone, '"Nine countries have warheads.\nOne explosion is enough," the President said.')).toEqual([]);
    expect(marks(lone, 'He was 6\'2," and tall.\nIt rained," then it stopped.')).toEqual([]);
  });

  it('reports a straight quote left open on a paragraph-long line among a page’s short lines, with no quote mark after it', () => {
    const loose = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['“”']\nlooseQuotes: '"'`);
    const said = '"I am proud of my players. In terms of stamina, tactics and spirit, they performed excellently, and I only ask them to go on playing as they have shown today. After the red card the team reacted well.';
    const text = `Home > Football > News\nCoach Popov: the best defence\nEvaluating the match, Coach Popov said: ${said}\nComment (0)\nNo data\nSite map Links`;
    expect(lint(loose, text).map((f) => text.slice(f.offset, f.offset + f.length))).toEqual([said]);
    // A quote mark later in the run may close it; a short line may be a sentence of a quotation going on below.
    expect(marks(loose, `${text}\nHe added: it was fine."`)).toEqual([]);
    expect(marks(loose, 'Menu\nHe said: "We will win.\nIt is certain.\nShort line')).toEqual([]);
  });

  it('keeps a quotation never closed whose extent runs over an address, a link or code (only its mark must be prose)', () => {
    const [plain] = lintDocuments([prepareSource('He said “the plan works, see https://example.com/plan for details.\n', 'a.txt')], compileRules([rule]));
    expect(plain.map((f) => f.offset)).toEqual([8]);
    const [markdown] = lintDocuments([prepareSource('He said “the plan [works](https://example.com/p) and `left`.\n', 'a.md')], compileRules([rule]));
    expect(markdown.map((f) => f.offset)).toEqual([8]);
  });

  it('with turnedClosers, leaves a closing quote before its attribution alone when the line above holds a quote mark', () => {
    const lone = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['“”']\nlooseQuotes: '"'\nloneClosingQuotes: '"”'\nturnedClosers: [said]`);
    // (An inch mark ends the line above, or a quotation opens there with `"...`: the mark's direction is not plain.)
    expect(marks(lone, 'The 6\'2" centre was signed. "He will make us\nbetter," manager Tom Price said.')).toEqual([]);
    expect(marks(lone, '"...and then we left.\nIt changed nothing," she said.')).toEqual([]);
  });
});
