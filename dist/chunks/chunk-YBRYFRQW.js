import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-VB5HRF5L.js";
import {
  __toESM
} from "./chunk-GGOSB4CG.js";

// src/did-you-mean.ts
var import_string_similarity = __toESM(require_src(), 1);
function didYouMean(word, candidates) {
  if (!candidates.length || !word) return "";
  const { bestMatch } = import_string_similarity.default.findBestMatch(word.toLowerCase(), candidates.map((c) => c.toLowerCase()));
  return bestMatch.rating >= 0.4 ? ` (did you mean "${candidates.find((c) => c.toLowerCase() === bestMatch.target)}"?)` : "";
}

export {
  didYouMean
};
