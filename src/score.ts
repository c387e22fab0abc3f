// The quality score of a document: penalty points per 1,000 words, as MQM scores a translation, mapped to 0–100.
import type { Severity } from './types.js';

/** Penalty points one finding of each severity costs. */
export type ScoreWeights = Record<Severity, number>;

/**
 * MQM's weights: a major error costs 5 points, a minor one 1 (a critical one 25, which mtlint has no
 * severity for). mtlint's errors are artifacts a reader stumbles over (a split name, a truncated word,
 * scraped page furniture): major. Its warnings are visible but do not mislead (a stray space, a
 * full-width comma): minor. Its infos are matters of style a reviewer may well keep: no penalty.
 */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = { error: 5, warning: 1, info: 0 };

/** The reference word count penalties are normalised to (MQM's "per 1,000 words"). */
export const REFERENCE_WORDS = 1000;

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
export function scoreDocument(findings: Iterable<{ severity: Severity }>, words: number, weights: Readonly<ScoreWeights> = DEFAULT_WEIGHTS): DocumentScore {
  let penalty = 0;
  for (const f of findings) penalty += weights[f.severity];
  const perReference = (penalty * REFERENCE_WORDS) / Math.max(words, 1);
  return { words, penalty, score: Math.max(0, Math.round((100 - perReference) * 10) / 10) };
}

export interface ScoreSummary {
  /** The lowest score, and the first document that has it. */
  lowest: number;
  lowestPath: string;
  mean: number;
}

/** The lowest and the mean score of a run's documents (undefined when none was scored). */
export function scoreSummary(files: Iterable<{ path: string; score?: DocumentScore }>): ScoreSummary | undefined {
  const tally = new ScoreTally();
  for (const { path, score } of files) tally.add(path, score);
  return tally.summary();
}

/** The lowest and the mean score, counted a document at a time (a streamed report holds no list of them). */
export class ScoreTally {
  private lowest?: { score: number; path: string };
  private total = 0;
  private count = 0;

  add(path: string, score: DocumentScore | undefined): void {
    if (!score) return;
    if (!this.lowest || score.score < this.lowest.score) this.lowest = { score: score.score, path };
    this.total += score.score;
    this.count++;
  }

  summary(): ScoreSummary | undefined {
    return this.lowest && { lowest: this.lowest.score, lowestPath: this.lowest.path, mean: Math.round((this.total / this.count) * 10) / 10 };
  }
}
