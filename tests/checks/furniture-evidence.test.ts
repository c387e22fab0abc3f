import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_LIMITS, furnitureReason, isFurnitureSentence, isInterfaceSentence, markedFurniture, shapeOf, type FurnitureLexicon } from '../../src/checks/furniture-evidence.js';
import { compileRules, lintDocuments, prepareSource } from '../../src/engine.js';
import { applyEdits } from '../../src/fix.js';
import { builtInFindings, flagged, lint, ruleFrom } from '../helpers/rule.js';

const lexicon: FurnitureLexicon = {
  limits: DEFAULT_SHAPE_LIMITS,
  interfaceWords: new Set(['previous', 'article', 'share', 'facebook', 'home', 'play', 'readers', 'articles', 'email', 'privacy', 'policy', 'cookie', 'contact', 'twitter', 'facebook', 'more', 'view', 'load', 'click', 'comment', 'comments', 'share', 'editor', 'choice', 'read', 'photo', 'name', 'please', 'go', 'views', 'post', 'more']),
  functionWords: new Set(['the', 'to', 'your', 'our', 'all', 'a', 'of', 'in', 'is', 'must', 'here', 'and', 'on', 'by', 'also', 'you', 'be', 'about', 'it']),
  dateWords: new Set(['tuesday', 'february', 'pm', 'min', 'read', 'on', 'june', 'posted', 'last', 'sunday', 'july', 'september', 'saturday', 'gmt']),
  isWord: (w) => ['foreign', 'policy', 'minister'].includes(w),
  isCommonWord: (w) => ['full', 'agreement', 'the'].includes(w),
  sectionWords: new Set(['news', 'politics', 'economy', 'crime', 'lottery', 'sports', 'world', 'industry', 'contact']),
  roleWords: new Set(['reporter', 'correspondent', 'writer', 'editor', 'chief']),
  mastheadWords: new Set(['news', 'chronicle', 'daily']),
  agencyNames: new Set(['AP', 'AFP', 'Reuters', 'Yonhap', 'BSS']),
};
const reason = (line: string) => furnitureReason(line, shapeOf(line, lexicon), lexicon);

describe('furniture evidence', () => {
  it('tells the shapes of page furniture', () => {
    expect(reason('Tuesday, February 20, 2018')).toBe('date or number');
    expect(reason('7/24/2020, 10:16:17 PM')).toBe('date or number');
    expect(reason('31.8 C')).toBe('date or number');
    expect(reason('1 min read')).toBe('date or number');
    expect(reason('• Kremlin')).toBe('list item');
    expect(reason('/ LL')).toBe('list item');
    expect(reason('Home » Politics » Page 6')).toBe('breadcrumb');
    expect(reason('Cai | Secretary | Students')).toBe('breadcrumb');
    expect(reason('Leave your comment')).toBe('page interface');
    expect(reason('Editor’s choice')).toBe('page interface');
    expect(reason('Please enter your name here')).toBe('page interface');
    expect(reason('[ad_1]')).toBe('markup');
    expect(reason('<Reporter>')).toBe('markup');
    expect(reason('© Materials')).toBe('credit or pointer');
    expect(reason('Come and take a look ↓')).toBe('credit or pointer');
    expect(reason('The minister left. Photo:')).toBe('credit label');
    expect(reason('by time news')).toBe('byline');
    expect(reason('photo: kremlin.ru')).toBe('credit');
    // Real pages' credits and stamps (from scraped English news pages).
    expect(reason('Reuters June 18, 2019 11:03 PM')).toBe('date and source');
    expect(reason('Chris Davies - June 19, 2019, 10:31 pm GMT')).toBe('date and source');
    expect(reason('Sunday June 18, 2019 7:45 pm GMT by Joe Rossignol')).toBe('dateline');
    expect(reason('Getty Images')).toBe('credit');
    expect(reason('AFP, Getty Images')).toBe('credit');
    expect(reason('(Walt Disney Co.)')).toBe('credit');
    expect(reason('Ryan S. Hollman Submitted photo')).toBe('credit');
    expect(reason('Caption')).toBe('credit label');
    expect(reason('By')).toBe('credit label');
    expect(reason('195Comments')).toBe('count');
    expect(reason('Alex Wong | Getty Images')).toBe('credit');
    expect(reason('Courtesy Google')).toBe('credit');
    expect(reason('WikiLeaks founder Julian Assange (AFP)')).toBe('credit');
    expect(reason('AP, Washington,')).toBe('credit');
    expect(reason('from Emanuele Buzzi')).toBe('byline');
    expect(reason('from Moscow to Kyiv')).toBeUndefined();
    expect(reason('Copyrights(C) Herald wowkorea.jp 83')).toBe('credit or pointer');
    expect(markedFurniture('Javier Milei at the theater bar in La Plata (Photo Z. Nievas)', lexicon)).toBe('caption credit');
    // A word of the page's in capitals before a title is a link's label; an acronym before a headline is not.
    expect(reason('READ The full statement of the ministry')).toBe('link label');
    expect(reason('NATO Allies agree to raise spending')).toBeUndefined();
    expect(reason('Previous article23 contact lenses found in the eye')).toBe('link label');
    expect(markedFurniture('Mario Draghi – Picture by Ansa Foto', lexicon)).toBe('caption credit');
    // A caption ending in its picture's maker and source with a slash; prose that names a source so is not one.
    expect(markedFurniture('Elisabeth Borne in Calvados, during the campaign for the elections, May 21, 2022. (SAMEER AL-DOUMY / AFP)', lexicon)).toBe('caption credit');
    expect(markedFurniture('The ministers Mateusz Morawiecki and Mariusz BłaszczakAFP/Paweł Supernak', lexicon)).toBe('caption credit');
    expect(markedFurniture('Jeong Jin-seok, chairman of the committee (centre), speaks at the meeting held on the 9th. Minkyu Park Senior Reporter', lexicon)).toBe('caption credit');
    expect(markedFurniture('Jeong Jin-seok speaks at the meeting held on the 9th. Minkyu Park Senior\u00A0Reporter', lexicon)).toBe('caption credit');
    expect(markedFurniture('The report was written for the committee. Its authors thanked Jane Smith Reporter', lexicon)).toBeUndefined();
    expect(markedFurniture('The talks in Warsaw, the agency said, will go on. (Reuters / Bloomberg)', lexicon)).toBeUndefined();
    expect(markedFurniture('The talks in Warsaw, the agency said, will go on. (Jane Doe / AP)', lexicon)).toBeUndefined();
    expect(markedFurniture('He wrote for the TV/Radio section of the paper until 2019 and for Daily Mail / Editor', lexicon)).toBeUndefined();
    expect(markedFurniture('Vikings come back to beat the Broncos (145)', lexicon)).toBe('listed story');
    expect(markedFurniture('3of4A shopper looks at extension cords in a hardware store', lexicon)).toBe('caption');
    expect(markedFurniture('1 of 5G masts in the region has been vandalised', lexicon)).toBeUndefined();
    expect(markedFurniture('A video shows the rescue. (Published Monday, Nov. 18, 2019)', lexicon)).toBe('caption');
    expect(markedFurniture('Associated Press writers Alan Fram and Jill Colvin contributed to this report.', lexicon)).toBe('credit');
    expect(markedFurniture('Company TownTelevisionBusinessEntertainment & Arts', lexicon)).toBe('links run together');
    expect(markedFurniture('joetoronto says:', lexicon)).toBe('comment header');
    expect(markedFurniture('Alex on September 17, 2018 at 6:34 am said:', lexicon)).toBe('comment header');
    expect(markedFurniture('Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:', lexicon)).toBe('comment header');
    expect(markedFurniture('she said:', lexicon)).toBeUndefined();
    expect(markedFurniture('The minister said:', lexicon)).toBeUndefined();
    // A story's own update, a brand or two run together, a number and a count in prose: not marked.
    for (const line of ['Rescue teams evacuated 2,000 people. (Updated at 10 a.m.)', 'He bought an iPhone at McDonald’s on YouTube.', 'Of 3 of 4 people asked, most said no.', 'The novel was praised by critics. (Published March 3, 2020)', 'More than 270 authors contributed to the report.', 'SoftBank, BlackRock and DeepMind in talks over GlaxoSmithKline fund', 'minister says:', 'Musk on Sunday at 11:02 p.m. wrote:']) expect(markedFurniture(line, lexicon), line).toBeUndefined();
    expect(isFurnitureSentence('(Reporting by Greg Roumeliotis, with reporting by Herb Lash, editing by Martin Howell.)')).toBe(true);
    expect(isFurnitureSentence('Reporting by Jane Doe; Editing by John Roe')).toBe(true);
    expect(isFurnitureSentence('Reporting by the Guardian showed that the firm had paid no tax.')).toBe(false);
    expect(reason('Go to ...')).toBe('page interface');
    expect(reason('Dmitry Kuleba')).toBe('name alone');
    expect(reason('1703 views')).toBe('count');
    expect(reason('Posted on June 12, 2023 by admin')).toBe('dateline');
    expect(reason('— Lula (@LulaOficial) June 12, 2023')).toBe('embedded post');
    expect(reason('pic.twitter.com/AbC123xyz')).toBe('address');
    expect(reason('Reproduction/Twitter')).toBe('credit');
    expect(reason('Ricardo Stuckert/PR')).toBe('credit');
    expect(reason('Read also: Haddad presents new fiscal framework to Congress')).toBe('link label');
    expect(reason('Reporter Kim Min-soo (kms@yna.co.kr)')).toBe('contact');
    expect(reason('[Photo Provided by Yonhap News]')).toBe('credit');
    expect(reason('▶ Click here to read more')).toBe('link');
    expect(reason('View comments (412)')).toBe('page interface');
    expect(reason('Comments 0')).toBe('page interface');
    expect(reason('1245')).toBe('count');
    expect(reason('Kunye Contact Privacy Policy Cookie Policy Career')).toBe('bar of links');
    expect(reason('Share on Facebook Share on Twitter Share by Email')).toBe('bar of links');
  });

  it('tells a sentence about the page from prose, for the trailing block', () => {
    const interfaceSentence = (line: string) => isInterfaceSentence(shapeOf(line, lexicon), lexicon);
    expect(interfaceSentence('You must be logged in to post a comment.')).toBe(true);
    expect(interfaceSentence('Please share your comment.')).toBe(true);
    expect(interfaceSentence('The minister must read the comment in the paper.')).toBe(false);
    expect(interfaceSentence('Post a comment')).toBe(false);
  });

  it('leaves prose, headlines and headings alone', () => {
    for (const line of [
      'The talks will go on in the capital.',
      'Crawford is back in the game',
      'By the end of the year, prices rose',
      '10 a.m. to 4 p.m.',
      '2. Results',
      'Go over Ginza!?',
      'Like a grove in September,',
      'Two landfills will become sites for producing renewable energy sources',
      'Share prices fall',
      'Foreign Policy',
      'Photo: The talks were postponed.',
      'What happened last night: Sunday, July 26',
      'Until September 23rd',
      'Putin to visit China on June 12, 2023',
      'Sales by region, 2023',
      'Read more about it in the paper.',
      '(Results on page 10)',
      '■ Analyze posts to determine the type and location of the crisis',
      'Write to jane@example.com, he said.',
      'Indian Prime Minister\'s Twitter Account Hacked',
      'North Sea Wind Farms Deliver 21 Percent More Electricity',
      '(Higuchi Kou)',
      'The vote was 52 to 48 (2019)',
      'Courtesy of the people',
      '(Applause.)',
      'Apple Music June 2019 by Region',
    ]) expect(reason(line), line).toBeUndefined();
  });
});

describe('furniture evidence of session 7 (menus, bars, bylines, site names)', () => {
  it('tells a menu at any length, a bar of items, an address under a label', () => {
    expect(markedFurniture('Home News Politics Economy Crime Lottery Sports World Contact us', lexicon)).toBe('menu');
    expect(markedFurniture('Story by Ana Gómez • 3h • 2 min read', lexicon)).toBe('bar of items');
    expect(markedFurniture('Short link: prn.ir/x4Tq9', lexicon)).toBe('labelled address');
    // A table's header and rows, a price, a figure are no bar and no address.
    expect(markedFurniture('Team   P   W   D   L   Pts', lexicon)).toBeUndefined();
    expect(markedFurniture('Price: 18.99', lexicon)).toBeUndefined();
  });

  it('tells bylines by a name and a role, an agency or a label, and a role alone; not subheads', () => {
    for (const byline of ['Jane Doe, Staff Writer', 'Jane Doe – Political correspondent', 'Jane Doe (AP)', 'Text: Jane Doe', 'From our correspondent in Kyiv']) expect(reason(byline), byline).toBe('byline');
    for (const subhead of ['Simone Biles (USA)', 'Text: Full Agreement', 'The Correspondent', 'Chief of Editor']) expect(reason(subhead), subhead).not.toBe('byline');
  });

  it('tells bylines headed by the piece\'s kind, with an outlet after By The, a desk\'s, a capitalised role after a name, Special to (session 11)', () => {
    for (const byline of ['Opinion by Kwame Mensah', 'Analysis by Kwame Mensah, CNN', 'By The Daily Courier', 'Staff and agencies', 'Guardian staff and agencies', 'Kwame Mensah Senior Writer', 'Kwame Mensah, Accra Bureau Chief', 'Kwame Mensah, Special to The Globe', 'Photos and text: Kwame Mensah']) expect(reason(byline), byline).toBe('byline');
    for (const subhead of ['By The River', 'Analysis by the committee', 'The Lonely Correspondent', 'Agencies and markets']) expect(reason(subhead), subhead).not.toBe('byline');
  });

  it('tells a site\'s name, and a breadcrumb of two sections', () => {
    expect(reason('The Lagos Chronicle')).toBe('site name');
    expect(reason('Economy > Industry')).toBe('breadcrumb');
    expect(reason('Prices > Wages')).toBeUndefined();
  });
});

describe('furniture evidence of session 9 (bylines by their shape, pagers, site credits, notices)', () => {
  it('tells a byline by a role as its label, a role after the name, an outlet after it, our bureau', () => {
    for (const byline of ['Correspondent: Pedro Alves', 'Chief editor: Li Wei', 'Kim Soojin reporter', 'Lena Fischer, Daily Chronicle', 'Jane Doe | AFP', 'Reported by our Brussels correspondent']) expect(reason(byline), byline).toBe('byline');
    // A label that is no role, a common noun after a name, a name beside a place are not.
    for (const other of ['Question: Lena Fischer', 'Lena Fischer shares', 'Lena Fischer, Berlin', 'Reported by our readers']) expect(reason(other), other).not.toBe('byline');
  });

  it('tells a pager, a read time alone, a site credit and a cover picture', () => {
    expect(reason('1 2 3 4 5')).toBe('pagination');
    expect(reason('1 2 3 … 12')).toBe('pagination');
    expect(reason('2 min')).toBe('date or number');
    expect(reason('Powered by WordPress')).toBe('site credit');
    expect(reason('Website design by Studio Nine')).toBe('site credit');
    expect(reason('Cover image')).toBe('credit');
    expect(reason('Proofreading: Wang Fang')).toBe('byline');
    // A date and the source's name; a time zone with its offset; a post's byline with its stamp; a label in brackets.
    expect(reason('2026/11/28 18:42 Daily News')).toBe('date and source');
    expect(reason('Saturday, 28/11/2026 15:20 (GMT+7)')).toBe('date or number');
    expect(markedFurniture('Author: Katarzyna Zielinska, 28.11.2026, 14:05', lexicon)).not.toBe('listed story');
    expect(reason('[Read more] Typhoon brings record rainfall')).toBe('link label');
    // The page's words as plurals and possessives: `Readers' comments`, `More articles`.
    expect(reason("Readers' comments")).toBe('page interface');
    expect(reason('More articles')).toBe('page interface');
    // Link texts run together: every word made of the page's words; a brand is made of others.
    expect(reason('ShareFacebookEmail')).toBe('links run together');
    expect(reason('HomeNewsPolitics')).toBe('links run together');
    for (const brand of ['CoinMarketCap', 'FiveThirtyEight', 'PlayStation']) expect(reason(brand), brand).toBeUndefined();
    // Numbers that do not count pages up from 1 are a table's or a score's.
    for (const other of ['3 1 0 2', '1 2 4 8', 'Designed by committee, it failed.']) expect(reason(other), other).toBeUndefined();
  });

  it('tells the site\'s notice on its material without permission, not a report of one', () => {
    expect(isFurnitureSentence('Content may not be republished without permission.')).toBe(true);
    expect(isFurnitureSentence('All materials may not be reproduced without the prior written consent of the editors.')).toBe(true);
    expect(isFurnitureSentence('The diaries may not be reproduced without permission, the court ruled.')).toBe(false);
    expect(isFurnitureSentence('Its content may not be copied without permission, the judge said.')).toBe(false);
    expect(isFurnitureSentence('When using materials, a hyperlink to the site is required.')).toBe(true);
    expect(isFurnitureSentence('All rights to the materials belong to the publisher.')).toBe(true);
    expect(isFurnitureSentence('When using the materials, gloves are required.')).toBe(false);
    // Notices as Chinese and Korean pages word them, translated; reported, they are news.
    expect(isFurnitureSentence('If there is any infringement, please contact us to delete it.')).toBe(true);
    expect(isFurnitureSentence('The article is for reference only and does not constitute investment advice.')).toBe(true);
    expect(isFurnitureSentence('Unauthorized reproduction and redistribution prohibited')).toBe(true);
    expect(isFurnitureSentence('Unauthorized reproduction of the painting is prohibited, the museum said.')).toBe(false);
    expect(isFurnitureSentence('This is an article from TT')).toBe(true);
    expect(isFurnitureSentence('This is an article from the archive of a reader who wrote to us.')).toBe(false);
  });
});

describe('trailing-block with evidence', () => {
  const rule = ruleFrom(
    `kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nlines: ['leave a reply']\ninterfaceWords: [comment, comments, editor, choice]\nfunctionWords: [the, your, all, to]\ndateWords: [tuesday, february]\ntopLineWords: 2`,
  );

  it('finds furniture lines anywhere in a text written a paragraph a line, and the fix removes each with its line break', () => {
    const text = 'The Site\nTuesday, February 20, 2018\nMoscow reacts to the report\nPeskov said the change did not matter.\nHe called it a hostile act.\n';
    expect(flagged(rule, text)).toEqual(['The Site', 'Tuesday, February 20, 2018']);
    expect(applyEdits(text, lint(rule, text).map((f) => f.fix!)).text).toBe('Moscow reacts to the report\nPeskov said the change did not matter.\nHe called it a hostile act.\n');
  });

  it('takes evidenced lines into the trailing block', () => {
    const text = 'Body text ends here.\nLeave your comment\nAll comments\nEditor’s choice\n';
    const [f] = lint(rule, text);
    expect(f.message).toBe('Furniture (3 lines at the end of the article)');
    expect(applyEdits(text, [f.fix!]).text).toBe('Body text ends here.\n');
  });

  it('does not take a line out of hard-wrapped prose', () => {
    expect(lint(rule, 'The minister said the Editor’s choice\nwas not his to make.\n')).toEqual([]);
  });

  it('keeps a short first line that is the headline', () => {
    expect(lint(rule, 'Brexit talks stall\nThe talks stalled on Monday, officials said.\n')).toEqual([]);
  });
});

describe('trailing-block across the pages of a batch', () => {
  const rule = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nminLines: 1\nrepeatedOnPages: 2\nlines: ['leave a reply']`);
  const pageA = 'Peru votes\nThe president said the vote would go ahead on Sunday.\nThe opposition agreed to it.\nLatest from the region\n';
  const pageB = 'Lima floods\nRain fell for three days and the river rose.\nHundreds left their homes.\nLatest from the region\n';
  const lintTogether = (...texts: string[]) => lintDocuments(texts.map((t, i) => prepareSource(t, `${i}.txt`)), compileRules([rule]));

  it('takes a short line that two pages share outside their body text for the site\'s template', () => {
    const [a, b] = lintTogether(pageA, pageB);
    expect(a.map((f) => pageA.slice(f.offset, f.offset + f.length))).toEqual(['Latest from the region']);
    expect(b).toHaveLength(1);
  });

  it('needs the other page: one page alone, or a shared headline, is no template', () => {
    expect(lintTogether(pageA)).toEqual([[]]);
    expect(lintTogether(pageA, pageA.replace('Sunday', 'Monday')).flat().map((f) => f.message)).toEqual(['Furniture (1 line at the end of the article)', 'Furniture (1 line at the end of the article)']);
  });
});

describe('trailing-block: sentences that speak to the page\'s reader', () => {
  const rule = ruleFrom(
    `kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nlines: ['leave a reply']\npageReferences: ['this article', 'our newsletter', 'inbox', 'subscribe']\nreaderAddressWords: 20`,
  );
  const body = 'Peru\'s Congress on Wednesday rejected a motion to remove the president from office, by one vote.';

  it('finds one anywhere, at any length up to readerAddressWords', () => {
    const text = `${body}\nSubscribe to our newsletter to receive the latest news in your inbox every morning.\n${body}\n`;
    expect(flagged(rule, text)).toEqual(['Subscribe to our newsletter to receive the latest news in your inbox every morning.']);
  });

  it('leaves reported speech and news of subscriptions alone', () => {
    const news = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nlines: ['leave a reply']\npageReferences: ['[Tt]his article', '[Oo]ur newsletter']\npageActions: ['[Ss]ubscribe', '[Cc]ookies?', '[Ll]og ?in']`);
    for (const line of [
      'Customers who subscribe to the basic plan will now pay $9.99 a month, and you can still cancel at any time, the company said.',
      '"You have to subscribe to the idea that the economy will recover," the minister said.',
      'The bakery sells cookies and cakes, and if you come early you get a discount, its owner said.',
      'Users will be asked whether they accept cookies before they log in.',
      'If you read this article in the paper, you will know why, the minister said.',
    ]) expect(flagged(news, `${body}\n${line}\n${body}\n`), line).toEqual([]);
    expect(flagged(news, `${body}\nSubscribe to our newsletter so you never miss a story.\n${body}\n`)).toEqual(['Subscribe to our newsletter so you never miss a story.']);
  });

  it('needs two references, or one and the reader as you', () => {
    for (const line of ['The minister refused to subscribe to the plan, he told reporters on Monday.', 'You will find the figures in the annex of the budget.']) {
      expect(flagged(rule, `${body}\n${line}\n${body}\n`), line).toEqual([]);
    }
    expect(flagged(rule, `${body}\nIf you liked this article, share it.\n${body}\n`)).toEqual(['If you liked this article, share it.']);
  });

  it('leaves a longer sentence alone', () => {
    const long = 'Subscribe to our newsletter and read this article and every other one that the editors of the paper choose for you each and every morning of the week.';
    expect(flagged(rule, `${body}\n${long}\n${body}\n`)).toEqual([]);
  });
});

describe('trailing-block: the header by what its lines say', () => {
  const rule = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nlines: ['leave a reply']\nfunctionWords: [the, of, in, on, a, to, and, from, for, will, was, were]\ntopLineWords: 0`);
  const body = 'The Kremlin said on Monday that the report on sanctions was changed before it was sent to Congress.\nPeskov said the change did not matter to the talks.\n';

  it('takes the lines above the headline that share no word with the body, when the page has a header of two lines at least', () => {
    const text = `The Newspapers\nGathering and spreading news from various Russian newspapers\nKremlin report on sanctions changed\nThe change does not matter, Peskov says\n${body}`;
    expect(flagged(rule, text)).toEqual(['The Newspapers', 'Gathering and spreading news from various Russian newspapers']);
  });

  it('leaves a headline and its deck, and a page that starts with its body, alone', () => {
    expect(flagged(rule, `Kremlin report on sanctions changed\nPeskov: the change does not matter\n${body}`)).toEqual([]);
    expect(flagged(rule, `Seriously?!\n${body}`)).toEqual([]);
    // A feature's title over its deck: one line of its own above the headline is no header.
    expect(flagged(rule, `A long road home\nKremlin report on sanctions changed\n${body}`)).toEqual([]);
    expect(flagged(rule, body)).toEqual([]);
  });

  it('takes one line of its own above the headline when it speaks of a news site (a slogan), not a feature\'s title or kicker', () => {
    const site = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: m\nstrayLines: true\nlines: ['leave a reply']\nfunctionWords: [the, of, in, on, a, to, and, from, for, will, was, were]\nmastheadWords: [news, journalism]\ntopLineWords: 0`);
    expect(flagged(site, `Independent journalism since 1995\nKremlin report on sanctions changed\n${body}`)).toEqual(['Independent journalism since 1995']);
    // A kicker names its topic, with a masthead word or a year as often: `Press freedom`, `Unbeaten since 2019`.
    expect(flagged(site, `Unbeaten since 2019\nKremlin report on sanctions changed\n${body}`)).toEqual([]);
    expect(flagged(site, `A long road home\nKremlin report on sanctions changed\n${body}`)).toEqual([]);
  });
});

describe('furniture marked as such at any length', () => {
  it('knows bars of links, captions that end in their credit, and embedded posts', () => {
    expect(markedFurniture('Company Introduction | Terms of Use | Privacy Policy | Contact Us | Advertising', lexicon)).toBe('breadcrumb');
    expect(markedFurniture('Brittany > Finistère > Brest', lexicon)).toBe('breadcrumb');
    expect(markedFurniture('Flooded streets in Porto Alegre seen from above on Monday — Photo: Gustavo Mansur/Palácio Piratini', lexicon)).toBe('caption credit');
    expect(markedFurniture('The Economy Minister celebrated the figure on social networks (EFE/Juan Ignacio Roncoroni)', lexicon)).toBe('caption credit');
    expect(markedFurniture('The fire broke out in a warehouse on the Quai de la Douane. | OUEST-FRANCE', lexicon)).toBe('caption credit');
    expect(markedFurniture('We are on the right path. pic.twitter.com/a8XkQ2pLmn', lexicon)).toBe('embedded post');
    expect(markedFurniture('2020-07-26 05:01:11 Source: Legal Daily Author: Wang Sishuo Editor: Wang Sishuo', lexicon)).toBe('credits');
  });

  it('knows stories listed with their time stamp, portraits\' captions, credits after a caption and the page\'s notices', () => {
    const withOffices = { ...lexicon, officeWords: new Set(['governor', 'minister', 'publisher']) };
    expect(markedFurniture('Tolyatti: a pensioner was injured by snow falling from the roof — 11 February, 09:12', lexicon)).toBe('listed story');
    expect(markedFurniture('Hanoi opens two more shelters for people in flooded areas (11/09/2024)', lexicon)).toBe('listed story');
    expect(markedFurniture('Ahmed Fawzi, Governor of Minya', withOffices)).toBe('portrait caption');
    expect(markedFurniture('The work on the street is to end in May. Fot. Tomasz Wójcik', lexicon)).toBe('caption');
    expect(markedFurniture('Employees at a co-working space in Madrid, Spain, April 2, 2025. REUTERS/Juan Medina', lexicon)).toBe('caption');
    expect(markedFurniture('Portal Vale © 2025 - All rights reserved. Total or partial reproduction is prohibited without authorization.', lexicon)).toBe('page notice');
    expect(markedFurniture('The rest of this article is for members only. Members can read the continuation.', lexicon)).toBe('page notice');
    expect(markedFurniture('We and our 841 partners store and access information on your device, such as cookies.', lexicon)).toBe('page notice');
    expect(markedFurniture('This news has been read 1.847 times.', lexicon)).toBe('count');
    expect(markedFurniture('The online publication is registered by Roskomnadzor, certificate of registration of mass media El No. FS 77-51234 dated 12.10.2012.', lexicon)).toBe('page notice');
    expect(markedFurniture('Found a mistake? Select it and press Ctrl+Enter', lexicon)).toBe('error-report prompt');
    const dates = { ...lexicon, dateWords: new Set([...lexicon.dateWords, 'march', 'p.m', 'a.m']) };
    expect(furnitureReason('March 14, 2025, 5:30 p.m.', shapeOf('March 14, 2025, 5:30 p.m.', dates), dates)).toBe('date or number');
    for (const line of [
      'The talks ended on 11/09/2024.',
      'Getty Images sued the firm for copyright infringement, saying its photos were reproduced without permission.',
      'We found cookies on 40 of the 50 websites we tested, and most shared data with advertisers.',
      'Donate to our campaign, the candidate urged supporters at the rally in Ohio.',
      'Subscribers pay 9.99 euros a month, and the first month for only 0.99 euros drew thousands.',
      'Energy, Minister of Trade',
      'Russia annexes Crimea — 18 March 2014',
      'Law No. 123 on public procurement of 12.03.2019',
      'Partizan Belgrade beat Real Madrid – 89:84',
      'The paper argues that reproduction of its articles is copyright infringement, and that this article proves it.',
      'Under the new model, the rest of the article is visible only to subscribers.',
      'Newspaper offers first month for 0.99 euros to win back readers',
      'We tested 50 popular news websites and found that most placed tracking cookies on your device.',
      'The post has been viewed 480,000 times.',
      'Users now have to press Ctrl+Enter to send a message.',
      'The regulator revoked the newspaper\'s press licence No. 123 on Monday.',
      'The newspaper was registered with the regional press committee in 1994 under No. 114.',
      'Apps that publish news must display a valid ICP licence number, such as Beijing ICP No. 12345678.',
      'We are calling for a cautious decision on travel to the prefectures, such as Tokyo and Osaka (as of July 25th)',
    ]) expect(markedFurniture(line, withOffices), line).toBeUndefined();
    expect(furnitureReason('10:00 a.m. - 4:00 p.m.', shapeOf('10:00 a.m. - 4:00 p.m.', dates), dates)).toBeUndefined();
  });

  it('leaves prose with a slash, a bar or a bracket alone', () => {
    for (const line of [
      'The ratio of debt to output rose from 60 percent to 70 percent in two years, the ministry said.',
      'Prices rose 3 percent (year on year), the agency said.',
      'The band played songs by AC/DC and others.',
      'He said the choice was simple: peace or war.',
      'The deal binds each buyer and seller (and/or their agents)',
      'The referendum results: 52% leave / 48% remain / 0% undecided',
    ]) expect(markedFurniture(line, lexicon), line).toBeUndefined();
  });

  it('finds the furniture of pages from unseen sites by its shape', () => {
    // A month in the source's language, between a day and a year; a file's name; a phone number.
    expect(reason('07 Octombrie 2012, 10:24')).toBe('date or number');
    expect(reason('Reuters June 18, 2019 11:03 PM')).toBe('date and source');
    expect(reason('By: Jane Doe')).toBe('byline');
    expect(reason('+44 20 7946 0958')).toBe('contact');
    expect(reason('TOKYO, Oct 25 (News On Japan) –')).toBe('dateline');
    expect(reason('ANKARA, Nov 16')).toBe('dateline');
    expect(markedFurniture('1751327876387.png', lexicon)).toBe('file name');
    expect(markedFurniture('367d9d40bd47f4470874e1dbea06472d - Ajax beat PSV', lexicon)).toBe('file name');
    expect(markedFurniture('Clip: People respond to the police demand', lexicon)).toBe('caption');
    expect(markedFurniture('Photo: Agerpres.', lexicon)).toBe('caption');
    expect(markedFurniture('I’m Jane Doe, a freelance writer and journalist based in Leeds.', lexicon)).toBe('credit');
    // A story's own lines of the same look.
    for (const line of ['He was born on 7 May 2012 in Leeds.', 'Photo: The talks were postponed.', '– Paris and Lyon were hit hardest', '– Nelson Mandela', 'Jane Doe is a journalist who was detained in Minsk.', 'Jane Okoye is a senior reporter at the Financial Times, where she covers pensions.', 'The 2019 figure was 1,200,000.', 'PARIS, the city of light', 'TOKYO, Oct 25 (Kyodo) – The ministry said on Monday it would act.'])
      expect(markedFurniture(line, lexicon) ?? reason(line), line).toBeUndefined();
  });
});

describe('a caption ending in a wire\'s name, with no stop', () => {
  it('takes a caption closed by a wire (maybe with its photographer), not a sentence pointing at one', () => {
    for (const line of ['Police review the request for the man who damaged a bus in front of the court Yonhap News', 'The party leader spoke at a press conference in Dhaka on 30 June 2025 BSS', 'STF Minister Alexandre de Moraes 02/21/2017 REUTERS / Adriano Machado'])
      expect(markedFurniture(line, lexicon), line).toBe('caption credit');
    for (const line of ['The ministry said so on Monday, according to Yonhap', 'North Korea fired two missiles, the military told AFP', 'Yonhap News Summary | Yonhap News Agency', 'Officials from AP', 'The ministry said so on Monday, Yonhap reported.', 'Two men were held at the border, police tell AFP', 'The state news agency said in a report cited by South Korean wire Yonhap', 'The country marked the launch of its first satellite Reuters'])
      expect(markedFurniture(line, lexicon), line).not.toBe('caption credit');
  });
});

describe('trailing-block: a list of links under its label', () => {
  const rule = ruleFrom(`kind: trailing-block\ndescription: d\nmessage: 'Furniture ({0} {1})'\nstrayLines: true\nlines: ['keep reading:?']\ninterfaceWords: [read, reading]\nlistLines: 3`);
  const body = 'The central bank kept its rate at 50 percent on Thursday, as analysts had expected it to do.';

  it('takes the headlines below the label, up to listLines, and stops at prose', () => {
    const text = `${body}\nKeep reading:\nThe dollar fell again against the euro\nHow much retirees collect in June\n${body}\nA new line of text without a stop\n`;
    expect(flagged(rule, text)).toEqual(['Keep reading:', 'The dollar fell again against the euro', 'How much retirees collect in June']);
  });

  it('takes other stories listed at the end with their teasers, but no sentence above the list\'s label', async () => {
    const findings = await builtInFindings('furniture/trailing-block');
    const teasers = `${body}\nMore like this\nFarmers block roads near Lyon\nThe union of farmers in Brittany said it would go on...\nNew tram line opens in East Berlin\nThe first trams ran on Monday, the operator said.\nFloods close schools in Porto for a week\n`;
    // (One finding for the whole block, from its first line: its fix takes the rest, as the rule's YAML example shows.)
    expect(findings(teasers)).toEqual(['furniture/trailing-block: More like this']);
    const sentenceAbove = `${body}\nThe next meeting of the committee is on July 23.\nLatest news\nFarmers block roads near Lyon\nNew tram line opens in East Berlin\n`;
    expect(findings(sentenceAbove).join('\n')).not.toContain('July 23');
  });

  it('takes a listing whose stories each carry a date under the teaser and a section kicker, as one block', async () => {
    const findings = await builtInFindings('furniture/trailing-block');
    const dated = `${body}\nNews stream\nA couple caused an emergency landing in Heraklion\nAn easyJet flight changed course and landed in Heraklion due to…\nMay 3, 2024\nWorld\nFreedom of the press is in crisis all over the planet says the union\nMay 3, 2024\nLocal\nLocal\nA man from Nicosia was arrested in Larnaca\nThe suspect was held for illegal possession and...\nMay 3, 2024\nKEPA organises a shooting match in Limassol\n`;
    const block = findings(dated);
    expect(block).toHaveLength(1);
    expect(block[0]).toMatch(/^furniture\/trailing-block: News stream\n[\s\S]*KEPA organises a shooting match in Limassol$/);
    // A label between two headlines still parts them from a sentence above it.
    const labelAbove = `${body}\nClick - The dollar fell after the decision\nThe next meeting of the committee is on July 23.\nLatest news\nFarmers block roads near Lyon\nNew tram line opens in East Berlin\n`;
    expect(findings(labelAbove).join('\n')).not.toContain('July 23');
  });
});
