// Glossaries (`--glossary FILE`, the config's `glossary:`): the target terms a source term requires, read from CSV
// (or TSV) with csv-parse and from TBX with fast-xml-parser. The terms become the `terms` option of the rules that
// check them (bilingual, `check: glossary`), so they are part of the rules as the cache keys them.
import { createRequire } from 'node:module';
import { UsageError } from './errors.js';
// The parsers load on first use (about 15 ms): a run without a glossary, and the CLI's start-up, do not pay for them.
const load = createRequire(import.meta.url);
const csvParser = () => load('csv-parse/sync');
const xmlParser = () => load('fast-xml-parser');
/** TBX when the file is XML (starts with `<` after any BOM and spaces), else CSV; TSV for `.tsv` and `.tab`. */
export function parseGlossary(text, file) {
    const terms = /^\uFEFF?\s*</.test(text) ? tbxTerms(text, file) : csvTerms(text, file, /\.(?:tsv|tab)$/i.test(file) ? '\t' : ',');
    if (!terms.length)
        throw new UsageError([{ file, message: 'the glossary holds no source term with a target term' }]);
    return terms;
}
/** The rules with the glossary's terms as their `terms`: the bilingual rules that check a glossary, the others as given. */
export function withGlossary(rules, terms) {
    return rules.map((r) => (r.kind === 'bilingual' && r.options.check === 'glossary' ? { ...r, options: { ...r.options, terms } } : r));
}
/**
 * One term per row: the source term, then each accepted target term in a column of its own. A first row whose first
 * cell is `source` (any case) is a header. Empty lines are skipped; a row without a target term is an error.
 */
function csvTerms(text, file, delimiter) {
    let rows;
    try {
        // With `info`, each row comes with the line it ends on.
        rows = csvParser().parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
    }
    catch (e) {
        const { lines, message } = e;
        throw new UsageError([{ file, line: lines, column: 1, message: `not a CSV glossary: ${message.replace(/ at line \d+$/, '')}` }]);
    }
    if (rows.length && rows[0].record[0]?.toLowerCase() === 'source')
        rows.shift();
    return rows.map(({ record, info }) => {
        const [source, ...target] = record.filter(Boolean);
        if (!source || !target.length)
            throw new UsageError([{ file, line: info.lines, column: 1, message: 'a glossary row needs a source term and at least one target term' }]);
        return { source, target };
    });
}
/**
 * TBX (2008 `martif` and TBX v3 `tbx`): each term entry's terms by language (`langSet`/`langSec`, `xml:lang`). The
 * source language is the file's own (`xml:lang` of its root), else the first language the file lists; an entry's
 * terms in the other languages are the accepted target terms (a file for several target languages accepts any).
 */
function tbxTerms(text, file) {
    const { XMLParser, XMLValidator } = xmlParser();
    const valid = XMLValidator.validate(text);
    if (valid !== true)
        throw new UsageError([{ file, line: valid.err.line, column: valid.err.col, message: `not a TBX glossary: ${valid.err.msg}` }]);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
    const tree = parser.parse(text);
    const root = Object.values(tree).flat().find((n) => typeof n === 'object' && n !== null && ('text' in n || '@lang' in n));
    const entries = descendants(tree, (name) => name === 'termEntry' || name === 'conceptEntry');
    const languages = entries.map((entry) => descendants(entry, (name) => name === 'langSet' || name === 'langSec').map((set) => ({ lang: primary(String(set['@lang'] ?? '')), terms: descendants(set, (name) => name === 'term').map(textOf).filter(Boolean) })));
    const sourceLanguage = primary(String(root?.['@lang'] ?? '')) || languages.flat().find((l) => l.lang)?.lang;
    return languages.flatMap((sets) => {
        const target = sets.filter((s) => s.lang !== sourceLanguage).flatMap((s) => s.terms);
        const sources = sets.filter((s) => s.lang === sourceLanguage).flatMap((s) => s.terms);
        return target.length ? sources.map((source) => ({ source, target })) : [];
    });
}
/** `en-US` → `en`: a glossary's `en` terms serve an `en-GB` file. */
function primary(lang) {
    return lang.split(/[-_]/)[0].toLowerCase();
}
/** Every element below `node` (as fast-xml-parser gives them, each an array) whose name passes `wanted`, outermost first. */
function descendants(node, wanted) {
    const found = [];
    const walk = (value) => {
        if (typeof value !== 'object' || value === null)
            return;
        for (const [name, child] of Object.entries(value)) {
            if (name.startsWith('@') || name === '#text')
                continue;
            for (const item of Array.isArray(child) ? child : [child]) {
                if (wanted(name) && typeof item === 'object' && item !== null)
                    found.push(item);
                else if (wanted(name))
                    found.push({ '#text': item });
                else
                    walk(item);
            }
        }
    };
    walk(node);
    return found;
}
/** The text of an element, inline markup inside it included (`<term>State <hi>Council</hi></term>`). */
function textOf(node) {
    const parts = [];
    const walk = (value) => {
        if (typeof value === 'string' || typeof value === 'number')
            parts.push(String(value));
        else if (Array.isArray(value))
            value.forEach(walk);
        else if (typeof value === 'object' && value !== null)
            for (const [k, v] of Object.entries(value))
                if (!k.startsWith('@'))
                    walk(v);
    };
    walk(node);
    return parts.join('').replace(/\s+/g, ' ').trim();
}
