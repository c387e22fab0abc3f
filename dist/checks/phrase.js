import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { fill, phraseAlternation } from './template.js';
export const phrase = defineKind({
    name: 'phrase',
    summary: 'Any of a list of words or phrases, on word boundaries, spaces matching any whitespace.',
    fields: {
        phrases: { type: 'string[]', required: true, description: 'The words or phrases to flag.' },
        caseSensitive: { type: 'boolean', default: false, description: 'Match case exactly.' },
        fix: { type: 'string', description: 'Replacement for the matched phrase; `{0}` is the match.' },
        suggestions: { type: 'string[]', description: 'Alternatives shown to a person; `{0}` is the match.' },
    },
    fixable: (options) => options.fix !== undefined,
    compile(options, rule) {
        const regex = compileRegex(phraseAlternation(options.phrases), options.caseSensitive ? 'g' : 'gi');
        const fix = options.fix;
        const suggestions = options.suggestions;
        return (doc) => Array.from(doc.text.matchAll(regex), (m) => ({
            message: fill(rule.message, m),
            offset: m.index,
            length: m[0].length,
            ...(fix !== undefined ? { fix: { offset: m.index, length: m[0].length, text: fill(fix, m) } } : {}),
            ...(suggestions ? { suggestions: suggestions.map((s) => fill(s, m)) } : {}),
        }));
    },
});
