import { viewOf } from '../formats/index.js';
import { nonProse } from '../markup.js';
import { firstIndex } from '../search.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';
import { isRequired, numbersIn, sameNumber, writesOne } from './numbers.js';
const CHECKS = ['numbers', 'addresses', 'codes', 'names', 'untranslated', 'inconsistent', 'length', 'empty', 'alignment', 'glossary'];
const WORD = /[\p{L}\p{N}]+/gu;
/** A Latin-script word, with inner dots, hyphens and digits (`GPT-4`, `U.S`, `iPhone`). */
const LATIN_TOKEN = /(?<![\p{Script=Latin}\p{N}])\p{Script=Latin}[\p{Script=Latin}\p{N}]*(?:[-.][\p{Script=Latin}\p{N}]+)*/gu;
/** A hashtag or handle in Latin letters: `#` or `@` after no word character, then a word. */
const TAG = /(?<![\p{L}\p{N}_@#.])[#@][A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?![\p{L}\p{N}])/gu;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}\p{N}]+|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u;
const LETTER = /\p{L}/u;
export const bilingual = defineKind({
    name: 'bilingual',
    summary: 'A target that does not keep what its source holds, in files with both (XLIFF, PO). `{0}`: what differs, `{1}`: where the source stands (line:column), `{2}`: the unit id.',
    fields: {
        check: { type: 'string', values: [...CHECKS], required: true, description: 'What is compared: `numbers` (locale forms and scale words: `3,5 млн` = `3.5 million`, `3万` = `30,000`), `addresses` (URLs, e-mails, hashtags and handles, as written), `codes` (inline tags and placeholders), `names` (Latin-script names and acronyms: every Latin word of a source in another script, `PMI`, `iPhone`; acronyms alone of a Latin source), `untranslated` (target = source, or, where the source is in another script than the target, a run of the source’s words copied into the target), `inconsistent` (one source translated differently in one file), `length` (a target much shorter or longer than the other units of the file make expected), `empty` (no target, or an empty one), `alignment` (with `--source`: an article and its original whose paragraphs do not pair up; `{0}` says how many each has), `glossary` (a source term of `terms` whose target has none of its target terms).' },
        minWords: { type: 'integer', minimum: 1, default: 2, description: 'For `untranslated`: the fewest words a source needs (`OK`, a brand name, stays as it is).' },
        maxRatio: { type: 'integer', minimum: 2, default: 3, description: 'For `length`: how many times shorter or longer than expected a target may be. Expected is its source length times the median target/source ratio of the file’s units (so a language pair needs no table); sources under `minJudgedLength` characters and files of fewer than `minJudgedUnits` such units are not judged.' },
        minJudgedLength: { type: 'integer', minimum: 1, default: 10, description: 'For `length`: the shortest source (in characters, spaces collapsed) whose target is judged or counted in the file\'s usual ratio.' },
        minJudgedUnits: { type: 'integer', minimum: 1, default: 5, description: 'For `length`: the fewest units of a judged length a file needs for its usual ratio.' },
        minNameLength: { type: 'integer', minimum: 1, default: 2, description: 'For `names`: the shortest Latin-script name or acronym that must be kept.' },
        terms: {
            type: 'records',
            fields: {
                source: { type: 'string', required: true, description: 'The source term.' },
                target: { type: 'string[]', required: true, description: 'The target terms that translate it; any one will do.' },
            },
            description: 'For `glossary`: the required translations, usually read from a CSV or TBX file given with `--glossary` or the config’s `glossary:`. Terms match without case; a term in a script written with spaces matches whole words only.',
        },
    },
    fixable: () => false,
    compile(options, rule) {
        const check = options.check;
        const terms = (options.terms ?? []).map((t) => ({ source: termMatcher(t.source), target: t.target.map(termMatcher), written: t.target }));
        const minWords = options.minWords;
        const maxRatio = options.maxRatio;
        return (doc) => {
            const view = viewOf(doc);
            if (check === 'alignment') {
                const mismatch = view?.mismatch;
                if (!mismatch)
                    return [];
                const firstLine = doc.text.indexOf('\n');
                const what = `the original has ${mismatch.source} paragraphs and this text ${mismatch.target}; no paragraph was compared`;
                const original = view.original;
                const originalLine = original.text.indexOf('\n');
                const related = { offset: 0, length: originalLine === -1 ? original.text.length : originalLine, label: 'source', path: original.path };
                return [{ message: fill(rule.message, [what, `${original.path}:1:1`, '¶1']), offset: 0, length: firstLine === -1 ? doc.text.length : firstLine, related }];
            }
            if (!view?.units.length)
                return [];
            const findings = [];
            // The first target of each source, for `inconsistent`; the file's usual target/source length ratio, for `length`.
            const firstTarget = new Map();
            const usualRatio = check === 'length' ? medianRatio(view.units, options.minJudgedLength, options.minJudgedUnits) : undefined;
            for (const unit of view.units) {
                if (!unit.source || !hasContent(unit.source.text))
                    continue;
                const source = unit.source;
                /** A finding on the target range, with the source's `item` (as written, its n-th time) or the whole source. */
                const report = (what, start, end, item) => {
                    // The span may hold what the rules do not read (an address, a placeholder, the source itself), whole.
                    findings.push({ message: fill(rule.message, [what, where(view, source), unit.id]), offset: start, length: end - start, wholeLines: true, related: sourceSpan(view, source, item) });
                };
                const target = unit.target;
                if (check === 'empty') {
                    // No target to stand on: the finding covers the source, which the rules otherwise do not read.
                    if (!target || !hasContent(target.text))
                        report(target ? 'the target is empty' : 'the unit has no target', ...inText(view, unit.source));
                    continue;
                }
                if (!target || !hasContent(target.text))
                    continue;
                const [start, end] = inText(view, target);
                const targetText = doc.text.slice(start, end);
                if (check === 'untranslated') {
                    if (normalise(target.text) === normalise(unit.source.text)) {
                        if (hasWords(unit.source.text, minWords) && LETTER.test(unit.source.text))
                            report('the target is the source, untranslated', start, end);
                    }
                    else {
                        for (const f of copiedFragments(unit.source.text, targetText))
                            report(`"${f.text}" is the source's, untranslated`, start + f.at, start + f.at + f.text.length, { written: f.text, nth: 0 });
                    }
                }
                else if (check === 'numbers') {
                    for (const d of numberDifferences(unit.source.text, targetText)) {
                        const item = d.source && { written: d.source.written, nth: occurrencesBefore(unit.source.text, d.source.written, d.source.start) };
                        report(d.what, d.at === undefined ? start : start + d.at, d.at === undefined ? end : start + d.at + d.length, item);
                    }
                }
                else if (check === 'addresses') {
                    // Addresses both ways; a hashtag or handle only when the target lost one (`@芳芳一人食` may come out as
                    // `@FangFang`, an added tag is no error), paired with one the target has instead.
                    const tagsOf = (text) => text.match(TAG) ?? [];
                    const lostTags = missing(tagsOf(unit.source.text), tagsOf(targetText));
                    const insteadTags = missing(tagsOf(targetText), tagsOf(unit.source.text)).slice(0, lostTags.length);
                    const found = [...differences(addressesIn(unit.source.text), addressesIn(targetText), 'address'), ...differences(lostTags, insteadTags, 'hashtag or handle')];
                    for (const d of found) {
                        const at = d.item === undefined ? -1 : targetText.indexOf(d.item);
                        report(d.what, at === -1 ? start : start + at, at === -1 ? end : start + at + d.item.length, d.lost === undefined ? undefined : { written: d.lost, nth: 0 });
                    }
                }
                else if (check === 'length') {
                    const sourceLength = normalise(unit.source.text).length;
                    if (usualRatio === undefined || sourceLength < options.minJudgedLength)
                        continue;
                    const ratio = normalise(target.text).length / sourceLength / usualRatio;
                    if (ratio > maxRatio || ratio < 1 / maxRatio)
                        report(`the target is ${ratio > 1 ? `${ratio.toFixed(1)} times longer` : `${(1 / ratio).toFixed(1)} times shorter`} than the file's other units make expected`, start, end);
                }
                else if (check === 'inconsistent') {
                    const key = normalise(unit.source.text);
                    const first = firstTarget.get(key);
                    if (first === undefined)
                        firstTarget.set(key, normalise(target.text));
                    else if (first !== normalise(target.text))
                        report(`the same source was translated "${first}" before`, start, end);
                }
                else if (check === 'names') {
                    const names = new Set(namesIn(unit.source.text, options.minNameLength));
                    if (!names.size)
                        continue;
                    // A name may stand inside a compound (`NATO-Konto`).
                    const inTarget = new Set((targetText.match(LATIN_TOKEN) ?? []).flatMap((t) => [t, ...t.split(/[-.]/)]));
                    const lowerInTarget = new Set([...inTarget].map((t) => t.toLowerCase()));
                    // A name written in lower case may take capitals in the target (`google` → `Google`); one with capitals is
                    // kept as written (`iPhone`, not `Iphone`).
                    const kept = (name) => inTarget.has(name) || (name === name.toLowerCase() && lowerInTarget.has(name));
                    const lost = [...names].filter((name) => !kept(name));
                    for (const name of lost)
                        report(`${name} of the source is not in the target`, start, end, { written: name, nth: 0 });
                }
                else if (check === 'glossary') {
                    for (const term of terms) {
                        const at = term.source(unit.source.text);
                        if (at === undefined || term.target.some((found) => found(targetText) !== undefined))
                            continue;
                        const written = unit.source.text.slice(at.start, at.end);
                        const item = { written, nth: occurrencesBefore(unit.source.text, written, at.start) };
                        report(`the source's "${written}" is to be translated ${term.written.map((t) => `"${t}"`).join(' or ')}`, start, end, item);
                    }
                }
                else if (check === 'codes') {
                    for (const d of differences(unit.source.codes, target.codes, 'inline code'))
                        report(d.what, start, end, d.lost === undefined ? undefined : { written: d.lost, nth: 0 });
                }
            }
            return findings;
        };
    },
});
/** A unit's side as a range of the text the rules read. */
function inText(view, segment) {
    return [view.projection.inText(segment.start), view.projection.inText(segment.end)];
}
/**
 * `3:14`: where a source segment starts in the file, or `original.txt:3:14` in the original given with `--source` (line
 * starts counted once per view).
 */
function where(view, segment) {
    const file = view.original?.text ?? view.file;
    let starts = lineStarts.get(view);
    if (!starts) {
        starts = [0];
        for (let i = file.indexOf('\n'); i !== -1; i = file.indexOf('\n', i + 1))
            starts.push(i + 1);
        lineStarts.set(view, starts);
    }
    const line = firstIndex(starts.length, (k) => starts[k] > segment.start);
    return `${view.original ? `${view.original.path}:` : ''}${line}:${segment.start - starts[line - 1] + 1}`;
}
const lineStarts = new WeakMap();
/** Scripts written without spaces between words: a term there may stand inside a longer run (`国务院总理`). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED_CHARS = new RegExp(UNSPACED.source, 'gu');
/**
 * Where a glossary term first stands in a text, without case; a term that begins or ends in a script written with
 * spaces must begin or end a word there (`EU` is not in `EUR`). A lower-cased look-up rules most texts out first.
 */
function termMatcher(term) {
    const lower = term.toLowerCase();
    const edge = (c) => /[\p{L}\p{N}]/u.test(c) && !UNSPACED.test(c);
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const pattern = new RegExp(`${edge(term[0]) ? '(?<![\\p{L}\\p{N}])' : ''}${escaped}${edge(term[term.length - 1]) ? '(?![\\p{L}\\p{N}])' : ''}`, 'iu');
    return (text) => {
        if (!text.toLowerCase().includes(lower.split(/\s+/)[0]))
            return undefined;
        const m = pattern.exec(text);
        return m ? { start: m.index, end: m.index + m[0].length } : undefined;
    };
}
/**
 * The span of a source item in the file (or the original): its n-th occurrence in the source's file range. An item the
 * file writes otherwise (an entity inside it, a code element `x#1`) and a finding with no item get the whole source.
 */
function sourceSpan(view, segment, item) {
    const file = view.original?.text ?? view.file;
    const path = view.original?.path;
    let at = segment.start - 1;
    for (let k = 0; item && k <= item.nth && at !== -1; k++)
        at = file.indexOf(item.written, at + 1);
    const found = item !== undefined && at >= segment.start && at + item.written.length <= segment.end;
    const span = found ? { offset: at, length: item.written.length } : { offset: segment.start, length: segment.end - segment.start };
    return { ...span, label: 'source', ...(path !== undefined ? { path } : {}) };
}
/** How many times `written` stands in `text` before `end`. */
function occurrencesBefore(text, written, end) {
    let n = 0;
    for (let at = text.indexOf(written); at !== -1 && at < end; at = text.indexOf(written, at + 1))
        n++;
    return n;
}
/**
 * The names a target must keep: in a source written mostly in another script, every Latin word of two letters or more
 * (a name, a brand, an acronym left as it is); in a Latin source, acronyms and inner capitals only (`NATO`, `iPhone`),
 * as its other capitalised words are translated (a German noun, a sentence start).
 */
function namesIn(source, minLength) {
    const tokens = source.match(LATIN_TOKEN) ?? [];
    const foreign = lettersIn(source, LATIN_RUNS) < lettersIn(source, LETTER_RUNS) / 2;
    return tokens.filter((t) => t.length >= minLength && (foreign || ACRONYM.test(t)));
}
/** Letters of a script other than Latin, with the spaces and marks between them: a run of Chinese, Cyrillic, Arabic. */
const NON_LATIN_RUN = /(?:(?!\p{Script=Latin})\p{L}[\p{M}]*)+(?:[ \u00a0'’-]+(?:(?!\p{Script=Latin})\p{L}[\p{M}]*)+)*/gu;
/**
 * Runs of a source's own script that a target in Latin script copies (`the 带货 model`): text the translation passed
 * through. Only where the source is mostly in another script and the target mostly Latin, and only runs of two letters
 * or more that stand in the source as written (a lone character may be a symbol or a unit).
 */
function copiedFragments(source, target) {
    if (isMostlyLatin(source) || !isMostlyLatin(target))
        return [];
    const found = [];
    for (const m of target.matchAll(NON_LATIN_RUN)) {
        if ([...m[0].matchAll(/\p{L}/gu)].length >= 2 && source.includes(m[0]))
            found.push({ text: m[0], at: m.index });
    }
    return found;
}
function isMostlyLatin(text) {
    const letters = lettersIn(text, LETTER_RUNS);
    return letters > 0 && lettersIn(text, LATIN_RUNS) * 2 > letters;
}
const LETTER_RUNS = /\p{L}+/gu;
const LATIN_RUNS = /\p{Script=Latin}+/gu;
/** How many letters the runs of `runs` hold (by runs, not letter by letter: an array of every letter cost seconds on 10 MB). */
function lettersIn(text, runs) {
    let n = 0;
    for (const m of text.matchAll(runs))
        n += m[0].length;
    return n;
}
/** The median target/source length ratio of the units with both sides of a judged length; undefined under `minUnits` such units. */
function medianRatio(units, minJudgedLength, minUnits) {
    const ratios = units
        .filter((u) => u.source && u.target && normalise(u.source.text).length >= minJudgedLength && hasContent(u.target.text))
        .map((u) => normalise(u.target.text).length / normalise(u.source.text).length)
        .sort((a, b) => a - b);
    return ratios.length < minUnits ? undefined : ratios[ratios.length >> 1];
}
function hasContent(text) {
    return /[\p{L}\p{N}]/u.test(text);
}
/** The text with its runs of white space made one space, trimmed; a unit's texts are asked for by several checks. */
function normalise(text) {
    let done = normalised.get(text);
    if (done === undefined) {
        done = text.replace(/\s+/g, ' ').trim();
        if (normalised.size > 10_000)
            normalised.clear();
        normalised.set(text, done);
    }
    return done;
}
const normalised = new Map();
/** Whether a text has `n` words or more, each character of a script written without spaces counted as one (`记者获悉` is four). */
function hasWords(text, n) {
    let count = 0;
    for (const word of text.matchAll(WORD)) {
        count += word[0].match(UNSPACED_CHARS)?.length || 1;
        if (count >= n)
            return true;
    }
    return false;
}
/** The text with each address blanked, same length. */
function withoutAddresses(text) {
    let out = text;
    for (const [s, e] of nonProse(text))
        out = out.slice(0, s) + ' '.repeat(e - s) + out.slice(e);
    return out;
}
function addressesIn(text) {
    return nonProse(text).map(([s, e]) => text.slice(s, e));
}
/** The items of `from` that `other` lacks, counting repeats (a multiset difference). */
function missing(from, other) {
    const left = new Map();
    for (const item of other)
        left.set(item, (left.get(item) ?? 0) + 1);
    return from.filter((item) => {
        const n = left.get(item) ?? 0;
        if (n > 0)
            left.set(item, n - 1);
        return n === 0;
    });
}
/**
 * What differs between the items of a source and its target: a target item without a partner is paired with a source
 * item without one (`presse@… does not match the source's press@…`); what is left over is missing or added.
 */
function differences(source, target, noun) {
    const lost = missing(source, target);
    const added = missing(target, source);
    return [
        ...added.map((t, k) => ({ what: k < lost.length ? `the ${noun} ${t} does not match the source's ${lost[k]}` : `the ${noun} ${t} is not in the source`, item: t, lost: lost[k] })),
        ...lost.slice(added.length).map((s) => ({ what: `the ${noun} ${s} is not in the target`, lost: s })),
    ];
}
/**
 * Numbers in digits on one side without a partner on the other, paired where both sides have one. A number in words
 * (`seven`, `八百`, `February`) or in a name (`COVID-19`) may be the partner of one in digits but is never required:
 * such words are idiom too, and names are the names check's.
 */
function numberDifferences(source, target) {
    // The digits of an address (`/2024-03/05/`) are the addresses check's.
    const inSource = numbersIn(withoutAddresses(source));
    const inTarget = numbersIn(withoutAddresses(target));
    const unpartnered = (side, other) => {
        const free = [...other];
        return side.filter((n) => {
            if (!isRequired(n))
                return false;
            const k = free.findIndex((m) => sameNumber(n, m));
            if (k === -1)
                return true;
            free.splice(k, 1);
            return false;
        });
    };
    // A source's 1 may be the target's article (`1家研究机构`, a research institute).
    const lost = unpartnered(inSource, inTarget).filter((n) => !(n.values.includes(1) && writesOne(target)));
    const added = unpartnered(inTarget, inSource);
    return [
        ...added.map((t, k) => ({ what: k < lost.length ? `${t.written} does not match the source's ${lost[k].written}` : `${t.written} is not in the source`, at: t.start, length: t.end - t.start, source: lost[k] })),
        ...lost.slice(added.length).map((s) => ({ what: `the source's ${s.written} is not in the target`, length: 0, source: s })),
    ];
}
