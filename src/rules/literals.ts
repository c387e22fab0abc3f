// Literals a regex cannot match without: the `requires` hints of a pattern rule, derived from the regex's syntax tree
// (as ripgrep extracts literals), so that rules without hand-written hints are prefiltered too.
import type { AST } from '@eslint-community/regexpp';

/** Strings one of which is in any text the regex matches; `undefined`: nothing is known (any text may match). */
type Required = string[] | undefined;

/** The most strings a requirement may hold: the gate is one regex of them, searched before the rule's own. */
const MAX_HINTS = 12;
/** The most characters a class may stand for to be taken as a requirement (`[”"»]`), one hint each. */
const MAX_CLASS_CHARS = 6;

/**
 * Strings one of which every match of `source` (with the `u` flag) holds, in the text around it at least (lookarounds
 * count: what they see must stand in the text), chosen to be rare: a hint with punctuation beats a run of letters, and
 * a longer run a shorter. Undefined when the regex needs nothing sure (`\p{L}+`, `a*`), is case-blind (`ignoreCase`),
 * or has more than MAX_HINTS alternatives. Only a sound answer is given: a gate from these hints never skips a text
 * the regex matches.
 */
export async function requiredLiterals(source: string, ignoreCase = false): Promise<string[] | undefined> {
  if (ignoreCase) return undefined;
  const { RegExpParser } = await import('@eslint-community/regexpp');
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(source, undefined, undefined, { unicode: true });
  } catch {
    return undefined; // syntax errors are reported by the field check
  }
  const found = ofAlternatives(pattern.alternatives).required;
  return found && found.length && found.every(isSelective) ? [...new Set(found)] : undefined;
}

/**
 * Strings one of which every match of `source` (with the `u` flag) holds, common or not, for a search with the regex's
 * own flags (a case-blind regex's strings are searched without case too); undefined when nothing is known.
 */
export async function requiredStrings(source: string): Promise<string[] | undefined> {
  const { RegExpParser } = await import('@eslint-community/regexpp');
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(source, undefined, undefined, { unicode: true });
  } catch {
    return undefined;
  }
  const found = ofAlternatives(pattern.alternatives).required;
  return found && found.length ? [...new Set(found)] : undefined;
}

// Punctuation nearly every article has: a gate on it alone skips no text and costs a search (measured: `.` and `,`
// made stop-after-quoted-stop and verbless-fragment slower).
const COMMON_MARK = /^[.,;:!?'"()-]$/;

/** A hint that most texts lack: a rare mark (`”`, `\uFFFD`), or a common one with letters around it (`said,`). */
function isSelective(hint: string): boolean {
  const uncommon = [...hint].filter((c) => !COMMON.test(c));
  return uncommon.length > 0 && (hint.length >= 3 || uncommon.some((c) => !COMMON_MARK.test(c)));
}

/**
 * What an element tells of the text: `exact`, the strings it matches, one of them whole (a literal, a small class, a
 * group of such alternatives); `required`, strings one of which the text holds wherever it matches.
 */
interface Known {
  exact?: string[];
  required: Required;
}

/** One of the alternatives matches: the union of what each requires (nothing, if one requires nothing). */
function ofAlternatives(alternatives: AST.Alternative[]): Known {
  const exact: string[] | undefined = [];
  let required: string[] | undefined = [];
  let allExact = true;
  for (const alternative of alternatives) {
    const known = ofSequence(alternative.elements);
    if (known.exact && allExact) exact.push(...known.exact);
    else allExact = false;
    if (known.required && required) required.push(...known.required);
    else required = undefined;
  }
  return {
    exact: allExact && exact.length <= MAX_HINTS ? exact : undefined,
    required: required && required.length <= MAX_HINTS ? required : undefined,
  };
}

/**
 * Every element of a sequence matches, one after the other: the rarest requirement of one of them, where elements of
 * exact strings next to each other are joined (`(?:said|says)[,:]` requires `said,`, `said:`, `says,` or `says:`).
 */
function ofSequence(elements: AST.Element[]): Known {
  let best: Required;
  const consider = (required: Required) => {
    if (required && required.length && required.every((s) => s.length > 0) && (!best || rarity(required) > rarity(best))) best = required;
  };
  // The strings the run of exact elements so far matches (undefined when the run grew past MAX_HINTS).
  let run: string[] | undefined = [''];
  let allExact = true;
  for (const element of elements) {
    const known = ofElement(element);
    consider(known.required);
    if (known.exact && run) {
      const joined: string[] = run.flatMap((a) => known.exact!.map((b) => a + b));
      run = joined.length <= MAX_HINTS ? joined : undefined;
      if (!run) allExact = false;
      continue;
    }
    allExact = false;
    // A zero-width assertion ends the run too (`\b`, a lookaround): what follows it is joined to nothing before.
    if (run) consider(run);
    run = [''];
  }
  if (run) consider(run);
  return { exact: allExact && run ? run : undefined, required: best };
}

function ofElement(element: AST.Element): Known {
  switch (element.type) {
    case 'Character': {
      const char = String.fromCodePoint(element.value);
      return { exact: [char], required: [char] };
    }
    case 'CharacterClass': {
      const chars = element.negate || element.unicodeSets ? undefined : classChars(element.elements);
      return { exact: chars, required: chars };
    }
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier': {
      if (element.min < 1) return { required: undefined };
      const inner = ofElement(element.element);
      return element.max === 1 ? inner : { required: inner.required };
    }
    case 'Assertion':
      // What a positive lookaround sees stands in the text; `^`, `$`, `\b` and negative lookarounds need nothing.
      return { required: (element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate ? ofAlternatives(element.alternatives).required : undefined };
    default:
      return { required: undefined }; // `.`, `\s`, `\p{L}`, back-references: no literal
  }
}

/** The characters of a small class of single characters and short ranges, or undefined. */
function classChars(elements: AST.CharacterClassElement[]): Required {
  const chars: string[] = [];
  for (const e of elements) {
    if (e.type === 'Character') chars.push(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS_CHARS) {
      for (let c = e.min.value; c <= e.max.value; c++) chars.push(String.fromCodePoint(c));
    } else return undefined;
    if (chars.length > MAX_CLASS_CHARS) return undefined;
  }
  return chars.length ? chars : undefined;
}

// Letters, digits and spaces make up most of a text; a hint with another character is rare.
const COMMON = /^[\s\p{L}\p{N}]*$/u;

/** How rare a requirement is: all hints with an uncommon character first, then fewer hints, then longer ones. */
function rarity(required: string[]): number {
  const uncommon = required.every((s) => !COMMON.test(s)) ? 1000 : 0;
  const shortest = Math.min(...required.map((s) => s.length));
  return uncommon + 10 * Math.min(shortest, 20) - required.length;
}
