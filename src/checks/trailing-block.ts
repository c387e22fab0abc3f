// trailing-block: page furniture scraped along with the article (bylines, comment forms, share bars).
import { type Document, isSpaceCode, wordsIn } from '../document.js';
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { type Batch, defineKind } from './kind.js';
import { fill } from './template.js';
import { type FurnitureLexicon, SHAPE_FIELDS, isFurnitureSentence, opensWithFurnitureMark, furnitureReason, isInterfaceSentence, isInterfaceWord, longLineMark, markedFurniture, shapeOf } from './furniture-evidence.js';
import { dictionary } from '../lexicon/dictionary.js';
import { wholeLineMatcher } from './line-patterns.js';

type LineRole = 'blank' | 'furniture' | 'short' | 'body';

export const trailingBlock = defineKind({
  name: 'trailing-block',
  summary: 'A block of web-page furniture at the end of the document (`{0}`: how many lines, `{1}`: where), and optionally stray furniture lines; the fix removes them.',
  fields: {
    ...SHAPE_FIELDS,
    lines: { type: 'regex[]', required: true, description: 'Lines that are furniture (matched against the whole trimmed line, without case; joined into one regex, so no back-references or named groups).' },
    minLines: { type: 'integer', minimum: 1, default: 2, description: 'How many furniture lines the block must hold.' },
    maxShortLines: { type: 'integer', minimum: 0, default: 4, description: 'How many other short lines (byline, author bio, related headlines) the block may hold.' },
    shortLineWords: { type: 'integer', minimum: 1, default: 15, description: 'A short line has at most this many words and no sentence-final punctuation.' },
    bioHeadings: { type: 'regex[]', default: [], description: 'Lines that head an author bio (`About the author`): the text between such a line and the block below it belongs to the block, sentences and all, up to `maxBioWords` words.' },
    maxBioWords: { type: 'integer', minimum: 1, default: 80, description: 'The longest bio taken into the block under a bio heading.' },
    commentHeadings: { type: 'regex[]', default: [], description: 'Lines that head the readers\' comments (`Comments (12)`, `Reader\'s opinion (86)`): the comments between such a line and the block below it belong to the block, up to `maxCommentWords` words.' },
    maxCommentWords: { type: 'integer', minimum: 1, default: 150, description: 'The most words of readers\' comments taken into the block under a comments heading.' },
    strayLines: { type: 'boolean', default: false, description: 'Also report furniture lines standing alone between paragraphs elsewhere (`Read more`, `Advertisement`); the fix removes each.' },
    pageActions: { type: 'string[]', default: [], description: 'What a page asks its reader to do (`subscribe`, `log in`, `accept cookies`), as regular expressions matched as written: a second reference in a sentence that names the page (see `pageReferences`), never enough alone (news speaks of subscriptions and cookies too).' },
    pageReferences: { type: 'string[]', default: [], description: 'Phrases that name the page itself (`this article`, `our newsletter`, `comments below`), as regular expressions matched as written (`[Tt]his article`: a case-blind search of every text costs three times as much): a sentence that is no reported speech (no quote mark, no `said`) of up to `readerAddressWords` words with one of them and a second reference (these or `pageActions`) or a `you` addresses the page\'s reader and is furniture wherever it stands.' },
    readerVerbs: { type: 'string[]', default: [], description: 'What a page\'s interface calls its reader to do, as regular expressions matched without case at a line\'s start (`click`, `sign up`, `follow`), after `Please`, `Don\'t forget to` or `You can`: such a line of at most `readerCallWords` words that is no reported speech and points at the page (`us`, `our`, `here`, `below`, one of `readerObjects`: `Join our Telegram channel`, `Read the full story here`) is furniture wherever it stands.' },
    readerObjects: { type: 'string[]', default: [], description: 'What on a page a call to the reader points at (`channel`, `newsletter`, `app`), besides `us`, `our`, `here`, `below` and `above` (see `readerVerbs`), as regular expressions matched without case.' },
    readerCallWords: { type: 'integer', minimum: 1, default: 16, description: 'The most words of a line that calls the reader (see `readerVerbs`).' },
    readerAddressWords: { type: 'integer', minimum: 1, default: 45, description: 'The longest sentence, in words, that `pageReferences` are looked for in.' },
    headerLinesLookedAt: { type: 'integer', minimum: 0, default: 12, description: 'How many lines at the top are searched for the body\'s first sentence, below which the header ends (0: the header is not weighed by its words).' },
    bodySentenceWords: { type: 'integer', minimum: 1, default: 8, description: 'The fewest words of the sentence that starts the body.' },
    captionWords: { type: 'integer', minimum: 0, default: 12, description: 'The most words of a caption standing right above a photo\'s credit (a short line without a sentence\'s end: `A derailed tram in Krakow` / `Photo: …`); 0: none.' },
    listLines: { type: 'integer', minimum: 0, default: 5, description: 'How many headlines below a list\'s label (`Read also..`, `Keep reading:`, a known `Related articles`) are its links and furniture (0: none).' },
    markedLineChars: { type: 'integer', minimum: 0, default: 400, description: 'The longest line, in characters, in which marks that only furniture has (a bar of links, a caption\'s credit, an embedded post\'s link) are looked for.' },
    bodyCharsCompared: { type: 'integer', minimum: 1, default: 3000, description: 'How much of the body, in characters, the header\'s lines are compared with.' },
    agencyNames: { type: 'string[]', default: [], description: 'News agencies as bylines credit them in brackets, as written (`AP`, `AFP`, `Reuters`): a name and one of them (`Jane Doe (AP)`) is a byline; a country\'s code there is a results list (`Simone Biles (USA)`).' },
    mastheadWords: { type: 'string[]', default: [], description: 'Words news sites name themselves with (`news`, `daily`, `herald`, `chronicle`, `online`): a line of at most five capitalised words (and function words) with one of them, no figure and no punctuation, is a site\'s name or credit (`The Lagos Chronicle`, `Yomiuri Online News`).' },
    languageNames: { type: 'string[]', default: [], description: 'Languages as a language menu names them, each in its own language (`english`, `español`, `中文`, `bahasa`, `indonesia`): a line of three of them or more and nothing but interface words is furniture at any length.' },
    officeWords: { type: 'string[]', default: [], description: 'Offices a portrait\'s caption names after a person (`minister`, `governor`, `publisher`): a line of a name, a comma and an office that starts with one of them (`Ahmed Fawzi, Governor of Minya`) is a caption.' },
    roleWords: { type: 'string[]', default: [], description: 'A journalist\'s roles as a byline gives them (`reporter`, `correspondent`, `staff writer`, `bureau`): a name beside one (`Jane Doe, Staff Writer`, `Jane Doe – Political correspondent`), or one alone (`Staff Reporter`, `From our correspondent in Kyiv`), is a byline.' },
    sectionWords: { type: 'string[]', default: [], description: 'Names of a news site\'s sections and pages (`politics`, `sports`, `opinion`, `contact`): a line of capitalised words, most of them these, with no function word and no punctuation is a menu.' },
    interfaceWords: { type: 'string[]', default: [], description: 'Words of a web page\'s interface (`comment`, `share`, `subscribe`): a short line made of them and function words is furniture wherever it stands.' },
    functionWords: { type: 'string[]', default: [], description: 'Function words (`the`, `of`, `your`): prose has many, a page\'s labels few.' },
    dateWords: { type: 'string[]', default: [], description: 'Words of dates and times (`monday`, `jan`, `pm`): a short line of dates and numbers alone is furniture.' },
    repeatedOnPages: { type: 'integer', minimum: 0, default: 0, description: 'A short line above a page\'s first or below its last line of body text that this many pages linted together share is the site\'s template, furniture wherever it stands (0: off). The pages of a run are linted in batches of 64, and `--fix` lints each file alone, so it only uses what one page shows.' },
    topLineWords: { type: 'integer', minimum: 0, default: 3, description: 'Lines of at most this many words above the headline (the first other short line) are the page\'s header (site name, section).' },
    charsPerWord: { type: 'integer', minimum: 1, default: 12, description: 'The shape of a line (its words, dates, marks) is weighed only on lines of at most `charsPerWord` × `shortLineWords` characters: a longer line is prose or a headline.' },
    strayLineSlack: { type: 'integer', minimum: 0, default: 40, description: 'A stray furniture line may be this many characters longer than that (outer spaces and a known furniture line\'s length); longer lines are passed over.' },
    longSentenceChars: { type: 'integer', minimum: 1, default: 60, description: 'A line longer than this that ends as a sentence is prose, unless it holds a mark only furniture has (a tag, a bar, ©).' },
    proseSentenceWords: { type: 'integer', minimum: 1, default: 6, description: 'A line of more words than this that ends as a sentence is prose, unless it holds a mark only furniture has: its shape is not weighed.' },
  },
  fixable: () => true,
  compile(options, rule) {
    // One regex for all the line patterns: a stray-line search tests every paragraph of the text.
    const derived = rule.derivedLines;
    const furniture = wholeLineMatcher(options.lines, 'i', derived && sameList(derived.lines, options.lines) ? derived.requires : undefined);
    const wordsRegex = (list: readonly string[], flags: string) => (list.length ? compileRegex(`\\b(?:${list.join('|')})\\b`, flags) : undefined);
    // Every reference, for the one search of a text; the page named, for the lines that have some.
    const pageReference = wordsRegex([...options.pageReferences, ...options.pageActions], 'g');
    const pageNamed = wordsRegex(options.pageReferences, '');
    /**
     * A line that speaks to the page's reader about the page (`Subscribe to our newsletter to get…`): it names the page,
     * and has a second reference or a `you`; reported speech (a quote, `said`) is news about someone, not the page's voice
     * (`"You have to subscribe to the idea," the minister said.`).
     */
    const addressesReader = (trimmed: string, references = countReferences(trimmed)): boolean => {
      if (!references || !pageNamed || trimmed.length > options.readerAddressWords * options.charsPerWord) return false;
      if (REPORTED_SPEECH.test(trimmed) || !pageNamed.test(trimmed)) return false;
      return (references >= 2 || /\b(?:you|your)\b/i.test(trimmed)) && wordsUpTo(trimmed, options.readerAddressWords) <= options.readerAddressWords;
    };
    // A call to the reader: an imperative of the page's (`Join our channel`), and what it points at after it.
    const verbs = options.readerVerbs.join('|');
    const readerCall = verbs ? compileRegex(`^(?:(?:please|kindly|also|don['’]t forget to|do not forget to|be sure to|make sure to|remember to|you can(?: also)?)[^\\S\\n]+)?(?:${verbs})\\b`, 'i') : undefined;
    // A second call after a comma, to the line's end (`, subscribe now.`).
    const secondCall = verbs ? compileRegex(`,[^\\S\\n]*(?:${verbs})\\b(?:[^\\S\\n]+(?:now|today|here|for free))?[.!]?$`, 'i') : undefined;
    const readerObject = options.readerObjects.length ? compileRegex(`\\b(?:${options.readerObjects.join('|')})\\b`, 'i') : undefined;
    /** A line that calls the page's reader to act on the page (`Don't forget to follow us on Google News`, `Click Like to get the news`). */
    const callsReader = (trimmed: string): boolean => {
      if (!readerCall || wordsUpTo(trimmed, options.readerCallWords) > options.readerCallWords || REPORTED_SPEECH.test(trimmed)) return false;
      // The last sentence of a short line may be the call, after a few words that lead to it (`Want more stories like
      // this? Sign up here.`, `Stay informed. Subscribe today.`).
      const sentences = trimmed.split(/(?<=[.!?])[^\S\n]+(?=\p{Lu})/u);
      const last = sentences[sentences.length - 1];
      if (sentences.length > 1 && !sentences.slice(0, -1).every((lead) => wordsUpTo(lead, LEAD_WORDS) <= LEAD_WORDS)) return false;
      const call = readerCall.exec(last);
      // (A comma is where an imperative that someone said goes on with its speaker: `Join our fight, the leader shouted.`;
      // not one in a number, `50,000`, nor one before the page's thing, `Sign up for The Briefing, our daily email`.
      // Nor one before a second call, `Get updates on your device, subscribe now`.)
      const firstCall = secondCall ? last.replace(secondCall, '') : last;
      if (!call || /,(?![\d]|[^\S\n]*(?:our|your)\b)/u.test(firstCall)) return false;
      const rest = last.slice(call[0].length);
      // A subscription alone, or for now (`Subscribe today.`, `Log in`, `Register now for free.`), is the page's.
      if (SIGN_UP.test(call[0]) && /^[^\S\n]*(?:(?:now|today|here|for free)\b.*)?[.!]?$/iu.test(rest)) return true;
      return PAGE_POINTER.test(rest) || (readerObject?.test(rest) ?? false);
    };
    function countReferences(part: string): number {
      return pageReference ? (part.match(pageReference)?.length ?? 0) : 0;
    }
    // The body's content words last gathered (`bodySentenceWords`).
    let lastBodyWords: { doc?: Document; body: number; before: number; words: string[] } = { body: -1, before: -1, words: [] };
    const minLines = options.minLines;
    const maxShortLines = options.maxShortLines;
    const shortLineWords = options.shortLineWords;
    const strayLines = options.strayLines;
    const bioHeadingPatterns = options.bioHeadings;
    const bioHeading = bioHeadingPatterns.length ? wholeLineRegex(bioHeadingPatterns) : undefined;
    const commentHeading = options.commentHeadings.length ? wholeLineRegex(options.commentHeadings) : undefined;
    const maxBioWords = options.maxBioWords;
    const topLineWords = options.topLineWords;
    const lowerSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
    const lexicon: FurnitureLexicon = { limits: options, interfaceWords: lowerSet(options.interfaceWords), functionWords: lowerSet(options.functionWords), dateWords: lowerSet(options.dateWords), sectionWords: lowerSet(options.sectionWords), roleWords: lowerSet(options.roleWords), officeWords: lowerSet(options.officeWords), languageNames: lowerSet(options.languageNames), mastheadWords: lowerSet(options.mastheadWords), agencyNames: new Set(options.agencyNames), isWord: (w) => dictionary().has(w), isCommonWord: (w) => dictionary().has(w, COMMON_TIER) };
    // Evidence is weighed only on lines this short (in characters): a longer line is prose or a headline.
    const maxEvidenceChars = options.charsPerWord * shortLineWords;
    const isLongSentence = (trimmed: string) => isLongSentenceOf(trimmed, options.longSentenceChars);

    const repeatedOnPages = options.repeatedOnPages;
    // The site's template lines of the batch being linted (set at each call: checks are pure functions of their input).
    let template: ReadonlySet<string> = NO_LINES;
    const templates = new WeakMap<Batch, ReadonlySet<string>>();

    // What furnitureOf found for each line of the document being linted (set at each call): the searches for the
    // header, the stray lines and the block ask about many of the same lines.
    let verdicts = new Map<string, string | undefined>();
    const furnitureOf = (trimmed: string, knownWords?: number): string | undefined => {
      if (verdicts.has(trimmed)) return verdicts.get(trimmed);
      const reason = furnitureOfLine(trimmed, knownWords);
      verdicts.set(trimmed, reason);
      return reason;
    };

    /** Why a trimmed line is furniture: a known furniture line, a line of the site's template, or the evidence of its shape; else undefined. */
    const furnitureOfLine = (trimmed: string, knownWords?: number): string | undefined => {
      if (furniture.test(trimmed)) return 'known furniture';
      // (A label with a space before its colon, as French sets it: `Recommended Posts :`.)
      const last = trimmed.charCodeAt(trimmed.length - 1);
      if ((last === 0x3a || last === 0xff1a) && isSpaceCode(trimmed.charCodeAt(trimmed.length - 2)) && furniture.test(trimmed.replace(/\s+([:：])$/u, '$1'))) return 'known furniture';
      // A breadcrumb's separator scraped from a numbered list (`2. /`, `4. »`) is judged without its number (its words,
      // `3. World`, then stand between furniture; a list's item with words, `2. AC/DC`, is a ranking's).
      const item = (trimmed.charCodeAt(0) >= 0x30 && trimmed.charCodeAt(0) <= 0x39) ? /^\d{1,2}\.[^\S\n]+(?=[^\p{L}\d\s]+$)/u.exec(trimmed) : null;
      if (item) return furnitureOf(trimmed.slice(item[0].length));
      // Marks that only furniture has, at any length: a bar of links, a caption's credit, an embedded post.
      if (trimmed.length <= options.markedLineChars) {
        const marked = markedFurniture(trimmed, lexicon);
        if (marked) return marked;
      }
      if (trimmed.length > maxEvidenceChars) return undefined;
      if (callsReader(trimmed)) return 'a call to the reader';
      // A sentence that tells the reader how to use the page (`You must be logged in to post a comment.`).
      // (It opens with `You` and has no comma: `If you click the link, you lose your password.` is a story's warning.)
      if (YOU.test(trimmed) && !trimmed.includes(',') && isInterfaceSentence(shapeOf(trimmed, lexicon), lexicon)) return 'the page speaking to its reader';
      if (isLongSentence(trimmed)) return undefined;
      const words = knownWords ?? wordsUpTo(trimmed, shortLineWords);
      if (words > shortLineWords) return undefined;
      if (template.size && template.has(lineKey(trimmed))) return 'the site\'s template';
      // A sentence of more than six words is prose unless it holds a mark that only furniture has (a tag, a bar, ©): the
      // shape is not worked out for it (most lines of an article are such sentences).
      if (words > options.proseSentenceWords && SENTENCE_LIKE.test(trimmed) && !FURNITURE_MARK.test(trimmed)) return undefined;
      return furnitureReason(trimmed, shapeOf(trimmed, lexicon), lexicon);
    };

    const roleOf = (line: string): LineRole => {
      const trimmed = line.trim();
      if (trimmed === '') return 'blank';
      if (furnitureOf(trimmed) || addressesReader(trimmed)) return 'furniture';
      if (trimmed.length <= maxEvidenceChars && isInterfaceSentence(shapeOf(trimmed, lexicon), lexicon)) return 'furniture';
      const isShort = wordsUpTo(trimmed, shortLineWords) <= shortLineWords && !/[.!?:;”"]$/.test(trimmed);
      return isShort ? 'short' : 'body';
    };

    return (doc, batch) => {
      template = repeatedOnPages && batch.documents.length >= repeatedOnPages ? templateOf(batch) : NO_LINES;
      verdicts = new Map();
      const block = findBlock(doc);
      const findings = block ? [block.finding] : [];
      if (strayLines) findings.unshift(...findStrayLines(doc, block ? block.top : doc.lines.length));
      return findings;
    };

    /** The short lines that `repeatedOnPages` pages of the batch have outside their body text, keyed by `lineKey`. */
    function templateOf(batch: Batch): ReadonlySet<string> {
      let lines = templates.get(batch);
      if (!lines) {
        const pages = new Map<string, number>();
        for (const d of batch.documents) for (const key of edgeLines(d)) pages.set(key, (pages.get(key) ?? 0) + 1);
        lines = new Set([...pages].filter(([, n]) => n >= repeatedOnPages).map(([key]) => key));
        templates.set(batch, lines);
      }
      return lines;
    }

    /**
     * A page's short lines above its first and below its last line of body text (where a site's template stands), less
     * the first line (the headline, which pages about one story share).
     */
    function edgeLines(doc: Document): Set<string> {
      const { text, lines } = doc;
      const keys = new Set<string>();
      const take = (i: number): boolean => {
        const line = text.slice(lines[i].start, lines[i].end).trim();
        if (!line) return true;
        if (wordsUpTo(line, shortLineWords) > shortLineWords || /[.!?”"]$/.test(line)) return false;
        keys.add(lineKey(line));
        return true;
      };
      let first = 0;
      while (first < lines.length && doc.isBlank(lines[first])) first++;
      let top = first + 1;
      while (top < lines.length && take(top)) top++;
      for (let i = lines.length - 1; i > top && take(i); i--);
      return keys;
    }

    /** The trailing block: its first line's index and its finding. */
    function findBlock(doc: Document): { top: number; finding: RawFinding } | undefined {
      const { text, lines } = doc;
      // Only the tail is classified: the walk up stops at the first line of body text.
      const roles: LineRole[] = [];
      let top = lines.length; // index of the block's first line
      let furnitureCount = 0;
      let shortCount = 0;
      let firstFurniture = -1;
      let bottom = -1; // index of the block's last non-blank line
      let commentsTaken = false; // one comments section per page, within maxCommentWords in all
      const listed = listedHeadlinesAtEnd(doc);
      for (let i = lines.length - 1; i >= 0; i--) {
        roles[i] = listed.has(i) ? 'furniture' : roleOf(text.slice(lines[i].start, lines[i].end));
        if (roles[i] === 'body') {
          // Body text under a bio or comments heading is the bio or the comments: it goes into the block with its heading (only above furniture:
          // most texts end in body text, and are not searched).
          const comments: number = furnitureCount && !commentsTaken ? headingAbove(doc, i, commentHeading, options.maxCommentWords) : -1;
          const commented: boolean = comments >= 0 && hasCommentMarks(doc, comments);
          commentsTaken ||= commented;
          const heading = furnitureCount ? Math.max(headingAbove(doc, i, bioHeading, maxBioWords), commented ? comments : -1) : -1;
          if (heading < 0) break;
          if (bottom < 0) bottom = i;
          for (let k = i - 1; k > heading; k--) roles[k] = doc.isBlank(lines[k]) ? 'blank' : 'body';
          i = heading;
          roles[i] = 'furniture';
        }
        if (roles[i] === 'blank') continue;
        if (bottom < 0) bottom = i;
        top = i;
        if (roles[i] === 'furniture') [furnitureCount, firstFurniture] = [furnitureCount + 1, i];
        if (roles[i] === 'short') shortCount++;
      }
      if (furnitureCount < minLines) return undefined;
      // Too many stray short lines: only what follows the first furniture line is surely furniture.
      if (shortCount > maxShortLines) top = firstFurniture;
      let above = top - 1;
      while (above >= 0 && roles[above] === 'blank') above--;
      const start = lines[top].start;
      const contentEnd = lines[bottom].end;
      const finding: RawFinding = {
        message: fill(rule.message, [bottom === top ? '1 line' : `${bottom - top + 1} lines`, 'at the end of the article']),
        offset: start,
        length: contentEnd - start,
        wholeLines: true,
      };
      if (above < 0) return { top, finding };
      // The fix removes the block and the blank lines before it; what follows the block (the file's final line break) stays.
      const bodyEnd = lines[above].end;
      return { top, finding: { ...finding, fix: { offset: bodyEnd, length: contentEnd - bodyEnd, text: '' } } };
    }

    /**
     * Other stories' headlines listed at the page's end, under the story's last sentence (`Trump, Biden meet at White
     * House` / `PM Advisor announces US Treasury support…`): LISTED_HEADLINES or more lines in a row below it (furniture
     * lines may stand among them), each a few words, capitalised, with no sentence's end. A story ends with a sentence;
     * one heading may close a page (a section with its text lost), a run of them is a list of links.
     */
    function listedHeadlinesAtEnd(doc: Document): ReadonlySet<number> {
      const { text, lines } = doc;
      const run: number[] = [];
      // The run's headlines, not its teasers nor its kickers.
      const headlines: number[] = [];
      let labelled = false;
      let passedAboveLabel = false;
      // Whether the line below the one looked at (blank lines, furniture and kickers aside) was taken as a listed headline.
      let belowIsHeadline = false;
      // Whether it was a kicker of the run (a teaser stands under its headline, not under a kicker: `The next meeting is
      // on July 23.` / `Latest news`).
      let belowIsKicker = false;
      // Whether the page ends in headlines over their teasers (asked of the page's last line, when a teaser is first met).
      let teased: boolean | undefined;
      for (let i = lines.length - 1; i >= 0; i--) {
        if (doc.isBlank(lines[i])) continue;
        const line = text.slice(lines[i].start, lines[i].end).trim();
        if (!labelled && isListedHeadline(line, teased)) {
          run.push(i);
          headlines.push(i);
          belowIsHeadline = true;
          belowIsKicker = false;
          continue;
        }
        // (A listing's date under each teaser, `May 3, 2024`, does not part a teaser from the headline below it; a label
        // does, `The next meeting is on July 23.` / `Latest news`.)
        const reason = furnitureOf(line);
        if (reason === 'date or number') continue;
        const belowWasHeadline = belowIsHeadline;
        const belowWasKicker = belowIsKicker;
        belowIsHeadline = belowIsKicker = false;
        if (reason !== undefined) continue;
        // (Above the list's label, one short line without a stop may stand before the story's last sentence: a pointer
        // to the story's video, `See everything I said in the video`. It is not taken with the list.)
        if (labelled && !passedAboveLabel && !ENDS_WITH_MARK.test(line) && wordsUpTo(line, ABOVE_LABEL_WORDS + 1) <= ABOVE_LABEL_WORDS) {
          passedAboveLabel = true;
          continue;
        }
        // (A section's kicker over a listed headline, a word or two with no mark, `World` / `Local`, once or twice: the
        // listing's, once it has a headline. Its name recurs down the listing; a list's own headings, a guide's `Music`
        // or a ward's name over its result, stand once each.)
        if (!labelled && (belowWasHeadline || belowWasKicker) && wordsUpTo(line, KICKER_WORDS + 1) <= KICKER_WORDS && /^\p{Lu}/u.test(line) && !ENDS_WITH_MARK.test(line) && standsTwice(doc, line)) {
          run.push(i);
          belowIsKicker = true;
          continue;
        }
        // (A story's teaser under its headline, a sentence of its own: `Persib Players Feel Confident` / `Persib is
        // proving they're a force to be reckoned with this season.` The headline above it goes on with the run.)
        // (The list's last teaser may end the page, cut with three dots: `…began running on the line on...`.)
        // (Right between two headlines of the list: not a sentence above a label, `The next meeting is on July 23.` / `Latest news`.)
        // (A whole sentence there needs two headlines of the list below it: one line without a stop under a story's last
        // paragraph is a heading as often.)
        // (Or the page ends in a run of pairs, a headline over its teaser, three of them at least: `JAL Speeds Up
        // Boarding Process` / `Japan Airlines has introduced a new boarding method…`.)
        const cut = /(?:\.\.\.|…)["”’]?$/u.test(line);
        teased ??= endsInTeasedHeadlines(doc, i);
        if ((run.length ? belowWasHeadline && (cut || headlines.length >= 2 || teased) : cut || teased) && wordsUpTo(line, TEASER_WORDS + 1) <= TEASER_WORDS && isListedHeadline(nearestLine(doc, i, -1), teased)) {
          run.push(i);
          continue;
        }
        // (The list's own label above it, a few words with no stop, `Sport Update`: the story's last sentence is above that.)
        if (headlines.length >= LISTED_HEADLINES && !labelled && !ENDS_WITH_MARK.test(line) && wordsUpTo(line, BOX_HEADING_WORDS + 1) <= BOX_HEADING_WORDS) {
          labelled = true;
          run.push(i);
          continue;
        }
        // (Above the run, the story's last sentence: not a list's label, nor the story's own list under a colon.)
        // (News headlines name someone or somewhere: two of them at least have a capital past their first word, where a
        // how-to's steps have none, `Join the threads with a running stitch`.)
        const runLines = headlines.map((k) => text.slice(lines[k].start, lines[k].end).trim());
        const named = runLines.filter((l) => NAME_INSIDE.test(l)).length;
        if (headlines.length < LISTED_HEADLINES || named < LISTED_HEADLINES - 1 || !/[.!?…]["”’)]?$/u.test(line) || isListOfOneShape(runLines)) return NO_LISTED;
        // (Headlines over teasers right under the story's last sentence are the story's own sections, `What Happens Now in
        // the House` / `The House votes on Monday.`: a box of other stories stands under a label or a credit.)
        if (teased && headlines.includes(nearestLineIndex(doc, i, 1))) return NO_LISTED;
        // (A story's own closing list speaks of the story: two thirds of its lines share three words or more of five
        // letters with the text above. Other stories listed under it share its topic too, one word or two: with two,
        // wild-dev's held-out pages lost two such lists.)
        // (Headlines over teasers are weighed with their teasers: a story's own sections go on with its words, `Why the
        // Bridge Is Closing` / `The bridge has cracks in two of its piers, the council said.`.)
        const above = new Set(text.slice(0, lines[i].end).toLowerCase().match(TOPIC_WORD));
        const withTeasers = teased ? headlines.map((k) => `${lineText(doc, k)} ${nearestLine(doc, k, 1)}`) : runLines;
        const onTopic = withTeasers.filter((l) => new Set(l.toLowerCase().match(TOPIC_WORD)?.filter((w) => above.has(w))).size >= TOPIC_SHARED).length;
        return 3 * onTopic >= 2 * runLines.length ? NO_LISTED : new Set(run);
      }
      return NO_LISTED;
    }

    /** Whether two lines of the document or more read `trimmed`. */
    function standsTwice(doc: Document, trimmed: string): boolean {
      let seen = 0;
      for (const line of doc.lines) if (line.end - line.start >= trimmed.length && doc.text.slice(line.start, line.end).trim() === trimmed && ++seen === 2) return true;
      return false;
    }

    /**
     * Whether what follows comments heading `k` shows readers' comments, not a story's section so titled (`Responses` over a
     * consultation's results): a count on the heading (`Comments (12)`), or a comment's own short lines below it (`Reply`,
     * `Like 12`, `2 hours ago`).
     */
    function hasCommentMarks(doc: Document, k: number): boolean {
      const { text, lines } = doc;
      if (/\d/.test(text.slice(lines[k].start, lines[k].end))) return true;
      for (let i = k + 1; i < lines.length; i++) {
        const line = text.slice(lines[i].start, lines[i].end).trim();
        if (line && wordsUpTo(line, 7) <= 6 && COMMENT_MARK.test(line)) return true;
      }
      return false;
    }

    /** The index of the line matching `heading` above body line `i` (a bio's, the comments'), with at most `maxWords` words from it down to `i`; or -1. */
    function headingAbove(doc: Document, i: number, heading: RegExp | undefined, maxWords: number): number {
      if (!heading) return -1;
      const { text, lines } = doc;
      let words = 0;
      for (let k = i; k >= 0; k--) {
        const line = text.slice(lines[k].start, lines[k].end).trim();
        if (k < i && heading.test(line)) return k;
        if (line) words += wordsUpTo(line, maxWords - words);
        if (words > maxWords) return -1;
      }
      return -1;
    }

    /**
     * Whether line `i` is a paragraph of its own: blank lines or the text's edges around it, or, in a text that writes a
     * paragraph a line, a line above that ends a sentence or is short, and a line below that does not go on in lower case
     * (hard-wrapped prose goes on so).
     */
    function standsAlone(doc: Document, i: number): boolean {
      const { text, lines } = doc;
      const blank = (k: number) => k < 0 || k >= lines.length || doc.isBlank(lines[k]);
      if (blank(i - 1) && blank(i + 1)) return true;
      // The line below starts a paragraph of its own (hard-wrapped prose goes on in lower case)…
      // (A line of one lower-case token, such as an address, goes on nothing.)
      if (!blank(i + 1) && /^\s*\p{Ll}\S*\s+\S/u.test(text.slice(lines[i + 1].start, lines[i + 1].end))) return false;
      if (blank(i - 1)) return true;
      // …and the line above ends one: with a sentence's end, as a short line (a heading), or before a line that starts
      // as a paragraph does, with a capital, a figure, a quote or a mark such as `©` or `📲` (a wrapped line goes on in
      // lower case or after punctuation).
      const above = text.slice(lines[i - 1].start, lines[i - 1].end).trim();
      return /[.!?:;…"”’)\]»*]$/u.test(above) || wordsUpTo(above, shortLineWords) <= shortLineWords || /^\s*(?![\p{Ll},;:.)\]])\S/u.test(text.slice(lines[i].start, lines[i].end));
    }

    /**
     * The page's header: the lines of at most `topLineWords` words (site name, section) above the headline, which is the
     * first other short line, when the headline comes before the first line of body text. Returns the index of the
     * headline, or 0 when there is no such header.
     */
    function topOfPage(doc: Document, before: number): number {
      if (!topLineWords) return 0;
      const { text, lines } = doc;
      for (let i = 0; i < before; i++) {
        const line = text.slice(lines[i].start, lines[i].end).trim();
        if (!line || furnitureOf(line)) continue;
        const words = wordsUpTo(line, shortLineWords);
        // A header line has no sentence's end (`Seriously?!` above a headline is its kicker); a headline may ask or
        // exclaim (`How hard is the training?`), but a full stop or a closing quote ends body text.
        if (words <= topLineWords && !/[.!?”"]$/.test(line)) continue;
        // (A headline that asks may be long: `How hardcore is this year's military training, such as marching on rainy
        // nights, target training, and firing mortars?`.)
        const headlineWords = line.endsWith('?') ? ASKING_HEADLINE_WORDS : shortLineWords;
        return wordsUpTo(line, headlineWords) <= headlineWords && !/[.”"]$/.test(line) && i > 0 ? i : 0;
      }
      return 0;
    }

    /** A sentence of the body: it ends as one, has bodySentenceWords words or more, and is no furniture. */
    function isBodySentence(line: string): boolean {
      return /[.!?]["”’)]?$/.test(line) && wordsUpTo(line, options.bodySentenceWords) >= options.bodySentenceWords && !furnitureOf(line) && !addressesReader(line);
    }

    /** The index of the body's first sentence among the first headerLinesLookedAt lines above `before`, or -1. */
    function firstBodySentence(doc: Document, before: number): number {
      const { text, lines } = doc;
      for (let i = 0; i < Math.min(before, options.headerLinesLookedAt); i++) {
        if (isBodySentence(text.slice(lines[i].start, lines[i].end).trim())) return i;
      }
      return -1;
    }

    /**
     * The page's header by what it says: above the headline (the last line before the first sentence of the body that
     * shares a word with the body), the lines without a sentence's end that share no word with the body (a site's
     * name or slogan, a menu, a date: `Gathering and spreading news from various Russian Newspapers`). A headline
     * and its deck say what the article says; the page's own lines do not.
     */
    function linesOffTopic(doc: Document, before: number, body: number): Set<number> {
      const { text, lines } = doc;
      const found = new Set<number>();
      const trimmed = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
      if (body < 2) return found;
      const bodyWords = new Set(bodySentenceWords(doc, body, before));
      const top = Array.from({ length: body }, (_, i) => trimmed(i)).map((line) => ({ line, words: line && !/[.!?]$/.test(line) ? contentWords(line) : [] }));
      let headline = -1;
      top.forEach(({ words }, i) => {
        if (words.some((w) => bodyWords.has(w))) headline = i;
      });
      for (let i = 0; i < headline; i++) if (top[i].words.length && !top[i].words.some((w) => bodyWords.has(w))) found.add(i);
      // One line alone above the headline may be a feature's title over its deck (`A long road home`); a page's header
      // has more than one line of its own (a site's name and slogan, a menu, a date).
      let headerLines = found.size;
      for (let i = 0; i < headline && headerLines < 2; i++) if (!found.has(i) && top[i].line && furnitureOf(top[i].line)) headerLines++;
      if (headerLines >= 2) return found;
      // A line alone there is the site's when it speaks of a news site (`The Morning Ledger – daily news since 1921`,
      // `Independent journalism`); a feature's title speaks of its story.
      return new Set([...found].filter((i) => speaksOfSite(top[i].line)));
    }

    /** The index of the first line above `before` that is a sentence of the body, or `before`. */
    function firstSentenceLine(doc: Document, before: number): number {
      for (let i = 0; i < before; i++) if (isBodySentence(lineText(doc, i))) return i;
      return before;
    }

    /**
     * The content words of the body's sentences from line `body` on, up to bodyCharsCompared characters: captions, tags
     * and a footer within reach share words with any menu, so only sentences count.
     */
    function bodySentenceWords(doc: Document, body: number, before: number): string[] {
      // (Asked twice for a page, by the header's and the boxes' checks: the last answer is kept.)
      if (lastBodyWords.doc === doc && lastBodyWords.body === body && lastBodyWords.before === before) return lastBodyWords.words;
      const found: string[] = [];
      for (let i = body, chars = 0; i < before && chars < options.bodyCharsCompared; i++) {
        const line = lineText(doc, i);
        chars += line.length;
        // (One at a time: a line may be megabytes long, too many arguments for one call.)
        if (isBodySentence(line)) for (const w of contentWords(line.slice(0, options.bodyCharsCompared))) found.push(w);
      }
      lastBodyWords = { doc, body, before, words: found };
      return found;
    }

    /**
     * Whether a line says what a news site is: three words or more, one of them news, journalism, newspaper or magazine
     * (`Independent journalism since 1995`, `Daily news and analysis`). (Masthead words and a founding year were tried:
     * a feature's kicker says `Press freedom`, `The Observer effect`, `Unbeaten since 2019`.)
     */
    function speaksOfSite(line: string): boolean {
      const words = shapeOf(line, lexicon).words;
      return words.length >= 3 && words.some((w) => SITE_WORD.test(w));
    }

    /**
     * The page's header by its neighbours (after jusText's context pass, kept to the top of the page): above the
     * headline (the last line before the body's first sentence that is no furniture), a short line without a sentence's
     * end between two furniture lines, or above one at the page's top, is the page's too (a site's slogan between its name
     * and its menu: `News of Samara and the region 24 hours a day`, which names the region the story is about). A
     * kicker over the headline (`EXCLUSIVE`) has the headline, no furniture, below it.
     */
    function linesBetweenFurnitureAtTop(doc: Document, before: number, body: number, header = 0): Set<number> {
      const { text, lines } = doc;
      const found = new Set<number>();
      const trimmed = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
      if (body < 2) return found;
      const nonBlank = Array.from({ length: body }, (_, i) => i).filter((i) => trimmed(i) !== '');
      // (The page's header lines count: a site's name of a word or two above its slogan, `The Newspapers`.)
      const isFurniture = nonBlank.map((i) => i < header || furnitureOf(trimmed(i)) !== undefined);
      // (A line between two furniture lines needs two of them: most pages have none above their body.)
      if (isFurniture.filter(Boolean).length < 2) return found;
      // The headline is the line above the body that says most what the body says (the largest share of its words in
      // the body's first sentences): a slogan may name the story's region, a table of contents or a kicker nothing.
      const bodyWords = new Set<string>();
      for (let i = body, chars = 0; i < before && chars < options.bodyCharsCompared; i++) {
        const line = trimmed(i);
        chars += line.length;
        for (const w of contentWords(line)) bodyWords.add(w);
      }
      let headline = -1;
      let best = 0;
      nonBlank.forEach((i, k) => {
        const words = isFurniture[k] ? [] : contentWords(trimmed(i));
        const share = words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0;
        if (share > 0 && share >= best) [headline, best] = [k, share];
      });
      for (let k = 0; k < headline; k++) {
        const line = trimmed(nonBlank[k]);
        if (isFurniture[k] || /[.!?]["”’)]?$/.test(line) || wordsUpTo(line, shortLineWords) > shortLineWords) continue;
        if ((k === 0 || isFurniture[k - 1]) && isFurniture[k + 1]) found.add(nonBlank[k]);
      }
      return found;
    }

    /** The words of a text that carry its topic, lower case and stripped of a plural or past ending. */
    function contentWords(part: string): string[] {
      return (part.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !lexicon.functionWords.has(w)).map((w) => w.replace(/['’]s$|(?:ies|es|s|ed|ing)$/u, ''));
    }

    /**
     * The page's kicker, section or place between its headline and its body (`Daily Monitor`, `London`, `China`, `4K`):
     * below the headline (the first line of three words or more that is no furniture) and above the body's first
     * sentence, a line of at most KICKER_LINE_WORDS words without a sentence's end, a figure or a quote, no word of it in
     * lower case nor a function word, and a word that no common English word is (a name), a site's or section's word, a
     * separator or an address (`News.am`). A subhead or a deck there is common words (`Sponge`, `Relegation candidates`,
     * `We missed them`); a line with a lower-case word is a sentence broken off (`Gul stated, Trend`).
     */
    function kickersBelowHeadline(doc: Document, body: number): Set<number> {
      const found = new Set<number>();
      const headline = body < 2 ? -1 : headlineIndex(doc, body);
      if (headline < 0) return found;
      for (let i = headline + 1; i < body; i++) {
        const line = lineText(doc, i);
        if (!line) continue;
        // (No figure: a score, a count, a list's number, `Chelsea 1-2 Arsenal`, `Serves 4`, `1. Ukraine`; no quote.)
        if (wordsUpTo(line, KICKER_LINE_WORDS + 1) > KICKER_LINE_WORDS || ENDS_WITH_MARK.test(line) || /["“”\d]/u.test(line)) continue;
        // (No lower-case word nor function word: a work's title has them, `The Cherry Orchard`, `Sonnet for Odesa`.)
        const words = line.split(/\s+/);
        if (words.some((w) => /^\p{Ll}/u.test(w) || lexicon.functionWords.has(w.toLowerCase()))) continue;
        const marked = (w: string) => /^[•|/·]$|\.\p{Ll}{2,3}\b/u.test(w) || lexicon.mastheadWords?.has(w.toLowerCase()) || lexicon.sectionWords?.has(w.toLowerCase()) || lexicon.agencyNames?.has(w);
        if (words.some((w) => marked(w) || (/^\p{Lu}/u.test(w) && isNameInText(doc, w.replace(/[^\p{L}'’-]/gu, ''))))) found.add(i);
      }
      return found;
    }

    /**
     * Whether a capitalised word is a name: no English word at all (`London`, `Kyiv`), or a word of the dictionary's rarer
     * tiers that the text writes capitalised after a lower-case word and never in lower case (`in China`; not `Sponge`,
     * which the text goes on to write as `a sponge`).
     */
    function isNameInText(doc: Document, word: string): boolean {
      const lower = word.toLowerCase();
      if (!lower || !lexicon.isWord(lower)) return lower.length > 1;
      if (lexicon.isCommonWord(lower) || doc.countAsWritten(lower) > 0) return false;
      // (Searched as written: the word right after a lower-case word, maybe with a comma between, `in China`, `said, China`.)
      const { text } = doc;
      for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
        if (/[\p{L}'’-]/u.test(text.charAt(i + word.length))) continue;
        let k = i - 1;
        if (text.charAt(k) !== ' ') continue;
        while (k > 0 && text.charAt(k) === ' ') k--;
        if (text.charAt(k) === ',' || text.charAt(k) === ';') k--;
        if (/\p{Ll}/u.test(text.charAt(k))) return true;
      }
      return false;
    }

    /** The index of the headline above line `before`: the first line of the page's top that is no furniture and has three words or more; or -1. */
    function headlineIndex(doc: Document, before: number): number {
      for (let i = 0; i < Math.min(before, options.headerLinesLookedAt); i++) {
        const line = lineText(doc, i);
        if (line && !furnitureOf(line) && wordsUpTo(line, 3) >= 3) return i;
      }
      return -1;
    }

    /** The headline above line `before` (headlineIndex), as a trimmed line. */
    function headlineOf(doc: Document, before: number): string | undefined {
      const i = headlineIndex(doc, before);
      return i < 0 ? undefined : lineText(doc, i);
    }

    /**
     * Whether line `i` repeats one of the page's top lines that is no furniture (a headline or a deck written again
     * below, after `Continue reading`): the article's, not the page's. (The first such line alone missed headlines
     * under a site's slogan.)
     */
    function repeatsTopLine(doc: Document, i: number, line: string): boolean {
      const { text, lines } = doc;
      for (let k = 0; k < Math.min(i, options.headerLinesLookedAt); k++) {
        if (lines[k].end - lines[k].start < line.length) continue;
        const top = text.slice(lines[k].start, lines[k].end).trim();
        if (top === line && wordsUpTo(top, 3) >= 3) return true;
      }
      return false;
    }

    /** Furniture lines that stand alone (blank lines or the text's edges around them) above `before`. */
    function findStrayLines(doc: Document, before: number): RawFinding[] {
      const { text, lines } = doc;
      const findings: RawFinding[] = [];
      const trimmedLine = (i: number) => text.slice(lines[i].start, lines[i].end).trim();
      const header = topOfPage(doc, before);
      const body = firstBodySentence(doc, before);
      const offTopic = linesOffTopic(doc, before, body);
      const sandwiched = linesBetweenFurnitureAtTop(doc, before, body, header);
      const kickers = kickersBelowHeadline(doc, body);
      const inHeader = (i: number) => i < header || offTopic.has(i) || sandwiched.has(i) || kickers.has(i);
      // Where the text speaks of the page (`our newsletter`), found in one search of the text, not one per line.
      const references = pageReference && before ? offsetsBefore(pageReference, text, lines[before - 1].end) : [];
      let nextReference = 0;
      // The last line of body text: a sentence of bodySentenceWords or more that is no furniture (below it is the page's tail).
      let lastBody = -1;
      for (let k = before - 1; k >= 0 && lastBody < 0; k--) {
        const line = trimmedLine(k);
        if (SENTENCE_LIKE.test(line) && wordsUpTo(line, options.bodySentenceWords) >= options.bodySentenceWords && !furnitureOf(line)) lastBody = k;
      }
      // The content words of the body's first sentences, gathered when first asked.
      let bodyWords: Set<string> | undefined;
      /** Whether the body's first sentences use a content word of the line. */
      const sharesTopic = (line: string) => {
        // (The body's first sentence may stand below the lines the header is looked for in.)
        bodyWords ??= new Set(bodySentenceWords(doc, body >= 0 ? body : firstSentenceLine(doc, before), before));
        return contentWords(line).some((w) => bodyWords!.has(w));
      };
      // Lines still to be read as a list of links under a list's label (`Read also..`, `Keep reading:`).
      let listLeft = 0;
      // Whether a sentence of the body came yet: above the first one, a line is the page's top.
      let seenSentence = false;
      // The last run of short lines weighed as a list written down the page.
      const listRun = { first: -1, last: -1, menu: false };
      for (let i = 0; i < before; i++) {
        let referencesHere = 0;
        while (nextReference < references.length && references[nextReference] < lines[i].end) if (references[nextReference++] >= lines[i].start) referencesHere++;
        // A stray line is short (most lines are not, and are passed over first) and stands alone: a paragraph that
        // happens to start like furniture is text; a sentence that speaks to the page's reader is furniture at any length.
        const tooLong = lines[i].end - lines[i].start > maxEvidenceChars + options.strayLineSlack;
        // (Unless it bears a mark only furniture puts on a long line: a gallery's counter, a video's stamp, contributors, a
        // caption's credit.)
        const markedLong = tooLong && longLineMark(text.slice(lines[i].start, lines[i].end).trim(), lexicon) !== undefined;
        if (tooLong && !referencesHere && !markedLong) {
          listLeft = 0;
          continue;
        }
        const line = trimmedLine(i);
        if (!line) continue;
        const addressed = referencesHere > 0 && addressesReader(line, referencesHere);
        if (tooLong && !addressed && !markedLong) {
          listLeft = 0;
          continue;
        }
        // Under a list's label, headlines without a sentence's end are its links, up to `listLines` of them.
        // (A link is a headline: no sentence's end, not even a quotation's before its closing mark: `…begins yelling
        // “Mercy!”` under `Advertisement` is the article's.)
        const listed = listLeft > 0 && wordsUpTo(line, shortLineWords) >= 3 && !/[.,;:]$|[.!?]["”’]$/.test(line);
        listLeft = listed ? listLeft - 1 : 0;
        // A long sentence is no stray furniture line (the cheap test first: most lines are such sentences; their words
        // are not counted), unless only a page's furniture says it (`The content of this site may not be reproduced.`).
        const longSentence = isLongSentence(line);
        // (A sentence of four words or more counts too: a short first paragraph is the body's all the same.)
        seenSentence ||= longSentence || (/[.!?]["”’)]?$/.test(line) && wordsUpTo(line, 4) >= 4);
        // (Nor a call to the reader of up to `readerCallWords` words that names the page's reader or publisher, or calls
        // twice: `Get updates directly on your device, subscribe now.`; `Visit the gallery on a weekday` is the story's.)
        if (!inHeader(i) && !addressed && !listed && longSentence && !isFurnitureSentence(line) && !opensWithFurnitureMark(line, lexicon) && !(callsReader(line) && (PAGE_PARTY.test(line) || (secondCall?.test(line) ?? false)))) continue;
        const words = wordsUpTo(line, shortLineWords);
        // (One capital alone on a line between paragraphs or furniture, an icon's letter, is a stray line
        // here only, not evidence for its neighbours: beside a short line it is a table's cell, `S` over `Juston Burris`.)
        const reason = addressed || listed ? undefined : (furnitureOf(line, words) ?? (strayCharacter(doc, i) ? 'stray character' : undefined));
        // A list's label: a few words of the page, known as furniture or ending as a label does (`:`, `..`, `…`).
        // (A line with a number is a count or a time, `5 min read`, not a label.)
        // (Or a label of the page's interface that names a list of stories: `Trending in Entertainment`, `Most popular`.)
        // (An advertisement's label heads an ad, not a list: the headline under `Advertisement` at a page's top is the story's.)
        const labelsList = reason !== undefined && words <= 4 && !/\d/.test(line) && !AD_LABEL.test(line) && (reason === 'known furniture' || /[:…]$|\.\.$/.test(line) || (reason === 'page interface' && LIST_LABEL.test(line)));
        // (`Check Also`, `See also`, `Also read` point at other stories as `Related` does.)
        if (labelsList && (ALSO.test(line) || shapeOf(line, lexicon).words.some((w) => isInterfaceWord(w, lexicon)))) listLeft = options.listLines;
        // (A reason found for a longer line comes from evidence of any length: a known line, a mark, a call to the reader.)
        // (A heading of a few words between two furniture lines is a box of the page's: `Must read` between a tag list and
        // a related story.)
        // (Across a run of such lines, one that says nothing the body says: a headline may stand there, boxed in by a
        // section's label and a byline. A slogan right between two furniture lines may name the story's region.)
        // (Longer lines were tried, a slogan right between two furniture lines and saying nothing the body says: a headline
        // in title case between a stamp and a byline says nothing the body's first sentences say either.)
        const box = !reason && words <= BOX_HEADING_WORDS && !ENDS_WITH_MARK.test(line) ? furnitureAround(doc, i) : -1;
        const boxed = box === 0 || (box > 0 && !sharesTopic(line));
        const downList = !reason && !boxed && words <= LIST_ITEM_WORDS && inListDownThePage(doc, i, listRun);
        if (!addressed && !listed && !reason && !boxed && !downList && !(inHeader(i) && words <= shortLineWords)) continue;
        // A site's name stands at the page's top, above its first sentence (or in the trailing block): between paragraphs
        // such words head a section of the story (`Press Freedom Concerns`, `A Century of Radio`).
        if (reason === 'site name' && !inHeader(i) && seenSentence && !betweenFurniture(doc, i)) continue;
        // (Code goes on over lines as prose does not, `mediaTypes: {` / `banner: {`: a line of it is no wrapped sentence.)
        if (reason !== 'program code' && !standsAlone(doc, i)) continue;
        // Another story with its stamp is the page's at its top or tail, or under a furniture line; between the body's
        // paragraphs stamped lines are the story's own timeline (`Links to France disconnected — 28 April, 12:33`).
        if (reason === 'listed story' && !inHeader(i) && i < lastBody && !furnitureAbove(doc, i)) continue;
        // A portrait's caption stands alone; a run of names and offices, or one under a label, is a story's list (a
        // cabinet, a jury: `Rachel Reeves, Chancellor of the Exchequer` / `Yvette Cooper, Home Secretary`).
        if (reason === 'portrait caption' && inList(doc, i)) continue;
        // Under a sentence that ends in a colon, short lines are the story's list (`The winners were:` / `Sarah Okoye,
        // Associated Press`, `The numbers drawn were:` / `1 2 3 4 5 6`); a label of the page is no sentence (`Tags:`).
        // (Names alone one under another are a list too: `Albert Cole` / `Frederick Cole`.)
        if (reason !== 'known furniture' && !inHeader(i) && (underListSentence(doc, i) || (reason === 'name alone' && besideNameAlone(doc, i)))) continue;
        // A call to the reader that the next paragraph takes up word for word heads that paragraph: `Share your views` over
        // `Readers can share their views with their MP`. (A page's own call, `Share this article`, says nothing the text goes on with.)
        if ((reason === 'a call to the reader' || reason === 'page interface') && !inHeader(i) && headsNextParagraph(doc, i, line)) continue;
        // The headline or deck written again as a line (after `Continue reading`) is the article's, not the page's.
        // (A credit, a stamp or a known line repeated is the page's twice: `Photo: Damian Dovarganes, AP` under each picture.)
        if ((reason === undefined || !REPEATABLE_REASONS.has(reason)) && repeatsTopLine(doc, i, line)) continue;
        // A credit's caption: the short line without a sentence's end right above a photo's credit (`A derailed tram in
        // Krakow` / `Photo: Jan Graczynski / East News`).
        const credit = reason !== undefined && (CREDIT_REASONS.has(reason) || (reason === 'known furniture' && CREDIT_LINE.test(line)));
        const caption = credit && options.captionWords ? captionAbove(doc, i) : -1;
        if (caption >= 0 && findings.at(-1)?.offset !== lines[caption].start) findings.push(strayLineFinding(doc, caption, inHeader(caption)));
        findings.push(strayLineFinding(doc, i, inHeader(i)));
      }
      return findings;
    }

    /** Whether line `i` is one capital or icon glyph alone (`Q`) between lines of more than three words or furniture. */
    function strayCharacter(doc: Document, i: number): boolean {
      // (The line as written: trim() takes a BOM or a no-break space for a space, `\uFEFF.` is no lone `.`.)
      const written = doc.text.slice(doc.lines[i].start, doc.lines[i].end);
      // (A capital or an icon font's glyph: a lone mark or small letter may be what is left of a line another fix emptied.)
      return /^[ \t]*[A-Z\uE000-\uF8FF][ \t]*\r?$/u.test(written) && [-1, 1].every((step) => paragraphOrPageLine(nearestLine(doc, i, step)));
    }

    /** Whether a line is a paragraph (more than three words), a known line of the page's or an address, or the text's edge (''). */
    function paragraphOrPageLine(line: string): boolean {
      if (line === '' || wordsUpTo(line, 4) > 3) return true;
      const reason = furnitureOf(line);
      return reason === 'known furniture' || reason === 'address';
    }

    /** Whether every content word (five letters or more, two at least: not `your`, `this`) of a short line without a stop stands in the next paragraph. */
    function headsNextParagraph(doc: Document, i: number, line: string): boolean {
      // (In sentence case: a name in title case, `The Hollywood Reporter`, is the page's however the text goes on.)
      if (/[.!?]["”’)]?$/.test(line) || !/\s\p{Ll}/u.test(line)) return false;
      const words = line.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
      const k = nearestLineIndex(doc, i, 1);
      if (words.length < 2 || k < 0) return false;
      // (The next line's runs of letters, as a set: a content word stands there as a word of its own, not inside one.)
      const next = new Set(lineText(doc, k).toLowerCase().match(/\p{L}+/gu));
      return words.every((w) => next.has(w));
    }

    /** Whether a line is an item of a menu or tag list: a few words, no function word, no figure, no punctuation. */
    function isListItem(line: string): boolean {
      if (!line || /[\d.,;:!?"“”()]/u.test(line) || wordsUpTo(line, LIST_ITEM_WORDS + 1) > LIST_ITEM_WORDS) return false;
      const shape = shapeOf(line, lexicon);
      return shape.words.length > 0 && shape.functionShare === 0;
    }

    /**
     * Whether line `i` is in a menu or tag list written down the page (`Home` / `World` / `Politics`, `Tags:` / `Russia` /
     * `NATO`): LIST_DOWN_ITEMS such items in a row or more (blank lines between), two of them with a section's or the
     * page's word, under a tag list's label or above a furniture line. An article's own lists look the same without
     * those marks (`Further reading` / book titles, `Ingredients` / `Onions`, a feature's opening list); a story's list
     * is introduced by a sentence ending in a colon (`Among them were three brothers:`), or names people (`Albert Cole`).
     * The run is measured once for all its lines (`run`, kept between calls on one text).
     */
    function inListDownThePage(doc: Document, i: number, run: { first: number; last: number; menu: boolean }): boolean {
      if (i >= run.first && i <= run.last) return run.menu;
      const own = lineText(doc, i);
      if (!isListItem(own)) return false;
      const items = [own];
      /** The farthest line from `i`, a line at a time by `step`, of the run of items it stands in. */
      const runEnd = (step: number): number => {
        let end = i;
        for (let k = nearestLineIndex(doc, i, step); k >= 0; k = nearestLineIndex(doc, k, step)) {
          const item = lineText(doc, k);
          if (!isListItem(item)) break;
          items.push(item);
          end = k;
        }
        return end;
      };
      const first = runEnd(-1);
      const last = runEnd(1);
      Object.assign(run, { first, last, menu: false });
      if (items.length < LIST_DOWN_ITEMS) return false;
      const above = nearestLineIndex(doc, first, -1);
      const below = nearestLineIndex(doc, last, 1);
      const intro = above >= 0 ? lineText(doc, above) : '';
      if (intro.endsWith(':') && shapeOf(intro, lexicon).functionShare > 0) return false;
      // (People: two or three capitalised words, one of them no English word.)
      const people = items.filter((item) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u.test(item) && item.split(/\s+/).some((w) => !lexicon.isWord(w.toLowerCase()))).length;
      if (2 * people >= items.length) return false;
      // (Two items at least: one may be the article's heading, `Further reading`.)
      const pageWords = items.filter((item) => shapeOf(item, lexicon).words.some((w) => isInterfaceWord(w, lexicon) || lexicon.sectionWords?.has(w.toLowerCase()))).length >= 2;
      // (A heading above may be the article's own, `Further reading`, `Ingredients`: only a tag list's label counts.)
      const markedAsPage = TAG_LABEL.test(intro) || (below >= 0 && furnitureOf(lineText(doc, below)) !== undefined);
      run.menu = pageWords || markedAsPage;
      return run.menu;
    }

    /**
     * Whether line `i` is an item of a list that a sentence ending in a colon introduces: the nearest line above that is
     * no short item without punctuation (a list's earlier items) ends in a colon and has a verb of being or including,
     * or five words or more (`Among them were three brothers:`; not `Read also:`, `Tags:`).
     */
    function underListSentence(doc: Document, i: number): boolean {
      let k = nearestLineIndex(doc, i, -1);
      for (let n = 0; k >= 0 && n < LIST_SENTENCE_REACH; n++, k = nearestLineIndex(doc, k, -1)) {
        const line = lineText(doc, k);
        if (line.endsWith(':')) return LIST_SENTENCE_VERB.test(line) || wordsUpTo(line, 5) >= 5;
        if (/[.!?;]["”’)]?$/.test(line) || wordsUpTo(line, shortLineWords + 1) > shortLineWords) return false;
      }
      return false;
    }

    /** Whether a name alone (`Albert Cole`) has another name alone right above or below it: a list of people. */
    function besideNameAlone(doc: Document, i: number): boolean {
      return [nearestLine(doc, i, -1), nearestLine(doc, i, 1)].some((line) => line !== '' && furnitureOf(line) === 'name alone');
    }

    /** Whether portrait caption `i` has another name and comma beside it (blank lines between), or a label ending in a colon above it. */
    function inList(doc: Document, i: number): boolean {
      const above = nearestLine(doc, i, -1);
      return above.endsWith(':') || PERSON_AND_MORE.test(above) || PERSON_AND_MORE.test(nearestLine(doc, i, 1));
    }

    /** Whether the nearest line above line `i` (blank lines between) is furniture of another kind than a listed story. */
    function furnitureAbove(doc: Document, i: number): boolean {
      const above = nearestLine(doc, i, -1);
      const reason = above ? furnitureOf(above) : undefined;
      return reason !== undefined && reason !== 'listed story';
    }

    /** Whether the nearest lines above and below line `i` (blank lines between) are furniture by their own evidence. */
    function betweenFurniture(doc: Document, i: number): boolean {
      return furnitureAround(doc, i) >= 0;
    }

    /** How many lines like a box's heading stand between line `i` and the furniture lines above and below it (the more of the two), or -1 when no furniture closes it on both sides. */
    function furnitureAround(doc: Document, i: number): number {
      const above = furnitureReached(doc, i, -1);
      const below = above < 0 ? -1 : furnitureReached(doc, i, 1);
      return below < 0 ? -1 : Math.max(above, below);
    }

    /**
     * How many lines like a box's heading stand between line `i` and the next furniture line by `step` (0: it is right
     * there), up to BOX_RUN (a few words,
     * no sentence's end): a box of the page's may hold more than one such line (`By` / `Sarah E. Needleman` / `The Wall
     * Street Journal` / `Nov. 19, 2019 8:03 am ET`), as jusText's context pass takes a run of short blocks between bad ones;
     * -1 when a line of another kind, or none, comes first.
     */
    function furnitureReached(doc: Document, i: number, step: number): number {
      for (let k = nearestLineIndex(doc, i, step), run = 0; k >= 0; k = nearestLineIndex(doc, k, step), run++) {
        const line = lineText(doc, k);
        if (furnitureOf(line) !== undefined) return run;
        if (run === BOX_RUN || wordsUpTo(line, BOX_HEADING_WORDS + 1) > BOX_HEADING_WORDS || ENDS_WITH_MARK.test(line)) return -1;
      }
      return -1;
    }

    /** The line above line `i` (blank lines between) that is a photo's caption: a few words with no sentence's end; or -1. */
    function captionAbove(doc: Document, i: number): number {
      const { text, lines } = doc;
      const k = nearestLineIndex(doc, i, -1);
      if (k <= 0) return -1;
      const line = text.slice(lines[k].start, lines[k].end).trim();
      const words = wordsUpTo(line, options.captionWords + 1);
      if (words < 2 || words > options.captionWords || /[.!?:;,"“”]$/.test(line) || line === headlineOf(doc, k)) return -1;
      // (A list's last item is no caption: `- a second round in June` above `Photo: Reuters`.)
      if (LIST_MARKER.test(line)) return -1;
      return standsAlone(doc, k) ? k : -1;
    }

    /**
     * The finding for stray line `i`, whose fix removes the line and a blank line after it, so one blank line stays
     * between the paragraphs; a line without a blank one after it goes with its line break; a last line goes with the
     * blank lines before it, so the text ends as it did.
     */
    function strayLineFinding(doc: Document, i: number, inHeader: boolean): RawFinding {
      const { lines } = doc;
      const blank = (k: number) => k < 0 || k >= lines.length || doc.isBlank(lines[k]);
      let from = lines[i].start;
      const last = i + 1 >= lines.length || (blank(i + 1) && i + 2 >= lines.length);
      const to = last ? lines[i].end : blank(i + 1) ? lines[i + 2].start : lines[i + 1].start;
      if (last) {
        let above = i - 1;
        while (above >= 0 && blank(above)) above--;
        if (above >= 0) from = lines[above].end;
      }
      return {
        message: fill(rule.message, ['1 line', last ? 'at the end of the article' : inHeader ? 'at the top of the page' : 'between paragraphs']),
        offset: lines[i].start,
        length: lines[i].end - lines[i].start,
        wholeLines: true,
        fix: { offset: from, length: to - from, text: '' },
      };
    }
  },
});

const NO_LINES: ReadonlySet<string> = new Set();

/** The index of the nearest non-blank line from line `i` on, a line at a time by `step` (-1 up, 1 down), or -1 at the text's edge. */
function nearestLineIndex(doc: Document, i: number, step: number): number {
  const { lines } = doc;
  let k = i + step;
  while (k >= 0 && k < lines.length && doc.isBlank(lines[k])) k += step;
  return k >= 0 && k < lines.length ? k : -1;
}

/** The trimmed text of the nearest non-blank line from line `i` by `step`, or '' at the text's edge. */
function nearestLine(doc: Document, i: number, step: number): string {
  const k = nearestLineIndex(doc, i, step);
  return k < 0 ? '' : lineText(doc, k);
}

/**
 * Whether the page ends, from line `last` up, in LISTED_HEADLINES pairs or more of a listed headline over its teaser (a
 * sentence of up to TEASER_WORDS words), as a box of other stories sets them.
 */
function endsInTeasedHeadlines(doc: Document, last: number): boolean {
  let pairs = 0;
  for (let k = last; k >= 0 && pairs < LISTED_HEADLINES; pairs++) {
    const teaser = lineText(doc, k);
    const above = nearestLineIndex(doc, k, -1);
    if (above < 0 || !/[.!?]["”’)]?$/u.test(teaser) || wordsUpTo(teaser, TEASER_WORDS + 1) > TEASER_WORDS || !isListedHeadline(lineText(doc, above), true)) return false;
    k = nearestLineIndex(doc, above, -1);
  }
  return pairs >= LISTED_HEADLINES;
}

/** Line `k` of the text, trimmed. */
function lineText(doc: Document, k: number): string {
  return doc.text.slice(doc.lines[k].start, doc.lines[k].end).trim();
}
/** How many lines above an item the sentence that introduces its list is looked for; the verbs such a sentence has. */
const LIST_SENTENCE_REACH = 12;
const LIST_SENTENCE_VERB = /\b(?:is|are|was|were|be|been|include|includes|included|including|follows?|following)\b/i;
/** The words that say what a news site is, for a slogan alone above the headline. */
const SITE_WORD = /^(?:news|journalism|newspapers?|magazine)$/i;
/** A tag list's label (`Tags:`, `Filed under`). */
const TAG_LABEL = /^(?:tags?|tagged(?: with)?|topics?|keywords?|categories|category|filed (?:under|in)|related (?:topics|tags))\s*:?$/i;
// A line that opens with a name and a comma (`Marko Bošnjak, Vice-President`): an item of a list of people, as its neighbour is.
const PERSON_AND_MORE = /^\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,3},[^\S\n]/u;
/** How many headlines in a row at a page's end make a list of other stories. */
const LISTED_HEADLINES = 3;
/** The most words of the one short line passed over between a listing's label and the story's last sentence. */
const ABOVE_LABEL_WORDS = 10;
/** The most words of a section's kicker over a listed headline (`World`, `Local news`). */
const KICKER_WORDS = 2;
/** The most words of a kicker, section or place between a page's headline and its body (`Daily Monitor`, `Kyiv • UNN`). */
const KICKER_LINE_WORDS = 3;
const NO_LISTED: ReadonlySet<number> = new Set();
/** The most words of a listed story's headline. */
const HEADLINE_WORDS = 25;
/** The most words of the teaser under a listed headline (a sentence or two of the story's opening). */
const TEASER_WORDS = 40;
/** A line that ends as a sentence or a clause does: a stop or a mark of a pause, maybe inside a closing quote or bracket. */
const ENDS_WITH_MARK = /[.!?:;,]["”’)]?$/u;
/**
 * A headline of another story as a line: three words or more, up to HEADLINE_WORDS, opened by a capital, a figure or a
 * quote, and ending without a sentence's end (a teaser cut with `…` is one too; one cut with `...` is taken as a teaser under its headline); no list's bullet or label (`Tags:`).
 */
function isListedHeadline(line: string, titleCase = false): boolean {
  if (!/^[\p{Lu}\d“"‘']/u.test(line) || ENDS_WITH_MARK.test(line) || line.length > HEADLINE_WORDS * 12) return false;
  const words = wordsUpTo(line, HEADLINE_WORDS + 1);
  // (A headline says something, with a word in lower case, a verb or a function word, even in title case: `PM Al-Sudani
  // Holds Phone Call with U.S. President-Elect`; a list's entry of names and dates says none: `June 9 – Tampa, FL @
  // MidFlorida Amphitheatre`, a tour's dates under the story.)
  // (Or, over teasers, `titleCase`, a headline in title case with a capitalised function word, `JAL Speeds Up Boarding
  // Process`, or of four words or more with no figure nor comma, `Japanese Skateboarding Prodigy Joins Guinness World
  // Record Holders`; alone, such lines are a list's titles, `Of Mice And Men` / `Pride And Prejudice`.)
  return words >= 3 && words <= HEADLINE_WORDS && (HEADLINE_WORD.test(line) || (titleCase && (TITLE_CASE_FUNCTION_WORD.test(line) || (words >= 4 && TITLE_CASE.test(line)))));
}
const TITLE_CASE = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;
/** A function word capitalised inside a headline in title case (`JAL Speeds Up Boarding Process`). */
const TITLE_CASE_FUNCTION_WORD = /\s(?:Up|Down|Out|Off|For|To|In|On|With|Of|At|By|As|From|Into|Over|After|Is|Are|Was|Were|Be|Will|Has|Have|Had|And|But|The|A|An)\s/u;
const NAME_INSIDE = /\s\p{Lu}/u;
/** How many words a line of a story's own list shares with the text above it. */
const TOPIC_SHARED = 3;
/** A word long enough to say what a line is about. */
const TOPIC_WORD = /\p{L}{5,}/gu;
/**
 * The marks a story's own list repeats on each of its lines, where other stories' headlines have none in common: a date
 * first (a timeline: `March 2024 – Union members vote…`), a work and its maker (`Orbital by Samantha Harvey`), an item
 * and what follows a dash (`Paris – 12 stages`) or a colon (`When: Saturday at 7pm`), a participle first (a film's
 * credits: `Directed by…`, `Starring…`, `Running time…`).
 */
const LIST_SHAPES = [/^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/u, /\sby\s\p{Lu}/u, /^[^–—-]{1,30}\s[–—-]\s/u, /^[^:]{1,40}:\s/u, /^\p{Lu}\p{Ll}+(?:ed|ing)\s/u];
/** Whether two thirds of the lines or more share one of LIST_SHAPES. */
function isListOfOneShape(lines: string[]): boolean {
  return LIST_SHAPES.some((shape) => 3 * lines.filter((l) => shape.test(l)).length >= 2 * lines.length);
}
const HEADLINE_WORD = /(?:^|[\s,])\p{Ll}{2,}(?=[\s,]|$)/u;
/** A label that points at other stories as `Related` does (`Check Also`, `See also`, `Also read`). */
const ALSO = /\balso\b/i;
/** An advertisement's label: it heads an ad, not a list of links. */
const AD_LABEL = /^(?:advertisement|advertising|ads?|sponsored(?: content)?|promoted|paid (?:content|post))\W*$/i;
/** A word that makes a label of the page's interface the heading of a list of stories. */
const LIST_LABEL = /\b(?:related|trending|popular|recommended|latest|most|similar|suggested|featured|picks|top)\b/i;
// The most words of a box's heading between furniture lines (`Must read`, `Editor's choice`, `More from the region`).
const BOX_HEADING_WORDS = 5;
/** The most words of a headline that asks a question, below the page's header. */
const ASKING_HEADLINE_WORDS = 25;
/** The most lines like a box's heading between it and the furniture line that closes the box on one side. */
const BOX_RUN = 1;
/** The most words of an item of a menu or tag list written down the page, and the fewest items such a list has. */
const LIST_ITEM_WORDS = 3;
const LIST_DOWN_ITEMS = 3;
/** Reasons no headline has: a line with one is furniture however often the page repeats it. */
const REPEATABLE_REASONS = new Set(['known furniture', 'credit', 'credit label', 'date or number', 'date and source', 'dateline', 'count', 'byline', 'page interface']);
/** Reasons that make a line a photo's credit, below which its caption may stand. */
const CREDIT_REASONS = new Set(['credit', 'credit label', 'caption credit']);
const CREDIT_LINE = /^(?:photos?|images?|pictures?|video|credits?|screenshot)\b/i;

/** A sentence that opens by speaking to the reader (`You must be logged in…`, `Please…`). */
const YOU = /^(?:you|your|please)\b/i;
/** A comment's own short line: its reply or like buttons, or its age (`Reply   Like   126`, `2 hours ago`). */
const COMMENT_MARK = /^(?:reply|replies|like|likes|report|quote)\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b/i;
/** The rarest dictionary tier of a common English word (a name has a word outside it: `Jane` is tier 70, `full` 10). */
const COMMON_TIER = 20;
/** The words of each sentence that may lead to a call to the reader on one line (`Want more stories like this?`). */
const LEAD_WORDS = 6;
/** Calls to subscribe, register, log in, give, join as a member or start a trial: alone or `now`, they are the page's (`Subscribe today.`, `Become a member today`). */
const SIGN_UP = /\b(?:subscribe|sign (?:up|in)|log ?in|register|donate|member|subscriber|supporter|patron|trial)$/i;
/**
 * Words that point at the page or its publisher, not at the news: `follow us on`, `our channel`, `here`, `below`.
 * (`here`, `below`, `above` only at the line's end, `us` only before `on`: `Tell us about your childhood here in Kenya`,
 * `Join us in the streets` are a story's.)
 */
/** Words that name the page's reader or its publisher in a call: `your device`, `our newsletter`, `follow us`. */
const PAGE_PARTY = /\b(?:our|your|us)\b/i;
const PAGE_POINTER = /\b(?:here|below|above)[.!:]?$|\bus on\b|\bour\b|(?:^|\s)@\w{2,}/i;
const REPORTED_SPEECH = /[“”"]|\b(?:said|says|told|added|according to)\b/i;
const CONTENT_WORD = /\p{L}[\p{L}'’-]{2,}/gu;
const SENTENCE_LIKE = /[.!?][”"’)]?$/;
/** A list item's marker at a line's start: a bullet or a number. */
const LIST_MARKER = /^(?:[-–•*+▪◦]|\d{1,2}[.)])\s/u;
const FURNITURE_MARK = /[<[©↓↑⇩⇧▼▲|»›/︱]|lorem|\(c\)/i;

/** A long sentence is prose unless it holds a mark only furniture has (a tag, a bar, ©): most lines of an article. */
function isLongSentenceOf(trimmed: string, longSentenceChars: number): boolean {
  return trimmed.length > longSentenceChars && SENTENCE_LIKE.test(trimmed) && !FURNITURE_MARK.test(trimmed);
}

/** Where a global regex matches in `text` before `end`, searched in place (no copy of the text or of the regex). */
function offsetsBefore(regex: RegExp, text: string, end: number): number[] {
  const offsets: number[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m && m.index < end; m = regex.exec(text)) {
    offsets.push(m.index);
    if (m[0] === '') regex.lastIndex++; // an empty match must not be found again
  }
  return offsets;
}

/** A line as the template compares it: lower case, spaces collapsed. */
function lineKey(trimmed: string): string {
  return trimmed.toLowerCase().replace(/\s+/g, ' ');
}

/** The words of a non-empty trimmed line, counted no further than `limit` + 1 (a line may be megabytes long). */
function wordsUpTo(trimmed: string, limit: number): number {
  return wordsIn(trimmed, 0, trimmed.length, limit);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** One case-blind regex that a whole trimmed line must match, from line patterns. */
function wholeLineRegex(patterns: string[]): RegExp {
  return compileRegex(`^(?:${patterns.map((l) => `(?:${l})`).join('|')})$`, 'i');
}
