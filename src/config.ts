// mtlint.config.yaml: found by walking up from the working directory, validated strictly, all problems at once.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LineCounter, Node } from 'yaml';
import { yaml } from './vendored.js';
import { INPUT_FORMATS, type InputFormat } from './formats/names.js';
import type { Problem } from './errors.js';
import { checkField } from './checks/fields.js';
import { readFailure, readableProblem } from './files.js';
import { didYouMean } from './did-you-mean.js';
import { matchesSelector } from './rules/select.js';
import { DEFAULT_WEIGHTS, type ScoreWeights } from './score.js';
import { SEVERITIES, type Rule, type Severity } from './types.js';

export const CONFIG_NAMES = ['mtlint.config.yaml', 'mtlint.config.yml', '.mtlintrc.yaml', '.mtlintrc.yml'];
const KEYS = ['rules', 'overrides', 'ignore', 'failOn', 'maxWarnings', 'maxFileSize', 'scoreWeights', 'minScore', 'formatIn', 'glossary'];
const OVERRIDE_KEYS = ['severity', 'options'];
const LEVELS = ['off', ...SEVERITIES];

/** A change to the rules an id or a family selects: `spacing/*`, `spacing`, or a rule id. */
export interface Override {
  selector: string;
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
  line: number;
  column: number;
}

export interface Config {
  file?: string;
  /** What was wrong with the file; the valid parts are still in the other fields. */
  problems: Problem[];
  /** Rule directories, resolved against the config file's directory. */
  rules: string[];
  overrides: Override[];
  /** Globs (gitignore syntax) of files to skip, relative to the config file's directory. */
  ignore: string[];
  failOn?: Severity;
  /** Read every file in this format, whatever its extension. */
  formatIn?: InputFormat;
  /** The glossary (CSV or TBX) the bilingual glossary rule checks, resolved against the config file's directory. */
  glossary?: string;
  maxWarnings?: number;
  /** The largest file read, in bytes (`maxFileSize` is written in MB). */
  maxFileSize?: number;
  /** Penalty points per finding of each severity, for the quality score (defaults filled in). */
  scoreWeights: ScoreWeights;
  /** Fail the run when a document scores below this. */
  minScore?: number;
}

export const EMPTY_CONFIG: Config = { rules: [], overrides: [], ignore: [], problems: [], scoreWeights: { ...DEFAULT_WEIGHTS } };

/** The nearest config file in `cwd` or a directory above it. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => path.join(dir, name)).find((f) => existsSync(f));
    if (found) return found;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Why a config's rule folder cannot be read (`does not exist`, `is not a directory`), or undefined. */
function ruleFolderProblem(dir: string): string | undefined {
  try {
    const stats = statSync(dir, { throwIfNoEntry: false });
    return !stats ? 'does not exist' : stats.isDirectory() ? undefined : 'is not a directory';
  } catch (e) {
    // (A path through a file, `afile/sub`, is ENOTDIR; others, EACCES, are told by their code.)
    return (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'does not exist' : `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
  }
}

export function loadConfig(file: string): Config {
  const unreadable = readableProblem(file);
  if (unreadable) return { ...EMPTY_CONFIG, file, problems: [unreadable] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { ...EMPTY_CONFIG, file, problems: [{ file, message: `cannot read config: ${readFailure(e)}` }] };
  }
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const at = (node: Node | undefined | null, message: string) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    problems.push({ file, line, column: col, message });
  };
  for (const e of doc.errors) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    problems.push({ file, line, column: col, message: e.message.split('\n')[0] });
  }
  const config: Config = { file, rules: [], overrides: [], ignore: [], problems, scoreWeights: { ...DEFAULT_WEIGHTS } };
  if (problems.length || doc.contents === null) return config;
  if (!yaml().isMap(doc.contents)) {
    problems.push({ file, line: 1, column: 1, message: 'a config file must be a mapping of keys to values' });
    return config;
  }

  const base = path.dirname(file);
  for (const pair of doc.contents.items) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const node = pair.value as Node | null;
    const value = node?.toJSON();
    const expect = (spec: Parameters<typeof checkField>[0]) => {
      const error = checkField(spec, value);
      if (error) at(node ?? (pair.key as Node), `"${key}" ${error}`);
      return !error;
    };
    if (key === 'rules' && expect({ type: 'string[]', description: '' })) {
      // A folder that is not there is told at its line in the config (and not again by the loader, by its path alone).
      const items = yaml().isSeq(node) ? node.items : [];
      config.rules = (value as string[]).map((d) => path.resolve(base, d)).filter((dir, k) => {
        const problem = ruleFolderProblem(dir);
        if (problem) at((items[k] as Node | undefined) ?? node, `rule directory "${(value as string[])[k]}" ${problem} (${dir})`);
        return !problem;
      });
    }
    else if (key === 'ignore' && expect({ type: 'string[]', description: '' })) config.ignore = value as string[];
    else if (key === 'failOn' && expect({ type: 'string', values: SEVERITIES, description: '' })) config.failOn = value as Severity;
    else if (key === 'glossary' && expect({ type: 'string', description: '' })) config.glossary = path.resolve(base, value as string);
    else if (key === 'formatIn' && expect({ type: 'string', values: [...INPUT_FORMATS], description: '' })) config.formatIn = value as InputFormat;
    else if (key === 'maxWarnings' && expect({ type: 'integer', minimum: 0, description: '' })) config.maxWarnings = value as number;
    else if (key === 'maxFileSize' && expect({ type: 'integer', minimum: 1, description: '' })) config.maxFileSize = (value as number) * 1e6;
    else if (key === 'overrides') config.overrides = parseOverrides(node, at, lineCounter);
    else if (key === 'scoreWeights') config.scoreWeights = parseScoreWeights(node, at);
    else if (key === 'minScore') {
      if (typeof value === 'number' && value >= 0 && value <= 100) config.minScore = value;
      else at(node ?? (pair.key as Node), `"minScore" must be a number from 0 to 100, not ${JSON.stringify(value)}`);
    }
    else if (!KEYS.includes(key)) at(pair.key as Node, `unknown key "${key}"${didYouMean(key, KEYS)}; keys: ${KEYS.join(', ')}`);
  }
  return config;
}

/** `scoreWeights: { error: 5, warning: 1, info: 0 }`: any of the severities, each a number of points, at least 0. */
function parseScoreWeights(node: Node | null, at: (node: Node | undefined | null, message: string) => void): ScoreWeights {
  const weights = { ...DEFAULT_WEIGHTS };
  if (!yaml().isMap(node)) {
    at(node, `"scoreWeights" must map severities (${SEVERITIES.join(', ')}) to penalty points`);
    return weights;
  }
  for (const pair of node.items) {
    const severity = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const value = (pair.value as Node | null)?.toJSON();
    if (!(SEVERITIES as readonly string[]).includes(severity)) at(pair.key as Node, `unknown severity "${severity}" in "scoreWeights"${didYouMean(severity, [...SEVERITIES])}; severities: ${SEVERITIES.join(', ')}`);
    // A negative weight would let a finding raise the score.
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) at((pair.value as Node | null) ?? (pair.key as Node), `"scoreWeights.${severity}" must be a number of penalty points, at least 0, not ${JSON.stringify(value)}`);
    else weights[severity as Severity] = value;
  }
  return weights;
}

function parseOverrides(node: Node | null, at: (node: Node | undefined | null, message: string) => void, lines: LineCounter): Override[] {
  if (!yaml().isMap(node)) {
    at(node, '"overrides" must map rule ids or families to off | info | warning | error, or to { severity, options }');
    return [];
  }
  return node.items.flatMap((pair): Override[] => {
    const selector = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    const { line, col } = lines.linePos((pair.key as Node).range?.[0] ?? 0);
    const value = (pair.value as Node | null)?.toJSON();
    if (typeof value === 'string') {
      if (LEVELS.includes(value)) return [{ selector, severity: value as Severity | 'off', line, column: col }];
      at(pair.value as Node, `"${selector}" must be one of ${LEVELS.join(', ')}, not "${value}"${didYouMean(value, LEVELS)}`);
      return [];
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      at(pair.value as Node, `"${selector}" must be off | info | warning | error, or { severity, options }`);
      return [];
    }
    const unknown = Object.keys(value).filter((k) => !OVERRIDE_KEYS.includes(k));
    for (const k of unknown) at(pair.value as Node, `unknown key "${k}" in the override of "${selector}"${didYouMean(k, OVERRIDE_KEYS)}`);
    const { severity, options } = value as { severity?: unknown; options?: unknown };
    if (severity !== undefined && !LEVELS.includes(severity as string)) at(pair.value as Node, `"${selector}" severity must be one of ${LEVELS.join(', ')}`);
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) at(pair.value as Node, `"${selector}" options must be a mapping`);
    return [{ selector, severity: severity as Severity | 'off' | undefined, options: options as Record<string, unknown> | undefined, line, column: col }];
  });
}

/**
 * Apply overrides in order (later ones win): `off` drops rules, a severity replaces theirs, options
 * are merged and checked against the kind's fields. An override that selects no rule is a problem,
 * returned with the config file's own so that all are reported at once.
 */
export async function applyOverrides(rules: Rule[], config: Config): Promise<{ rules: Rule[]; problems: Problem[] }> {
  // The kinds (and with them every check) load only to check options: a run without such overrides needs no check
  // until it lints, and one answered from the result cache none at all.
  const kinds: typeof import('./checks/index.js').KINDS = config.overrides.some((o) => Object.keys(o.options ?? {}).length) ? (await import('./checks/index.js')).KINDS : new Map();
  const problems: Problem[] = [];
  const result = rules.map((r) => ({ ...r, options: { ...r.options } }));
  const off = new Set<string>();
  for (const o of config.overrides) {
    const selected = result.filter((r) => matchesSelector(r.id, o.selector));
    const where = { file: config.file, line: o.line, column: o.column };
    if (!selected.length) {
      const families = [...new Set(rules.map((r) => r.id.split('/')[0]))];
      problems.push({ ...where, message: `unknown rule or family "${o.selector}" in overrides${didYouMean(o.selector, [...rules.map((r) => r.id), ...families])}` });
      continue;
    }
    for (const rule of selected) {
      if (o.severity === 'off') off.add(rule.id);
      else if (o.severity) {
        off.delete(rule.id);
        rule.severity = o.severity;
      }
      for (const [key, value] of Object.entries(o.options ?? {})) {
        const spec = kinds.get(rule.kind)!.fields[key];
        const error = spec ? checkField(spec, value) : `is no option of ${rule.id} (kind ${rule.kind})${didYouMean(key, Object.keys(kinds.get(rule.kind)!.fields))}`;
        if (error) problems.push({ ...where, message: `"${key}" ${error}` });
        else rule.options[key] = value;
      }
    }
  }
  return { rules: result.filter((r) => !off.has(r.id)), problems };
}
