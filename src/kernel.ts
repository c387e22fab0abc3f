// What a run lints with, as one module to import on first need (run.ts): the engine with every check, the batch runner
// and the text model. A run answered from the result cache loads none of it; one import, not three, keeps the bundle
// from splitting it into more files for every run that lints to load.
export { compileRules, fileDocument, lintSource, prepareSource } from './engine.js';
export { lintBatch } from './batch.js';
export { Document } from './document.js';
