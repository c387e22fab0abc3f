// Load rule files: YAML with positions → validated Rule objects, every problem of every file at once.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LineCounter, Node } from 'yaml';
import { yaml } from '../vendored.js';
import { KINDS } from '../checks/index.js';
import { didYouMean } from '../did-you-mean.js';
import type { Problem } from '../errors.js';
import { readableProblem } from '../files.js';
import type { Rule, RuleExample, Severity } from '../types.js';
import { type Fields, checkField } from '../checks/fields.js';
import { COMMON_FIELDS, EXAMPLE_FIELDS } from './schema.js';
import { backtrackingProblem } from './regex-safety.js';
import { requiredLiterals, requiredStrings } from './literals.js';
import { CACHE_FILE, contents, readRuleCache, type RuleCache, ruleCacheBytes, ruleFiles, slashed } from './built-in-cache.js';

export { readRuleCache, ruleFiles };

export interface RuleSource {
  dir: string;
  builtIn: boolean;
}

export interface LoadResult {
  rules: Rule[];
  problems: Problem[];
}

import { BUILT_IN_RULES } from '../paths.js';

export { BUILT_IN_RULES };

/** Load every `*.yaml` under each directory; the id is the path below it without the extension. */
export async function loadRules(sources: RuleSource[], useCache = true): Promise<LoadResult> {
  const rules: Rule[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { dir, builtIn } of sources) {
    let files: string[];
    try {
      if (!statSync(dir).isDirectory()) throw new Error('not a directory');
      files = ruleFiles(dir);
    } catch (e) {
      problems.push({ file: dir, message: `cannot read rule directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      continue;
    }
    const cached = builtIn && useCache && dir === BUILT_IN_RULES ? readRuleCache(dir, files) : undefined;
    if (cached) {
      rules.push(...cached);
      cached.forEach((r) => seen.set(r.id, r.file));
      continue;
    }
    for (const relative of files) {
      const file = path.join(dir, relative);
      const id = relative.replace(/\.ya?ml$/, '').split(path.sep).join('/');
      const unreadable = readableProblem(file);
      if (unreadable) {
        problems.push(unreadable);
        continue;
      }
      const result = parseRuleFile(file, readFileSync(file, 'utf8'), id, builtIn);
      problems.push(...result.problems);
      if (!result.rule) continue;
      // Built-in rules are proven safe by the test suite; user regexes are analysed (the analyser loads lazily).
      if (!builtIn) {
        for (const regex of result.regexes) {
          const why = await backtrackingProblem(regex.source);
          if (why) problems.push({ file, line: regex.line, column: regex.column, message: `"${regex.key}" ${why}` });
        }
      }
      if (seen.has(id)) {
        problems.push({ file, line: 1, column: 1, message: `duplicate rule id "${id}" (also defined in ${seen.get(id)})` });
        continue;
      }
      seen.set(id, file);
      await deriveHints(result.rule);
      rules.push(result.rule);
    }
  }
  return { rules, problems };
}

/**
 * A pattern rule without `requires` gets the literals its regex cannot match without as its hints, so that a text
 * without them is not searched; a rule of whole-line patterns gets each pattern's (the built-in rules' are found at
 * build time and kept in the rule cache).
 */
async function deriveHints(rule: Rule): Promise<void> {
  const { pattern, requires, ignoreCase, lines } = rule.options;
  if (KINDS.get(rule.kind)?.fields.lines?.type === 'regex[]' && Array.isArray(lines)) {
    rule.derivedLines = { lines: lines as string[], requires: await Promise.all((lines as string[]).map(async (l) => (await requiredStrings(l)) ?? null)) };
  }
  if (rule.kind !== 'pattern' || requires !== undefined || typeof pattern !== 'string') return;
  const derived = await requiredLiterals(pattern, ignoreCase === true);
  if (derived) rule.derived = { pattern, requires: derived };
}

/** Write the cache of the rules in `dir` (the build does it for the built-in rules); only rules without problems are cached. */
export async function writeRuleCache(dir = BUILT_IN_RULES, cacheFile = CACHE_FILE): Promise<void> {
  const files = ruleFiles(dir);
  const { rules, problems } = await loadRules([{ dir, builtIn: true }], false);
  if (problems.length) return;
  const cache: RuleCache = { files: contents(dir, files), rules: rules.map((r) => ({ ...r, file: slashed(path.relative(dir, r.file)) })) };
  writeFileSync(cacheFile, ruleCacheBytes(cache));
}


/** A regex written in a rule file, with where it stands. */
interface RegexSource {
  key: string;
  source: string;
  line: number;
  column: number;
}

/** Parse and validate one rule file; the rule is returned only when the file has no problem. */
export function parseRuleFile(file: string, text: string, id: string, builtIn = false): { rule?: Rule; problems: Problem[]; regexes: RegexSource[] } {
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  const at = (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset);
    const quoted = lines[line - 1]?.trim();
    problems.push({ file, line, column: col, message: quoted ? `${message}: ${quoted.length > 60 ? `${quoted.slice(0, 57)}...` : quoted}` : message });
  };
  const regexes: RegexSource[] = [];
  for (const e of doc.errors) at(e.pos[0], e.message.split('\n')[0]);
  if (problems.length) return { problems, regexes };
  if (!yaml().isMap(doc.contents)) {
    at(doc.contents?.range?.[0] ?? 0, 'a rule file must be a mapping of keys to values');
    return { problems, regexes };
  }

  const values: Record<string, unknown> = {};
  const nodes: Record<string, Node> = {};
  const keyNodes: Record<string, Node> = {};
  for (const pair of doc.contents.items) {
    const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
    keyNodes[key] = pair.key as Node;
    nodes[key] = (pair.value ?? pair.key) as Node;
    // (Read in the document, so an alias takes its anchor's value: a list written once and used by two tokens.)
    values[key] = pair.value ? (pair.value as Node).toJS(doc) : null;
  }
  const startOf = (key: string) => nodes[key]?.range?.[0] ?? 0;
  const position = (node: Node | undefined) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };

  const kindName = values.kind;
  const kind = typeof kindName === 'string' ? KINDS.get(kindName) : undefined;
  if (kindName !== undefined && !kind) {
    at(startOf('kind'), `unknown kind ${JSON.stringify(kindName)}${didYouMean(String(kindName), [...KINDS.keys()])}; kinds: ${[...KINDS.keys()].join(', ')}`);
  }
  const fields: Fields = { ...COMMON_FIELDS, ...(kind?.fields ?? {}) };
  for (const key of Object.keys(values)) {
    const spec = fields[key];
    if (!spec) {
      if (kind || !kindName) at(keyNodes[key]?.range?.[0] ?? 0, `unknown key "${key}"${didYouMean(key, Object.keys(fields))}`);
      continue;
    }
    if (key === 'kind') continue;
    const error = checkField(spec, values[key]);
    if (error) at(startOf(key), `"${key}" ${error}`);
    else if (spec.type === 'regex') regexes.push({ key, source: values[key] as string, ...position(nodes[key]) });
    else if (spec.type === 'regex[]') {
      const items = (nodes[key] as unknown as { items?: Node[] }).items ?? [];
      (values[key] as string[]).forEach((source, i) => regexes.push({ key, source, ...position(items[i] ?? nodes[key]) }));
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.required && !(key in values)) problems.push({ file, line: 1, column: 1, message: `missing required key "${key}"` });
  }
  const examples = Array.isArray(values.examples) ? parseExamples(nodes.examples, values.examples, at, lineCounter) : [];
  if (problems.length || !kind) return { problems, regexes };

  const options = Object.fromEntries(Object.entries(values).filter(([k]) => !(k in COMMON_FIELDS)));
  return {
    problems,
    regexes,
    rule: {
      id,
      kind: kind.name,
      severity: (values.severity as Severity | undefined) ?? 'warning',
      category: (values.category as string | undefined) ?? id.split('/')[0],
      description: values.description as string,
      message: values.message as string,
      why: values.why as string | undefined,
      examples,
      options,
      file,
      builtIn,
    },
  };
}

function parseExamples(node: Node, list: unknown[], at: (offset: number, message: string) => void, lines: LineCounter): RuleExample[] {
  const items = (node as unknown as { items?: Node[] }).items ?? [];
  return list.flatMap((value, i): RuleExample[] => {
    const offset = items[i]?.range?.[0] ?? node.range?.[0] ?? 0;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      at(offset, 'an example must be a mapping with "bad" or "good"');
      return [];
    }
    const example = value as Record<string, unknown>;
    let ok = true;
    const fail = (message: string) => {
      ok = false;
      at(offset, message);
    };
    for (const [key, v] of Object.entries(example)) {
      const spec = EXAMPLE_FIELDS[key];
      const error = spec ? checkField(spec, v) : `unknown example key "${key}"${didYouMean(key, Object.keys(EXAMPLE_FIELDS))}`;
      if (error) fail(spec ? `example "${key}" ${error}` : error);
    }
    if (('bad' in example) === ('good' in example)) fail('an example has exactly one of "bad" and "good"');
    if ('good' in example && ['fixed', 'span', 'suggest', 'findings'].some((k) => k in example)) fail('a good example takes no "fixed", "span", "suggest" or "findings"');
    if ('findings' in example && ['span', 'suggest'].some((k) => k in example)) fail('an example with "findings" gives each finding\'s span and suggestions there, not "span" or "suggest"');
    if (typeof example.span === 'string' && typeof example.bad === 'string' && !example.bad.includes(example.span)) {
      fail('example "span" is not part of its "bad" text');
    }
    return ok ? [{ ...(example as Omit<RuleExample, 'line'>), line: lines.linePos(offset).line }] : [];
  });
}
