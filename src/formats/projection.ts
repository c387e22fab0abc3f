// A file as the rules read it: the file's text with some stretches blanked and some replaced, and the map back.
//
// Every format module describes a file as pieces that are not copied through verbatim, in file order:
// - blank: not prose; a finding or fix that touches it is dropped (the engine's `ignore`). By default the same length,
//   every character but line breaks turned into a space; or collapsed into a short stand-in (`\n\n` where it
//   separates paragraphs, ` ` inside one): a stretch of markup or source text as long as a paragraph would otherwise
//   be a run of spaces as long, and rules that look for runs of spaces (`[^\S\n]{2,}(?=\p{Ll})`) take time quadratic
//   in a run's length.
// - replace: other text of any length (a decoded entity `&amp;` → `&`, nothing for an inline tag `<em>`, the
//   joined lines of a PO string). Transparent to findings, which may span it; a fix may not touch it, as its edit
//   would be written over markup the rules never saw.
// Everything between pieces is copied, so offsets there move by a constant, and findings map back exactly.
import type { Range } from '../markup.js';
import { firstIndex } from '../search.js';

export interface Piece {
  start: number;
  end: number;
  /** The text the rules see instead; undefined for a blank piece. */
  text?: string;
  /** For a blank piece: what the rules see instead of spaces of the same length (`\n\n`, ` `). */
  as?: string;
  /** For a blank piece: it may go with a whole line of furniture that holds it (a link's destination, like an address). */
  link?: boolean;
}

export interface Projection {
  /** The text the rules read. */
  text: string;
  /** What is not prose, in `text`'s offsets: blank pieces. */
  ignore: Range[];
  /** The blank pieces no fix may touch, not even one removing whole lines of furniture: all but links. */
  markup: Range[];
  /** Whether `text` has the file's length and offsets (no replace piece changed a length). */
  sameOffsets: boolean;
  /** The file offset where a finding starting at `offset` of `text` starts. */
  startInFile(offset: number): number;
  /** The file offset where a finding ending at `offset` of `text` ends. */
  endInFile(offset: number): number;
  /** Whether an edit of [start, end) of `text` touches no replaced piece (it then maps 1:1 onto the file). */
  editable(start: number, end: number): boolean;
  /** The offset in `text` of a file offset (the start of the replaced piece it falls inside). */
  inText(fileOffset: number): number;
}

/** The projection of `file` through `pieces` (sorted, not overlapping). */
export function project(file: string, pieces: readonly Piece[]): Projection {
  let text = '';
  let at = 0;
  const ignore: Range[] = [];
  const markup: Range[] = [];
  // Replaced pieces in both coordinates, for the map back.
  const docStarts: number[] = [];
  const docEnds: number[] = [];
  const fileStarts: number[] = [];
  const fileEnds: number[] = [];
  let sameOffsets = true;
  for (const piece of pieces) {
    if (piece.start < at || piece.end < piece.start) throw new Error(`pieces out of order at ${piece.start}`);
    text += file.slice(at, piece.start);
    const docStart = text.length;
    if (piece.text === undefined) {
      text += piece.as ?? file.slice(piece.start, piece.end).replace(/[^\r\n]/g, ' ');
      if (piece.end > piece.start) pushRange(ignore, docStart, text.length);
      if (piece.end > piece.start && !piece.link) pushRange(markup, docStart, text.length);
      if (piece.as !== undefined && piece.as.length !== piece.end - piece.start) {
        docStarts.push(docStart);
        docEnds.push(text.length);
        fileStarts.push(piece.start);
        fileEnds.push(piece.end);
        sameOffsets = false;
      }
    } else {
      text += piece.text;
      if (piece.text.length !== piece.end - piece.start || piece.text !== file.slice(piece.start, piece.end)) {
        docStarts.push(docStart);
        docEnds.push(text.length);
        fileStarts.push(piece.start);
        fileEnds.push(piece.end);
        if (piece.text.length !== piece.end - piece.start) sameOffsets = false;
      }
    }
    at = piece.end;
  }
  text += file.slice(at);

  /** The number of replaced pieces that end at or before `offset` of the text (strictly before when `strict`). */
  const endingBefore = (offset: number, strict: boolean) => firstIndex(docEnds.length, (k) => (strict ? docEnds[k] >= offset : docEnds[k] > offset));
  const shift = (k: number) => (k === 0 ? 0 : fileEnds[k - 1] - docEnds[k - 1]);
  return {
    text,
    ignore,
    markup,
    sameOffsets,
    startInFile(offset) {
      // After every piece that ends here (an inline tag just before a word is not part of a finding on the word).
      const k = endingBefore(offset, false);
      if (k < docStarts.length && docStarts[k] < offset) return fileStarts[k];
      return offset + shift(k);
    },
    endInFile(offset) {
      // Before every empty piece that stands here; to the end of a piece the finding ends inside.
      const k = endingBefore(offset, true);
      if (k < docStarts.length && docStarts[k] < offset && docEnds[k] >= offset && docEnds[k] > docStarts[k]) return fileEnds[k];
      return offset + shift(k);
    },
    editable(start, end) {
      const k = endingBefore(start, false);
      if (k < docStarts.length && docStarts[k] < start) return false;
      // Pieces ending at `start` or later: the first must start at or after `end` (an empty one exactly at `end` or
      // `start` stays outside the edit).
      const next = endingBefore(start, true);
      for (let j = next; j < docStarts.length && docStarts[j] <= end; j++) {
        const empty = docStarts[j] === docEnds[j];
        if (empty ? docStarts[j] > start && docStarts[j] < end : docEnds[j] > start && docStarts[j] < end) return false;
      }
      return true;
    },
    inText(fileOffset) {
      const lo = firstIndex(fileEnds.length, (k) => fileEnds[k] > fileOffset);
      if (lo < fileStarts.length && fileStarts[lo] < fileOffset) return docStarts[lo];
      return fileOffset - (lo === 0 ? 0 : fileEnds[lo - 1] - docEnds[lo - 1]);
    },
  };
}

/**
 * Add [start, end) to sorted ranges, merging with the last when they overlap. Pieces that only touch stay apart, so a
 * format can delimit one (a unit's source) that a finding may cover whole.
 */
function pushRange(ranges: Range[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last[1] > start) last[1] = Math.max(last[1], end);
  else ranges.push([start, end]);
}
