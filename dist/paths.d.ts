export declare const PACKAGE_ROOT: string;
/** The folder of rules shipped with mtlint. */
export declare const BUILT_IN_RULES: string;
/** mtlint's version, from its package.json. */
export declare const VERSION: string;
