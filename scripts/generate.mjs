// Writes the files derived from the rule kinds: rules.schema.json and docs/rules.md.
// `npm run generate` after changing a kind; a test fails while they are out of date.
import { writeFileSync } from 'node:fs';
import { renderRuleSchema, renderRulesDoc } from '../dist/commands/docs.js';

writeFileSync(new URL('../rules.schema.json', import.meta.url), renderRuleSchema());
writeFileSync(new URL('../docs/rules.md', import.meta.url), await renderRulesDoc());
