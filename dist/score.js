/**
 * MQM's weights: a major error costs 5 points, a minor one 1 (a critical one 25, which mtlint has no
 * severity for). mtlint's errors are artifacts a reader stumbles over (a split name, a truncated word,
 * scraped page furniture): major. Its warnings are visible but do not mislead (a stray space, a
 * full-width comma): minor. Its infos are matters of style a reviewer may well keep: no penalty.
 */
export const DEFAULT_WEIGHTS = { error: 5, warning: 1, info: 0 };
/** The reference word count penalties are normalised to (MQM's "per 1,000 words"). */
export const REFERENCE_WORDS = 1000;
/**
 * A document's score: 100 − penalty × 1000 / words, at least 0, rounded to one decimal. A document of
 * fewer than one word counts as one word, so a finding in an empty document still lowers its score.
 * Every finding adds a non-negative penalty, so the score never rises as findings are added.
 */
export function scoreDocument(findings, words, weights = DEFAULT_WEIGHTS) {
    let penalty = 0;
    for (const f of findings)
        penalty += weights[f.severity];
    const perReference = (penalty * REFERENCE_WORDS) / Math.max(words, 1);
    return { words, penalty, score: Math.max(0, Math.round((100 - perReference) * 10) / 10) };
}
/** The lowest and the mean score of a run's documents (undefined when none was scored). */
export function scoreSummary(files) {
    let summary;
    let total = 0;
    let count = 0;
    for (const { path, score } of files) {
        if (!score)
            continue;
        if (!summary || score.score < summary.lowest)
            summary = { lowest: score.score, lowestPath: path, mean: 0 };
        total += score.score;
        count++;
    }
    if (summary)
        summary.mean = Math.round((total / count) * 10) / 10;
    return summary;
}
