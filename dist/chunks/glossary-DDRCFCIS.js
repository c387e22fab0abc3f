import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  parseGlossary,
  withGlossary
} from "./chunk-WTQ3ULSP.js";
import "./chunk-6D7FCG5H.js";
import "./chunk-GGOSB4CG.js";
export {
  parseGlossary,
  withGlossary
};
