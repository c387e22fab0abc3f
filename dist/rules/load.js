// Load rule files: YAML with positions → validated Rule objects, every problem of every file at once.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { KINDS } from '../checks/index.js';
import { didYouMean } from '../did-you-mean.js';
import { readableProblem } from '../files.js';
import { checkField } from '../checks/fields.js';
import { COMMON_FIELDS, EXAMPLE_FIELDS } from './schema.js';
import { backtrackingProblem } from './regex-safety.js';
import { BUILT_IN_RULES, PACKAGE_ROOT } from '../paths.js';
export { BUILT_IN_RULES };
/** Load every `*.yaml` under each directory; the id is the path below it without the extension. */
export async function loadRules(sources, useCache = true) {
    const rules = [];
    const problems = [];
    const seen = new Map();
    for (const { dir, builtIn } of sources) {
        let files;
        try {
            if (!statSync(dir).isDirectory())
                throw new Error('not a directory');
            files = ruleFiles(dir);
        }
        catch (e) {
            problems.push({ file: dir, message: `cannot read rule directory: ${e.code ?? e.message}` });
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
            if (!result.rule)
                continue;
            // Built-in rules are proven safe by the test suite; user regexes are analysed (the analyser loads lazily).
            if (!builtIn) {
                for (const regex of result.regexes) {
                    const why = await backtrackingProblem(regex.source);
                    if (why)
                        problems.push({ file, line: regex.line, column: regex.column, message: `"${regex.key}" ${why}` });
                }
            }
            if (seen.has(id)) {
                problems.push({ file, line: 1, column: 1, message: `duplicate rule id "${id}" (also defined in ${seen.get(id)})` });
                continue;
            }
            seen.set(id, file);
            rules.push(result.rule);
        }
    }
    return { rules, problems };
}
// The built-in rules, parsed at build time: start-up skips the YAML parses when no rule file changed since.
// The cache is keyed on the files' content, not on where they are or when they were written: an installed copy
// (another path, new modification times) still uses it. It holds each file's text, and checking it reads the files
// and compares them, which is cheaper than hashing their bytes in JavaScript.
const CACHE_FILE = path.join(PACKAGE_ROOT, 'dist', 'builtin-rules.json');
const slashed = (relative) => relative.split(path.sep).join('/');
function contents(dir, files) {
    return files.map((f) => [slashed(f), readFileSync(path.join(dir, f), 'utf8')]);
}
/** The cached rules of `dir` when its files are those the cache was made from, path for path and text for text; else undefined. */
export function readRuleCache(dir, files, cacheFile = CACHE_FILE) {
    let cache;
    try {
        cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    }
    catch {
        return undefined; // missing or damaged: the YAML files are parsed instead
    }
    if (!Array.isArray(cache?.files) || !Array.isArray(cache.rules) || cache.files.length !== files.length)
        return undefined;
    const fresh = contents(dir, files).every(([f, text], i) => Array.isArray(cache.files[i]) && f === cache.files[i][0] && text === cache.files[i][1]);
    return fresh ? cache.rules.map((r) => ({ ...r, file: path.join(dir, r.file) })) : undefined;
}
/** Write the cache of the rules in `dir` (the build does it for the built-in rules); only rules without problems are cached. */
export async function writeRuleCache(dir = BUILT_IN_RULES, cacheFile = CACHE_FILE) {
    const files = ruleFiles(dir);
    const { rules, problems } = await loadRules([{ dir, builtIn: true }], false);
    if (problems.length)
        return;
    const cache = { files: contents(dir, files), rules: rules.map((r) => ({ ...r, file: slashed(path.relative(dir, r.file)) })) };
    writeFileSync(cacheFile, JSON.stringify(cache));
}
/** The rule files below `dir`, relative to it, sorted. */
export function ruleFiles(dir) {
    return readdirSync(dir, { recursive: true }).filter((f) => /\.ya?ml$/.test(f)).sort();
}
/** Parse and validate one rule file; the rule is returned only when the file has no problem. */
export function parseRuleFile(file, text, id, builtIn = false) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const problems = [];
    const lines = text.split(/\r?\n/);
    const at = (offset, message) => {
        const { line, col } = lineCounter.linePos(offset);
        const quoted = lines[line - 1]?.trim();
        problems.push({ file, line, column: col, message: quoted ? `${message}: ${quoted.length > 60 ? `${quoted.slice(0, 57)}...` : quoted}` : message });
    };
    const regexes = [];
    for (const e of doc.errors)
        at(e.pos[0], e.message.split('\n')[0]);
    if (problems.length)
        return { problems, regexes };
    if (!isMap(doc.contents)) {
        at(doc.contents?.range?.[0] ?? 0, 'a rule file must be a mapping of keys to values');
        return { problems, regexes };
    }
    const values = {};
    const nodes = {};
    const keyNodes = {};
    for (const pair of doc.contents.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        keyNodes[key] = pair.key;
        nodes[key] = (pair.value ?? pair.key);
        values[key] = pair.value ? pair.value.toJSON() : null;
    }
    const startOf = (key) => nodes[key]?.range?.[0] ?? 0;
    const position = (node) => {
        const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
        return { line, column: col };
    };
    const kindName = values.kind;
    const kind = typeof kindName === 'string' ? KINDS.get(kindName) : undefined;
    if (kindName !== undefined && !kind) {
        at(startOf('kind'), `unknown kind ${JSON.stringify(kindName)}${didYouMean(String(kindName), [...KINDS.keys()])}; kinds: ${[...KINDS.keys()].join(', ')}`);
    }
    const fields = { ...COMMON_FIELDS, ...(kind?.fields ?? {}) };
    for (const key of Object.keys(values)) {
        const spec = fields[key];
        if (!spec) {
            if (kind || !kindName)
                at(keyNodes[key]?.range?.[0] ?? 0, `unknown key "${key}"${didYouMean(key, Object.keys(fields))}`);
            continue;
        }
        if (key === 'kind')
            continue;
        const error = checkField(spec, values[key]);
        if (error)
            at(startOf(key), `"${key}" ${error}`);
        else if (spec.type === 'regex')
            regexes.push({ key, source: values[key], ...position(nodes[key]) });
        else if (spec.type === 'regex[]') {
            const items = nodes[key].items ?? [];
            values[key].forEach((source, i) => regexes.push({ key, source, ...position(items[i] ?? nodes[key]) }));
        }
    }
    for (const [key, spec] of Object.entries(fields)) {
        if (spec.required && !(key in values))
            problems.push({ file, line: 1, column: 1, message: `missing required key "${key}"` });
    }
    const examples = Array.isArray(values.examples) ? parseExamples(nodes.examples, values.examples, at, lineCounter) : [];
    if (problems.length || !kind)
        return { problems, regexes };
    const options = Object.fromEntries(Object.entries(values).filter(([k]) => !(k in COMMON_FIELDS)));
    return {
        problems,
        regexes,
        rule: {
            id,
            kind: kind.name,
            severity: values.severity ?? 'warning',
            category: values.category ?? id.split('/')[0],
            description: values.description,
            message: values.message,
            why: values.why,
            examples,
            options,
            file,
            builtIn,
        },
    };
}
function parseExamples(node, list, at, lines) {
    const items = node.items ?? [];
    return list.flatMap((value, i) => {
        const offset = items[i]?.range?.[0] ?? node.range?.[0] ?? 0;
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            at(offset, 'an example must be a mapping with "bad" or "good"');
            return [];
        }
        const example = value;
        let ok = true;
        const fail = (message) => {
            ok = false;
            at(offset, message);
        };
        for (const [key, v] of Object.entries(example)) {
            const spec = EXAMPLE_FIELDS[key];
            const error = spec ? checkField(spec, v) : `unknown example key "${key}"${didYouMean(key, Object.keys(EXAMPLE_FIELDS))}`;
            if (error)
                fail(spec ? `example "${key}" ${error}` : error);
        }
        if (('bad' in example) === ('good' in example))
            fail('an example has exactly one of "bad" and "good"');
        if ('good' in example && ['fixed', 'span', 'suggest', 'findings'].some((k) => k in example))
            fail('a good example takes no "fixed", "span", "suggest" or "findings"');
        if ('findings' in example && ['span', 'suggest'].some((k) => k in example))
            fail('an example with "findings" gives each finding\'s span and suggestions there, not "span" or "suggest"');
        if (typeof example.span === 'string' && typeof example.bad === 'string' && !example.bad.includes(example.span)) {
            fail('example "span" is not part of its "bad" text');
        }
        return ok ? [{ ...example, line: lines.linePos(offset).line }] : [];
    });
}
