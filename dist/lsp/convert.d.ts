import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InputFormat as Format } from '../formats/index.js';
import type { Finding } from '../types.js';
export declare const SOURCE = "mtlint";
export declare function toDiagnostic(doc: TextDocument, f: Finding): Diagnostic;
/**
 * The actions for one finding: its fix (preferred), each suggestion in place of the flagged text, and turning
 * its rule off for its line or for the whole file with a directive comment.
 */
export declare function codeActionsFor(doc: TextDocument, f: Finding, format: Format): CodeAction[];
