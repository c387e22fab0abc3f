// Evidence that a short line is web-page furniture rather than prose, from what the line looks like, not from a list
// of phrases (after jusText's and Boilerpipe's shallow text features): the words of a page's interface, dates and
// numbers standing alone, list bullets and breadcrumb separators, credit labels, markup.

import type { Fields } from './fields.js';
import type { Options } from './kind.js';

const limit = (value: number, description: string) => ({ type: 'integer', minimum: 0, default: value, description }) as const;

/**
 * The limits the shapes are weighed with, as fields of the kinds that use them (trailing-block): word counts, and
 * shares in percent.
 */
export const SHAPE_FIELDS = {
  listItemWords: limit(4, 'A bullet or separator opening a line of at most this many words (no sentence) is a list item (`• Kremlin`).'),
  breadcrumbItemWords: limit(4, 'The most words of each item of a short breadcrumb or keyword strip (`Home » World » Page 6`).'),
  barItemWords: limit(5, 'The most words of each item of a bar of links at any length (`Terms of Use | Privacy Policy | …`).'),
  datelineWords: limit(10, 'The most words of a post\'s dateline (`Posted on June 12, 2023 by admin`).'),
  datelineOtherWords: limit(2, 'The most words in a dateline that are no date, page or function word (a name).'),
  embeddedPostWords: limit(12, 'The most words of an embedded post\'s signature (`— Lula (@LulaOficial) June 12, 2023`).'),
  creditWords: limit(8, 'The most words of a credit (`Photo: Ricardo Stuckert`) or a contact line with an e-mail.'),
  bracketedCreditWords: limit(10, 'The most words of a credit or caption in brackets, the whole line (`[Photo Provided by Yonhap News]`).'),
  glyphLinkWords: limit(8, 'The most words of a link behind a pointer glyph (`▶ Click here for the latest news`).'),
  bylineWords: limit(10, 'The most words of a byline (`By Jane Doe`).'),
  interfaceLineWords: limit(6, 'The most words of a line of the page\'s interface (`Leave your comment`).'),
  interfaceOneWordLine: limit(4, 'A line with one interface word is the interface\'s up to this many words (others excluding numbers).'),
  interfacePercent: limit(60, 'The share, in percent, of interface and function words in a line of the interface or a glyph link.'),
  countedInterfacePercent: limit(50, 'With a count in the line (`View comments (412)`), the share of interface words among the other words.'),
  barMinWords: limit(4, 'The fewest words of a bar of links without separators (`Kunye Contact Privacy Policy Cookie Policy`).'),
  barMaxWords: limit(16, 'The most words of a bar of links without separators.'),
  barCapitalPercent: limit(50, 'The share, in percent, of capitalised words in a bar of links without separators.'),
  nameAloneMaxWords: limit(3, 'The most words of a name alone on a line (a caption, a byline).'),
  interfaceSentenceWords: limit(12, 'The most words of a sentence about the page below the article (`You must be logged in to post a comment.`).'),
  interfaceSentencePercent: limit(85, 'The share, in percent, of interface and function words in such a sentence.'),
  creditLabels: limit(2, 'A line with this many credit labels is a post\'s credits (`Source: … Author: … Editor: …`).'),
  menuMinWords: limit(6, 'The fewest words of a menu without separators (`Home News Politics Sports Opinion Video`): title-case headlines of four or five words are made of section names too (`Tech Giants Face Privacy Law`).'),
  menuSectionPercent: limit(60, 'The share, in percent, of section names (`sectionWords`) and interface words in such a menu, which has no function word and no punctuation.'),
} as const satisfies Fields;

export type ShapeLimits = Options<typeof SHAPE_FIELDS>;

/** The limits' defaults (for tests and callers outside a rule). */
export const DEFAULT_SHAPE_LIMITS = Object.fromEntries(Object.entries(SHAPE_FIELDS).map(([key, spec]) => [key, spec.default])) as unknown as ShapeLimits;

/** The word lists and limits the evidence is weighed with; they come from the rule's options. */
export interface FurnitureLexicon {
  /** The limits of the shapes. */
  limits: ShapeLimits;
  /** Words of a web page's interface (comment, share, subscribe, photo, …), lower case. */
  interfaceWords: ReadonlySet<string>;
  /** Function words (the, of, to, your, …), lower case: what a sentence has many of and a label few. */
  functionWords: ReadonlySet<string>;
  /** Words of dates and times (monday, january, am, pm, updated, …), lower case. */
  dateWords: ReadonlySet<string>;
  /** Names of a news site's sections and pages (politics, sports, opinion, contact, …), lower case: what its menus list. */
  sectionWords?: ReadonlySet<string>;
  /** News agencies as bylines credit them in brackets (`AP`, `AFP`, `Reuters`), as written. */
  agencyNames?: ReadonlySet<string>;
  /** Words news sites name themselves with (news, daily, herald, chronicle, …), lower case. */
  mastheadWords?: ReadonlySet<string>;
  /** A journalist's roles in a byline (reporter, correspondent, writer, bureau, …), lower case. */
  roleWords?: ReadonlySet<string>;
  /** Languages as a site's language menu names them, each in its own language (`english`, `español`, `中文`), lower case. */
  languageNames?: ReadonlySet<string>;
  /** Offices a portrait's caption names after the person (minister, governor, mayor, publisher, …), lower case. */
  officeWords?: ReadonlySet<string>;
  /** Whether a lower-case word is an English word (the dictionary). */
  isWord: (word: string) => boolean;
  /** Whether a lower-case word is a common English word (the dictionary's commonest tiers). */
  isCommonWord: (word: string) => boolean;
}

/** The features of one trimmed line. */
export interface LineShape {
  words: string[];
  /** It ends as a sentence does (`.`, `!`, `?`, or one of them before a closing quote or bracket). */
  endsSentence: boolean;
  /** Share of its words that are function words. */
  functionShare: number;
  /** Share of its words that start with a capital. */
  capitalShare: number;
}

/** The words of a credit or caption (whose photo, who wrote or edited it). */
const CREDIT_WORD = /\b(?:photos?|images?|pictures?|video|source|credits?|courtesy|provided|file|editor|editing|author|reporter|correspondent)\b/i;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'+.&-]*/gu;
const SENTENCE_END = /[.!?…。！？](?:["“”’»)\]]+)?$/u;

export function shapeOf(line: string, lexicon: FurnitureLexicon): LineShape {
  const words = line.match(WORD) ?? [];
  let functionCount = 0;
  let capitals = 0;
  for (const w of words) {
    if (lexicon.functionWords.has(w.toLowerCase())) functionCount++;
    if (/^\p{Lu}/u.test(w)) capitals++;
  }
  const n = Math.max(1, words.length);
  // (An ellipsis, or a unit's stop, `2 min.`, `5:30 p.m.`, ends no sentence.)
  return { words, endsSentence: SENTENCE_END.test(line) && !/\.\.\.$|…$|\d ?(?:min|sec|hrs?)\.$|\d ?[ap]\.m\.$/.test(line), functionShare: functionCount / n, capitalShare: capitals / n };
}

/** Why a short line is furniture whatever its neighbours, or undefined. */
export function furnitureReason(line: string, shape: LineShape, lexicon: FurnitureLexicon): string | undefined {
  const { words } = shape;
  const { limits } = lexicon;
  // Markup and template debris: a shortcode (`[ad_1]`), a lone tag (`<Reporter>`). (Placeholder Latin is a mark, at any length.)
  if (/^\[\/?[a-z_]+\d*\]$/i.test(line) || /^<\/?[\p{L}][^<>]{0,30}>$/u.test(line)) return 'markup';
  // A separator of a menu or a player left alone on a line (`/`, `|`, `»`); not a section break of prose (`***`, `---`).
  // (Or a list's bullet left alone, `-`.)
  if (/^(?:[/|•·»›]{1,3}|-)$/u.test(line)) return 'separator';
  // A template's variable left unfilled (`client/title.list_title`): lower-case names joined by slashes, dots, underscores.
  // (A slash first: an address has its dot first, `github.com/psf/requests_html`.)
  if (/^[a-z]+(?:_[a-z]+)*\/[a-z]+(?:_[a-z]+)*(?:[/.][a-z]+(?:_[a-z]+)*)+$/.test(line) && line.includes('_')) return 'markup';
  // An agency's or initials' credit alone (`(jh/dpa)`, `(AFP)`).
  // (Or alone in capitals on a line, under a caption: `ANP`; not a word, as a subhead in capitals is: `WATCH`, `FACTS`.)
  if (/^\((?:\p{L}{1,5}\/)+\p{L}{2,8}\)$|^\(\p{Lu}{2,6}\)$/u.test(line) || (/^\p{Lu}{2,6}$/u.test(line) && !lexicon.isWord(line.toLowerCase()))) return 'credit';
  // A copyright mark, an arrow pointing at something on the page.
  // (A long sentence someone reports is prose: `© marks on the original prints showed that …, the judge wrote.`)
  const reportedRights = line.length > 60 && shape.endsSentence && NOTICE_SPEAKER.test(line);
  if ((/^©|^copyrights?\s*(?:\(c\)|©)|\(c\) ?\d{4}|©\s*(?:19|20)\d\d$|[↓↑⇩⇧▼▲]/iu.test(line) && !reportedRights) || (line.includes('©') && words.length <= limits.creditWords)) return 'credit or pointer';
  // A weather widget: a place and a temperature (`Moscow +12°C`, `Weather: Bucharest 18°C, cloudy`).
  // (The place is a name alone: `Seville swelters at 44°C` is a subhead.)
  // (A sign or a label: `Seville 43°C` may be a weather story's list of readings.)
  if (line.includes('°') && /^(?:[Ww]eather:?\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}\s*[+−-]?|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}\s*[+−-])\d{1,2}\s?°\s?[CF]?(?:,?\s+\p{Ll}+){0,2}$/u.test(line)) return 'weather';
  // Hashtags alone (`#Culture #Europe`); a glyph and a count (`👁 5,255`, `⏱ 2 min`); a breadcrumb from `Home` (`Home • Africa`).
  // (Two at least: one alone is a slogan a story quotes, `#RejectFinanceBill2024`.)
  if (/^#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)+$/u.test(line)) return 'tags';
  if (/^[^\p{L}\p{N}\s]{1,2}\s*\d[\d,.:]*(?:[\s\u00a0\u202f]\d{3})*(?:\s*\p{L}{1,4}\.?)?$/u.test(line)) return 'count';
  if (/^home\s*[»›/•|>·]\s*\S/iu.test(line) && words.length <= limits.breadcrumbItemWords + 1) return 'breadcrumb';
  // Two sections of a site's path (`Economy > Industry`, `World » Europe`): capitalised, a section's name among them.
  const path = /^(\p{Lu}[\p{L}&' -]{1,30}?)\s+[>»›]\s+(\p{Lu}[\p{L}&' -]{1,30})$/u.exec(line);
  if (path && [path[1], path[2]].every((item) => item.split(/\s+/).length <= limits.breadcrumbItemWords) && words.some((w) => lexicon.sectionWords?.has(w.toLowerCase()))) return 'breadcrumb';
  // A list bullet or separator opening a line of a few words without a sentence (tag lists, `/ LL` initials).
  if (/^[•·▪◦►▸»›|/]\s*\S/u.test(line) && words.length <= limits.listItemWords && !shape.endsSentence) return 'list item';
  // Breadcrumbs and keyword strips: items split by `|`, `»`, `›`, `/`, `︱`.
  const items = line.split(/\s+[|»›/︱]\s+|︱/u);
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= limits.breadcrumbItemWords)) return 'breadcrumb';
  // A dateline alone on its line, its story below it: a place in capitals, a date, maybe the agency in brackets and a
  // dash (`TOKYO, Oct 25 (News On Japan) –`, `ANKARA, Nov 16`).
  if (DATELINE_ALONE.test(line)) return 'dateline';
  // A byline that credits an agency after a desk's or paper's name (`The world with AFP`, `Editorial staff with Reuters`).
  const withAgency = / (?:with|and) (\S+)$/u.exec(line);
  // (Not a sentence without its stop, `He met with AFP`.)
  // (Two words before it at most: a headline says more, `Google signs deal with AFP`.)
  if (withAgency && lexicon.agencyNames?.has(withAgency[1]) && words.length <= 4 && !shape.endsSentence && !/^(?:he|she|they|we|i|it|you)\b/i.test(line)) return 'byline';
  // (Or a place in title case, a date and an agency's initials: `Tehran, Nov 6, IRNA`; not a timeline's heading,
  // `Geneva, Jan 30, WHO`.)
  if (line.includes(',') && DATELINE_WITH_AGENCY.test(line) && lexicon.agencyNames?.has(line.slice(line.lastIndexOf(' ') + 1).replace(/[()]/g, ''))) return 'dateline';
  // Dates, times and numbers alone (`Tuesday, February 20, 2018`, `7/24/2020, 10:16:17 PM`, `31.8 C`, `1 min read`):
  // at most one other word, a unit or a label in lower case, and something that makes it a date (not `10 a.m. to 4 p.m.`
  // in a list of opening hours, nor a heading `2. Results`).
  if (!shape.endsSentence && words.length) {
    // (A time zone with its offset, `GMT+7`, `UTC-3`, is a date word too.)
    // (In a lunar date an ordinal is a date's word too: `the 14th day of the seventh lunar month`.)
    const lunar = /\blunar month\b/i.test(line);
    const rest = words.filter((w) => !/^\d/.test(w) && !lexicon.dateWords.has(w.toLowerCase().replace(/\.$/, '').replace(/[+-]\d{1,2}(?::?\d\d)?$/, '')) && !(lunar && ORDINAL_WORD.test(w)));
    const dated = /\b(?:1[89]|20)\d\d\b|\d\/\d|\d:\d\d/.test(line) || words.some((w) => lexicon.dateWords.has(w.toLowerCase()) && w.length > 3 && /^\p{Lu}/u.test(w));
    const unit = rest.length === 1 && rest[0].length <= 2 && words.length === 2;
    // (A label in lower case, `updated`, or a dateline's place in capitals, `NAPLES`.)
    // (Or a month in the source's language, its place between a day and a year: `07 Octombrie 2012, 10:24`.)
    const label = rest.length === 1 && (/^(?:\p{Ll}{3,12}|\p{Lu}{3,20})$/u.test(rest[0]) || FOREIGN_MONTH.exec(line)?.slice(1).includes(rest[0].replace(/[.,]$/, '')) === true);
    // (A range of hours is a listing's opening times: `10:00 a.m. - 4:00 p.m.`.)
    // (Its first end is a time of day, not a year: `Saturday, September 21, 2024 - 3:12 am` is a stamp.)
    const hours = /(?<!\d)(?:\d{1,2}:\d\d|\d{1,2}\s*[ap]\.?m\.?)\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?::\d\d)?\s*[ap]\.?m\b/i.test(line);
    if (!hours && rest.length < words.length && (unit || ((rest.length === 0 || label) && dated) || (rest.length === 0 && /\b(?:read|ago)$|^\d{1,2} ?min$/i.test(line)))) return 'date or number';
    // A date and the source's name (`2026/11/28 18:42 Kyodo News`, `12.03.2024 AFP`): capitalised words, one a word
    // sites name themselves with or an agency's name.
    const source = rest.length > 0 && rest.length <= 3 && rest.every((w) => /^\p{Lu}/u.test(w)) && rest.some((w) => lexicon.mastheadWords?.has(w.toLowerCase()) || lexicon.agencyNames?.has(w));
    if (!hours && dated && source && /^\d/.test(line)) return 'date and source';
    // (Or the source or the writer first, then the date and its time: `Reuters November 18, 2019 11:03 PM`, `Chris
    // Davies - Nov 19, 2019, 10:31 pm CST`.)
    const signed = SIGNED_DATE.exec(line);
    // (Names and a date alone may be the story's, `Margaret Atwood – June 4, 2019` carved on a bench: a source's name or
    // a clock makes it a stamp.)
    if (!hours && signed && (source || /\d:\d\d/.test(signed[3])) && furnitureReason(signed[3], shapeOf(signed[3], lexicon), lexicon) === 'date or number' && /\d:\d\d|\b(?:1[89]|20)\d\d\b/.test(signed[3])) return 'date and source';
    // A count of the page's things (`1703 views`, `12 comments`).
    if (words.length === 2 && /^\d[\d.,]*[kKmM]?$/.test(words[0]) && lexicon.interfaceWords.has(words[1].toLowerCase())) return 'count';
    // (Or run together with them: `195Shares`, `0shares`, `151SubscribersSubscribe`.)
    const glued = words.length === 1 ? /^\d[\d.,]*[kKmM]?(\p{L}{3,})$/u.exec(words[0]) : null;
    if (glued && pageWordsIn(glued[1].toLowerCase(), lexicon) > 0) return 'count';
    // (Or each label with its count after it, a few of them: `shares3303 views2`.)
    if (words.length <= 4 && words.every((w) => isLabelThenCount(w, lexicon))) return 'count';
    // A post's dateline (`Posted on June 12, 2023 by admin`): a date, a word that dates a post or names its author, and
    // besides the words of dates, the page and sentences' glue at most two others (a name). (`What happened last night:
    // Sunday, July 26` is a headline; `Until August 23rd` a line of a notice.)
    const others = rest.filter((w) => !lexicon.functionWords.has(w.toLowerCase()) && !lexicon.interfaceWords.has(w.toLowerCase()));
    // (The writer may follow the date: `Monday November 18, 2019 7:45 am PST by Joe Rossignol`.)
    // (A clock, `7:45`, is one word of a dateline, not two.)
    const clocks = line.match(/\d:\d\d/g)?.length ?? 0;
    if (dated && words.length - clocks <= limits.datelineWords && others.length <= limits.datelineOtherWords && (/\b(?:posted|published|released|updated|modified|written)\b|^(?:by|author)\b|\b\d{1,2}\s+(?:minutes?|hours?|days?)\s+ago\b/i.test(line) || /\s[Bb]y\s+\p{Lu}/u.test(line))) return 'dateline';
    // An embedded post's signature: a handle and a date (`— Lula (@LulaOficial) June 12, 2023`).
    if (dated && /(?:^|[\s(])@\w{2,}/.test(line) && words.length <= limits.embeddedPostWords) return 'embedded post';
  }
  // A date and a section or place beside it (`12 March 2022 | Africa`, `04.10.2023 • Politics`).
  // (A bar, and a day in the date: `March 2019 • Arrest` is a timeline's entry.)
  const dateAndSection = line.includes('|') ? /^(.+?)\s+\|\s+(\p{L}[\p{L} &-]{0,25})$|^(\p{L}[\p{L} &-]{0,25})\s+\|\s+(.+)$/u.exec(line) : null;
  if (dateAndSection) {
    const date = dateAndSection[1] ?? dateAndSection[4];
    if (/\b\d{1,2}\b.*\b\d{4}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}/.test(date) && furnitureReason(date, shapeOf(date, lexicon), lexicon) === 'date or number') return 'date and section';
  }
  // An address alone (`pic.twitter.com/AbC123`, `https://…`, `@handle`): a link or an embed's source, not prose.
  if (/^(?:(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*|@\w{2,})$/u.test(line)) return 'address';
  // (Or a site's name as its bare address, in any case: `BREAKING-NEWS.CA`, `dailynews.com`.)
  if (BARE_DOMAIN.test(line)) return 'address';
  // A credit written with a slash (`Reproduction/Twitter`, `Ricardo Stuckert/PR`, `Photo/Xinhua`): names and nothing else.
  if (words.length <= 5 && /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2} ?\/ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(line)) return 'credit';
  // A credit: a label and a short name or address (`photo: kremlin.ru`, `Source: RIA Novosti`), no sentence.
  // (A picture's kind may come first: `Illustrative photo: Poltava City Military Administration`.)
  if (/^(?:(?:illustrative|illustration|archive|archival|file|main|cover|stock|featured|lead|top)\s+)?(?:photo|photograph|pic|image|picture|video|source|credit|screenshot|frame|still|original article|illustration|graphic)s?(?:\s*[:：|]|\s+(?:by|via)\s)\s*\S/i.test(line) && words.length <= limits.creditWords && !shape.endsSentence) return 'credit';
  // The site's maker in its footer (`Powered by WordPress`, `Designed by ThemeGrill`, `Website design by Studio X`).
  if (words.length <= 6 && /^(?:(?:proudly )?powered|(?:(?:web|website|site) )?design(?:ed)?|developed|theme) by \S/i.test(line) && !shape.endsSentence) return 'site credit';
  // A picture's kind for a credit (`Illustrative photo`, `File image`).
  if (/^(?:illustrative|illustration|archive|archival|file|stock|representative|representational|cover|featured|main|lead) (?:photo|image|picture)s?$/i.test(line)) return 'credit';
  // A credit label ending a line: `… is based on. Photo:`, `Stock Photo –`.
  if (/(?:^|\s)(?:photo|image|picture|video|source|credit)s?\s*[:–—-]$|^(?:photo|image|picture|video|source|credit|caption|by)s?$/i.test(line)) return 'credit label';
  // A contact: a short line with an e-mail address (`Reporter Kim Min-soo (kms@yna.co.kr)`).
  if (words.length <= limits.creditWords && !shape.endsSentence && /[\w.+-]+@[\w-]+\.[\w.-]+/.test(line)) return 'contact';
  // A caption or credit in brackets, the whole line (`[Photo Provided by Yonhap News]`, `(Photo: EFE/Juan Pérez)`).
  if (words.length <= limits.bracketedCreditWords && /^[[(（【][^\])）】]+[\])）】]$/u.test(line) && CREDIT_WORD.test(line)) return 'credit';
  // A link behind a pointer or bullet glyph (`▶ Click here for the latest news`, `☞ Subscribe`): no sentence.
  if (/^[▶►▷☞👉→■□◆◇●★☆✔✅📌🔗]/u.test(line) && !shape.endsSentence && words.length <= limits.glyphLinkWords) {
    const ui = interfaceCount(words, lexicon);
    if (ui && pageShare(shape, ui) >= limits.interfacePercent) return 'link';
  }
  // A byline: `By Jane Doe`, `By: Jane Doe`, `by time news`, `Written by Liu Wei`, `Reporting by A; Editing by B` (no sentence).
  // (Not `Written by`, `Produced by`: a music story lists its album's credits so.)
  // (A piece's kind may head it: `Opinion by Jane Doe`, `Analysis by Jane Doe, CNN`; an outlet after `By The`: `By The
  // Associated Press`.)
  const byline = /^(?:(?:reported|reporting|edited|editing|compiled|translated|translation|additional reporting|story|text|words|article|opinion|analysis|commentary|review|interview|column|essay|feature|photos?|video|illustrations?|graphics)\s+)?by\s*:?\s+(\S+)/i.exec(line);
  if (byline && words.length <= limits.bylineWords && !shape.endsSentence && (!lexicon.functionWords.has(byline[1].toLowerCase()) || (byline[1] === 'The' && isOutlet(line.slice(line.indexOf(byline[1])), lexicon)))) return 'byline';
  // The wire's and the desk's bylines (`Staff and agencies`, `Guardian staff and agencies`, `Agencies`, `Web Desk`).
  if (words.length <= 4 && DESK_BYLINE.test(line)) return 'byline';
  // (A byline MT rendered from `di`/`de`/`von`: `from Emanuele Buzzi`, lower case and a name alone.)
  if (words.length <= 4 && /^from \p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(line)) return 'byline';
  if (words.length <= limits.bylineWords && !shape.endsSentence && isBylineOfName(line, lexicon)) return 'byline';
  // A telephone number alone (`+359 2 9336 661`, `Tel: (02) 555-0142`): a contact line of the page's footer.
  if (PHONE_LINE.test(line) && (line.match(/\d/g)?.length ?? 0) >= 7) return 'contact';
  // A picture's credit: an agency's or a picture library's name alone, or two of them (`Getty`, `ITV, ASSOCIATED PRESS`,
  // `EPA-EFE`); a source in brackets, capitalised words alone (`(Walt Disney Co.)`); a picture's kind after its
  // maker (`Ryan S. Hollman Submitted photo`). (After the bylines: `Jane Doe | AFP` is one.)
  // (A bracketed credit may end in a short form's stop: `(Walt Disney Co.)`.)
  if (words.length <= limits.bracketedCreditWords && (!shape.endsSentence || line.endsWith(')')) && isPictureCredit(line, lexicon)) return 'credit';
  // (A caption's subject before a colon and its credit after it: `Sergey Ivanov: Vladimir Fedorenko / RIA Novosti`.)
  const subject = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*:\s+(\S.*)$/u.exec(line);
  if (subject && !shape.endsSentence && isPictureCredit(subject[2], lexicon)) return 'credit';
  // A site's name or a credit to one (`The Lagos Chronicle`, `Radio-Canada with The Canadian Press`): a few capitalised
  // words, one a word sites name themselves with, and function words; no figure, no punctuation after it.
  if (lexicon.mastheadWords && words.length <= MASTHEAD_WORDS && !/[\d.!?:;,"“”]/.test(line) && 2 * shape.capitalShare >= 1) {
    const named = words.every((w) => /^\p{Lu}/u.test(w) || lexicon.functionWords.has(w.toLowerCase()));
    if (named && words.some((w) => lexicon.mastheadWords!.has(w.toLowerCase()))) return 'site name';
  }
  // A link under a label of the page's words (`Read also: Haddad presents the plan`, `WATCH: …`, `ALSO READ | …`): no
  // sentence follows.
  // (Or a label in brackets, as Japanese and Chinese pages set it: `[Related article] Typhoon No. 20 brings…`.)
  // (Or one word of the page's in capitals before a title: `PREV Greece faces…`, `NEXT State of emergency…`; or a pager's
  // label run into the title it links: `Previous article23 contact lenses…`.)
  const labelled = /^[[(]?([\p{L}\s]{2,24}?)(?:\s*[:：]|\s+[|»›]|\s+[-–—](?=\s))\s*\S/u.exec(line) ?? /^[[【]([\p{L}\s]{2,24})[\]】]\s*\S/u.exec(line) ?? /^(\p{Lu}{3,10})\s+(?=\p{Lu}\p{Ll})/u.exec(line) ?? /^((?:[Pp]revious|[Nn]ext|[Oo]lder|[Nn]ewer) (?:article|post|story|entry))(?=[\p{N}\p{Lu}])/u.exec(line);
  if (labelled && !shape.endsSentence) {
    const labelWords = labelled[1].trim().toLowerCase().split(/\s+/);
    if (labelWords.some((w) => lexicon.interfaceWords.has(w)) && labelWords.every((w) => lexicon.interfaceWords.has(w) || lexicon.functionWords.has(w) || lexicon.dateWords.has(w))) return 'link label';
  }
  // The page's interface: a few words, most of them interface or function words, at least one interface word; a count
  // beside them is the page's too (`View comments (412)`, `Comments 0`).
  const ui = interfaceCount(words, lexicon);
  const counts = words.filter((w) => /^\d[\d.,]*$/.test(w)).length;
  const named = words.length - counts;
  // (An ellipsis may end a menu's label: `Go to ...`; a full stop ends a sentence.)
  // (With a count, the page's words must be half the others: `(Results on page 10)` points at a printed page.)
  const share = (100 * (counts ? ui : ui + shape.functionShare * words.length)) / (counts ? named : words.length);
  if (named && (ui >= 2 || (ui === 1 && named <= limits.interfaceOneWordLine)) && words.length <= limits.interfaceLineWords && !/[;?]$|(?<![.…])\.$/.test(line) && share >= (counts ? limits.countedInterfacePercent : limits.interfacePercent)) return 'page interface';
  // A bar of the page's links without separators (`Share on Facebook Share on Twitter`, `Kunye Contact Privacy Policy
  // Cookie Policy Career`): capitalised words, no sentence, two of the page's words at least and with function words most
  // of the line (a title-case headline may have one or two: `Indian Prime Minister's Twitter Account Hacked`).
  if (!shape.endsSentence && words.length >= limits.barMinWords && words.length <= limits.barMaxWords && 100 * shape.capitalShare >= limits.barCapitalPercent && ui >= 2 && pageShare(shape, ui) >= limits.interfacePercent) return 'bar of links';
  // A count alone (`1245`, `0`): a number of views or comments that lost its label; a gallery's counter (`1 / 12`).
  if (/^\d{1,7}$|^\d{1,4} ?\/ ?\d{1,4}$/.test(line)) return 'count';
  // A pager's page numbers (`1 2 3 4 5`, `1 2 3 … 12`): consecutive numbers from 1.
  if (/^1(?:\s+\d{1,3}){2,}(?:\s+(?:…|\.\.\.)\s+\d{1,4})?$/.test(line) && line.split(/\s+/).filter((w) => /^\d/.test(w)).every((w, i, all) => i === all.length - 1 && /…|\.\.\./.test(line) || Number(w) === i + 1)) return 'pagination';
  // Link texts run together, their spaces lost with the page's markup (`ShareTweetEmail`, `LinkedInRSS`,
  // `HomeNewsWorldPolitics`): every word written in one piece of the page's words, with a capital inside.
  // (A brand is made of other words: `CoinMarketCap`, `FiveThirtyEight`, `PlayStation`.)
  // (Three at least: a subhead may join two, `HealthTech`, `WorldView`.)
  if (words.length <= limits.listItemWords && words.some((w) => /\p{Ll}\p{Lu}/u.test(w))) {
    const parts = words.map((w) => pageWordsIn(w.toLowerCase(), lexicon));
    if (parts.every((n) => n > 0) && parts.reduce((a, b) => a + b, 0) >= 3 && parts.some((n) => n >= 2)) return 'links run together';
  }
  // A name alone (a caption, an image's alt text, a byline): two or three capitalised words, one at least no English word.
  if (words.length >= 2 && words.length <= limits.nameAloneMaxWords && !shape.endsSentence && shape.capitalShare === 1 && shape.functionShare === 0 && /^[\p{L}\s.’'-]+$/u.test(line) && words.some((w) => !lexicon.isWord(w.toLowerCase()))) return 'name alone';
  return undefined;
}

const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/i;

/**
 * A mark only furniture puts on a line of any length: a gallery's counter run into its caption (`3of4A shopper looks
 * at…`; not `1 of 5G masts`), a caption's labelled credit after its sentence (`… late last year. Pic: AP.`), a video's caption with its weekday and year of publishing (`… was released on Monday.
 * (Published Monday, Nov. 18, 2019)`; not a review's `(Published March 3, 2020)` nor `(Updated at 10 a.m.)`), the
 * wire's contributors (`Associated Press writers … contributed to this report.`; `… contributed to the report.` is
 * news); given the lexicon, a caption's maker and source or photographer at its end. The line's end is read alone (a search of a whole paragraph for a mark at its end costs on every paragraph).
 */
export function longLineMark(line: string, lexicon?: FurnitureLexicon): 'caption' | 'caption credit' | 'credit' | undefined {
  const first = line.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && GALLERY_COUNTER.test(line)) return 'caption';
  const tail = line.slice(-MARK_TAIL);
  // A caption that ends in its picture's maker and source, one a wire or a picture library, written with a slash
  // (`…, May 21, 2022. (SAMEER AL-DOUMY / AFP)`, `… and Mariusz BłaszczakPAP/Paweł Supernak`), or in its photographer's
  // name and role: prose names no photographer so.
  if (lexicon && endsInMakerCredit(tail, lexicon)) return 'caption credit';
  // Or, with no stop before it, in a wire's name alone, maybe with its photographer's (`… in front of the court Yonhap
  // News`, `… on 30 June 2025 BSS`, `… 02/21/2017 REUTERS / Adriano Machado`): a sentence ends with its stop and names a
  // wire after a word that points at it (`according to Yonhap`, `told AFP`).
  if (lexicon && endsInAgencyCredit(tail, lexicon)) return 'caption credit';
  // (The labelled credit's colon is looked for before its regex runs: most long lines are paragraphs without one.)
  if (VIDEO_STAMP.test(tail) || ((tail.includes(':') || tail.includes('：')) && LABELLED_CREDIT_END.test(tail))) return 'caption';
  if (CONTRIBUTORS.test(tail)) return 'credit';
  // The writer's note on themself, under the story (`I'm Jane Doe, a journalist based in…`). (Not `Jane Doe is a senior
  // reporter at…`: a story introducing its new columnist says so, and trap passages found it.)
  // (Its opening letter first: most long lines open otherwise.)
  return (first === 0x49 || first === 0x48) && AUTHOR_NOTE.test(line) ? 'credit' : undefined;
}
const WRITER = '(?:writer|journalist|reporter|editor|author|blogger|contributor|correspondent|columnist|freelancer|content creator)';
const AUTHOR_NOTE = new RegExp(`^(?:(?:Hi,?\\s+)?I(?:['’]m|\\s+am)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2},?\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,4}${WRITER}s?\\b)`, 'u');
const GALLERY_COUNTER = /^\d{1,3}of\d{1,3}(?=\p{Lu})/u;
const VIDEO_STAMP = /\s\(Published (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [^()]{3,30}\b(?:19|20)\d\d\)$/u;
/** A caption's credit after its label and a sentence, maybe with a stop (`… in Seoul late last year. Pic: AP.`). */
const LABELLED_CREDIT_END = /[.!?]\s+(?:[Pp]ics?|[Pp]hotos?|[Pp]ictures?|[Ii]mages?)\s*[:：]\s*\p{Lu}[\p{L}.&'’/ -]{0,40}$/u;
const CONTRIBUTORS = /\bcontributed (?:to )?this (?:report|story|article)\.?$/u;
/** Longer than either end mark can be, so that a mark in the tail is the whole line's. */
const MARK_TAIL = 80;
/** A character a bar of links or a breadcrumb parts its items with. */
const BAR_MARK = /[|»›>/︱]/u;
/** How a caption that names its picture's kind ends, in its last seven characters. */
const PICTURE_KIND_END = /(?:photo|image|picture|footage)$/i;
// (A user name in lower case, group 1; or a name, a dated day with its year and a time: `on Sunday at 11:02 p.m. wrote:`
// is a news story's.)
const COMMENT_HEADER = /^(?:(?!(?:she|he|they|we|you|who|it|one|all|both|many)\s)([\p{Ll}\d_.-]{3,30})\s+(?:says|said|wrote):|[\p{L}\d_.'’ ()-]{2,40}?\s+on\s+[^:]{3,30}?\b(?:19|20)\d\d\s+at\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s+(?:says|said|wrote):)$/u;
/** Four words run together in one token: three times a lower-case letter and then a capital. */
const GLUED_LINKS = /\p{Lu}?\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,}){3}/u;

/** A source or a writer (one to three capitalised words), maybe a bar or a dash, then a date (`Reuters November 18, 2019 11:03 PM`). */
const SIGNED_DATE = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)(\s+[-–—|·•]\s+|\s+)((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)[^|]*)$/u;
/** A wire's name ending a line, maybe `News` or `News Agency` after it and a photographer's name after a slash (group 1: the name as written). */
const AGENCY_END = /(?<=[\p{L}\d)]\s+)(?<![|–—-]\s+(?:\S+\s+)?)(\p{Lu}[\p{L}]+)(\s+News(?:\s+Agency)?)?(\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?$/u;
/** Words before a wire's name that make it part of a sentence: `according to Yonhap`, `told AFP`, `Reuters and AP`. */
const POINTS_AT_AGENCY = /\b(?:to|by|from|with|via|and|or|of|for|on|at|in|the|told|tells|tell|said|says|say|reported|reports|report|warned|warns|cited|quoted|citing|quoting|agency|service|wire|outlet|broadcaster|newspaper|channel)\s+\S+(?:\s+News(?:\s+Agency)?)?(?:\s*\/.*)?$/iu;
/** The fewest words before the wire's name in a caption ending in it. */
const AGENCY_CAPTION_WORDS = 4;

/**
 * Whether a line without a stop at its end closes on a wire's name (`agencyNames`, or its capitals: `REUTERS`),
 * maybe with a photographer after a slash, after AGENCY_CAPTION_WORDS words that do not point at it.
 */
function endsInAgencyCredit(tail: string, lexicon: FurnitureLexicon): boolean {
  const last = tail.charCodeAt(tail.length - 1);
  // (Most lines end with a stop or a quote: a letter last is looked for before any regex runs.)
  if (!lexicon.agencyNames?.size || !((last >= 0x61 && last <= 0x7a) || (last >= 0x41 && last <= 0x5a))) return false;
  const m = AGENCY_END.exec(tail);
  if (!m) return false;
  const name = m[1];
  const asWritten = lexicon.agencyNames.has(name) || (name.length > 3 && name === name.toUpperCase() && lexicon.agencyNames.has(name[0] + name.slice(1).toLowerCase()));
  // (And a caption's mark beside it: `News` after it, a photographer after a slash, or a date or a figure right before
  // it, `… 30 June 2025 BSS`; a headline ends on a wire too, `…, warns AA`, `… launched Sputnik`.)
  const captionMark = m[2] !== undefined || m[3] !== undefined || /\d\S*\s+$/u.test(tail.slice(0, m.index));
  return asWritten && captionMark && !POINTS_AT_AGENCY.test(tail) && wordCount(tail.slice(0, m.index)) >= AGENCY_CAPTION_WORDS;
}
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Picture libraries and wires that credit photographs. */
const PICTURE_SOURCE = /^(?:getty images|shutterstock|istock(?:photo)?|alamy|epa(?:-efe)?|ap|afp|reuters|associated press|pool|handout|bloomberg|zuma(?: press)?|sipa|abaca|pa(?: media| wire)?|anadolu|xinhua|tass|ria novosti|sputnik|dpa|ansa|efe|kyodo|yonhap|unsplash|pexels|wikimedia commons)$/i;
/** The word a company's, an agency's or a picture library's name ends in, before the closing bracket (`(Walt Disney Co.)`). */
const ORGANISATION_END = /\s(?:Co|Corp|Inc|Ltd|LLC|plc|AG|SA|GmbH|Group|Images|Photos?|Press|Agency|Pictures|Studios?|Media|News|Handout)\.?\)$/u;

/**
 * A maker (two to four words in capitals, as photographers are credited, or names after `Photo`) and a source after a
 * slash at a line's end, in brackets or after a stop (group 1 the source): `(Reuters / Bloomberg)` or `(Jane Doe / AP)`
 * ending a story's sentence credits the story.
 */
const MAKER_THEN_SOURCE = /(?:\(|[.!?]\s+)(?:[Pp]hoto(?:graph)?(?:\s+by)?:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3})\s*\/\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\)?$/u;
/** A source (one capitalised word) glued to or after the caption, a slash, and its maker (two or three capitalised words) at a line's end (group 1 the source). */
const SOURCE_THEN_MAKER = /(?:^|[\s\p{Ll}(])(\p{Lu}{2,6}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}\)?$/u;

/** A name (two or three capitalised words) and a role word, maybe after `Senior`, `Staff` or `Chief`, after a sentence's end (not an initial's stop: `Bruce Y. Lee Senior Contributor` is a byline) at a line's end. */
const NAME_AND_ROLE_AFTER_STOP = /(?:\p{L}{2}[.!?]|\))\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}\s+(?:(?:Senior|Staff|Chief|Photo)\s+)?\p{Lu}\p{Ll}+$/u;

/**
 * A line's last word, after any kind of space (a scraped page puts a no-break space before a role): what `/\S+$/u`
 * matches, read from the end (the regex tried every word).
 */
function lastWordOf(line: string): string {
  let i = line.length;
  while (i > 0 && !WHITE_SPACE.test(line[i - 1])) i--;
  return line.slice(i);
}
const WHITE_SPACE = /\s/u;

/** Whether a line ends in a picture's maker and source written with a slash, the source a wire or a picture library, or in a photographer's name and role. */
function endsInMakerCredit(line: string, lexicon: FurnitureLexicon): boolean {
  if (line.includes('/')) {
    const made = MAKER_THEN_SOURCE.exec(line);
    if (made && isPictureSource(made[1], lexicon)) return true;
    const sourced = SOURCE_THEN_MAKER.exec(line);
    if (sourced !== null && isPictureSource(sourced[1], lexicon)) return true;
  }
  // (Or its photographer's name and role after the caption's last stop, as Korean pages credit: `… on the 9th. Minkyu
  // Park Senior Reporter`.)
  // (The last word is looked up before the regex runs: this is asked of every long line's end.)
  const lastWord = lastWordOf(line);
  if (!lexicon.roleWords?.has(lastWord.toLowerCase())) return false;
  return NAME_AND_ROLE_AFTER_STOP.test(line);
}

/** Whether a name is a picture library's or a wire's, as credits give them (`Getty Images`, `AFP`, `Xinhua`). */
function isPictureSource(name: string, lexicon: FurnitureLexicon): boolean {
  return PICTURE_SOURCE.test(name) || lexicon.agencyNames?.has(name) === true;
}

/** Whether a line is a picture's or a story's credit of the kinds in `furnitureReason` (a source alone, in brackets, after a maker or a caption; a wire's dateline). */
function isPictureCredit(line: string, lexicon: FurnitureLexicon): boolean {
  const parts = line.split(/\s*[,/;|]\s*/);
  // (A maker and the library: `Alex Wong | Getty Images`; a giver: `Courtesy Google`.)
  if (parts.length === 2 && PICTURE_SOURCE.test(parts[1]) && /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(parts[0])) return true;
  if (/^[Cc]ourtesy(?: of)? \p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(line)) return true;
  // (A caption with its source in brackets, no sentence's end: `WikiLeaks founder Julian Assange (AFP)`; a wire's
  // dateline: `PTI, Washington,`.)
  // (A caption names, without a comma: `Two people were arrested at the scene, police said (AFP)` is the story's sentence.)
  const bracketed = /\s\(([^()]{2,30})\)$/u.exec(line);
  if (bracketed && !line.includes(',') && isPictureSource(bracketed[1], lexicon)) return true;
  if (parts.length <= 3 && parts.every((part) => isPictureSource(part, lexicon))) return true;
  // (A company's or an agency's name: a name alone in brackets is a Japanese paper's byline, `(Higuchi Kou)`, and a
  // transcript's stage direction is no credit, `(Applause.)`.)
  if (/^\((?:\p{Lu}[\p{L}.&'’-]*)(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|&|of|and|de)){0,4}\)$/u.test(line) && ORGANISATION_END.test(line)) return true;
  const wire = /^(\p{Lu}[\p{L}]{1,9}),\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},?$/u.exec(line);
  if (wire && lexicon.agencyNames?.has(wire[1])) return true;
  return /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:submitted|contributed|courtesy|handout|supplied|file|staff|pool) (?:photo|image|picture)s?$/iu.test(line);
}

/**
 * Whether a short sentence speaks to the page's reader about the page (`You must be logged in to post a comment.`): at
 * least two of the page's words, and nothing but them and function words, but for about a word in seven. Only below the last
 * paragraph of an article is this furniture; above it, `Read more about it in the paper.` is prose.
 */
export function isInterfaceSentence(shape: LineShape, lexicon: FurnitureLexicon): boolean {
  const { words } = shape;
  if (words.length > lexicon.limits.interfaceSentenceWords || !shape.endsSentence) return false;
  const ui = interfaceCount(words, lexicon);
  return ui >= 2 && pageShare(shape, ui) >= lexicon.limits.interfaceSentencePercent;
}

/** A capitalised word between a day and a year, or before a day and a year: a month, in whatever language. */
const FOREIGN_MONTH = /\b\d{1,2}\.?\s+(\p{Lu}\p{Ll}{2,})\.?,?\s+(?:1[89]|20)\d\d\b|\b(\p{Lu}\p{Ll}{2,})\.?\s+\d{1,2},\s+(?:1[89]|20)\d\d\b/u;
/** A telephone number, with its label or none. */
const PHONE_LINE = /^(?:(?:tel|phone|telephone|fax|call|hotline|contact)\.?\s*:?\s*)?\+?\(?\d[\d\s()./-]{5,}\d$/iu;
/** A credit's few capitalised words after the label, with a stop (`Photo: Agerpres.`, `Photo: John Smith/AP.`). */
const CREDIT_AFTER_LABEL = /^\p{L}+\s*[:：]\s*\p{Lu}[\p{L}.'’&/-]*(?:\s+\p{Lu}[\p{L}.'’&/-]*){0,3}\.$/u;
/** A file's name alone, or opening a line as an image's alt text does (`1751327876387.png`, `photo_2.jpg - Ajax…`), or a hexadecimal id (`367d9d40bd47f4470874e1dbea06472d - …`). */
const FILE_NAME_LINE = /^(?:[\w.()-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)|[\da-f]{24,})(?:\s|$)/iu;
/** A medium's label opening a line: prose never starts so. */
const MEDIA_CAPTION = /^(?:video|clip|photo|picture|image|gallery|footage|infographic)s?\s*[:：]\s*[\p{L}\d“"‘]/iu;

/**
 * Furniture by a mark only furniture has, whatever the line's length: a bar of links or a breadcrumb (three or more
 * items between `|`, `»`, `›`, `>` or `/`, each of a few words), a caption that ends in its credit (`… on Monday.
 * (Photo: DC)`, `… — Photo: Gustavo Mansur/Palácio Piratini`), an embedded post's picture link (`pic.twitter.com/…`).
 */
export function markedFurniture(line: string, lexicon: FurnitureLexicon): string | undefined {
  if (isProgramCode(line)) return 'program code';
  if (isGluedBreadcrumb(line, lexicon)) return 'breadcrumb';
  if (isMenu(line, lexicon)) return 'menu';
  if (isLanguageMenu(line, lexicon)) return 'language menu';
  // A long line's own marks (a gallery's counter, a video's stamp, the wire's contributors, a caption's credit).
  const marked = longLineMark(line, lexicon);
  if (marked) return marked;
  // A reader's comment's header: a user name in lower case and `says:`, or a name, the day and the time and `said:`
  // (`joetoronto says:`, `Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:`).
  // (Its regex is run only on lines that end as it must: most lines end otherwise.)
  const header = (line.endsWith('says:') || line.endsWith('said:') || line.endsWith('wrote:')) ? COMMENT_HEADER.exec(line) : null;
  // (A user name is no English word: `mom says:`, `officer says:` stand in transcripts.)
  if (header && (header[1] === undefined || !lexicon.isWord(header[1].replace(/[\d_.-]+/g, '')))) return 'comment header';
  // Link texts run together, four of them at least in one token, spaces lost with the markup (`Company
  // TownTelevisionBusinessEntertainment & Arts`): a brand or a name joins three at most (`YouTube`, `GlaxoSmithKline`).
  if (!SENTENCE_END.test(line) && GLUED_LINKS.test(line)) return 'links run together';
  // (Each search below is run only on lines holding a character or a word it needs: most lines hold none.)
  const items = BAR_MARK.test(line) ? line.split(/\s+[|»›>/︱]\s+|︱/u) : [line];
  // (Figures between slashes are data, not links: `52% leave / 48% remain / 0% undecided`.)
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= lexicon.limits.barItemWords && !/\d/.test(item))) {
    const words = items.flatMap((item) => item.toLowerCase().split(/\s+/));
    // A bar of the page's words, or a path of places and sections (`Brittany > Finistère > Brest`) with no sentence.
    if (words.some((w) => lexicon.interfaceWords.has(w)) || !SENTENCE_END.test(line)) return 'breadcrumb';
  }
  if ((line.includes(':') || line.includes('：') || line.includes('/')) && /(?:\(|\[|[—–-]\s|\|\s*)(?:photos?|images?|pictures?|video|source|credits?)\s*[:：/][^()\[\]]{1,80}[)\]]?$/iu.test(line)) return 'caption credit';
  // (Or with no mark before it, a caption in title case with its credit run on: `…, PT Stresses Photo: PL`.)
  // (Four words of caption at least before it, and not `Picture`, an award's: `Best Picture: Oppenheimer`.)
  // (Its words are looked for before the regex runs, which tried every line's words from its start.)
  if ((line.includes('hoto') || line.includes('Foto') || line.includes('Image')) && /^(?:\S+\s+){4,}(?:Photo|Foto|Image)s?\s*[:：]\s*\p{Lu}[\p{L}.&'’/ -]{0,40}$/u.test(line) && !/[.!?]["”’]?\s/u.test(line)) return 'caption credit';
  if (FILE_NAME_LINE.test(line)) return 'file name';
  // A caption under its medium's label, of any length (`Clip: People respond, …`, `Photo: Firefighters at the scene`).
  // (A photo's label before a whole sentence may be a transcript's speaker, `Photo: The talks were postponed.`; a
  // video's or a clip's never is.)
  const media = MEDIA_CAPTION.exec(line);
  if (media && (!SENTENCE_END.test(line) || /^(?:video|clip|gallery|footage)/i.test(media[0]) || CREDIT_AFTER_LABEL.test(line))) return 'caption';
  if (ALSO_LINK.test(line)) return 'link label';
  // A listing's teaser, cut where the excerpt ends (`…resume activities while the Health […]`).
  // (Not in a quotation, where `[…]` marks words left out: `the law “does not allow … two days […]`.)
  if (line.endsWith(']') && /\s\[(?:…|\.\.\.)\]$/u.test(line) && !/["“”«]/u.test(line)) return 'teaser';
  // (Or after a dash, the word and `by`: `Mario Draghi – Picture by Ansa Foto`.)
  if (line.includes('by') && /\s[—–-]\s(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s+by\s+\p{Lu}[^.!?]{0,60}$/u.test(line)) return 'caption credit';
  // (Or a bracket of the word and a name alone: `… in La Plata (Photo Z. Nievas)`.)
  if (line.endsWith(')') && /\((?:[Pp]hotos?|[Ff]oto|[Ii]mage|[Pp]icture)\s+(?:by\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\)$/u.test(line)) return 'caption credit';
  // A caption that ends in the kind of its picture (`Traffic police car. Archival photo`).
  if (PICTURE_KIND_END.test(line.slice(-7)) && /[.!?]\s+(?:archival|archive|file|illustrative|illustration|stock|representative|representational) (?:photo|image|picture|footage)$/iu.test(line)) return 'caption credit';
  // A caption that ends in its credit: an agency and a name (`(EFE/Juan Ignacio Roncoroni)`), a bracketed credit
  // (`[Photo provided by Samsung Electronics]`), or a source in capitals after a bar (`… Quai de la Douane. | OUEST-FRANCE`).
  // (Case matters here: with `i`, `\p{Lu}` would take lower case too: `(and/or their agents)`.)
  if ((line.endsWith(')') || line.endsWith(']') || line.includes('|')) && /\((?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)\/\p{Lu}[^()/]{1,60}\)$|\[(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideo)\b[^\[\]]{1,60}\]$|[.!?]\s+\|\s+\p{Lu}[\p{Lu}\d .&-]{1,30}$/u.test(line)) return 'caption credit';
  if (line.includes('.co') && /\bpic\.twitter\.com\/\w+|\bt\.co\/\w+/.test(line)) return 'embedded post';
  // A keyboard shortcut for reporting a typo (`Found a mistake? Select it and press Ctrl+Enter`): only a page asks so.
  // (A messenger's help, `press Ctrl+Enter to send a message`, names no mistake.)
  if (line.includes('Ctrl') && /\bCtrl\s*\+\s*Enter\b/.test(line) && /\b(?:mistake|typo|error|spelling|select)/i.test(line)) return 'error-report prompt';
  // The page's count of its readers (`This news has been read 1.847 times.`).
  if (VIEWS_SENTENCE.test(line)) return 'count';
  // A link behind a double arrow (`>> Hai Phong: Support for each household`), no sentence.
  if (line.startsWith('>>') && !SENTENCE_END.test(line) && (line.match(WORD)?.length ?? 0) <= 25) return 'link';
  // A portrait's caption: a person's name and office, nothing else (`Ahmed Fawzi, Governor of Minya`, `Sophie
  // Albrecht, publisher`).
  if (line.length <= PORTRAIT_CHARS && line.includes(',') && isPortraitCaption(line, lexicon)) return 'portrait caption';

  // Another story listed with its time stamp or view count (`Tolyatti: a pensioner was injured by snow — 11 February,
  // 09:12`, `Hanoi opens two more shelters (11/09/2024)`, `… 2024.10.11 10:02`, `… overnight 👁 3 108`): a headline of
  // three words or more, no sentence's end before the stamp. An article's sentence ends with its stop, not a date.
  // (A stamp ends in a figure, a bracket or follows a view glyph: the regex runs on few of the lines it is asked about.)
  const end = line.charCodeAt(line.length - 1);
  // (A post's own byline with its stamp is no other story: `Author: Jane Doe, 28.11.2026, 14:05`; nor its own stamp,
  // `This content was published on October 07, 2021 – 09:33`, a dateline.)
  if (((end >= 0x30 && end <= 0x39) || end === 0x29 || line.includes('👁', line.length - 24)) && LISTED_STORY.test(line) && !BYLINE_START.test(line) && !POST_STAMP.test(line) && !/[.!?]["”’)]?$/u.test(line.replace(LISTED_STORY_STAMP, '').replace(COMMENT_COUNT, ''))) return 'listed story';
  // A line of items set apart by dots or by runs of spaces (`Story by Ana Gómez • 3h • 2 min read`, `Imprint   Data
  // protection   Contact`), each item a few words and no sentence: a post's meta line or a bar of links.
  if (line.includes(' • ') || line.includes(' · ') || line.includes('  ')) {
    // (Two spaces set items apart too, `Home  News  Jobs  Contact`: a sentence is no item, so prose typed with two
    // spaces after its stops is not taken.)
    const parts = line.split(/\s+[•·]\s+|\s{2,}/u);
    // (Items set apart by two spaces only are a bar when there are five of them or more and one names a section or
    // the page's interface: a table is typed so too, `Name  Age  Role`, `Saturday  Music  Food  Markets`.)
    const barOfTwoSpaces = line.includes(' • ') || line.includes(' · ') || line.includes('   ') || (parts.length >= 5 && parts.some((part) => part.split(/\s+/).some((w) => lexicon.sectionWords?.has(w.toLowerCase()) || isInterfaceWord(w, lexicon))));
    if (parts.length >= 3 && barOfTwoSpaces && parts.every((part) => isBarItem(part, lexicon))) return 'bar of items';
  }
  // An address under a label (`Short link: prn.ir/x4Tq9`, `Source: https://…`): the page's link to itself or another.
  // (Not a sentence: `Official site: https://….` ends an article.)
  if (/^\p{L}[\p{L} ]{1,20}[:：]\s*(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?:\/\S*)?(?<!\.)$/u.test(line)) return 'labelled address';
  // (An autoblog's label may have no colon before a full address: `source https://…`, `Via https://…`.)
  if (/^(?:source|via|from|link|read more|more)\s+https?:\/\/\S+$/iu.test(line)) return 'labelled address';
  // An embedded post's signature: a handle in brackets ending the line, or `Posted by … on <date>`.
  // (Each regex below runs on every paragraph of a page, so a cheap test of a character it needs comes first.)
  const last = line.charCodeAt(line.length - 1);
  if ((last === 0x29 || /^[PpSs]/.test(line)) && /\(@\w{2,}\)$|^(?:posted|shared) by\b.{3,80}\b(?:19|20)\d\d$/iu.test(line)) return 'embedded post';
  // A shortcode with attributes around a caption (`[caption id="…"] … [/caption]`), placeholder Latin in any of its openings.
  if (line.includes('[') && /^\[[a-z_][a-z\d_]*(?:\s+[a-z_-]+="[^"]*")+\s*\]|\[\/[a-z_][a-z\d_]*\]$/i.test(line)) return 'markup';
  if (isPlaceholder(line)) return 'placeholder text';
  if (isCaption(line, last)) return 'caption';
  // A site's notice about its material or its readers' comments (`Reprinting is allowed only with a link to the source.`).
  if (isFurnitureSentence(line)) return 'page notice';
  // A post's credits, two labels at least (`2020-07-26 05:03:17 Source: Legal Daily Author: Wang Sishuo Editor: …`).
  if ((line.match(/(?:^|\s)(?:source|author|editor|reporter|correspondent|photo|photographer|story|text|translator)\s*[:：]\s*\S/giu)?.length ?? 0) >= lexicon.limits.creditLabels) return 'credits';
  return undefined;
}

/**
 * A link to another story under a label that says so, whatever the title's end (`SEE ALSO: Former Commander…: "I do
 * not like being destroyed."`, `READ ALSO: …`).
 */
const ALSO_LINK = /^(?:(?:see|read|watch|check|look) also|also (?:read|see|watch|on)|related|read more|more on this)\s*[:：|»›]\s*\S/iu;

/**
 * Whether a line opens with a mark that only furniture has, though the rest reads as a sentence (a link's label and the
 * title it links, a breadcrumb run into the headline): asked of lines the search for stray lines would pass over as prose.
 */
export function opensWithFurnitureMark(line: string, lexicon: FurnitureLexicon): boolean {
  return ALSO_LINK.test(line) || isGluedBreadcrumb(line, lexicon);
}

/**
 * A breadcrumb run together from `Home`, its links' spaces lost (`HomePoliticsJavier Milei, on the cuts…`,
 * `HomeBreaking NewsSánchez qualifies…`): `Home` and a section's or the page's word glued after it. It ends in the
 * story's headline, so it reads as a sentence: the stray-line search asks about it before passing sentences over.
 */
function isGluedBreadcrumb(line: string, lexicon: FurnitureLexicon): boolean {
  if (!line.startsWith('Home')) return false;
  // (The crumb runs into the next one or the headline, a capital right after it: `HomeLink lets drivers…` is a brand.)
  const glued = /^Home(\p{Lu}\p{Ll}+)(?:\s\p{Lu}\p{Ll}+)?(?=\p{Lu})/u.exec(line);
  return glued !== null && (lexicon.sectionWords?.has(glued[1].toLowerCase()) === true || isInterfaceWord(glued[1], lexicon) || glued[1] === 'Breaking');
}

// A script's object left in the page (an ad's or a widget's settings): brackets alone (`}`, `},{`, `});`); a property
// and its value (`mediaTypes: {`, `siteId: '314342',`, `placementId: navigator.userAgent.match(…)`): a key of one
// identifier with no space, then a bracket, a call on an object, or a literal that a comma ends or whose key is in
// camel case (`Age: 45` may be a fact box's line); a call on an object (`adUnits.push({`,
// `googletag.cmd.push(function() {`); a declaration (`var slot = …`).
const CODE_BRACKETS = /^[{}[\]();,]{1,8}$/;
const CODE_PROPERTY = /^([A-Za-z_$][\w$]*)\s*:\s*(?:[{[]{1,2}$|\(?[A-Za-z_$][\w$]*(?:\.[\w$]+)+\(|(['‘’"][^'‘’"\n]{0,80}['‘’"]|-?\d+(?:\.\d+)?|true|false|null)(,?)$)/u;
const CODE_CALL = /^[A-Za-z_$][\w$]*(?:\.[\w$]+)+\((?:.*[{(,;]|.*\)\s*;?)$/u;
// A statement a tag manager or an ad network leaves (`window.dataLayer = window.dataLayer || [];`, `(adsbygoogle =
// window.adsbygoogle || []).push({});`, `function gtag(){dataLayer.push(arguments);}`): marks no prose writes.
const CODE_STATEMENT = /\|\|\s*(?:\[\]|\{\})|\([\w$]*(?:,\s*[\w$]+)*\)\s*\{|^\(?[A-Za-z_$][\w$]*(?:\.[\w$]+)+\s*=\s*[A-Za-z_$][\w$.]*\s*(?:\|\||\()/u;
const CODE_DECLARATION = /^(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=\s*\S|^function\s*[\w$]*\s*\([\w$, ]*\)\s*\{/u;

/** Whether a line is a piece of program code left in the page (a script's settings or a call), which prose never writes. */
export function isProgramCode(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first === 0x7b || first === 0x7d || first === 0x5b || first === 0x5d || first === 0x29) return CODE_BRACKETS.test(line);
  if (line.includes(' ') && !line.includes(':') && !line.includes('(')) return false;
  const property = CODE_PROPERTY.exec(line);
  // (A key in camel case starts in lower case, `placementId`, and its literal has no space: `McConnell: 'Not this year.'`
  // is a transcript's line.)
  if (property) return property[2] === undefined || property[3] === ',' || (/^[a-z_$][\w$]*(?:[a-z][A-Z]|_)/.test(property[1]) && !/\s/.test(property[2]));
  return CODE_CALL.test(line) || CODE_DECLARATION.test(line) || CODE_STATEMENT.test(line);
}

/**
 * A menu without separators, at any length: capitalised names of the site's sections and pages, no punctuation and no
 * function word but the `us` of `Contact us` or `About us` (`Home News Politics Economy Crime Lottery Contact us`).
 */
function isMenu(line: string, lexicon: FurnitureLexicon): boolean {
  if (!lexicon.sectionWords || /[.,;:!?"“”()]/.test(line)) return false;
  const words = line.replace(/\b((?:contact|about|follow) us)\b/giu, (m) => m.split(' ')[0]).match(WORD) ?? [];
  if (words.length < lexicon.limits.menuMinWords) return false;
  let sections = 0;
  let capitals = 0;
  let names = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (lexicon.functionWords.has(lower)) return false;
    if (lexicon.sectionWords.has(lower) || isInterfaceWord(w, lexicon)) sections++;
    else if (!lexicon.isWord(lower)) names++;
    if (/^\p{Lu}/u.test(w)) capitals++;
  }
  if (capitals < 0.6 * words.length) return false;
  if (100 * sections >= lexicon.limits.menuSectionPercent * words.length) return true;
  // A regional site's menu lists its towns among its sections (`Rzeszów Przemyśl Krosno Mielec Sport Business Moto Events
  // Obituaries`): names that are no English word and section names make up nearly all of it.
  // (Seven words at least: `Nairobi Mombasa Kisumu Business Markets Roundup` is a headline.)
  return words.length >= MENU_OF_TOWNS_WORDS && sections >= 2 && sections + names >= 0.8 * words.length;
}

/**
 * A site's language menu: three names of languages or more, each written in its own language (`English | Español |
 * 中文`, `عربي Español Русский Français 简体中文`), and nothing else but the page's interface words. Sites that publish
 * in many languages, machine translations among them, head every page with one.
 */
function isLanguageMenu(line: string, lexicon: FurnitureLexicon): boolean {
  if (!lexicon.languageNames?.size) return false;
  // (A menu opens with a language's name: one token looked up first, as nearly every line asked is prose.)
  const first = FIRST_TOKEN.exec(line)?.[0];
  if (!first || !lexicon.languageNames.has(first.toLowerCase())) return false;
  // (Split at spaces and separators, not by WORD: the vowel signs of Devanagari or Thai are marks, not letters.)
  const tokens = line.toLowerCase().split(MENU_SEPARATORS).filter(Boolean);
  let languages = 0;
  for (const token of tokens) {
    if (lexicon.languageNames.has(token)) languages++;
    else if (!lexicon.interfaceWords.has(token) && !lexicon.sectionWords?.has(token)) return false;
  }
  return languages >= LANGUAGE_MENU_NAMES;
}

const LANGUAGE_MENU_NAMES = 3;
/** What stands between the items of a menu: spaces and separators (one character class for both regexes below). */
const MENU_SEPARATOR_CHARS = String.raw`\s|/•·,;:()[\]`;
const MENU_SEPARATORS = new RegExp(`[${MENU_SEPARATOR_CHARS}]+`, 'u');
const FIRST_TOKEN = new RegExp(`^[^${MENU_SEPARATOR_CHARS}]+`, 'u');

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** A place in capitals, a date, maybe the agency in brackets and a dash or colon: a dateline with nothing after it. */
const DATELINE_ALONE = new RegExp(`^\\p{Lu}{2}[\\p{Lu}\\p{M}.' -]{0,28},?\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+(?:19|20)\\d\\d)?\\s*(?:\\([^()]{2,40}\\))?\\s*[-–—:]?$`, 'u');
const DATELINE_WITH_AGENCY = new RegExp(`^\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?,\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH})(?:,?\\s+(?:19|20)\\d\\d)?,?\\s+\\(?\\p{Lu}{2,6}\\)?$`, 'u');
const CLOCK = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?`;
/** A time stamp or a view count ending a line: numeric dates, a day and month with a dash or a time, a time after a dash. */
// (A date alone after a plain space ends a citation, `Law No. 123 of 12.03.2019`, and a day, month and year after a dash a
// timeline's entry, `Russia annexes Crimea — 18 March 2014`: those need a time too.)
const NUMERIC_DATE = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})`;
const STAMP = String.raw`(?:\s+[—–|-]\s+|\s+\()${NUMERIC_DATE}(?:,?\s+${CLOCK})?\)?$|(?<!\b(?:of|dated|from|on|since|until))\s+${NUMERIC_DATE},?\s+${CLOCK}$|\s+[—–|-]\s+(?:\d{1,2}\s+${MONTH}(?:\s+\d{4})?|${MONTH}\s+\d{1,2}(?:,\s+\d{4})?),?\s+(?:at\s+)?${CLOCK}$|\s+[—–|-]\s+${CLOCK}$|\s+👁\s*\d[\d\s,. ]*$`;
const LISTED_STORY_STAMP = new RegExp(STAMP, 'u');
const BYLINE_START = /^(?:by|author|posted|published|updated|written|reporter|correspondent)\b/i;
/** A post's stamp of its own publication, anywhere in the line (`Article published on 19 April 2025 - 09:47`). */
const POST_STAMP = /\b(?:published|posted|updated|modified)\s+(?:on|at)\b/i;
/** A count of a listed story's comments in brackets (`Vikings come back to beat the Broncos (145)`). */
const COMMENT_COUNT = /\s+\(\d{1,5}\)$/u;
const LISTED_STORY = new RegExp(String.raw`^\S+(?:\s+\S+){2,}?(?:${STAMP}|${COMMENT_COUNT.source})`, 'u');

/** The fewest words of a regional site's menu of towns and sections. */
const MENU_OF_TOWNS_WORDS = 7;

/** The most words of a site's name on a line of its own (`Pars Review News Agency`). */
const MASTHEAD_WORDS = 5;

/** A person's name as a byline writes it: two to four capitalised words, maybe with a particle (`Ana de la Cruz`). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+(?:(?:de|da|la|van|von|der|al|el|bin|le|du|del|di)[^\S\n]+){0,2}\p{Lu}[\p{L}'’.-]*){1,3}`;

// The longest portrait's caption, in characters (`Ahn Deok-geun, Minister of Trade, Industry and Energy`).
const PORTRAIT_CHARS = 100;
// (The page's own: `This news`, `The article`; `The post has been viewed 480,000 times.` is news of someone's post.)
const VIEWS_SENTENCE = /^(?:this (?:news|article|story|material|page|publication)|the (?:news|article)) (?:has been|was) (?:read|viewed|seen|opened) [\d.,\s\u00a0\u202f]+ times?\.?$/i;
const PORTRAIT = new RegExp(String.raw`^(${NAME}),[^\S\n]+((?:(?:deputy|vice|former|acting|chief|senior|general|executive|managing)[^\S\n]+)*(\p{L}+)(?:[^\S\n]+(?:of|for|at|and|the|[\p{Lu}][\p{L}'’-]*,?)){0,8})$`, 'u');

/** A person's name, a comma and an office (`Ahn Deok-geun, Minister of Trade, Industry and Energy`): a portrait's caption. */
function isPortraitCaption(line: string, lexicon: FurnitureLexicon): boolean {
  const office = lexicon.officeWords;
  if (!office?.size) return false;
  const m = PORTRAIT.exec(line);
  // (A name has a word that is no common English word: `Energy, Minister of Trade` is a list.)
  return !!m && office.has(m[3].toLowerCase()) && m[1].split(/\s+/).some((w) => !lexicon.isCommonWord(w.toLowerCase()));
}

// A page's notices in its own voice, at any length, by two marks each: a rights notice (`Portal X © 2025 - All rights
// reserved. Reproduction is prohibited.`, `This article is reproduced … If there is any infringement of copyright,
// please contact us`), a disclaimer (`Disclaimer: This article is for informational purposes only.`), a paywall (`The rest
// of this article is for members only.`, `Already have a subscription? Log in`, `the first month for only 0.99 euros`), a
// cookie banner (`We and our 841 partners store … cookies on your device`), an appeal for money (`Support independent
// journalism … Become a patron of our publication`). Reported speech is someone's news, not the page's.
const RIGHTS_MARK = /©|\bcopyright(?:ed)?\b/i;
const RIGHTS_WORD = /\b(?:all rights reserved|rights reserved|reproduction|reproduced|reprinted|republication|without (?:prior )?(?:written )?(?:permission|authori[sz]ation)|hyperlink|infringement)\b/i;
const PAGE_OWN = /©|\b(?:this|our) (?:article|site|website|page|publication|portal|newspaper)\b|\bcontact us\b|\bon this site\b/i;
const DISCLAIMER = /^disclaimer\s*[:：]\s*(?:this|the|all|our|we)\b/i;
// A site's own notices as Chinese and Korean pages word them, translated: a takedown offer, `for reference only`, a ban
// on reproduction (`If there is any infringement, please contact us to delete it.`, `The article is for reference only
// and does not constitute investment advice.`, `Unauthorized reproduction and redistribution prohibited`).
// (The offer may follow the reprint notice on its line: `This article is reproduced from the Internet. If there is any…`;
// the copyright is the original author's: `The copyright belongs to the original author.`)
const TAKEDOWN = /(?:^|[.!?。][^\S\n]*)if (?:there is )?any (?:infringement|copyright (?:issue|problem|infringement))\b.{0,80}\b(?:contact|delete|remov)|^(?:the )?copyright (?:of (?:this|the) (?:article|text|content) )?(?:belongs to|remains with|is owned by) (?:the )?original (?:authors?|owners?|sources?)\.?$/i;
// A reprint's notice, from the line's start (`This article is reproduced from the Internet`, `The text was reprinted from NetEase`).
const REPRINT = /^(?:this|the) (?:article|content|text|material)\b.{0,30}\b(?:reproduced|reprinted) from\b/i;
const REFERENCE_ONLY = /^(?:this|the) (?:article|content|information|text|material)\b.{0,80}\b(?:for reference only|does not constitute (?:any )?(?:investment|financial|legal) advice)\b/i;
// The wire's notice on a reprinted story (`This is an article from TT`, `This story was provided by AFP`).
const WIRE_STORY = /^[Tt]his (?:is an? )?(?:article|story|report|text)(?: was)? (?:from|by|provided by|courtesy of|supplied by) (?:the )?\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,3}\.?$/u;
const NO_REPRODUCTION = /^unauthori[sz]ed (?:reproduction|copying|reprinting|use)\b.{0,40}\b(?:prohibited|forbidden|not allowed)\b/i;
// (From the line's start: `Under the new model, the rest of the article is visible only to subscribers` is news.)
const PAYWALL = /^(?:the )?rest of (?:this|the) (?:article|story|text|material)\b.{0,60}\b(?:members?|subscribers?|subscription|premium|log ?in|paid)\b|\balready (?:have )?(?:an? )?(?:subscription|subscriber|account)\?/i;
// (An offer without a sentence's end: a story about a paper's prices says `the first month costs 0.99 euros.`)
// (With a word of the page's: `Newspaper offers first month for 0.99 euros to win back readers` is a headline.)
const PAYWALL_OFFER = /\bfirst month for (?:only )?(?:[€$£]\s?)?\d+[.,]\d\d\b(?!.*[.!?]$)(?<=\b(?:read|access|subscri\w*|premium|members?|digital)\b.*)/i;
// (It speaks to the reader, `your device`: a study's `We found cookies that shared data with advertisers` does not.)
// (It says what the site does with them: `We tested 50 websites and found that most placed cookies on your device` is a study.)
const COOKIE_BANNER = /^(?=.*\byour?\b)we\b.{0,40}\b(?:use|store|set|place)\b.{0,160}\bcookies\b|^we (?:care about|value|respect) your privacy\b.{0,200}\bcookies\b/i;
const COOKIE_WORD = /\b(?:device|browser|browsing|consent|partners|personali[sz]ed|privacy|advertis\w*)\b/i;
// (From the line's start and without a comma: `Donate to our campaign, the candidate urged` is a report.)
const APPEAL = /^(?![^\n]*,\D)(?:please\s+)?(?:support\b.{0,40}\bjournalism\b.{0,120}\b(?:our|us)\b|(?:become a (?:patron|member|supporter)|donate)\b.{0,30}\b(?:our|us)\b)/i;
// A publication's registration as a medium, with its number (`The online publication is registered by Roskomnadzor,
// certificate of registration of mass media El No. FS 77-51234`, `Press license No. 123/GP-BTTTT issued on 15/03/2021`);
// news of a licence revoked or suspended is a report.
// (From the line's start, in the page's own voice: `The newspaper was registered … in 1994 under No. 114` and `Apps must
// display an ICP licence number, such as …` are news.)
const REGISTRATION = /^(?:(?:the|this) (?:online |network )?(?:publication|site|website|portal|media outlet) is registered\b|(?:mass media )?(?:registration|certificate of registration|press licen[cs]e|ICP licen[cs]e|licen[cs]e)\b).{0,120}?(?:\bNo\.|№|\bnumber\b)\s*:?\s*[A-Z]{0,4}\s?[\w/-]*\d/i;
const REGISTRATION_NEWS = /\b(?:revok|suspend|withdr[ae]w|cancel|strip|den(?:y|ied)|refus)\w*/i;
const NOTICE_SPEAKER = /[“”"]|\b(?:said|says|say|told|wrote|writes|ruled|according to|argued|argues|claimed|claims|alleges|alleged|contends|announced|heard)\b/i;

/** A cheap first look for `isPageNotice`: a mark one of the notices needs, or a line opening as a banner or an appeal does. */
// (Searches for rare characters first: most lines hold no `©`, `yright`, `?` or `month`, and are passed over fast.)
const NOTICE_OPENING = /^(?:[Ii]f (?:there is )?any\b|[Tt]his (?:is an? )?(?:article|story|report|text|content|information|material)\b|[Tt]he (?:article|content|information|text|material)\b|[Uu]nauthori|[Ww]e\b|[Ss]upport|[Dd]onate|[Bb]ecome|[Pp]lease|[Dd]isclaimer|(?:[Tt]he )?[Rr]est of|(?:[Tt]he|[Tt]his) (?:online |network )?(?:publication|site|website|portal|media outlet) is registered|(?:[Mm]ass media )?(?:[Rr]egistration|[Cc]ertificate of registration|[Pp]ress licen|ICP licen|[Ll]icen[cs]e))/;
const mayBePageNotice = (line: string) =>
  NOTICE_OPENING.test(line) || line.includes('©') || line.includes('yright') || (line.includes('?') && line.includes('lready')) || line.includes('irst month');

function isPageNotice(line: string): boolean {
  const notice = WIRE_STORY.test(line) || TAKEDOWN.test(line) || REPRINT.test(line) || REFERENCE_ONLY.test(line) || NO_REPRODUCTION.test(line) || (REGISTRATION.test(line) && !REGISTRATION_NEWS.test(line)) || (RIGHTS_MARK.test(line) && RIGHTS_WORD.test(line) && PAGE_OWN.test(line)) || DISCLAIMER.test(line) || PAYWALL.test(line) || PAYWALL_OFFER.test(line) || (COOKIE_BANNER.test(line) && COOKIE_WORD.test(line)) || APPEAL.test(line);
  return notice && !NOTICE_SPEAKER.test(line.replace(/"[^"]{1,60}"(?=\.?$)/, ''));
}

// (The handle may touch the name, its space lost with the markup: `Natasha Turak@NatashaTurak`.)
const NAME_AND_AGENCY = new RegExp(String.raw`^${NAME}(?:[^\S\n]+\((\p{Lu}[\p{L}]{1,9})\)|[^\S\n]*@\w{2,})$`, 'u');
// An outlet's credit with an agency's (`Le Monde with AFP`, `The Daily Post with agencies`).
const OUTLET_WITH_AGENCY = /^(?:\p{Lu}[\p{L}'’.-]*[^\S\n]+){1,4}with[^\S\n]+(?:\p{Lu}{2,6}|Reuters|agencies|wires)$/u;
const NAME_AND_OUTLET = new RegExp(String.raw`^${NAME}(?:[^\S\n]+for|,?[^\S\n]+[Ss]pecial[^\S\n]+to)[^\S\n]+(?:[Tt]he[^\S\n]+)?\p{Lu}[\p{L}.]+(?:[^\S\n]+\p{Lu}[\p{L}.]+){0,3}$`, 'u');
// (The site's address may stand before or after the role: `Pedro Izzo || lapatilla.com correspondent`, `Lexzys Lugo /
// Correspondent lapatilla.com`.)
const SITE_ADDRESS = String.raw`[\w-]+(?:\.[\w-]+)*\.\p{Ll}{2,}`;
const NAME_THEN_ROLE = new RegExp(String.raw`^(${NAME})(?:[^\S\n]*(?:\|\||[,|/])[^\S\n]*|[^\S\n]+[–—-][^\S\n]+)(?:${SITE_ADDRESS}[^\S\n]+)?([\p{L}][\p{L} ]{1,40}?)(?:[^\S\n]*,[^\S\n]*\p{Lu}[\p{L} ]{1,30}|[^\S\n]+${SITE_ADDRESS})?$`, 'u');
const LABEL_THEN_NAME = new RegExp(String.raw`^(?:(?:[Pp]hotos?|[Tt]ext|[Ww]ords|[Vv]ideo|[Rr]eporting)[^\S\n]+(?:and|&)[^\S\n]+(?:photos?|text|words|video|reporting)|[Tt]ext|[Ww]ords|[Aa]uthor|[Ee]ditor[- ]in[- ]charge|[Ii]nterview|[Tt]ranslat(?:ion|or|ed by)|[Cc]ompiled by|[Ww]ritten by|[Pp]roofread(?:ing|er)?|[Rr]eview(?:er|ed by)?|[Tt]ypesetting|[Ll]ayout|[Pp]hotography|[Pp]lanning|([\p{L} -]{2,30}?))[^\S\n]*[:：][^\S\n]*(${NAME})$`, 'u');
// A name and a role after it in lower case, without a comma (`Kim Soo-jin reporter`).
const NAME_ROLE_AFTER = new RegExp(String.raw`^(${NAME})[^\S\n]+(\p{Ll}[\p{Ll} ]{1,30})$`, 'u');
/** The wire's and the desk's bylines, the whole line. */
const DESK_BYLINE = /^(?:(?:\p{Lu}\p{L}+ )?staff and agencies|agencies|(?:news|web|online|city|foreign) desk)$/iu;
const ROLE_ALONE = /^(?:(?:reported |written |compiled )?(?:(?:from |by )?our |by ))?(?!(?:the|a|an|dear|my|your|his|her|their)\s)([\p{L} ]{3,40}?)(?: in \p{Lu}\p{L}+)?$/iu;

/**
 * A byline by a name and what stands beside it: a role (`Jane Doe, Staff Writer`, `Jane Doe – Political correspondent`,
 * `Jane Doe | Reuters` is not taken: an outlet is no role), an agency or a handle (`Jane Doe (AP)`, `Jane Doe @janedoe`),
 * `for` and an outlet, a label (`Text: Jane Doe`); or a role alone (`Staff Reporter`, `From our correspondent in Kyiv`).
 * A role is a run of words that ends in one of `roleWords` (`staff writer`, `senior correspondent`).
 */
function isBylineOfName(line: string, lexicon: FurnitureLexicon): boolean {
  const roles = lexicon.roleWords;
  if (!roles?.size) return false;
  const isRole = (words: string) => {
    const parts = words.trim().toLowerCase().split(/\s+/);
    return parts.length <= 4 && roles.has(parts[parts.length - 1].replace(/s$/, ''));
  };
  // (A bracket after a name holds an agency, not a country's code: `Simone Biles (USA)` is a results list.)
  const agency = NAME_AND_AGENCY.exec(line);
  if (agency && (agency[1] === undefined || lexicon.agencyNames?.has(agency[1]))) return true;
  // (A name under a label has a word that is no common English word: `Text: Jane Doe`, not the subhead `Text: Full Agreement`.)
  // (The label is a fixed one, or a role: `Journalist: Pedro Alves`, `Responsible editor: Li Wei`.)
  // (Each shape is tried only on a line with its mark: most short lines have none, and this runs on every one.)
  const labelled = line.includes(':') || line.includes('：') ? LABEL_THEN_NAME.exec(line) : null;
  if (labelled && (labelled[1] === undefined || isRole(labelled[1])) && labelled[2].split(/\s+/).some((w) => !lexicon.isCommonWord(w.toLowerCase()))) return true;
  if (NAME_AND_OUTLET.test(line) || OUTLET_WITH_AGENCY.test(line)) return true;
  const named = NAME_THEN_ROLE.exec(line);
  if (named && (isRole(named[2]) || isOutlet(named[2], lexicon))) return true;
  // A role after the name with no mark between ends the line: its last word is looked up once for both shapes.
  const lastWord = /(\p{L}+)$/u.exec(line)?.[1];
  if (lastWord && roles.has(lastWord.toLowerCase().replace(/s$/, ''))) {
    // In lower case (`Kim Soo-jin reporter`).
    const roleAfter = NAME_ROLE_AFTER.exec(line);
    if (roleAfter && isRole(roleAfter[2])) return true;
    // Or in capitals (`Kwame Mensah Senior Writer`): the name's first two words are no common ones, so a title-case
    // subhead, `The Lonely Correspondent`, is not taken.
    const parts = line.split(/\s+/);
    if (parts.length >= 3 && parts.length <= 6 && parts.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w)) && !lexicon.isCommonWord(parts[0].toLowerCase()) && !lexicon.isCommonWord(parts[1].toLowerCase())) return true;
  }
  // (A role alone has no `of`: `Chief of Staff` is a subhead.)
  const alone = ROLE_ALONE.exec(line);
  return !!alone && isRole(alone[1]) && alone[1].trim().split(/\s+/).length <= 3 && !/\bof\b/i.test(alone[1]);
}

/**
 * An outlet named after a byline's name (`Jane Doe, Associated Press`, `Jane Doe | The Lagos Chronicle`): capitalised
 * words, one of them a word sites name themselves with or an agency's name.
 */
function isOutlet(words: string, lexicon: FurnitureLexicon): boolean {
  const parts = words.trim().split(/\s+/);
  return parts.length <= 4 && parts.every((w) => /^\p{Lu}/u.test(w) || w === 'the') && parts.some((w) => lexicon.mastheadWords?.has(w.toLowerCase()) || lexicon.agencyNames?.has(w));
}

/**
 * One item of a bar: furniture alone (a date, a read time, a byline, a count), an age (`3h`, `2 days ago`), or a
 * link's label of capitalised words with no sentence.
 */
function isBarItem(part: string, lexicon: FurnitureLexicon): boolean {
  const item = part.trim();
  if (!item) return false;
  if (/^\d{1,3}\s?(?:h|hrs?|m|mins?|d)$/u.test(item)) return true;
  // (One letter or a figure alone is a table's column or cell, `Team   P   W   D   L   Pts`, `Arsenal   10   7`.)
  if (/^(?:\p{L}|[\d.,]+)$/u.test(item)) return false;
  const shape = shapeOf(item, lexicon);
  if (furnitureReason(item, shape, lexicon)) return true;
  return shape.words.length > 0 && shape.words.length <= lexicon.limits.barItemWords && !/[\d.!?;]/.test(item) && /^\p{Lu}/u.test(item);
}

/**
 * A photo's caption by the marks only captions have: a label (`Caption:`, `FILE PHOTO:`), a credit after its last
 * sentence (`… on Tuesday. (Reuters)`, `… REUTERS/Umit Bektas`, `… Photo: AFP`, `… © AP`, `(Photo by A/Getty Images)`),
 * a position in the picture (`Erdogan (C) attends`, `Hirano (center) and others`), or the wire's place and date
 * without `on` (`… in Birmingham, Britain, September 29, 2018.`).
 */
function isCaption(line: string, last: number): boolean {
  // (A wire's initials after a long paragraph's last sentence are the story's credit, not a caption's: the paragraph
  // stays, furniture/agency-credit reports the initials, `… according to CCSA. (TNA)`.)
  if (last === 0x29 && CREDIT_INITIALS_END.test(line) && wordCount(line) > CAPTION_CREDIT_WORDS) return false;
  return (
    CAPTION_LABEL.test(line) ||
    ((last === 0x29 || line.includes('/') || line.includes(':') || line.includes('|') || line.includes('©')) && CAPTION_CREDIT.test(line)) ||
    (line.includes(' (') && CAPTION_POSITION.test(line)) ||
    ((line.includes('hoto') || line.includes('Fot')) && CAPTION_PHOTO_BY.test(line)) ||
    (last === 0x2e && /\d{4}\.$/.test(line.slice(-6)) && CAPTION_DATELINE.test(line))
  );
}

// The placeholder text sites fill templates with is one text (Cicero's, as printers cut it): its best-known phrases
// anywhere in a line, and the openings of its other sentences at a line's start, where a template's paragraph begins
// (`Ut enim ad minim…`, `Neque porro quisquam…`). (The openings searched anywhere made every line's search 3 times
// slower: they start with common letters.)
const PLACEHOLDER_PHRASE = /\b(?:[Ll]orem ipsum|dolor sit amet|consectetur adipiscing|[Ss]ed ut perspiciatis)\b/;
const PLACEHOLDER_START = /^(?:Sed do eiusmod|Ut enim ad minim|Duis aute irure|Excepteur sint|Nemo enim ipsam|Neque porro quisquam|At vero eos|Nam libero tempore|Temporibus autem|Itaque earum rerum|Quis autem vel|Ut wisi enim|Pellentesque habitant|Vestibulum ante ipsum)\b/;
const isPlaceholder = (line: string) => PLACEHOLDER_START.test(line) || PLACEHOLDER_PHRASE.test(line);

/**
 * A sentence only a page's furniture says, looked for in the long sentences other evidence passes over (cheaply: most
 * lines of an article are such sentences): a notice about the site's material or its readers' comments, or placeholder
 * Latin (`Sed ut perspiciatis unde omnis iste natus error sit voluptatem.`).
 */
export function isFurnitureSentence(line: string): boolean {
  const notice = (REPRODUCTION.test(line) && (PAGE_MATERIAL.test(line) || OWN_MATERIAL_UNLICENSED.test(line))) || (SITE_NOTICE.test(line) && SITE_NOTICE_WORD.test(line)) || COOKIE_NOTICE.test(line);
  // (A notice is no one's reported words: `The rights belong to the band, Judge Smith wrote`, `…, a spokesman said.`)
  if (notice) return !NOTICE_REPORTED.test(line);
  // (The comment form's and the wire's lines open with few letters: the first one is read before their regexes run.)
  const first = line.charCodeAt(0) | 0x20;
  const formOrCredit = (first === 0x73 || first === 0x6e) ? COMMENT_FORM.test(line) : (first === 0x28 || first === 0x61 || first === 0x72 || first === 0x77) && WIRE_CREDIT.test(line);
  // (An autoblog's note on its text's source opens with `This` or `The`: `This message was taken from this source and
  // rewritten by artificial intelligence.`, `The preceding is a press release from the National News Bureau`.)
  // (No comma: `The story was written by artificial intelligence, the magazine admitted` is news.)
  const sourceNote = first === 0x74 && !line.includes(',') && SOURCE_NOTE.test(line);
  return (mayBePageNotice(line) && isPageNotice(line)) || formOrCredit || sourceNote || longLineMark(line) !== undefined || PLACEHOLDER_START.test(line) || ((line.includes('ipsum') || line.includes('perspiciatis')) && PLACEHOLDER_PHRASE.test(line));
}

/** An autoblog's note on where its text came from, the whole line: rewritten by a machine, or a press release. */
const SOURCE_NOTE = /^(?:(?:this|the) (?:message|article|post|text|content|story|news|page)\b.{0,80}\b(?:rewritten|generated|translated|written|created|produced)(?: automatically)? (?:by|with|using) (?:an? )?(?:artificial intelligence|ai|machine translation|google translate|a machine|an algorithm)\b.{0,60}|(?:the (?:preceding|above|following) is|this is) a (?:press release|news release)\b.{0,100})$/i;

/**
 * A wire story's credits, the whole line (`(Reporting by Greg Roumeliotis, with reporting by Herb Lash, editing by Martin
 * Howell.)`, `Reporting by Jane Doe; Editing by John Roe`): in brackets, or two of them in a row.
 */
const WIRE_CREDIT = /^\((?:additional )?(?:reporting|writing|editing|compiled|produced|graphics|research)\b[^()]{0,300}\bby\b[^()]*\)\.?$|^(?:additional )?(?:reporting|writing) by\b[^.]{0,200}[;,]\s*(?:(?:additional )?reporting|writing|editing) by\b[^.]*\.?$/i;
/** A comment form's options, in the reader's own words (`Save my name, email, and website in this browser for the next time I comment.`). */
// (The whole line: `Save my name, email, and website in this browser… That sentence, the regulator said, …` quotes it.)
const COMMENT_FORM = /^(?:save my name\b.{0,40}\bthis browser\b[^.]*|notify me of (?:new|follow-up) (?:posts|comments)\b[^.]*)\.?$/i;

/**
 * A site's notice about its material or its readers' comments, from the line's start (`All materials are protected by
 * copyright law.`, `All rights of the news published on the site belong to Hürriyet.`, `Reprinting is allowed only with an active link to the source.`, `The opinions expressed in the
 * comments are those of the authors.`), with a word of the page (link, source, permission, copyright, site): `Content
 * that incites violence is prohibited on the platform` is news.
 */
const SITE_NOTICE = /^(?:(?:all|the|any) )?(?:(?:materials?|content|reprinting|reproduction|copying|republication|use of (?:the )?(?:site'?s? )?materials?|(?:when|if) (?:using|reproducing|quoting|copying) (?:the |our |its )?(?:site'?s? )?materials?)\b.{0,80}\b(?:prohibited|forbidden|permitted|allowed|protected by copyright|required|obligatory|mandatory)|(?:opinions|views) expressed\b.{0,80}\b(?:authors?|writers?|comments?)\b|(?:the )?comments?\b.{0,40}\bnot (?:express|reflect|represent)\b.{0,40}\bopinions?\b|(?:(?:material|intellectual|property|publishing|copy) )?rights\b.{0,60}\b(?:belong to|are reserved|reserved|are owned by|are protected)\b)/i;
// The site's own cookies, from the line's start (`We use cookies and similar techniques to analyse our website…`), and
// an embed's consent box (`I consent to the external content being displayed to me.`, `At this point you will find
// external content selected by our editors…`), and a paywall's consent to its cookies (`By choosing this promotional
// subscription path, you accept the deposit of an analysis cookie by Google.`).
const COOKIE_NOTICE = /^(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b(?=.*\b(?:site|website|browsing|experience|traffic|advertis\w*|analy[sz]\w*|services)\b)|^(?:i (?:consent|agree) to (?:the )?(?:external|third-party) content\b|(?:at this point|here) you will find external content\b|by (?:choosing|continuing|using|clicking)\b[^.]{0,120}\byou (?:accept|agree to|consent to)\b[^.]{0,80}\bcookies?\b)/i;
// Words that make a sentence someone's report: a notice of the site's own is said by no one.
const NOTICE_REPORTED = /[“”"]|\b(?:said|says|told|wrote|writes|ruled|according to|argued|claimed)\b/i;
const SITE_NOTICE_WORD = /\b(?:link|hyperlink|source|permission|editorial|copyright|site|website|authors?|comments?|publisher|editors?)\b/i;

// A rule about the page's own material (`The content of this site may not be reproduced`), not news of a study or a
// ruling (`could not be reproduced by other laboratories`, `the photographs may not be republished by other outlets`).
// (An author's bio was tried here too and dropped: news says `X is a reporter for Y who was arrested…`.)
const REPRODUCTION = / be (?:reproduced|republished|copied|reprinted|redistributed)\b(?<=\b(?:may not|must not|cannot|can not|only) be \p{L}+)/u;
// (Or, from the line's start, the material itself and the permission it lacks: `Content may not be republished without
// permission.`)
const OWN_MATERIAL_UNLICENSED = /^(?:(?:all|the|this|our|any) )?(?:content|materials?|texts?|articles?)\b.{0,60}\bwithout (?:(?:the )?(?:prior|express|written) )*(?:permission|consent|authori[sz]ation)\b/i;
const PAGE_MATERIAL = /\b(?:this|our) (?:site|website|page|article|publication|portal|agency)\b|\b(?:materials?|content|articles) (?:of|on|from|published on) (?:this|our|the) (?:site|website|portal)\b/i;
// (`Pictured:` and `(L-R)` open captions in English papers; not `Top:`, `Left:`: a recipe's layers, a poll's wings.)
const CAPTION_LABEL = /^(?:(?:(?:photo |image )?caption|file photo|file picture|archive photo|pictured)\s*[:：]|\((?:l|r)\s*-\s*(?:r|l)\)|(?:from )?left to right[:,])/i;
/** A wire's initials in brackets after a sentence, ending the line; the most words of a caption that ends so. */
const CREDIT_INITIALS_END = /[.!?]["”’]?\s+\(\p{Lu}{2,6}\)$/u;
const CAPTION_CREDIT_WORDS = 30;
/** A transcript's stage directions in brackets, capitalised or in capitals (`(Applause)`, `(LAUGHTER)`), as regex sources. */
const STAGE_DIRECTION_WORDS = ['Applause', 'Laughter', 'Cheers', 'Music', 'Inaudible', 'Crosstalk', 'Silence', 'Booing', 'Sighs?', 'Pause', 'Unintelligible'];
const STAGE_DIRECTIONS = [...STAGE_DIRECTION_WORDS, ...STAGE_DIRECTION_WORDS.map((w) => w.toUpperCase()), 'CHEERING', 'LAUGHS'];
const CAPTION_CREDIT = new RegExp(
  [
    // (Not a transcript's stage direction: `(Applause)`, `(Laughter)`.)
    String.raw`[.!?]\s+\((?!(?:${STAGE_DIRECTIONS.join('|')})\))(?:\p{Lu}[\p{L}.&-]*)(?:\s+\p{Lu}[\p{L}.&-]*){0,2}\)$`,
    String.raw`[.!?]\s+\((?:\p{Lu}[\p{L}.&-]*\s){0,3}\p{Lu}[\p{L}.&-]*\/\p{Lu}[^()/]{1,60}\)$`,
    // (After a sentence: `- Treatment for HIV/Aids` and `2. AC/DC` are a list's items.)
    // (A year may end the sentence: `… April 2, 2025. REUTERS/Juan Medina`.)
    String.raw`(?:\p{L}|\b(?:19|20)\d\d)[.!?]\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})?\/\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}$`,
    String.raw`(?:[.!?](?:\s+[|/])?|\s[|/])\s+(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideo|PHOTO|IMAGE)\s*[:：|]\s*[^.!?]{1,60}$`,
    String.raw`[.!?]\s+©\s*[\p{L}\d][^.!?]{0,50}$`,
    // (A site's address as the credit, after a bar or a slash: `… the war total / photo president.gov.ua`.)
    String.raw`\s[|/]\s+(?:[Pp]hotos?|[Ff]otos?|[Ii]mages?)\s+(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$`,
    String.raw`\((?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?)\s+(?:by|courtesy(?: of)?)\s[^()]{1,80}\)$`,
  ].join('|'),
  'u',
);
// (`(R)` and `(D)` after a name are parties: `Rep. Matt Gaetz (R) introduced`.)
// A caption's credit after its sentence, a name without a label's colon (`… in Xiaohe Street. Photo by reporter Chen Hao`,
// `… is to end in May. Fot. Tomasz Wójcik`): the name ends the line.
const CAPTION_PHOTO_BY = /[.!?]\s+(?:Photos?|Fot\.|Foto)(?:\s+by)?(?:\s+(?:reporter|correspondent|staff photographer))?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;
const CAPTION_POSITION = /\p{Lu}\p{L}+ \((?:C|\d(?:st|nd|rd|th) [LR]|L-R|R-L|left|right|cent(?:er|re))\)\s+\p{Ll}/u;
const CAPTION_DATELINE = /\p{Lu}\p{L}+, \p{Lu}[\p{L} ]+, (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4}\.$/u;

/**
 * How many of the page's words (interface or section words, two letters or more) a lower-case word is made of, end to
 * end (`sharetweetemail`: 3), or 0 when it cannot be cut into them.
 */
function pageWordsIn(word: string, lexicon: FurnitureLexicon, interfaceOnly = false): number {
  const isPageWord = (part: string) => part.length >= 2 && (lexicon.interfaceWords.has(part) || (!interfaceOnly && !!lexicon.sectionWords?.has(part)));
  // parts[i]: the fewest page words that make up word.slice(0, i) (Infinity: none).
  const parts = [0, ...Array<number>(word.length).fill(Infinity)];
  for (let end = 2; end <= word.length; end++) {
    for (let start = 0; start <= end - 2; start++) if (parts[start] + 1 < parts[end] && isPageWord(word.slice(start, end))) parts[end] = parts[start] + 1;
  }
  return Number.isFinite(parts[word.length]) ? parts[word.length] : 0;
}

/** Whether a token is a page's label with its count run into it (`shares3303`, `views2`, `Comments12`). */
function isLabelThenCount(token: string, lexicon: FurnitureLexicon): boolean {
  const m = /^(\p{L}{3,})\d[\d.,]*[kKmM]?$/u.exec(token);
  if (!m) return false;
  const label = m[1].toLowerCase();
  return pageWordsIn(label, lexicon) > 0 || (label.endsWith('s') && pageWordsIn(label.slice(0, -1), lexicon) > 0);
}

/** Whether a word as written is one of the page's (`Comments`, `comment.`, `Editor’s`, `Read:`). */
export function isInterfaceWord(word: string, lexicon: FurnitureLexicon): boolean {
  // (A possessive of one, `Editor’s`, `Readers'`. A plural is listed as such: `Names` may be a headline's verb.)
  return lexicon.interfaceWords.has(word.toLowerCase().replace(/[’']s$|[.:…’']+$/u, ''));
}

function interfaceCount(words: readonly string[], lexicon: FurnitureLexicon): number {
  // (In a line of words, link texts run together count one each, `LinkedInRSS` two: a bar that lost some of its spaces
  // is a bar all the same. A token alone is weighed as links run together.)
  // (The interface's words only: sections make names too, `HealthWatch`, `LiveScience`.)
  const glued = (w: string) => (words.length > 1 && /\p{Ll}\p{Lu}/u.test(w) ? Math.min(pageWordsIn(w.toLowerCase(), lexicon, true), 3) : 0);
  return words.reduce((n, w) => n + (isInterfaceWord(w, lexicon) ? 1 : glued(w)), 0);
}

/** The share, in percent, of a line's words that are the page's (`ui` of them) or function words. */
function pageShare(shape: LineShape, ui: number): number {
  return (100 * (ui + shape.functionShare * shape.words.length)) / shape.words.length;
}

/** A web address of a site alone, with a common top-level domain and a name of four characters or more (`BREAKING-NEWS.CA`; not `Node.js`, `ASP.NET`). */
const BARE_DOMAIN = /^(?=[\p{L}\d-]{4})[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|news|gov|edu|io|co|tv|ca|uk|de|fr|es|it|ru|ua|cn|in|au|us|br|mx|ar|tr|kr|jp|pl|nl|be|ch|at|pt|gr|ro|ir|iq|pk|ng|za|ke|ma|eg|id|vn|ph|my)$/iu;
