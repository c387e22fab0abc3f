import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix.js';
import { builtInFindings, flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(
  `kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nminLines: 2\nmaxShortLines: 2\nlines: ['leave a reply', 'related articles', 'back to top(?: button)?', 'tags:.*']`,
);

describe('trailing-block kind', () => {
  it('finds the block with its byline and removes it, keeping the final newline', () => {
    const text = 'Body text ends here.\n\nJane Doe\n\nRelated Articles\nLeave a Reply\nBack to top button\n';
    const [f] = lint(rule, text);
    expect(f.message).toBe('Furniture (5 lines at the end of the article)');
    expect(text.slice(f.offset, f.offset + f.length)).toBe('Jane Doe\n\nRelated Articles\nLeave a Reply\nBack to top button');
    expect(applyEdits(text, [f.fix!]).text).toBe('Body text ends here.\n');
  });

  it('keeps CRLF line ends of the remaining text', () => {
    const text = 'Body text ends here.\r\nLeave a Reply\r\nTags: a, b\r\n';
    expect(applyEdits(text, [lint(rule, text)[0].fix!]).text).toBe('Body text ends here.\r\n');
  });

  it('needs enough furniture lines and stops at body text', () => {
    const blockOnly = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nminLines: 2\nlines: ['leave a reply', 'related articles']`);
    expect(lint(blockOnly, 'Body.\n\nLeave a Reply\n')).toEqual([]);
    // Not a trailing block; in a text written a paragraph a line they are stray lines at the top of the page.
    const top = 'Leave a Reply\nRelated Articles\nThe article body goes on here as it should.';
    expect(flagged(rule, top)).toEqual(['Leave a Reply', 'Related Articles']);
  });

  it('takes an author bio under its heading into the block, sentences and all, but no longer text', () => {
    const bio = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nminLines: 2\nmaxBioWords: 12\nbioHeadings: ['about the author']\nlines: ['leave a reply', 'related articles']`);
    const text = 'Body text ends here.\n\nAbout the author\nJane Doe covers energy. She joined in 2015.\n\nRelated Articles\nLeave a Reply\n';
    expect(applyEdits(text, [lint(bio, text)[0].fix!]).text).toBe('Body text ends here.\n');
    const long = text.replace('She joined in 2015.', 'She joined the paper in 2015 after ten years at a news agency.');
    expect(applyEdits(long, [lint(bio, long)[0].fix!]).text).toBe(long.slice(0, long.indexOf('\n\nRelated')) + '\n');
  });

  it('leaves out too many stray short lines above the furniture', () => {
    // (Lines with figures: three lines of a word or two alone would be a list written down the page.)
    const text = 'Body.\nLine 1\nLine 2\nLine 3\nLeave a Reply\nBack to top';
    const [f] = lint(rule, text);
    expect(applyEdits(text, [f.fix!]).text).toBe('Body.\nLine 1\nLine 2\nLine 3');
  });

  it('reports a furniture line standing alone between paragraphs, and removes it', () => {
    const text = 'First paragraph.\n\nRelated Articles\n\nSecond paragraph, where Related Articles is only mentioned.\n';
    const [f, ...rest] = lint(rule, text);
    expect(rest).toEqual([]);
    expect(f.message).toBe('Furniture (1 line between paragraphs)');
    expect(applyEdits(text, [f.fix!]).text).toBe('First paragraph.\n\nSecond paragraph, where Related Articles is only mentioned.\n');
  });

  it('takes no long line for a stray one, whatever it starts with', () => {
    const loose = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nshortLineWords: 8\nlines: ['copyright.*', 'advertisement']`);
    const text = 'Markets fell.\n\nCopyright law in the EU changed in 2019, and publishers welcomed it.\n\nAdvertisement\n\nThe end.';
    expect(flagged(loose, text)).toEqual(['Advertisement']);
  });

  it('takes a short line between two furniture lines above the headline for the page\'s header, not the headline between them', () => {
    const header = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\ntopLineWords: 0\nlines: ['daily courier', 'home \\\\| world \\\\| sport', 'by jane doe', 'table of contents']`);
    const slogan = 'Daily Courier\nNews of the northern region around the clock\nHome | World | Sport\nFloods hit the northern region as rivers rise\nBy Jane Doe\nHeavy rain flooded the northern region on Monday, and rivers rose across the north.\n';
    expect(flagged(header, slogan)).toEqual(['Daily Courier', 'News of the northern region around the clock', 'Home | World | Sport', 'By Jane Doe']);
    // The headline stands between furniture lines too, but it says what the body says.
    const headline = 'Home | World | Sport\nFloods hit the northern region as rivers rise\nBy Jane Doe\nTable of contents\nHeavy rain flooded the northern region on Monday, and rivers rose across the north.\n';
    expect(flagged(header, headline)).toEqual(['Home | World | Sport', 'By Jane Doe', 'Table of contents']);
  });

  it('takes a heading of a few words between two furniture lines for a box of the page\'s, not a subhead above prose', () => {
    const box = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['advertisement', 'read also:.*']`);
    const text = 'The rate was kept at 50 percent on Thursday, as analysts had expected.\n\nAdvertisement\n\nMust read\n\nRead also: Prices rise again\n\nWhat happens next\n\nThe bank meets again in March, and analysts expect a cut.\n';
    expect(flagged(box, text)).toEqual(['Advertisement', 'Must read', 'Read also: Prices rise again']);
  });

  it('takes a run of two short lines between two furniture lines when they say nothing the body says; not a headline so boxed', () => {
    const box = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['by', 'more articles', 'follow us']`);
    const byline = 'Floods hit the northern region\n\nBy\n\nSarah Jones\n\nDaily Courier\n\nFollow us\n\nHeavy rain flooded the northern region on Monday, and rivers rose across the north.\n';
    expect(flagged(box, byline)).toEqual(['By', 'Sarah Jones', 'Daily Courier', 'Follow us']);
    // Two lines from the furniture above, the headline says what the body says.
    const headline = 'More articles\n\nWorld\n\nFloods hit the northern region\n\nFollow us\n\nHeavy rain flooded the northern region on Monday, and rivers rose across the north.\n';
    expect(flagged(box, headline)).not.toContain('Floods hit the northern region');
  });

  it('takes a menu or tag list written down the page, three items or more, where the page\'s lists stand; not a story\'s list', () => {
    const down = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['advertisement', 'tags:']\nfunctionWords: [the, of, and, were]\nsectionWords: [home, world, politics]`);
    const body = 'The rate was kept at 50 percent on Thursday, as analysts had expected.\n';
    const after = 'The bank meets again in March, and analysts expect a cut.\n';
    // Two items with a section's word, or under a tag list's label, or above a furniture line.
    expect(flagged(down, `${body}${after}Tags:\nRussia\nUkraine\nSanctions\n`)).toEqual(['Tags:', 'Russia', 'Ukraine', 'Sanctions']);
    expect(flagged(down, `${body}Home\nWorld\nPolitics\n${after}`)).toEqual(['Home', 'World', 'Politics']);
    // Without those marks, the article's own list (below the body as well: `Ingredients` / `Onions`); two items are no
    // list; a list under a sentence ending in a colon is the story's; items with function words are prose.
    expect(flagged(down, `${body}Russia\nUkraine\nSanctions\n${after}`)).toEqual([]);
    expect(flagged(down, `${body}${after}Ingredients\nOnions\nSmoked bacon\n`)).toEqual([]);
    expect(flagged(down, `${body}${after}Russia\nUkraine\n`)).toEqual([]);
    expect(flagged(down, `${body}The countries that signed the deal were:\nRussia\nUkraine\nTurkey\n${after}`)).toEqual([]);
    expect(flagged(down, `${body}Fall of night\nRain and wind\nThe long road\n${after}`)).toEqual([]);
  });

  it('takes a line that opens with a mark such as © for a paragraph of its own, in a text written a paragraph a line', () => {
    const notice = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['© .*']`);
    const text = 'The court partially satisfied the claim of a resident.\nIn Samara, 1,200 tons of snow were taken out from the streets of the city overnight 👁 3 108\n© 2008–2025 Volga-Inform\nThe court said more on Monday, and the city appealed.\n';
    // (The stamped line above it stands between the body's paragraphs: a story's own, see below.)
    expect(flagged(notice, text)).toEqual(['© 2008–2025 Volga-Inform']);
    // A wrapped line goes on in lower case, and is no paragraph.
    expect(flagged(notice, 'The court partially satisfied the claim of a resident who had been injured in the winter\nstorm of 2008, © 2008 Volga-Inform, the ruling said.\n')).toEqual([]);
  });

  it('takes another story with its stamp at the page\'s tail, not between the body\'s paragraphs (a timeline)', () => {
    const rule = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['advertisement']`);
    const story = 'The court ruled on Monday, and the city will appeal the decision.\n\nLinks to France were disconnected automatically — 28 April, 12:33\n\nThe court meets again in March, and the city will appeal.\n';
    expect(flagged(rule, story)).toEqual([]);
    const tail = 'The court ruled on Monday, and the city will appeal the decision.\n\nTolyatti: a pensioner was injured by snow — 11 February, 09:12\n';
    expect(flagged(rule, tail)).toEqual(['Tolyatti: a pensioner was injured by snow — 11 February, 09:12']);
  });

  it('takes a kicker, a section or a place between the headline and the body when it is a name the text uses as one', () => {
    const rule = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['advertisement']\nmastheadWords: [daily, news]\nfunctionWords: [the, a, of, for, in]`);
    const page = (kicker: string, body: string) => `Mayor closes the old bridge for repairs\n${kicker}\n${body}\n`;
    expect(flagged(rule, page('London', 'The council voted on Tuesday to close the old bridge, the mayor said in a statement.'))).toEqual(['London']);
    expect(flagged(rule, page('Daily Monitor', 'The council voted on Tuesday to close the old bridge, the mayor said in a statement.'))).toEqual(['Daily Monitor']);
    // A rarer word is a name when the text writes it capitalised after a lower-case word, never in lower case.
    expect(flagged(rule, page('China', 'The council in China voted on Tuesday to close the old bridge, the mayor said.'))).toEqual(['China']);
    expect(flagged(rule, page('Sponge', 'No matter how often you rinse it, a sponge holds germs, the experts said.'))).toEqual([]);
    // Not a score, a list's number, a title with a function word, nor a sentence broken off.
    for (const line of ['Chelsea 1-2 Arsenal', '1. Ukraine', 'The Cherry Orchard', 'Sonnet for Odesa', 'Gul stated, Trend']) {
      expect(flagged(rule, page(line, 'The council voted on Tuesday to close the old bridge in London, the mayor said.'))).toEqual([]);
    }
  });

  it('takes headlines over their teasers at the page\'s end for other stories under a label, not a story\'s own sections', () => {
    const rule = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nlines: ['source: .*', 'popular news']`);
    const story = 'The council voted on Tuesday to close the old bridge, the mayor said.\n';
    const pairs = 'Japanese Skateboarder Joins Record Holders\nMore than 2,000 records have been registered this year.\nJAL Speeds Up Boarding Process\nJapan Airlines has introduced a new boarding method.\nNara Palaces Nominated for World Heritage\nThe palaces have been recommended for the list.\n';
    const [block] = lint(rule, `${story}Popular News\n${pairs}`);
    expect(block.offset).toBe(story.length);
    // Right under the story's last sentence, such pairs are its own sections.
    expect(lint(rule, story + pairs)).toEqual([]);
    // Alone, lines in title case are a list's titles, not headlines.
    expect(lint(rule, `${story}Popular News\nOf Mice And Men\nThe Lord Of The Rings\nPride And Prejudice\n`).length).toBeLessThanOrEqual(1);
  });

  it('reads a body of one line of megabytes without overflowing the stack', async () => {
    const findings = await builtInFindings('furniture/trailing-block');
    const text = `Mayor closes the old bridge for repairs\nSponge Turkey China\nSponge Turkey China\n${'The council voted on Tuesday to close the old bridge in London. '.repeat(100_000)}\n`;
    expect(() => findings(text)).not.toThrow();
  });
});

