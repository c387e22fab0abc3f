// One batch of files linted, rule by rule over the whole batch: on the main thread or in a worker (src/lint-worker.ts).
import type { CachedResult } from './cache.js';
import { type CompiledRule, fileDocument, findingsInFile, lintDocuments, prepareSource } from './engine.js';
import type { Document } from './document.js';
import { type Problem, type RuleCrash, UsageError } from './errors.js';
import { type InputFormat, type Original, formatOf } from './formats/index.js';
import { positionFindings } from './report/result.js';

export interface BatchOptions {
  /** Every file is read in this format instead of the one its extension names. */
  formatIn?: InputFormat;
  reportUnusedDirectives: boolean;
  /**
   * With --source: the original the article is paired with, and its document (where related spans are placed). Never
   * sent to a worker: --source lints one file, on the main thread.
   */
  original?: Original;
  originalDoc?: Document;
}

/**
 * Each file's positioned findings and words, the checks that crashed and the files whose format could not be read (a
 * malformed XLIFF, PO or subtitle file: its problems, with their line and column), by the file's index in the batch.
 * A file that cannot be read takes an empty document's place, so that the others are still linted and reported.
 */
export function lintBatch(files: readonly { text: string; shownPath: string }[], rules: CompiledRule[], options: BatchOptions): { results: CachedResult[]; crashes: Map<number, RuleCrash>; unreadable: Map<number, Problem[]> } {
  const crashes = new Map<number, RuleCrash>();
  const unreadable = new Map<number, Problem[]>();
  const prepared = files.map((f, k) => {
    try {
      return prepareSource(f.text, f.shownPath, options.formatIn ?? formatOf(f.shownPath), options.original);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      unreadable.set(k, e.problems);
      return prepareSource('', f.shownPath, 'text');
    }
  });
  const found = lintDocuments(prepared, rules, { reportUnusedDirectives: options.reportUnusedDirectives, onCrash: (crash, k) => crashes.set(k, crash) });
  // The document the rules saw also places the findings when its lines are the file's (its line starts are counted).
  const results = prepared.map((p, k) => ({ findings: unreadable.has(k) ? [] : positionFindings(fileDocument(p, files[k].text), findingsInFile(p, found[k]), options.originalDoc), words: p.doc.words.count }));
  return { results, crashes, unreadable };
}

/** Answers a worker's tasks: each batch linted with `rules`, its crashes sent as what the report shows of them. */
export function batchAnswerer(rules: CompiledRule[], options: BatchOptions): (task: BatchTask) => BatchAnswer {
  return (files) => {
    const { results, crashes, unreadable } = lintBatch(files, rules, options);
    return { results, crashes: [...crashes].map(([k, crash]) => [k, { message: crash.message, detail: crash.detail }]), unreadable: [...unreadable] };
  };
}

/** What a worker of the pool is given: a batch's files. */
export type BatchTask = { text: string; shownPath: string }[];
/** What it answers: the batch's results, its crashes as the report shows them, and the files it could not read. */
export interface BatchAnswer {
  results: CachedResult[];
  crashes: [number, { message: string; detail: string }][];
  unreadable: [number, Problem[]][];
}
