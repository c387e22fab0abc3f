// Numbers as written in different locales, with the values each can stand for: `3,5` and `3.5` are one number,
// `1.234` and `1,234` may each be a thousand and more or a fraction, and `3万`, `3.5 million`, `3,5 млн` are scaled.

export interface WrittenNumber {
  written: string;
  start: number;
  end: number;
  /** Every value the writing can stand for (two when a single separator may group or mark decimals). */
  values: number[];
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

export function numbersIn(text: string): WrittenNumber[] {
  if (!/\d/.test(text)) return [];
  return Array.from(text.matchAll(NUMBER), (m) => {
    const scale = m[2] ? SCALES[m[2]] : 1;
    return { written: m[0], start: m.index, end: m.index + m[0].length, values: valuesOf(m[1]).map((v) => v * scale) };
  });
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
