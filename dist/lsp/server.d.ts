import { type Connection } from 'vscode-languageserver/node';
/**
 * The least time between two lints of one document while it is being edited. The first change after a pause is
 * linted at once; changes that follow within this time are linted together when it has passed, so diagnostics
 * keep up while typing without a lint per keystroke.
 */
export declare const LINT_INTERVAL_MS = 150;
export declare function startServer(connection?: Connection): void;
