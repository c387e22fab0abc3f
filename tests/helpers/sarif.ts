// The SARIF 2.1.0 schema (as @microsoft/jest-sarif ships it), compiled once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));

export const validateSarif = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
