// XLIFF 1.2 and 2.x: only the target of each unit is prose. Read with htmlparser2 in XML mode.
// - Everything outside targets (headers, sources, notes, alternative translations) is blanked; each target starts a
//   paragraph of its own.
// - Inside a target, paired inline tags (`<g>`, `<pc>`, `<mrk>`) vanish, so the words around them join; placeholders
//   (`<x/>`, `<ph>…</ph>`, `<bpt>`, `<sc/>`, and `%s`, `{0}` in the text) are blanked, so no fix can touch them.
// - Entities are decoded for the rules and kept in the file.
// The units (source and target text, their codes and file ranges) are kept for the bilingual rules.
import type { Parser } from 'htmlparser2';
import { htmlparser2 } from '../vendored.js';
import { UsageError } from '../errors.js';
import type { Piece } from './projection.js';
import { type Segment, type Unit, placeholdersIn } from './units.js';

/** Inline elements that stand for code: empty ones (`<x/>`) and those whose content is native code (`<ph>`). */
const CODE_ELEMENTS = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it', 'sub', 'sc', 'ec', 'cp', 'sm', 'em']);
/** Inline elements that wrap text: their tags vanish, their content is prose. */
const PAIRED_ELEMENTS = new Set(['g', 'pc', 'mrk']);

export interface XliffParse {
  pieces: Piece[];
  units: Unit[];
}

/** A side of a unit while it is read. */
interface Reading extends Segment {
  side: 'source' | 'target';
}

export function xliffPieces(text: string, file = '<xliff>'): XliffParse {
  const pieces: Piece[] = [];
  const units: Unit[] = [];
  let cursor = 0;
  let unitId = '';
  let unit: Unit | undefined;
  let reading: Reading | undefined;
  let skipDepth = 0; // inside <alt-trans> or <ignorable>: not the unit's own text
  let isXliff = false;
  let readingAt = 0; // where the side being read was opened
  let selfClosed = false; // whether it was written `<target/>`
  let codeDepth = 0; // inside a code element's content
  let gapHasCode = false;
  const codeStack: boolean[] = [];

  /** Markup up to `to`: inside a target it vanishes (or is blanked when it holds code); elsewhere it is blanked. */
  const flush = (to: number) => {
    if (to <= cursor) return;
    if (reading?.side !== 'target') pieces.push({ start: cursor, end: to, as: '\n\n' });
    else pieces.push(gapHasCode ? { start: cursor, end: to, as: ' ' } : { start: cursor, end: to, text: '' });
    cursor = to;
    gapHasCode = false;
  };
  const tagStart = () => text.lastIndexOf('<', parser.endIndex);
  const parser: Parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        const local = name.replace(/^.*:/, '');
        if (local === 'xliff') isXliff = true;
        if (local === 'alt-trans' || local === 'ignorable') skipDepth++;
        if (skipDepth > 0) return;
        if (local === 'trans-unit' || local === 'unit') unitId = attributes.id ?? String(units.length + 1);
        if (local === 'trans-unit' || local === 'segment') {
          flush(tagStart());
          unit = { id: local === 'segment' && attributes.id ? `${unitId}/${attributes.id}` : unitId, start: tagStart(), end: text.length };
        } else if ((local === 'source' || local === 'target') && unit && !reading) {
          // The content is delimited from the tags, so a finding may cover a source (or an empty target) whole.
          readingAt = tagStart();
          selfClosed = text[parser.endIndex - 1] === '/';
          flush(readingAt);
          flush(parser.endIndex + 1);
          reading = { side: local, text: '', codes: [], start: parser.endIndex + 1, end: parser.endIndex + 1 };
        } else if (reading && CODE_ELEMENTS.has(local)) {
          if (codeDepth === 0) reading.codes.push(attributes.id ? `${local}#${attributes.id}` : local);
          if (codeDepth === 0) reading.text += ' ';
          codeDepth++;
          codeStack.push(true);
          gapHasCode = true;
        } else if (reading) {
          if (PAIRED_ELEMENTS.has(local) && codeDepth === 0 && local !== 'mrk') reading.codes.push(attributes.id ? `${local}#${attributes.id}` : local);
          codeStack.push(false);
        }
      },
      onclosetag(name, isImplied) {
        const local = name.replace(/^.*:/, '');
        if (local === 'alt-trans' || local === 'ignorable') skipDepth--;
        if (skipDepth > 0) return;
        if ((local === 'source' || local === 'target') && reading?.side === local) {
          if (isImplied && !selfClosed) throw xliffError(text, file, readingAt, `<${local}> is not closed`);
          const end = isImplied ? reading.start : tagStart();
          flush(end);
          reading.end = end;
          if (unit) unit[local] = { text: reading.text, codes: reading.codes, start: reading.start, end };
          reading = undefined;
          flush(parser.endIndex + 1);
        } else if ((local === 'trans-unit' || local === 'segment') && unit) {
          if (reading) throw xliffError(text, file, readingAt, `<${reading.side}> is not closed before </${local}>`);
          flush(parser.endIndex + 1);
          unit.end = parser.endIndex + 1;
          units.push(unit);
          unit = undefined;
        } else if (reading && codeStack.length) {
          if (codeStack.pop()) codeDepth--;
        }
      },
      ontext(data) {
        if (!reading || skipDepth > 0 || codeDepth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const raw = text.slice(start, end);
        if (reading.side === 'source') {
          reading.text += codeFree(data, reading.codes);
          return;
        }
        flush(start);
        if (raw !== data) pieces.push({ start, end, text: data });
        else for (const p of placeholdersIn(raw)) pieces.push({ start: start + p.start, end: start + p.end });
        reading.text += codeFree(data, reading.codes);
        cursor = end;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  if (!isXliff) throw xliffError(text, file, 0, 'not an XLIFF file (no <xliff> element)');
  if (reading) throw xliffError(text, file, readingAt, `<${reading.side}> is not closed`);
  flush(text.length);
  return { pieces, units };
}

function xliffError(text: string, file: string, offset: number, message: string): UsageError {
  const before = text.slice(0, offset);
  return new UsageError([{ file, line: before.split('\n').length, column: offset - before.lastIndexOf('\n'), message }]);
}

/** The text with each placeholder turned into a space, its code added to `codes`. */
export function codeFree(text: string, codes: string[]): string {
  const found = placeholdersIn(text);
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const p of found) {
    out += `${text.slice(at, p.start)} `;
    codes.push(p.code);
    at = p.end;
  }
  return out + text.slice(at);
}
