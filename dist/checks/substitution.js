import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { fill, matchCase, phraseAlternation } from './template.js';
export const substitution = defineKind({
    name: 'substitution',
    summary: 'Replace each listed wrong wording by its right one, keeping capitalisation; `{0}` wrong, `{1}` right.',
    fields: {
        swap: { type: 'map', required: true, description: 'Wrong wording → right wording.' },
        caseSensitive: { type: 'boolean', default: false, description: 'Match case exactly.' },
    },
    fixable: () => true,
    compile(options, rule) {
        const caseSensitive = options.caseSensitive;
        const swap = new Map();
        for (const [bad, good] of Object.entries(options.swap)) {
            swap.set(normalise(bad, caseSensitive), good);
        }
        const regex = compileRegex(phraseAlternation([...swap.keys()]), caseSensitive ? 'g' : 'gi');
        return (doc) => Array.from(doc.text.matchAll(regex), (m) => {
            const good = matchCase(m[0], swap.get(normalise(m[0], caseSensitive)) ?? '');
            return {
                message: fill(rule.message, [m[0], good]),
                offset: m.index,
                length: m[0].length,
                fix: { offset: m.index, length: m[0].length, text: good },
            };
        });
    },
});
function normalise(phrase, caseSensitive) {
    const spaced = phrase.trim().replace(/\s+/g, ' ');
    return caseSensitive ? spaced : spaced.toLowerCase();
}
