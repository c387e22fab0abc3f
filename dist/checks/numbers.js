// Numbers as written in different locales, with the values each can stand for: `3,5` and `3.5` are one number,
// `1.234` and `1,234` may each be a thousand and more or a fraction, and `3万`, `3.5 million`, `3,5 млн` are scaled.
/** Whether a number must have a partner on the other side: digits that stand for a quantity. */
export function isRequired(n) {
    return !n.spelled && !n.inName;
}
/** Chinese scale characters: a run of them multiplies (`千万` ten million, `万亿` a trillion). */
const CJK_SCALES = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** Scale words after a number (a space between), and what they multiply by. */
const SCALES = {
    thousand: 1e3,
    million: 1e6,
    millions: 1e6,
    billion: 1e9,
    billions: 1e9,
    trillion: 1e12,
    mn: 1e6,
    bn: 1e9,
    тыс: 1e3,
    млн: 1e6,
    млрд: 1e9,
    Tsd: 1e3,
    Mio: 1e6,
    Mrd: 1e9,
    millones: 1e6,
    milliards: 1e9,
    miljoen: 1e6,
    miljard: 1e9,
};
// `3万`, `26万亿`, and with a word for "more than" or "about" between (`500余万`, over five million; `30多万`); not 千
// as the kilo of a unit (`3千米` is 3 km, `5千克` 5 kg; `1.2万米` is 12,000 m).
const KILO_UNITS = '[米克瓦卡焦帕赫]';
const CJK_SCALE = `[余多来]?([${Object.keys(CJK_SCALES).join('')}]+)(?<!千(?=${KILO_UNITS}))`;
const SCALE_WORDS = Object.keys(SCALES)
    .sort((a, b) => b.length - a.length)
    .join('|');
// Grouped (`1,234,567`, `1 234`, `1'234`) or plain digits, an optional decimal part, an optional scale word. CJK text
// runs into numbers (`上涨了3%`, `3万人`); what stands before a number decides whether it names (see `isInName`).
const NUMBER = new RegExp(`(?<![\\p{N}.,])(\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![.,]\\d)(?:[ \\u00a0]?(${SCALE_WORDS})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])|${CJK_SCALE})?`, 'gu');
const LETTER_BEFORE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
/** What joins the two ends of a range: `1.27 to 2.5 million`, `3-4万`, `127万到250万`. */
const RANGE_JOIN = /^\s*(?:to|and|or|-|–|—|~|至|到|或)\s*$/u;
/**
 * Whether digits at `start` are part of a name rather than a quantity: digits glued to a word (`G7`, `MP3`) or
 * hyphened to one (`COVID-19`, `Hwasong-17`); but an amount with a separator after a currency code (`RM476.5`,
 * `USD1,000`) is a quantity, and so is a decade after a lower-case prefix (`post-90s`, `mid-1990s`).
 */
function isInName(text, start, digits) {
    const before = text[start - 1] ?? '';
    if (LETTER_BEFORE.test(before))
        return !/[.,]/.test(digits);
    if (before !== '-' || !LETTER_BEFORE.test(text[start - 2] ?? ''))
        return false;
    const word = /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, start - 40), start - 1))?.[0] ?? '';
    return !/^\p{Ll}/u.test(word);
}
/** Numbers in digits, then numbers in words. */
export function numbersIn(text) {
    const found = [];
    if (/\d/.test(text)) {
        const scales = [];
        for (const m of text.matchAll(NUMBER)) {
            const scale = m[2] ? SCALES[m[2]] : m[3] ? [...m[3]].reduce((product, c) => product * CJK_SCALES[c], 1) : 1;
            const end = m.index + m[0].length;
            const values = valuesOf(m[1]).map((v) => v * scale);
            // A year may be written with its century or without (`1992` and `九二共识`, `the 1980s` and `80年代`).
            if (/^(?:19|20)\d\d$/.test(m[0]))
                values.push(values[0] % 100);
            found.push({ written: m[0], start: m.index, end, values, ...(isInName(text, m.index, m[1]) ? { inName: true } : {}) });
            scales.push(scale);
        }
        // The first end of a range takes the scale word of the second: `1.27 and 2.5 million` is 1.27 million.
        for (let k = 0; k + 1 < found.length; k++) {
            if (scales[k] === 1 && scales[k + 1] !== 1 && RANGE_JOIN.test(text.slice(found[k].end, found[k + 1].start))) {
                found[k].values.push(...found[k].values.map((v) => v * scales[k + 1]));
            }
        }
    }
    for (const m of text.matchAll(ENGLISH_WORDS)) {
        const value = englishValue(m[0].toLowerCase());
        if (value !== undefined)
            found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: [value], spelled: true });
    }
    // An approximate Chinese numeral (`六七千`, six or seven thousand) is two numbers at one place: it may partner both
    // ends of an English range (`6,000 to 7,000`).
    for (const m of text.matchAll(CHINESE_NUMERAL)) {
        for (const value of chineseValues(m[0]))
            found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: [value], spelled: true });
    }
    return found;
}
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const MONTHS = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec'];
const WORD_SCALES = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
/** How many times: `twice` (`2倍`), `triple`; `tenfold` and `ten-fold` are read from their number. */
const MULTIPLES = { once: 1, twice: 2, thrice: 3, double: 2, triple: 3, quadruple: 4 };
const FRACTIONS = { half: 0.5, quarter: 0.25, third: 1 / 3 };
const SCALE_NAMES = Object.keys(WORD_SCALES).join('|');
const NUMBER_WORD = `(?:${[...TENS.filter(Boolean)].join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}`;
// `seven`, `twenty-five`, `two million`, `three and a half`, `a quarter of a million`, `tenfold`, `twice`, ordinals to
// twelfth, month names (`May` too: a month in a date is the number of the Chinese `5月`; as a verb it only costs a
// partner for a stray 5; an abbreviation when a dot or a day stands by it: `Feb. 11`, `10 Feb`). The article `a`/`an`
// is not read here (it stands in every sentence): see `writesOne`.
const ENGLISH_WORDS = new RegExp([
    `\\b(?:(?:a|one) (?:half|quarter|third) of an?|half an?) (?:${SCALE_NAMES})\\b`,
    `\\b(?:${NUMBER_WORD})(?: and a half)?(?:[ -](?:${SCALE_NAMES}))?(?:-?fold)?\\b`,
    `\\b(?:${Object.keys(MULTIPLES).join('|')}|${ORDINALS.filter(Boolean).join('|')}|${MONTHS.filter(Boolean).join('|')})\\b`,
    `\\b(?:${MONTH_ABBREVIATIONS.filter(Boolean).join('|')})(?=\\.| \\d)|(?<=\\d )(?:${MONTH_ABBREVIATIONS.filter(Boolean).join('|')})\\b`,
].join('|'), 'gi');
function englishValue(words) {
    const fractionOfScale = /^(?:(?:a|one) (half|quarter|third) of an?|(half) an?) (\w+)$/.exec(words);
    if (fractionOfScale)
        return FRACTIONS[fractionOfScale[1] ?? fractionOfScale[2]] * WORD_SCALES[fractionOfScale[3]];
    if (words in MULTIPLES)
        return MULTIPLES[words];
    const fold = words.endsWith('fold') ? words.replace(/-?fold$/, '') : words;
    const half = fold.includes(' and a half');
    const [number, scale] = fold.replace(' and a half', '').split(/[ -](?=hundred|thousand|million|billion|trillion|dozen)/);
    let value;
    if (UNITS.includes(number))
        value = UNITS.indexOf(number);
    else if (ORDINALS.includes(number))
        value = ORDINALS.indexOf(number);
    else if (MONTHS.includes(number))
        value = MONTHS.indexOf(number);
    else if (MONTHS.some((m) => m.startsWith(number) && number.length >= 3))
        value = MONTHS.findIndex((m) => m !== '' && m.startsWith(number));
    else {
        const [tens, unit] = number.split('-');
        if (!TENS.includes(tens))
            return undefined;
        value = TENS.indexOf(tens) * 10 + (unit ? UNITS.indexOf(unit) : 0);
    }
    if (half)
        value += 0.5;
    return scale ? value * WORD_SCALES[scale] : value;
}
const CHINESE_DIGITS = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS = { 十: 10, 百: 100, 千: 1000 };
// Not ending in 千 as the kilo of a unit (`三千米` is 三 km).
const CHINESE_NUMERAL = new RegExp(`[〇零一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千万亿]*(?<!千(?=${KILO_UNITS}))`, 'gu');
/**
 * 八百 = 800, 十五 = 15, 三千五百 = 3500, 两万 = 20,000, 一万六千 = 16,000; a digit run without units (`二〇二三`)
 * reads digit by digit. Two digits in a row before a unit are an approximation (`六七千`, six or seven thousand): both
 * values are given.
 */
function chineseValues(written) {
    if (!/[十百千万亿]/.test(written))
        return [Number([...written].map((c) => CHINESE_DIGITS[c]).join(''))];
    const pair = /([一二三四五六七八九])([二三四五六七八九])/.exec(written);
    if (pair && CHINESE_DIGITS[pair[2]] === CHINESE_DIGITS[pair[1]] + 1) {
        const [at, end] = [pair.index, pair.index + 2];
        return [chineseValue(written.slice(0, at) + pair[1] + written.slice(end)), chineseValue(written.slice(0, at) + pair[2] + written.slice(end))];
    }
    return [chineseValue(written)];
}
function chineseValue(written) {
    let total = 0; // what the 万 and 亿 sections so far make
    let section = 0; // below 万
    let digit = 0;
    for (const c of written) {
        if (c in CHINESE_DIGITS)
            digit = CHINESE_DIGITS[c];
        else if (c in CHINESE_UNITS) {
            section += (digit || 1) * CHINESE_UNITS[c];
            digit = 0;
        }
        else if (c === '亿') {
            total = (total + section + digit) * 1e8;
            [section, digit] = [0, 0];
        }
        else {
            total += (section + digit || 1) * 1e4;
            [section, digit] = [0, 0];
        }
    }
    return total + section + digit;
}
/** Whether two written numbers can stand for the same value. */
export function sameNumber(a, b) {
    return a.values.some((x) => b.values.some((y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))));
}
function valuesOf(digits) {
    const plain = digits.replace(/[\u00a0\u202f\u2009']/g, '');
    const separators = plain.match(/[.,]/g) ?? [];
    if (!separators.length)
        return [Number(plain)];
    const last = plain.search(/[.,][^.,]*$/);
    if (new Set(separators).size === 2)
        return [Number(`${plain.slice(0, last).replace(/[.,]/g, '')}.${plain.slice(last + 1)}`)];
    const whole = Number(plain.replace(/[.,]/g, ''));
    if (separators.length > 1)
        return [whole];
    const decimal = Number(`${plain.slice(0, last)}.${plain.slice(last + 1)}`);
    // One separator before three digits: `1,234` groups in English and marks decimals in German, and the reverse.
    return plain.length - last - 1 === 3 ? [whole, decimal] : [decimal];
}
/**
 * Whether a text writes the number one as English does a Chinese `1` with its measure word (`1家研究机构`, a research
 * institute): with the article `a`/`an` before a word. Asked only for a source's 1 that found no other partner.
 */
export function writesOne(text) {
    return /\ban? \p{L}/iu.test(text);
}
