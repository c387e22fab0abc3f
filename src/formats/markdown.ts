// Markdown (CommonMark, with YAML or TOML front matter): what is not prose, found by a real parser with positions.
// Code (fenced and indented), inline code, HTML (blocks and inline), front matter, images, link destinations and
// titles, autolinks and reference definitions are blanked; link text stays prose.
import type { Nodes, Parent } from 'mdast';
import { markdown } from '../vendored.js';
import type { Piece } from './projection.js';

const BLANKED = new Set(['code', 'inlineCode', 'yaml', 'toml', 'image', 'imageReference', 'definition', 'html']);
/** Blanked nodes that are addresses more than code: a line of furniture may hold them and go whole. */
const LINKS = new Set(['image', 'imageReference', 'definition']);

/** The pieces of a Markdown file that are not prose (all blank, so offsets stay the file's). */
export function markdownPieces(text: string): Piece[] {
  const { fromMarkdown, frontmatter, frontmatterFromMarkdown } = markdown();
  const tree = fromMarkdown(text, { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] });
  const pieces: Piece[] = [];
  const blank = (start: number | undefined, end: number | undefined, link = false) => {
    if (start !== undefined && end !== undefined && end > start) pieces.push(link ? { start, end, link } : { start, end });
  };
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (BLANKED.has(node.type)) {
      // mtlint's own directives are HTML comments and must stay readable.
      if (!(node.type === 'html' && node.value.includes('mtlint-'))) blank(start, end, LINKS.has(node.type));
      return;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const children = (node as Parent).children;
      const first = children[0]?.position?.start.offset;
      const last = children[children.length - 1]?.position?.end.offset;
      // An autolink (`<https://…>`) is all address; otherwise the brackets and what follows the text go.
      if (first === undefined || last === undefined || text[start!] === '<') return blank(start, end, true);
      blank(start, first, true);
      children.forEach(visit);
      blank(last, end, true);
      return;
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return pieces;
}
