import { firstIndex } from '../search.js';
/** The projection of `file` through `pieces` (sorted, not overlapping). */
export function project(file, pieces) {
    let text = '';
    let at = 0;
    const ignore = [];
    const markup = [];
    // Replaced pieces in both coordinates, for the map back.
    const docStarts = [];
    const docEnds = [];
    const fileStarts = [];
    const fileEnds = [];
    let sameOffsets = true;
    for (const piece of pieces) {
        if (piece.start < at || piece.end < piece.start)
            throw new Error(`pieces out of order at ${piece.start}`);
        text += file.slice(at, piece.start);
        const docStart = text.length;
        if (piece.text === undefined) {
            text += piece.as ?? file.slice(piece.start, piece.end).replace(/[^\r\n]/g, ' ');
            if (piece.end > piece.start)
                pushRange(ignore, docStart, text.length);
            if (piece.end > piece.start && !piece.link)
                pushRange(markup, docStart, text.length);
            if (piece.as !== undefined && piece.as.length !== piece.end - piece.start) {
                docStarts.push(docStart);
                docEnds.push(text.length);
                fileStarts.push(piece.start);
                fileEnds.push(piece.end);
                sameOffsets = false;
            }
        }
        else {
            text += piece.text;
            if (piece.text.length !== piece.end - piece.start || piece.text !== file.slice(piece.start, piece.end)) {
                docStarts.push(docStart);
                docEnds.push(text.length);
                fileStarts.push(piece.start);
                fileEnds.push(piece.end);
                if (piece.text.length !== piece.end - piece.start)
                    sameOffsets = false;
            }
        }
        at = piece.end;
    }
    text += file.slice(at);
    /** The number of replaced pieces that end at or before `offset` of the text (strictly before when `strict`). */
    const endingBefore = (offset, strict) => firstIndex(docEnds.length, (k) => (strict ? docEnds[k] >= offset : docEnds[k] > offset));
    const shift = (k) => (k === 0 ? 0 : fileEnds[k - 1] - docEnds[k - 1]);
    return {
        text,
        ignore,
        markup,
        sameOffsets,
        startInFile(offset) {
            // After every piece that ends here (an inline tag just before a word is not part of a finding on the word).
            const k = endingBefore(offset, false);
            if (k < docStarts.length && docStarts[k] < offset)
                return fileStarts[k];
            return offset + shift(k);
        },
        endInFile(offset) {
            // Before every empty piece that stands here; to the end of a piece the finding ends inside.
            const k = endingBefore(offset, true);
            if (k < docStarts.length && docStarts[k] < offset && docEnds[k] >= offset && docEnds[k] > docStarts[k])
                return fileEnds[k];
            return offset + shift(k);
        },
        editable(start, end) {
            const k = endingBefore(start, false);
            if (k < docStarts.length && docStarts[k] < start)
                return false;
            // Pieces ending at `start` or later: the first must start at or after `end` (an empty one exactly at `end` or
            // `start` stays outside the edit).
            const next = endingBefore(start, true);
            for (let j = next; j < docStarts.length && docStarts[j] <= end; j++) {
                const empty = docStarts[j] === docEnds[j];
                if (empty ? docStarts[j] > start && docStarts[j] < end : docEnds[j] > start && docStarts[j] < end)
                    return false;
            }
            return true;
        },
        inText(fileOffset) {
            const lo = firstIndex(fileEnds.length, (k) => fileEnds[k] > fileOffset);
            if (lo < fileStarts.length && fileStarts[lo] < fileOffset)
                return docStarts[lo];
            return fileOffset - (lo === 0 ? 0 : fileEnds[lo - 1] - docEnds[lo - 1]);
        },
    };
}
/**
 * Add [start, end) to sorted ranges, merging with the last when they overlap. Pieces that only touch stay apart, so a
 * format can delimit one (a unit's source) that a finding may cover whole.
 */
function pushRange(ranges, start, end) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] > start)
        last[1] = Math.max(last[1], end);
    else
        ranges.push([start, end]);
}
