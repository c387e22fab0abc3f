// Near misses in user input: the known name closest to a misspelt one, for error messages.
import stringSimilarity from 'string-similarity';
/** ` (did you mean "x"?)` when a known name is close, else ''. */
export function didYouMean(word, candidates) {
    if (!candidates.length || !word)
        return '';
    const { bestMatch } = stringSimilarity.findBestMatch(word.toLowerCase(), candidates.map((c) => c.toLowerCase()));
    return bestMatch.rating >= 0.4 ? ` (did you mean "${candidates.find((c) => c.toLowerCase() === bestMatch.target)}"?)` : '';
}
