import { type Fields } from '../checks/fields.js';
export declare const COMMON_FIELDS: Fields;
/** One expected finding of a bad example (`findings:`). */
export declare const EXPECTED_FINDING_FIELDS: Fields;
export declare const EXAMPLE_FIELDS: Fields;
/** The JSON Schema (draft 2020-12) for one rule file, one branch per kind. */
export declare function ruleFileSchema(): Record<string, unknown>;
