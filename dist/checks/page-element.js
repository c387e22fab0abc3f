import { viewOf } from '../formats/index.js';
import { firstIndex } from '../search.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';
const ARTICLE = new Set(['article', 'main']);
export const pageElement = defineKind({
    name: 'page-element',
    summary: 'An HTML element that is page furniture, by its name or by words of its class or id (`{0}`: its start tag); the fix removes it whole.',
    fields: {
        elements: { type: 'string[]', default: [], description: 'Element names that are furniture wherever they stand (`nav`, `aside`, `form`).' },
        outsideArticle: { type: 'string[]', default: [], description: 'Element names that are furniture outside an `<article>` or `<main>` (`header`, `footer`): inside one they belong to the story.' },
        classWords: { type: 'string[]', default: [], description: 'Words of a `class` or `id` (split at spaces, `-` and `_`, without case) that make a block element furniture (`share`, `related`, `comments`).' },
    },
    fixable: () => true,
    compile(options, rule) {
        const anywhere = new Set(options.elements.map((e) => e.toLowerCase()));
        const outside = new Set(options.outsideArticle.map((e) => e.toLowerCase()));
        const words = new Set(options.classWords.map((w) => w.toLowerCase()));
        const isFurniture = (e) => anywhere.has(e.name) || (outside.has(e.name) && !e.inArticle) || (e.names !== '' && e.names.split(/[\s_-]+/).some((w) => words.has(w)));
        return (doc) => {
            const view = viewOf(doc);
            if (!view?.elements.length)
                return [];
            const elements = [...view.elements].sort((a, b) => a.start - b.start || b.end - a.end);
            // An element that holds the story (an article, main) is never furniture, whatever its class says. Elements nest,
            // so the first story element starting inside one is the one to look at.
            const stories = elements.filter((e) => ARTICLE.has(e.name));
            const holdsStory = (e) => {
                const k = firstIndex(stories.length, (i) => stories[i].start >= e.start);
                return k < stories.length && stories[k].end <= e.end;
            };
            const findings = [];
            let coveredTo = -1; // the end of the last element reported: what it holds goes with it
            for (const e of elements) {
                if (e.start < coveredTo || ARTICLE.has(e.name) || !isFurniture(e) || holdsStory(e))
                    continue;
                const offset = view.projection.inText(e.removal[0]);
                const length = view.projection.inText(e.removal[1]) - offset;
                findings.push({ message: fill(rule.message, [e.tag.replace(/\s+/g, ' ')]), offset, length, wholeLines: true, fix: { offset, length, text: '' } });
                coveredTo = e.end;
            }
            return findings;
        };
    },
});
