import type { Rule } from './types.js';
/** A source term and the target terms that may translate it (any one of them will do). */
export interface GlossaryTerm {
    source: string;
    target: string[];
}
/** TBX when the file is XML (starts with `<` after any BOM and spaces), else CSV; TSV for `.tsv` and `.tab`. */
export declare function parseGlossary(text: string, file: string): GlossaryTerm[];
/** The rules with the glossary's terms as their `terms`: the bilingual rules that check a glossary, the others as given. */
export declare function withGlossary(rules: Rule[], terms: GlossaryTerm[]): Rule[];
