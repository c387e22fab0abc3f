import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6D7FCG5H.js";
import "./chunk-GGOSB4CG.js";

// src/commands/init.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var STARTER_CONFIG = `# mtlint configuration: https://github.com/mtlint/mtlint#configuration
# Directories of your own rules, relative to this file.
rules:
  - mtlint-rules
# Turn rules or whole families off, or change their severity: off | info | warning | error.
# overrides:
#   word-order/*: off
#   spacing/space-before-hyphen: error
# Files to skip when linting directories (gitignore syntax also works in .mtlintignore).
# ignore:
#   - drafts/**
`;
var EXAMPLE_RULE = `# yaml-language-server: $schema=../../node_modules/mtlint/rules.schema.json
# An example house rule: the id is the path below mtlint-rules/ without .yaml (house/example).
# Run \`npx mtlint rules test mtlint-rules\` after editing: every example must hold.
kind: substitution            # pattern | phrase | substitution | repetition | \u2026
severity: warning             # error | warning | info
description: House style spells these words the British way.
message: 'House style: "{1}", not "{0}"'
swap:                         # wrong \u2192 right; the fix keeps the original's capitals
  color: colour
  organization: organisation
examples:
  - bad: 'The color of the flag.'
    fixed: 'The colour of the flag.'
  - good: 'The colour of the flag.'
`;
function init(dir) {
  const config = path.join(dir, "mtlint.config.yaml");
  const rule = path.join(dir, "mtlint-rules/house/example.yaml");
  const existing = [config, rule].filter((f) => existsSync(f));
  if (existing.length) throw new UsageError(existing.map((file) => ({ file, message: "already exists; not overwritten" })));
  mkdirSync(path.dirname(rule), { recursive: true });
  writeFileSync(config, STARTER_CONFIG);
  writeFileSync(rule, EXAMPLE_RULE);
  return [config, rule];
}
export {
  EXAMPLE_RULE,
  STARTER_CONFIG,
  init
};
