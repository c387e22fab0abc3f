import type { Options } from './kind.js';
/**
 * The limits the shapes are weighed with, as fields of the kinds that use them (trailing-block): word counts, and
 * shares in percent.
 */
export declare const SHAPE_FIELDS: {
    readonly listItemWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly breadcrumbItemWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly barItemWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly datelineWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly datelineOtherWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly embeddedPostWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly creditWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly bracketedCreditWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly glyphLinkWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly bylineWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly interfaceLineWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly interfaceOneWordLine: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly interfacePercent: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly countedInterfacePercent: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly barMinWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly barMaxWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly barCapitalPercent: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly nameAloneMaxWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly interfaceSentenceWords: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly interfaceSentencePercent: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
    readonly creditLabels: {
        readonly type: "integer";
        readonly minimum: 0;
        readonly default: number;
        readonly description: string;
    };
};
export type ShapeLimits = Options<typeof SHAPE_FIELDS>;
/** The limits' defaults (for tests and callers outside a rule). */
export declare const DEFAULT_SHAPE_LIMITS: ShapeLimits;
/** The word lists and limits the evidence is weighed with; they come from the rule's options. */
export interface FurnitureLexicon {
    /** The limits of the shapes. */
    limits: ShapeLimits;
    /** Words of a web page's interface (comment, share, subscribe, photo, …), lower case. */
    interfaceWords: ReadonlySet<string>;
    /** Function words (the, of, to, your, …), lower case: what a sentence has many of and a label few. */
    functionWords: ReadonlySet<string>;
    /** Words of dates and times (monday, january, am, pm, updated, …), lower case. */
    dateWords: ReadonlySet<string>;
    /** Whether a lower-case word is an English word (the dictionary). */
    isWord: (word: string) => boolean;
}
/** The features of one trimmed line. */
export interface LineShape {
    words: string[];
    /** It ends as a sentence does (`.`, `!`, `?`, or one of them before a closing quote or bracket). */
    endsSentence: boolean;
    /** Share of its words that are function words. */
    functionShare: number;
    /** Share of its words that start with a capital. */
    capitalShare: number;
}
export declare function shapeOf(line: string, lexicon: FurnitureLexicon): LineShape;
/** Why a short line is furniture whatever its neighbours, or undefined. */
export declare function furnitureReason(line: string, shape: LineShape, lexicon: FurnitureLexicon): string | undefined;
/**
 * Whether a short sentence speaks to the page's reader about the page (`You must be logged in to post a comment.`): at
 * least two of the page's words, and nothing but them and function words, but for about a word in seven. Only below the last
 * paragraph of an article is this furniture; above it, `Read more about it in the paper.` is prose.
 */
export declare function isInterfaceSentence(shape: LineShape, lexicon: FurnitureLexicon): boolean;
/**
 * Furniture by a mark only furniture has, whatever the line's length: a bar of links or a breadcrumb (three or more
 * items between `|`, `»`, `›`, `>` or `/`, each of a few words), a caption that ends in its credit (`… on Monday.
 * (Photo: DC)`, `… — Photo: Gustavo Mansur/Palácio Piratini`), an embedded post's picture link (`pic.twitter.com/…`).
 */
export declare function markedFurniture(line: string, lexicon: FurnitureLexicon): string | undefined;
/** Whether a word as written is one of the page's (`Comments`, `comment.`, `Editor’s`, `Read:`). */
export declare function isInterfaceWord(word: string, lexicon: FurnitureLexicon): boolean;
