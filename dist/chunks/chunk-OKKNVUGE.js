import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);

// src/score.ts
var DEFAULT_WEIGHTS = { error: 5, warning: 1, info: 0 };
var REFERENCE_WORDS = 1e3;
function scoreDocument(findings, words, weights = DEFAULT_WEIGHTS) {
  let penalty = 0;
  for (const f of findings) penalty += weights[f.severity];
  const perReference = penalty * REFERENCE_WORDS / Math.max(words, 1);
  return { words, penalty, score: Math.max(0, Math.round((100 - perReference) * 10) / 10) };
}
function scoreSummary(files) {
  let summary;
  let total = 0;
  let count = 0;
  for (const { path, score } of files) {
    if (!score) continue;
    if (!summary || score.score < summary.lowest) summary = { lowest: score.score, lowestPath: path, mean: 0 };
    total += score.score;
    count++;
  }
  if (summary) summary.mean = Math.round(total / count * 10) / 10;
  return summary;
}

export {
  DEFAULT_WEIGHTS,
  scoreDocument,
  scoreSummary
};
