import type { Document } from '../document.js';
import type { FieldSpec, Fields } from './fields.js';
import type { RawFinding, Rule } from '../types.js';
/**
 * The documents linted together (a run's files, in batches): evidence that needs more than one page, such as the lines
 * of a site's template that every page repeats.
 */
export interface Batch {
    documents: readonly Document[];
}
/** A compiled rule: a pure function of a document (and of the batch it is linted with). */
export type CheckFn = (doc: Document, batch: Batch) => RawFinding[];
export interface RuleKind {
    name: string;
    summary: string;
    /** The kind's own YAML keys, beside the common ones. */
    fields: Fields;
    /** Whether findings of this rule carry a fix (some of them, at least). */
    fixable(rule: Rule): boolean;
    compile(rule: Rule): CheckFn;
}
/** The value a field of type `S` holds once decoded. */
export type FieldValue<S extends FieldSpec> = S extends {
    type: 'string';
} ? S extends {
    values: readonly (infer V extends string)[];
} ? V : string : S extends {
    type: 'string[]';
} ? S extends {
    values: readonly (infer V extends string)[];
} ? V[] : string[] : S extends {
    type: 'regex';
} ? string : S extends {
    type: 'regex[]';
} ? string[] : S extends {
    type: 'integer';
} ? number : S extends {
    type: 'boolean';
} ? boolean : S extends {
    type: 'map';
} ? Record<string, string> : S extends {
    type: 'records';
    fields: infer F extends Fields;
} ? Options<F>[] : unknown;
/** A rule's options as a kind reads them: every declared field, with its default applied; optional only without one. */
export type Options<F extends Fields> = {
    readonly [K in keyof F]: F[K] extends {
        required: true;
    } | {
        default: unknown;
    } ? FieldValue<F[K]> : FieldValue<F[K]> | undefined;
};
/** A kind as written: its fields, and functions of the options decoded from them. */
export interface KindDefinition<F extends Fields> {
    name: string;
    summary: string;
    fields: F;
    fixable(options: Options<F>): boolean;
    compile(options: Options<F>, rule: Rule): CheckFn;
}
/**
 * A rule kind whose options are typed by its field table (as Vale decodes each check into a struct): the loader has
 * validated them against the fields, and here they are decoded once per compiled rule (after config overrides), with
 * each field's default filled in.
 */
export declare function defineKind<const F extends Fields>(definition: KindDefinition<F>): RuleKind;
/** Each declared field's value, or its default; records are decoded field by field too. */
export declare function decodeOptions<F extends Fields>(fields: F, raw: Readonly<Record<string, unknown>>): Options<F>;
