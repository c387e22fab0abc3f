// `mtlint init`: a starter config and one commented example rule, never overwriting a file.
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { makeDirectory } from '../write.js';

export const STARTER_CONFIG = `# mtlint configuration: https://github.com/mtlint/mtlint#configuration
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

export const EXAMPLE_RULE = `# yaml-language-server: $schema=../../node_modules/mtlint/rules.schema.json
# An example house rule: the id is the path below mtlint-rules/ without .yaml (house/example).
# Run \`npx mtlint rules test mtlint-rules\` after editing: every example must hold.
kind: substitution            # pattern | phrase | substitution | repetition | …
severity: warning             # error | warning | info
description: House style spells these words the British way.
message: 'House style: "{1}", not "{0}"'
swap:                         # wrong → right; the fix keeps the original's capitals
  color: colour
  organization: organisation
examples:
  - bad: 'The color of the flag.'
    fixed: 'The colour of the flag.'
  - good: 'The colour of the flag.'
`;

/** Write the starter files under `dir`; returns the paths written. */
export function init(dir: string): string[] {
  const config = path.join(dir, 'mtlint.config.yaml');
  const rule = path.join(dir, 'mtlint-rules/house/example.yaml');
  const existing = [config, rule].filter((f) => existsSync(f));
  if (existing.length) throw new UsageError(existing.map((file) => ({ file, message: 'already exists; not overwritten' })));
  makeDirectory(path.dirname(rule));
  writeFileSync(config, STARTER_CONFIG);
  writeFileSync(rule, EXAMPLE_RULE);
  return [config, rule];
}
