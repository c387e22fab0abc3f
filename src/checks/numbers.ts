// Numbers as written in different locales, with the values each can stand for: `3,5` and `3.5` are one number,
// `1.234` and `1,234` may each be a thousand and more or a fraction, and `3万`, `3.5 million`, `3,5 млн` are scaled.

export interface WrittenNumber {
  written: string;
  start: number;
  end: number;
  /** Every value the writing can stand for (two when a single separator may group or mark decimals). */
  values: number[];
  /** Written in words (`seven`, `February`, `八百`): a partner for a number in digits, never required itself, as
   * words of this kind are also idiom (`一些`, `one of them`). */
  spelled?: boolean;
}

/** Scale words after a number (a space between, or none in CJK), and what they multiply by. */
const SCALES: Record<string, number> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  千: 1e3,
  百万: 1e6,
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
const SCALE_WORDS = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .join('|');
// Grouped (`1,234,567`, `1 234`, `1'234`) or plain digits, an optional decimal part, an optional scale word. Not
// part of a Latin or Cyrillic word (`G7`), but CJK text runs into numbers (`上涨了3%`, `3万人`).
const NUMBER = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}.,])(\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![.,]\\d)(?:[ \\u00a0]?(${SCALE_WORDS})(?![\\p{Script=Latin}\\p{Script=Cyrillic}]))?`,
  'gu',
);

/** Numbers in digits, then numbers in words. */
export function numbersIn(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  if (/\d/.test(text)) {
    for (const m of text.matchAll(NUMBER)) {
      const scale = m[2] ? SCALES[m[2]] : 1;
      found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: valuesOf(m[1]).map((v) => v * scale) });
    }
  }
  for (const m of text.matchAll(ENGLISH_WORDS)) {
    const value = englishValue(m[0].toLowerCase());
    if (value !== undefined) found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: [value], spelled: true });
  }
  for (const m of text.matchAll(CHINESE_NUMERAL)) found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: [chineseValue(m[0])], spelled: true });
  return found;
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const MONTHS = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sept?', 'oct', 'nov', 'dec'];
const WORD_SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
// `seven`, `twenty-five`, `two million`, `a dozen`-free forms, ordinals to twelfth, month names (`May` too: a month in
// a date is the number of the Chinese `5月`; as a verb it only costs a partner for a stray 5).
const ENGLISH_WORDS = new RegExp(
  `\\b(?:(?:${[...TENS.filter(Boolean)].join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')}|${ORDINALS.filter(Boolean).join('|')}|${MONTHS.filter(Boolean).join('|')}|(?:${MONTH_ABBREVIATIONS.filter(Boolean).join('|')})(?=\\.))(?:[ -](?:${Object.keys(WORD_SCALES).join('|')}))?\\b`,
  'gi',
);

function englishValue(words: string): number | undefined {
  const [number, scale] = words.split(/[ -](?=hundred|thousand|million|billion|trillion|dozen)/);
  let value: number;
  if (UNITS.includes(number)) value = UNITS.indexOf(number);
  else if (ORDINALS.includes(number)) value = ORDINALS.indexOf(number);
  else if (MONTHS.includes(number)) value = MONTHS.indexOf(number);
  else if (MONTHS.some((m) => m.startsWith(number) && number.length >= 3)) value = MONTHS.findIndex((m) => m !== '' && m.startsWith(number));
  else {
    const [tens, unit] = number.split('-');
    if (!TENS.includes(tens)) return undefined;
    value = TENS.indexOf(tens) * 10 + (unit ? UNITS.indexOf(unit) : 0);
  }
  return scale ? value * WORD_SCALES[scale] : value;
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_NUMERAL = /[〇零一二两三四五六七八九十百千]+[万亿]?/g;

/** 八百 = 800, 十五 = 15, 三千五百 = 3500, 两万 = 20,000; a digit run without units (`二〇二三`) reads digit by digit. */
function chineseValue(written: string): number {
  let total = 0;
  let digit = 0;
  let scale = 1;
  let body = written;
  if (/[万亿]$/.test(body)) {
    scale = body.endsWith('万') ? 1e4 : 1e8;
    body = body.slice(0, -1);
  }
  if (!/[十百千]/.test(body)) return Number([...body].map((c) => CHINESE_DIGITS[c]).join('')) * scale;
  for (const c of body) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c];
    else {
      total += (digit || 1) * CHINESE_UNITS[c];
      digit = 0;
    }
  }
  return (total + digit) * scale;
}

/** Whether two written numbers can stand for the same value. */
export function sameNumber(a: WrittenNumber, b: WrittenNumber): boolean {
  return a.values.some((x) => b.values.some((y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))));
}

function valuesOf(digits: string): number[] {
  const plain = digits.replace(/[\u00a0\u202f\u2009']/g, '');
  const separators = plain.match(/[.,]/g) ?? [];
  if (!separators.length) return [Number(plain)];
  const last = plain.search(/[.,][^.,]*$/);
  if (new Set(separators).size === 2) return [Number(`${plain.slice(0, last).replace(/[.,]/g, '')}.${plain.slice(last + 1)}`)];
  const whole = Number(plain.replace(/[.,]/g, ''));
  if (separators.length > 1) return [whole];
  const decimal = Number(`${plain.slice(0, last)}.${plain.slice(last + 1)}`);
  // One separator before three digits: `1,234` groups in English and marks decimals in German, and the reverse.
  return plain.length - last - 1 === 3 ? [whole, decimal] : [decimal];
}
