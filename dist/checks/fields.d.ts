export type FieldType = 'string' | 'string[]' | 'integer' | 'boolean' | 'map' | 'regex' | 'regex[]' | 'examples' | 'records';
export interface FieldSpec {
    type: FieldType;
    description: string;
    required?: boolean;
    /** Closed list of values (for `string` and `string[]`). */
    values?: readonly string[];
    default?: unknown;
    minimum?: number;
    /** For `records`: the fields of each record. */
    fields?: Fields;
}
export type Fields = Record<string, FieldSpec>;
/** Compile a rule regex; the `u` flag is always on so `\p{L}` and friends work. */
export declare function compileRegex(source: string, flags?: string): RegExp;
/** Returns an error message when `value` does not fit `spec`, else undefined. */
export declare function checkField(spec: FieldSpec, value: unknown): string | undefined;
/** The JSON Schema fragment for one field. */
export declare function fieldSchema(spec: FieldSpec): Record<string, unknown>;
