import type { Unit } from './units.js';
/** The file an article was translated from. */
export interface Original {
    path: string;
    text: string;
}
export interface Alignment {
    units: Unit[];
    /** How many paragraphs each side has when they do not pair up. */
    mismatch?: {
        source: number;
        target: number;
    };
}
export declare function align(target: string, original: Original): Alignment;
