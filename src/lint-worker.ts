// A worker thread of a run's pool (src/run.ts): compiles the run's rules once, then lints the batches it is given.
import { type BatchAnswer, type BatchOptions, type BatchTask, batchAnswerer } from './batch.js';
import { compileRules } from './engine.js';
import { serveTasks } from './pool.js';
import type { Rule } from './types.js';

/** What the run gives each worker: its rules (data: the checks are compiled here) and how to read the files. */
export interface LintWorkerSetup {
  rules: Rule[];
  options: BatchOptions;
}

serveTasks<LintWorkerSetup, BatchTask, BatchAnswer>(({ rules, options }) => batchAnswerer(compileRules(rules), options));
