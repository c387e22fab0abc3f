export interface WrittenNumber {
    written: string;
    start: number;
    end: number;
    /** Every value the writing can stand for (two when a single separator may group or mark decimals). */
    values: number[];
    /** Written in words (`seven`, `February`, `八百`): a partner for a number in digits, never required itself, as
     * words of this kind are also idiom (`一些`, `one of them`). */
    spelled?: boolean;
    /** Digits that are part of a name (`COVID-19`, `G7`, `Hwasong-17`): a partner, never required, as names are the names
     * check's to compare and their digits may stand glued to the source's text (`火星17`). */
    inName?: boolean;
}
/** Whether a number must have a partner on the other side: digits that stand for a quantity. */
export declare function isRequired(n: WrittenNumber): boolean;
/** Numbers in digits, then numbers in words. */
export declare function numbersIn(text: string): WrittenNumber[];
/** Whether two written numbers can stand for the same value. */
export declare function sameNumber(a: WrittenNumber, b: WrittenNumber): boolean;
/**
 * Whether a text writes the number one as English does a Chinese `1` with its measure word (`1家研究机构`, a research
 * institute): with the article `a`/`an` before a word. Asked only for a source's 1 that found no other partner.
 */
export declare function writesOne(text: string): boolean;
