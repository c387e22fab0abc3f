// The keys every rule file has, and the JSON Schema for rule files built from them and each kind's fields.
import { INPUT_FORMATS } from '../formats/index.js';
import { KINDS } from '../checks/index.js';
import { SEVERITIES } from '../types.js';
import { fieldSchema } from '../checks/fields.js';
export const COMMON_FIELDS = {
    kind: { type: 'string', required: true, values: [...KINDS.keys()], description: 'The rule kind: what code runs the rule.' },
    severity: { type: 'string', values: SEVERITIES, default: 'warning', description: 'How serious a finding is.' },
    category: { type: 'string', description: 'A group for filtering and reports; defaults to the rule family (its folder).' },
    description: { type: 'string', required: true, description: 'One sentence: what the rule finds.' },
    message: { type: 'string', required: true, description: 'The finding message; `{0}`, `{1}`… are filled by the kind.' },
    why: { type: 'string', description: 'Why it matters, shown by `mtlint rules explain`.' },
    examples: { type: 'examples', required: true, description: 'Bad texts with their expected fix and good texts that must not fire; run by `mtlint rules test`.' },
};
/** One expected finding of a bad example (`findings:`). */
export const EXPECTED_FINDING_FIELDS = {
    span: { type: 'string', description: 'The text the finding covers.' },
    message: { type: 'string', description: 'Its message, as reported.' },
    line: { type: 'integer', minimum: 1, description: 'The line it starts on (1-based, as the CLI reports it).' },
    column: { type: 'integer', minimum: 1, description: 'The column it starts at (1-based, as the CLI reports it).' },
    suggestions: { type: 'string[]', description: 'Every suggestion it offers, in order (`[]`: none).' },
    fix: { type: 'string', description: 'The text its fix puts in place of what it replaces (`""`: a deletion); leave out to not check.' },
};
export const EXAMPLE_FIELDS = {
    bad: { type: 'string', description: 'A text the rule must flag: exactly once, or as `findings` lists.' },
    good: { type: 'string', description: 'A text the rule must not flag.' },
    fixed: { type: 'string', description: 'The bad text after the fix (after every fix, with `findings`); leave it out when the rule offers no fix.' },
    span: { type: 'string', description: 'The part of the bad text the finding must cover.' },
    suggest: { type: 'string', description: 'The first suggestion the finding must offer.' },
    findings: { type: 'records', fields: EXPECTED_FINDING_FIELDS, description: 'Every finding the bad text must give, in text order, each with what must hold of it (span, message, line, column, suggestions, fix): instead of exactly one finding. `fixed` is then the text after all their fixes.' },
    original: { type: 'string', description: 'The original the (plain-text) example was translated from, as `--source` gives it, for the bilingual rules.' },
    glossary: { type: 'string', description: 'The glossary the example is checked with, as CSV (a source term, then its target terms, per line), as `--glossary` gives it.' },
    format: { type: 'string', values: [...INPUT_FORMATS], description: 'Read the example text in this input format (default: plain text), for rules that look at markup or translation units.' },
};
/** The JSON Schema (draft 2020-12) for one rule file, one branch per kind. */
export function ruleFileSchema() {
    const properties = (fields) => Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)]));
    const required = (fields) => Object.entries(fields).filter(([, f]) => f.required).map(([k]) => k);
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: 'https://github.com/mtlint/mtlint/rules.schema.json',
        title: 'mtlint rule file',
        type: 'object',
        required: required(COMMON_FIELDS),
        oneOf: [...KINDS.values()].map((kind) => ({
            title: kind.name,
            description: kind.summary,
            properties: { ...properties(COMMON_FIELDS), kind: { const: kind.name }, ...properties(kind.fields) },
            required: required(kind.fields),
            additionalProperties: false,
        })),
        $defs: {
            example: {
                type: 'object',
                properties: properties(EXAMPLE_FIELDS),
                additionalProperties: false,
                oneOf: [{ required: ['bad'] }, { required: ['good'] }],
            },
        },
    };
}
