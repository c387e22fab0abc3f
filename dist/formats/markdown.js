import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
const BLANKED = new Set(['code', 'inlineCode', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'html']);
/** Blanked nodes that are addresses more than code: a line of furniture may hold them and go whole. */
const LINKS = new Set(['image', 'imageReference', 'definition']);
/** The pieces of a Markdown file that are not prose (all blank, so offsets stay the file's). */
export function markdownPieces(text) {
    const tree = fromMarkdown(text, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });
    const pieces = [];
    const blank = (start, end, link = false) => {
        if (start !== undefined && end !== undefined && end > start)
            pieces.push(link ? { start, end, link } : { start, end });
    };
    const visit = (node) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (BLANKED.has(node.type)) {
            // mtlint's own directives are HTML comments and must stay readable.
            if (!(node.type === 'html' && node.value.includes('mtlint-')))
                blank(start, end, LINKS.has(node.type));
            return;
        }
        if (node.type === 'link' || node.type === 'linkReference') {
            const children = node.children;
            const first = children[0]?.position?.start.offset;
            const last = children[children.length - 1]?.position?.end.offset;
            // An autolink (`<https://…>`) is all address; otherwise the brackets and what follows the text go.
            if (first === undefined || last === undefined || text[start] === '<')
                return blank(start, end, true);
            blank(start, first, true);
            children.forEach(visit);
            blank(last, end, true);
            return;
        }
        if ('children' in node)
            node.children.forEach(visit);
    };
    visit(tree);
    return pieces;
}
