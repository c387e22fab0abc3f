import type { Severity } from './types.js';
/** Penalty points one finding of each severity costs. */
export type ScoreWeights = Record<Severity, number>;
/**
 * MQM's weights: a major error costs 5 points, a minor one 1 (a critical one 25, which mtlint has no
 * severity for). mtlint's errors are artifacts a reader stumbles over (a split name, a truncated word,
 * scraped page furniture): major. Its warnings are visible but do not mislead (a stray space, a
 * full-width comma): minor. Its infos are matters of style a reviewer may well keep: no penalty.
 */
export declare const DEFAULT_WEIGHTS: Readonly<ScoreWeights>;
/** The reference word count penalties are normalised to (MQM's "per 1,000 words"). */
export declare const REFERENCE_WORDS = 1000;
export interface DocumentScore {
    /** Words of prose in the document. */
    words: number;
    /** Penalty points of all its findings. */
    penalty: number;
    /** 0–100, one decimal: 100 minus the penalty points per 1,000 words, never below 0. */
    score: number;
}
/**
 * A document's score: 100 − penalty × 1000 / words, at least 0, rounded to one decimal. A document of
 * fewer than one word counts as one word, so a finding in an empty document still lowers its score.
 * Every finding adds a non-negative penalty, so the score never rises as findings are added.
 */
export declare function scoreDocument(findings: Iterable<{
    severity: Severity;
}>, words: number, weights?: Readonly<ScoreWeights>): DocumentScore;
export interface ScoreSummary {
    /** The lowest score, and the first document that has it. */
    lowest: number;
    lowestPath: string;
    mean: number;
}
/** The lowest and the mean score of a run's documents (undefined when none was scored). */
export declare function scoreSummary(files: readonly {
    path: string;
    score?: DocumentScore;
}[]): ScoreSummary | undefined;
