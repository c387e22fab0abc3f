// split-name: a two-part name cut around an attribution verb (`Mao said. Ning, at a press conference`).
import type { Document } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { escapeRegex, fill, phraseAlternation } from './template.js';

const NAME_START = String.raw`\p{Lu}`;
const NAME_REST = String.raw`[\p{Ll}’'-]+`;
/** A half of a name as the first one may be written: hyphenated first names too (`Jean-Yves`, `Marie-Agnes`). */
const NAME = String.raw`${NAME_START}${NAME_REST}(?:-\p{Lu}[\p{Ll}’']+)*`;
/** A half of a name as the second one may be written: with inner capitals (`O’Brien`, `Okonjo-Iweala`), a particle (`al-Kadhimi`, `da Silva`), or two words (`De Crem`, `Abdul Kadir`). */
const NAME_PART = String.raw`(?:(?:al|el|ad|ibn|bin|ben)-)?\p{Lu}(?:[\p{Ll}’'-]*\p{Ll}(?:[-’']\p{Lu}\p{Ll}+)*|[’']\p{Lu}\p{Ll}+)`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|di|del|della|du|van|von|der|den|ter|la|le|al|el|bin|ibn|ben)`;
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`, 'i');
const SECOND_HALF = String.raw`(?:${PARTICLE}[^\S\n]+){0,2}${NAME_PART}(?:[^\S\n]+(?:${PARTICLE}[^\S\n]+){0,2}${NAME_PART})?`;
/** Letters, apostrophes and hyphens: a name with one of them beside it is part of a longer word. */
const NAME_CHAR = String.raw`[\p{L}’'-]`;
const GAP = String.raw`[^\S\n]+`;
/** A capitalised word standing alone, as a half of a name; the search stops first at a cheap class (ASCII capitals or non-ASCII). */
const NAME_WORD = new RegExp(String.raw`[A-Z\u00C0-\uFFFF](?<=(?<!${NAME_CHAR})${NAME_START})${NAME_REST}(?!${NAME_CHAR})`, 'gu');
/** Whole-name look-ups answered by searching the text, before the text's names are gathered once (a speed trade: the answer is the same). */
const DIRECT_SEARCHES = 16;

export const splitName = defineKind({
  name: 'split-name',
  summary: 'A name split by a full stop next to an attribution verb, in either order (`Mao said. Ning,` / `said Mao. Ning,`).',
  fields: {
    verbs: { type: 'string[]', required: true, description: 'Attribution verbs (`said`, `told`, `added`).' },
    prepositions: { type: 'string[]', default: [], description: 'Words a displaced phrase after the second name may start with (`at`, `on`), after a comma or not.' },
    continuations: { type: 'string[]', default: [], description: 'Words that go on with the attribution after the second name and a comma (`adding`, `noting`); the fix keeps them as they are.' },
    maxTrailingWords: { type: 'integer', minimum: 0, default: 12, description: 'The longest displaced phrase the fix will rejoin; longer rests, or rests that are no displaced phrase, get a suggestion only.' },
    lookBack: { type: 'integer', minimum: 1, default: 200, description: 'How many characters before a stranded second half are searched for the first half and the verb.' },
    maxTitleWords: { type: 'integer', minimum: 0, default: 3, description: 'The most words between the verb and the first half (`said the spokesman Wang.`): lower-case ones, or any that end in one of `titles` (`said Deputy Prime Minister Olha.`).' },
    titles: { type: 'string[]', default: [], description: 'Roles written before a name (`minister`, `spokeswoman`, `coach`), matched without case: one right before the first half is evidence of a split when neither half is used anywhere else (`Minister Hakan told. Fidan, journalists in Ankara`).' },
    objectVerbs: { type: 'string[]', default: [], description: 'Attribution verbs that take an object, so never end a sentence after a name (`told`): the same evidence as a title.' },
  },
  fixable: () => true,
  compile(options, rule) {
    const verbs = phraseAlternation(options.verbs);
    const prepositionList = options.prepositions;
    const prepositions = phraseAlternation(prepositionList);
    const continuations = options.continuations;
    const displaced = compileRegex(`^,?${GAP}${prepositions}`, 'i');
    const continues = continuations.length ? compileRegex(`^,${GAP}${phraseAlternation(continuations)}`, 'i') : undefined;
    // A full stop, then a lone capitalised word followed by a comma, a full stop or a displaced phrase: the stranded half.
    // (The displaced phrase's first word is checked by the lookahead without the alternation's own boundaries, and
    // only after a single space: this runs at every sentence start.)
    const prepositionWords = prepositionList.map((p) => escapeRegex(p.trim())).join('|');
    // Or any lower-case word after it (`said Marina. Silva also criticized`, group 2): then only the whole name written
    // elsewhere in the text makes it a split.
    const secondHalf = compileRegex(`\\.${GAP}(${SECOND_HALF})(?=[,.]| (?:that|${prepositionWords})(?![\\p{L}\\p{N}])|(?<goesOn> \\p{Ll}))`, 'g');
    const maxTrailingWords = options.maxTrailingWords;
    // Name then verb (`Mao said.`), or verb, up to three lower-case words, then name (`said the spokesman Wang.`),
    // matched against the text just before a lone capitalised word that follows a full stop.
    const nameFirst = compileRegex(`(?<first>${NAME})${GAP}(?<verb>${verbs})$`);
    const verbFirst = compileRegex(`(?<verb>${verbs})(?<title>(?:${GAP}[\\p{L}’'-]+\\.?){0,${options.maxTitleWords}})${GAP}(?<first>${NAME})$`);
    // (Or a first half of two names after a title, `said chief negotiator Hardeep Singh. Puri.`, when one name leaves no title.)
    const verbFirstTwoNames = compileRegex(`(?<verb>${verbs})(?<title>(?:${GAP}[\\p{L}’'-]+\\.?){0,${options.maxTitleWords}})${GAP}(?<first>${NAME}${GAP}${NAME})$`);
    // (Or a longer title that names a role and what it heads: `said the spokesman of the Fire Service Vasilis.`.)
    const verbFirstLongTitle = compileRegex(`(?<verb>${verbs})(?<title>(?:${GAP}[\\p{L}’'-]+){${options.maxTitleWords + 1},${LONG_TITLE_WORDS}})${GAP}(?<first>${NAME})$`);
    const titles = new Set(options.titles.map((t) => t.toLowerCase()));
    /** A role, then `of` and what it heads (`the spokesman of the Fire Service`, `the head of the regional police`). */
    const isLongTitle = (title: string) => {
      const words = title.trim().split(/[^\S\n]+/);
      return words.some((word, i) => titles.has(word.toLowerCase()) && words[i + 1] === 'of' && i < 3);
    };
    const objectVerbs = new Set(options.objectVerbs.map((v) => v.toLowerCase()));
    /** The words between a verb and a name are a title: all in lower case (`the spokesman`), or ending in a role (`Deputy Prime Minister`). */
    // (Or a title's abbreviation: `said Mr. Tran. Phuoc Hien`.)
    const isTitle = (title: string) => /^[^\p{Lu}]*$/u.test(title) || titles.has(lastWord(title).toLowerCase()) || TITLE_ABBREVIATION.test(lastWord(title).replace(/\.$/, ''));
    /**
     * Verb, title and first half (`said the spokesman Wang`); or, when one name leaves no title, a first half of two names
     * after a role (`said chief negotiator Hardeep Singh`: with no role, `said Sergei Lavrov` is a whole name).
     */
    const verbFirstWithTitle = (before: string): RegExpExecArray | null => {
      const one = verbFirst.exec(before);
      if (!one) {
        const long = verbFirstLongTitle.exec(before);
        return long && isLongTitle(long.groups!.title) ? long : null;
      }
      if (isTitle(one.groups!.title)) return one;
      const two = verbFirstTwoNames.exec(before);
      return two && titles.has(lastWord(two.groups!.title).toLowerCase()) ? two : null;
    };
    /** A role right before the first half (`Minister Hakan`, `spokeswoman Mao`), or a title's abbreviation (`Mr. Tran`). */
    const titledAt = (text: string, at: number) => {
      const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      return !!m && (titles.has(m[1].toLowerCase()) || (m[0].includes('.') && TITLE_ABBREVIATION.test(m[1])));
    };

    // A sentence of a role and a first half alone (`Chief Minister Shri Mohan.`), then the second half and the verb
    // (`Yadav ji said that…`): the sentence has no verb, and the attribution's verb stands right after the second half.
    const titleSentence = compileRegex(`${SENTENCE_OPENING}(?<title>(?:\\p{Lu}[\\p{L}’'-]*${GAP}){1,5})(?<first>${NAME})$`);
    const verbAfterSecond = compileRegex(`^(?:${GAP}\\p{Ll}+)?${GAP}${verbs}(?![\\p{L}\\p{N}])`);
    const verblessTitleSplit = (text: string, before: string, windowStart: number, candidate: RegExpMatchArray): RawFinding | undefined => {
      const m = titleSentence.exec(before);
      const second = candidate[1];
      if (!m || !m.groups!.title.split(/[^\S\n]+/).some((word) => titles.has(word.toLowerCase()))) return undefined;
      const { first } = m.groups!;
      const secondEnd = candidate.index! + candidate[0].length;
      if (!verbAfterSecond.test(text.slice(secondEnd, secondEnd + 40))) return undefined;
      // Neither half a common word (`Minister Wang. The talks said`), nor a title's abbreviation.
      if ([first, second].some((half) => dictionary().has(half.toLowerCase(), COMMON_TIER)) || TITLE_ABBREVIATION.test(first)) return undefined;
      const start = windowStart + m.index + m[0].length - first.length;
      const secondStart = secondEnd - second.length;
      return { message: fill(rule.message, [text.slice(start, secondEnd), `${first} ${second}`, '.']), offset: start, length: secondEnd - start, fix: { offset: candidate.index!, length: secondStart - candidate.index!, text: ' ' } };
    };

    // The rest of the sentence is nothing, or a phrase displaced by the split (`, at a press conference`).
    const restIsDisplaced = (rest: string) => rest.trim() === '' || displaced.test(rest);
    const commaThenDisplaced = (rest: string) => rest.startsWith(',') && displaced.test(rest);
    const restContinues = (rest: string) => continues?.test(rest) ?? false;
    const prepositionSet = new Set(prepositionList.map((p) => p.trim().toLowerCase()));
    /** After the phrase that follows the second half, a comma and a lower-case word that is no preposition: a verb goes on. */
    const sentenceGoesOn = (rest: string, afterAccordingTo: boolean): boolean => {
      const m = /^[^\S\n]*,*[^\S\n]*[^,\s][^,]*,[^\S\n]*(\p{Ll}+)/u.exec(rest);
      // (After `According to X.`, a determiner or a pronoun there starts the main clause after a displaced phrase:
      // `According to Luis. Arce, from the next day, the class met` is one sentence, the attribution cut. After `said`,
      // it is the next sentence's: `said Peskov. Kyiv, in a statement, the ministry said`.)
      if (afterAccordingTo && m && DETERMINER_OR_PRONOUN.test(m[1])) return false;
      // (`that` after an apposition goes on with what was said: `said Mr. Tran. Phuoc Hien, Vice Chairman of…, that the province…`.)
      return !!m && !prepositionSet.has(m[1]) && !/^(?:and|or|but|as|who|which|where|when|that)$/.test(m[1]) && !continuations.includes(m[1]);
    };
    /**
     * Words after the second half that are no sentence of their own, but the attribution going on: nothing (`said
     * Alexey. Shilo.`), a doubled comma (`Kagame,, arguing`), or a comma and `that`, a participle that runs to the end,
     * or the verb's object alone (`Davison, reporters.`). `Zelensky, speaking in Kyiv, disagreed` is a sentence.
     */
    const restStrands = (rest: string) => {
      const m = STRANDED_REST.exec(rest);
      return !!m && !(m.groups?.participle && rest.slice(m[0].length).includes(','));
    };
    const isSplit = (writesName: (name: string) => boolean, first: string, second: string, rest: string, strandedOnly: boolean, unnamedElsewhere: boolean, afterAccordingTo: boolean, takesObject: boolean, titled: boolean): boolean => {
      // The whole name written elsewhere in the text settles it, even for a name that is also a word (`Mao Tutu`).
      if (writesName(`${first} ${second}`)) return true;
      // Otherwise an English word after a full stop (`However,`, `The Kremlin`) starts a sentence; it is no half of a name.
      // (A particle, `De Crem`, is no such word; in a half of two words the first is weighed, `The Kremlin`.)
      // (Only a common word: a rare one is as often a name, `Macron`, `Kremlin`.)
      if (second.split(/[^\S\n]+/).some((word, i, words) => /^\p{Lu}/u.test(word) && !PARTICLE_WORD.test(word) && (i < words.length - 1 || words.length === 1) && dictionary().has(word.toLowerCase(), COMMON_TIER))) return false;
      // `According to Pekka.` has no verb, and the main clause comes right after the second half and its comma
      // (`According to spokesperson Pekka. Haavisto, the exhibition features…`): the stop cut the name.
      if (afterAccordingTo && strandedOnly && MAIN_CLAUSE_RIGHT_AFTER.test(rest)) return true;
      // `that` right after the second half goes on with what was said (`Luis wrote. Arce, that meanwhile…`): no subject
      // stands so before its verb (but `that day`, `that is`).
      if (REPORTED_THAT.test(rest) && strandedOnly) return true;
      // After `told` and its like, the object and `that`, or the object alone, goes on with the attribution (`Hun told.
      // Manet, reporters that…`, `Steinmeier, the audience.`).
      if (takesObject && strandedOnly && (OBJECT_THEN_THAT.test(rest) || OBJECT_ALONE.test(rest))) return true;
      // An apposition and nothing else, no verb in it, is no sentence: the name was cut before its role (`added Kyrylo.
      // Budanov, the head of the committee.`).
      if (strandedOnly && APPOSITION_REST.test(rest) && !FINITE_VERB.test(rest)) return true;
      // A second comma and a verb after it make the second half a sentence's subject (`President Milei said. Buenos Aires, at
      // dawn, was quiet.`, `Biden said. Harris, who stood beside him, nodded.`), even when it stands nowhere else.
      if (sentenceGoesOn(rest, afterAccordingTo)) return false;
      // After a role, a comma and a displaced phrase with no verb in it to the sentence's end is no sentence, even when the
      // second half stands alone elsewhere (`said the premier Giorgia. Meloni, at the press conference at Palazzo Chigi.`,
      // with `Meloni added…` further down). Without the role a surname may well start the next sentence (`Biden said.
      // Harris at the same event struck a different tone.`).
      if (titled && commaThenDisplaced(rest) && !FINITE_VERB.test(rest)) return true;
      // A stray second half: standing nowhere but after such splits, followed by nothing, a displaced phrase or the attribution's continuation.
      // Two halves that stand nowhere else, after a role or around a verb that needs an object, are one name whatever follows
      // (`Minister Hakan told. Fidan, journalists in Ankara`); `President Biden said. Harris, however,` names Biden elsewhere.
      return restStrands(rest) || (strandedOnly && (restIsDisplaced(rest) || restContinues(rest) || unnamedElsewhere));
    };

    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      // A few candidates search the text; more gather its names once (a search per candidate was quadratic).
      let pairs: Set<string> | undefined;
      let searches = 0;
      const writesName = (name: string) => (++searches <= DIRECT_SEARCHES ? standsAlone(text, name) : (pairs ??= twoWordNames(text)).has(name));
      // Candidates are rare (`. Ning,`), so the costly context regexes run only on them.
      const splits = [];
      const splitsOf = new Map<string, number>(); // how often each second half stands after a name and a verb
      for (const candidate of text.matchAll(secondHalf)) {
        // A title's abbreviation with its stop opens the next sentence's name (`said. Sen. Warren, at the rally`,
        // `said on Friday. Dr. Rosa Lee`): no half of a name.
        if (text.charAt(candidate.index + candidate[0].length) === '.' && TITLE_ABBREVIATION.test(candidate[1])) continue;
        // (A sentence that goes on is looked at only for a second half in no dictionary after a capitalised word: most
        // sentences start so, `. The minister`, and are passed over before any text is cut out.)
        if (candidate.groups?.goesOn !== undefined && (dictionary().has(candidate[1].toLowerCase(), 50) || !NAME_BEFORE_STOP.test(text.slice(Math.max(0, candidate.index - 40), candidate.index)))) continue;
        const windowStart = Math.max(0, candidate.index - options.lookBack);
        const before = text.slice(windowStart, candidate.index);
        const nameFirstMatch = nameFirst.exec(before);
        const m = nameFirstMatch ?? verbFirstWithTitle(before);
        if (!m) {
          const titled = verblessTitleSplit(text, before, windowStart, candidate);
          if (titled) findings.push(titled);
          continue;
        }
        // A title's abbreviation is no first half (`said Mr. Wang.`).
        if (TITLE_ABBREVIATION.test(m.groups!.first)) continue;
        splits.push({ candidate, m, start: windowStart + m.index, nameFirst: !!nameFirstMatch });
        splitsOf.set(candidate[1], (splitsOf.get(candidate[1]) ?? 0) + 1);
      }
      for (const { candidate, m, start, nameFirst: verbAfterName } of splits) {
        const second = candidate[1];
        const { first, verb, title = '' } = m.groups!;
        const secondEnd = candidate.index + candidate[0].length;
        const sentenceEnd = findSentenceEnd(doc, secondEnd);
        const rest = text.slice(secondEnd, sentenceEnd);
        // `According to Shin.` as a whole sentence has no verb: the stop cut a name (`According to Shin. Won-sik, the rain…`).
        // (A title is as verbless: `According to party leader Sun.`)
        const verblessSentence = !verbAfterName && /^according\s+to$/i.test(verb) && SENTENCE_START.test(text.slice(Math.max(0, start - 3), start));
        const takesObject = verbAfterName && objectVerbs.has(verb.toLowerCase());
        // Where the first half stands: at the match's start, or at its end (verb and title before it).
        const firstAt = verbAfterName ? start : start + m[0].length - first.length;
        const evidence = verblessSentence || takesObject || titledAt(text, firstAt);
        const unnamedElsewhere = evidence && doc.countOf(first.toLowerCase()) === 1;
        if (candidate.groups?.goesOn !== undefined) {
          // The sentence goes on after the second half; the name written whole elsewhere shows the stop cut it, unless the
          // first half also stands alone elsewhere (a first name in sport: `said Bruno.` is Bruno Guimarães, and `Bruno
          // Fernandes` is another man). What the next sentence lost (its subject) is for a person to mend: no fix.
          if (writesName(`${first} ${second}`) && !standsAloneElsewhere(text, first, second, firstAt)) findings.push({ message: fill(rule.message, [text.slice(start, secondEnd), `${first} ${second}`, verb]), offset: start, length: secondEnd - start });
          continue;
        }
        // (A half of two words, `De Crem`, is counted by its last.)
        // A role before the first half: right before it, or the title between the verb and it (`declared the Minister of
        // the Interior Gérald.`), which the verb-first search only takes when it names a role.
        const titled = titledAt(text, firstAt) || (!verbAfterName && title.trim() !== '');
        if (!isSplit(writesName, first, second, rest, doc.countOf(lastWord(second).toLowerCase()) === splitsOf.get(second), unnamedElsewhere, verblessSentence, takesObject, titled)) continue;
        // A first half of two names (`Hardeep Singh. Puri.`) is a whole name of its own unless the sentence ends with the
        // second half: `said Foreign Minister Sergei Lavrov. Kyiv on Monday rejected…` is the next sentence.
        if (/\s/.test(first) && rest.trim() !== '' && !(restStrands(rest) && !restIsDisplaced(rest))) continue;
        const name = verbAfterName ? `${first} ${second} ${verb}` : `${verb}${title} ${first} ${second}`;
        const finding = { message: fill(rule.message, [text.slice(start, secondEnd), `${first} ${second}`, verb]), offset: start, length: secondEnd - start };
        if (restContinues(rest) || (verblessSentence && MAIN_CLAUSE_AFTER.test(rest))) {
          // The attribution's continuation (`, adding that`), or a phrase and the main clause after it (`, from the next day,
          // the class met`), stays as it is: only the name is rejoined.
          findings.push({ ...finding, fix: { offset: start, length: secondEnd - start, text: name } });
          continue;
        }
        if (restStrands(rest) && !restIsDisplaced(rest)) {
          // The name is rejoined and the commas after it go (`Nick Davison told reporters`, `said that`), but for one before
          // a participle (`said, arguing`); the rest stays.
          const commas = /^[^\S\n]*,*[^\S\n]*/.exec(rest)![0];
          const joined = !rest.trim() ? name : /^[^\S\n]*,+[^\S\n]*\p{Ll}+ing\b/u.test(rest) ? `${name}, ` : `${name} `;
          findings.push({ ...finding, fix: { offset: start, length: secondEnd + commas.length - start, text: joined } });
          continue;
        }
        // A displaced phrase moves back without its commas; that is only safe for a short one, not, say, an apposition.
        // A clause after the comma (`Jun, China is ready`) keeps it: `Li Jun stressed, China is ready`.
        const keepsComma = !restIsDisplaced(rest) && !takesObject;
        const replacement = name + (keepsComma ? rest : withoutSettingOffCommas(rest)).trimEnd();
        // The object of `told` (`Fidan, journalists in Ankara`) moves back as a displaced phrase does.
        const safe = (restIsDisplaced(rest) || takesObject) && rest.split(/\s+/).filter(Boolean).length <= maxTrailingWords;
        findings.push({ ...finding, ...(safe ? { fix: { offset: start, length: sentenceEnd - start, text: replacement } } : { suggestions: [replacement], suggestionRange: { offset: start, length: sentenceEnd - start } }) });
      }
      return findings;
    };
  },
});

/** A displaced phrase without the commas that set it off; one between two capitalised words (`Beijing, China`) belongs to a name. */
function withoutSettingOffCommas(rest: string): string {
  return rest.replace(/[^\S\n]*,[^\S\n]*/g, (comma, at: number) =>
    /\p{Lu}[\p{L}.]*$/u.test(rest.slice(0, at)) && /^\p{Lu}/u.test(rest.slice(at + comma.length)) ? ', ' : ' ',
  );
}

/** The last word of a run of words (`Deputy Prime Minister` → `Minister`). */
function lastWord(words: string): string {
  return words.slice(words.search(/\S+$/));
}

/** The most words a title of a role and what it heads may have (`the spokesman of the Fire Service`). */
const LONG_TITLE_WORDS = 8;
const TITLE_ABBREVIATION = /^(?:Mr|Mrs|Ms|Mx|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Cpl|Jr|Sr|Mt|Rev|Hon|Pres|Supt|Insp|Det|Adm|Amb|Cmdr|Maj|Pvt|Fr)$/;

/** A sentence starts after this (the text's start, a line break, a stop and a space). */
const SENTENCE_OPENING = String.raw`(?:^|\n|[.!?]["”’]?[^\S\n]+)`;
const SENTENCE_START = new RegExp(`${SENTENCE_OPENING}$`);
const WORD_BEFORE = /([\p{L}]+)\.?[^\S\n]+$/u;
/** Words that start a main clause's subject. */
const SUBJECT_START = 'the|a|an|this|that|these|those|his|her|its|their|our|your|my|he|she|it|they|we|you|i|there';
const OBJECT_THEN_THAT = /^,[^\S\n]+(?:[\p{L}-]+[^\S\n]+){1,3}that\b/u;
const OBJECT_ALONE = /^,[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,2}[\p{L}-]+[^\S\n]*$/u;
const APPOSITION_REST = /^,[^\S\n]+(?:the|a|an|his|her|its|their)[^\S\n]+[^,;:\n]{1,60}$/u;
// Words that make a clause of an apposition (`, the head of the committee, was…`, `, the one who said…`).
const FINITE_VERB = /\b(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|said|says|told|who|which|that)\b/u;
const DETERMINER_OR_PRONOUN = new RegExp(`^(?:${SUBJECT_START})$`);
/** After the second half, a phrase set off by commas and a main clause's subject (`, from the next day, the class met`). */
const MAIN_CLAUSE_AFTER = new RegExp(String.raw`^[^\S\n]*,[^,\n]*,[^\S\n]*(?:${SUBJECT_START})\b`, 'iu');
/** Right after the second half and a comma, a main clause's subject (`, the exhibition features`, `, she said`). */
const MAIN_CLAUSE_RIGHT_AFTER = new RegExp(String.raw`^,[^\S\n]+(?:${SUBJECT_START})[^\S\n]+\p{L}`, 'u');
const NAME_BEFORE_STOP = /(?<![\p{L}’'-])\p{Lu}[\p{Ll}’'-]+$/u;

/** The dictionary's tiers of common words (a word in a rarer tier may be a name). */
const COMMON_TIER = 35;
// (`that day`, `that is` are no reported speech.)
const THAT = String.raw`that\b(?![^\S\n]+(?:is|was|day|night|morning|afternoon|evening|week|weekend|month|year|time|season)\b)`;
const REPORTED_THAT = new RegExp(String.raw`^[^\S\n]*,?[^\S\n]*${THAT}`, 'u');
const STRANDED_REST = new RegExp(String.raw`^(?:[^\S\n]*$|[^\S\n]*,,[^\S\n]*|[^\S\n]+${THAT}|,[^\S\n]+(?:${THAT}|(?<participle>\p{Ll}+ing\b)|\p{Ll}+[^\S\n]*$))`, 'u');

/** The offset of the full stop ending the sentence that goes on at `from`, or the paragraph's end. */
function findSentenceEnd(doc: Document, from: number): number {
  const end = doc.paragraphAt(from)?.end ?? doc.text.length;
  const stop = /[.!?](?=[\s”"’]|$)/g;
  stop.lastIndex = from;
  const m = stop.exec(doc.text);
  return m && m.index < end ? m.index : end;
}

const TOUCHES_NAME = new RegExp(NAME_CHAR, 'u');

/** Whether `first` stands in the text as a word of its own anywhere but at `at`, without ` second` after it. */
function standsAloneElsewhere(text: string, first: string, second: string, at: number): boolean {
  for (let i = text.indexOf(first); i !== -1; i = text.indexOf(first, i + 1)) {
    const end = i + first.length;
    if (i === at || TOUCHES_NAME.test(text.charAt(i - 1)) || TOUCHES_NAME.test(text.charAt(end))) continue;
    if (!text.startsWith(` ${second}`, end)) return true;
  }
  return false;
}

/** Whether `name` stands in the text with no letter, apostrophe or hyphen touching it. */
function standsAlone(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
    if (!TOUCHES_NAME.test(text.charAt(i - 1)) && !TOUCHES_NAME.test(text.charAt(i + name.length))) return true;
  }
  return false;
}

/** Every two-word name the text writes (`Mao Ning`), overlapping ones too (`Xi Jin Ping`: `Xi Jin`, `Jin Ping`). */
function twoWordNames(text: string): Set<string> {
  const names = new Set<string>();
  let previous = '';
  let previousEnd = -2;
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(text); m; m = NAME_WORD.exec(text)) {
    if (m.index === previousEnd + 1 && text[previousEnd] === ' ') names.add(`${previous} ${m[0]}`);
    [previous, previousEnd] = [m[0], m.index + m[0].length];
  }
  return names;
}
