// pattern: a regular expression; groups feed the message, fix and suggestions.
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { type Spans, antipatternSpans, covers } from './spans.js';
import { escapeRegex, fill } from './template.js';

export const pattern = defineKind({
  name: 'pattern',
  summary: 'A regular expression over the whole text; capture groups fill the message, fix and suggestions.',
  fields: {
    pattern: { type: 'regex', required: true, description: 'The regular expression (JavaScript syntax, `u` flag; `^`/`$` match at line ends).' },
    ignoreCase: { type: 'boolean', default: false, description: 'Match without regard to case.' },
    marker: { type: 'integer', minimum: 1, description: 'Report and replace only this capture group instead of the whole match (which is reported when the group took no part in it). The group may stand in a lookbehind, so a search can start at a rare character and still report the text before it.' },
    markerEnd: { type: 'integer', minimum: 1, description: 'Report up to the end of this capture group (from the start of `marker`, or of the match): with both groups in lookarounds, a search can start at a character in the middle of what it reports.' },
    fix: { type: 'string', description: 'Replacement for the reported span; `{0}` whole match, `{1}`… groups, `{name}` named groups.' },
    suggestions: { type: 'string[]', description: 'Alternatives shown to a person, never applied; same placeholders as `fix`.' },
    exceptions: { type: 'string[]', default: [], description: 'Reported texts (compared without case) that are never flagged.' },
    wordExceptions: { type: 'string[]', default: [], description: 'Words (compared without case): a reported text made of these alone, between spaces and the separators `|`, `/`, `•`, `·`, is never flagged (a language menu\'s `中文 | 日本語`). A list, where an antipattern of alternatives would be searched over the whole text.' },
    antipatterns: { type: 'regex[]', default: [], description: 'Regexes whose match around a finding cancels it (LanguageTool-style).' },
    notInDictionary: { type: 'boolean', default: false, description: 'Report only a text that is no English word of any dictionary tier (lower-cased, as written or without its accents): `\\p{Ll}*[ãõð]\\p{Ll}*` then passes over `café` and `naïve` but takes `bilhão`.' },
    skipNamesSeenElsewhere: { type: 'boolean', default: false, description: 'Pass over a reported word that is no English word and that the document writes the same way elsewhere: a name written in lower case (`nappo`, an artist), not a slip.' },
    requires: { type: 'string[]', description: 'A speed hint: strings one of which every match contains; a text holding none of them is not searched.' },
  },
  fixable: (options) => options.fix !== undefined,
  compile(options, rule) {
    const flags = `gm${options.ignoreCase ? 'i' : ''}`;
    const marker = options.marker;
    // The regexes are made on first need (the rule's on the first text that passes the gates below, the antipatterns'
    // on its first match): on a short text most rules never search, and parsing the regexes is then start-up time
    // spent for nothing. Their syntax was checked when the rule was loaded.
    // The `d` flag (match indices) costs time, so it is only set when a marker group needs it.
    let regex: RegExp | undefined;
    const fix = options.fix;
    const suggestions = options.suggestions;
    const exceptions = new Set(options.exceptions.map((e) => e.toLowerCase()));
    const wordExceptions = new Set(options.wordExceptions.map((e) => e.toLowerCase()));
    let antipatterns: RegExp[] | undefined;
    // The rule's hints, or those derived from its pattern when it was loaded (and the pattern is still that one).
    const derived = rule.derived?.pattern === options.pattern && !options.ignoreCase ? rule.derived.requires : undefined;
    const requires = options.requires ?? derived;
    // The hints as one regex of literals: one scan of the text, where a search per hint took up to ten.
    const gate = requires && new RegExp(requires.map(rareCharFirst).join('|'));
    // Each hint's rarest character: a text that holds none of them needs no search at all (the document knows which
    // characters it holds after one pass, which every rule shares). A hint of common characters only turns this off.
    const rareChars = requires?.map(rarestChar);
    const charGate = rareChars && !rareChars.includes(-1) ? rareChars : undefined;

    return (doc) => {
      const findings: RawFinding[] = [];
      // A search for literals is far cheaper than running the regex over a text that cannot match.
      if (charGate && !charGate.some((c) => doc.hasChar(c))) return findings;
      if (gate && !gate.test(doc.text)) return findings;
      // Antipatterns are searched for only once the pattern has matched: most texts have no match at all.
      let blocked: Spans | undefined;
      // exec on the rule's own regex, not matchAll, which copies the regex for every document.
      regex ??= compileRegex(options.pattern, marker || options.markerEnd ? `${flags}d` : flags);
      regex.lastIndex = 0;
      for (let m = regex.exec(doc.text); m; m = regex.exec(doc.text)) {
        // An empty match must not be found again: step a whole code point (one unit inside a surrogate pair
        // is taken back to the pair's start by a `u` regex, which would find the same match for ever).
        if (m[0] === '') regex.lastIndex = m.index + ((doc.text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
        const [start, groupEnd] = (marker && m.indices?.[marker]) || [m.index, m.index + m[0].length];
        // (Up to markerEnd's group when it took part and ends after the start; else the marker's own end.)
        const spanEnd = options.markerEnd ? m.indices?.[options.markerEnd]?.[1] : undefined;
        const end = spanEnd !== undefined && spanEnd >= start ? spanEnd : groupEnd;
        const text = doc.text.slice(start, end);
        if (exceptions.has(text.toLowerCase())) continue;
        if (wordExceptions.size && text.split(EXCEPTION_WORD_SEPARATORS).every((w) => !w || wordExceptions.has(w.toLowerCase()))) continue;
        if (options.notInDictionary && isEnglishWord(text.toLowerCase())) continue;
        if (options.skipNamesSeenElsewhere && !dictionary().has(text.toLowerCase()) && standsElsewhere(doc.text, text, start)) continue;
        if (options.antipatterns.length) blocked ??= antipatternSpans(doc.text, (antipatterns ??= options.antipatterns.map((a) => compileRegex(a, flags))));
        if (blocked && covers(blocked, start, end)) continue;
        findings.push({
          message: fill(rule.message, m),
          offset: start,
          length: end - start,
          ...(fix !== undefined ? { fix: { offset: start, length: end - start, text: fill(fix, m) } } : {}),
          ...(suggestions ? { suggestions: suggestions.map((s) => fill(s, m)) } : {}),
        });
      }
      return findings;
    };
  },
});

/** What stands between the words of a text compared with `wordExceptions`. */
const EXCEPTION_WORD_SEPARATORS = /[\s|/•·]+/u;

/**
 * Whether `word` stands elsewhere in the text as a word of its own, after a space, a line break or an opening mark (not
 * after a hyphen: `Jae-` / `myung` is one name broken, and `Jae-myung` elsewhere does not make `myung` a word).
 */
function standsElsewhere(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (i !== at && (i === 0 || /[\s(“"‘«]/u.test(text[i - 1])) && !/[\p{L}\p{N}]/u.test(text.charAt(i + word.length))) return true;
  }
  return false;
}

/** An English word of any tier, as written or without its accents (the lists write `naive`, `rose`, `senora`). */
function isEnglishWord(word: string): boolean {
  return dictionary().has(word) || dictionary().has(word.normalize('NFD').replace(/\p{M}/gu, ''));
}

// Letters, digits and spaces make up most of a text; a search that starts at any other character is fast.
const COMMON = /[\s\p{L}\p{N}]/u;

/** The code of the character `rareCharFirst` starts a hint's search at (its last uncommon one), or -1 when it has none. */
function rarestChar(hint: string): number {
  const chars = [...hint];
  const k = lastUncommon(chars);
  return k >= 0 && chars[k].length === 1 ? chars[k].charCodeAt(0) : -1;
}

// Marks most texts have: a hint is searched from another of its characters when it has one (`”.` from `”`).
const COMMON_MARK = /[.,;:!?'"()-]/;

/**
 * The index of the last character of `chars` that is not a letter, digit or space (the last that is not a common mark
 * either, when there is one), or -1.
 */
function lastUncommon(chars: string[]): number {
  const last = (skip: (c: string) => boolean) => {
    let k = chars.length - 1;
    while (k >= 0 && skip(chars[k])) k--;
    return k;
  };
  const rare = last((c) => COMMON.test(c) || COMMON_MARK.test(c));
  return rare >= 0 ? rare : last((c) => COMMON.test(c));
}

/**
 * A regex for the literal `hint` that starts at its last uncommon character and checks the rest around
 * it (` ,` becomes `,(?<= ,)`): the regex engine then stops only where that rare character stands.
 */
function rareCharFirst(hint: string): string {
  const chars = [...hint];
  const k = lastUncommon(chars);
  if (k < 0) return escapeRegex(hint);
  const before = chars.slice(0, k + 1).join('');
  const after = chars.slice(k + 1).join('');
  return `${escapeRegex(chars[k])}${k > 0 ? `(?<=${escapeRegex(before)})` : ''}${after ? `(?=${escapeRegex(after)})` : ''}`;
}
