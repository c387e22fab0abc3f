// `mtlint lsp`: a Language Server over standard input and output. Diagnostics as a document is opened and
// edited, quick fixes and disable directives as code actions, rules reloaded when config or rule files change.
import { fileURLToPath } from 'node:url';
import { createConnection, DidChangeWatchedFilesNotification, MessageType, ProposedFeatures, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintSource } from '../engine.js';
import { UsageError } from '../errors.js';
import { formatOf } from '../formats/index.js';
import { CONFIG_NAMES } from '../config.js';
import { codeActionsFor, toDiagnostic } from './convert.js';
import { RuleSets } from './rules.js';
/**
 * The least time between two lints of one document while it is being edited. The first change after a pause is
 * linted at once; changes that follow within this time are linted together when it has passed, so diagnostics
 * keep up while typing without a lint per keystroke.
 */
export const LINT_INTERVAL_MS = 150;
/** Config, rule and ignore files: a change to any of them reloads the rules. */
const WATCHED = [`**/{${CONFIG_NAMES.join(',')}}`, '**/*.{yaml,yml}', '**/.mtlintignore'];
/** The file a document is, when it is one (unsaved buffers have other schemes). */
function fileOf(uri) {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
}
export function startServer(connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)) {
    const documents = new TextDocuments(TextDocument);
    let rules = new RuleSets(process.cwd());
    /** The findings last published for each open document, and the text version they belong to. */
    const published = new Map();
    const lastLint = new Map();
    const pending = new Map();
    let canRegisterWatchers = false;
    /** Config and rule problems already shown: a broken file is reported once, not on every keystroke. */
    const shownProblems = new Set();
    connection.onInitialize((params) => {
        const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
        rules = new RuleSets((root && fileOf(root)) || process.cwd());
        canRegisterWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
        return {
            capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, codeActionProvider: { codeActionKinds: ['quickfix'] } },
            serverInfo: { name: 'mtlint' },
        };
    });
    connection.onInitialized(() => {
        if (canRegisterWatchers)
            void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) });
    });
    async function lint(uri) {
        pending.delete(uri);
        lastLint.set(uri, Date.now());
        const doc = documents.get(uri);
        if (!doc)
            return;
        const file = fileOf(uri);
        const shownPath = file ?? uri;
        let findings;
        try {
            const set = await rules.forFile(file);
            // A file the config or .mtlintignore leaves out is not linted in the editor either.
            findings = file && set.ignored(file) ? [] : lintSource(doc.getText(), set.rules, shownPath, formatOf(shownPath));
        }
        catch (e) {
            // A broken config or rule file: say what is wrong (once), and leave no stale diagnostics behind.
            // Anything else is a bug of ours: logged, and the server goes on with the other documents.
            if (e instanceof UsageError && !shownProblems.has(e.message))
                void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `mtlint: ${e.message}` });
            if (!(e instanceof UsageError))
                connection.console.error(`mtlint: ${e.stack ?? e}`);
            shownProblems.add(e.message);
            findings = [];
        }
        // The document may have changed or closed while the rules loaded: its own lint will publish.
        if (documents.get(uri)?.version !== doc.version)
            return;
        published.set(uri, { version: doc.version, findings });
        void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map((f) => toDiagnostic(doc, f)) });
    }
    /** Lint now if the document was not linted within the interval, else once the interval has passed. */
    function schedule(uri) {
        if (pending.has(uri))
            return;
        const wait = Math.max(0, (lastLint.get(uri) ?? 0) + LINT_INTERVAL_MS - Date.now());
        pending.set(uri, setTimeout(() => void lint(uri), wait));
    }
    // Fired on open too: a document not linted before is linted at once.
    documents.onDidChangeContent((e) => schedule(e.document.uri));
    documents.onDidClose((e) => {
        clearTimeout(pending.get(e.document.uri));
        for (const map of [pending, lastLint, published])
            map.delete(e.document.uri);
        void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles(() => {
        rules.reload();
        shownProblems.clear();
        for (const doc of documents.all())
            void lint(doc.uri);
    });
    connection.onCodeAction((params) => {
        const doc = documents.get(params.textDocument.uri);
        const last = published.get(params.textDocument.uri);
        // Actions from findings of an older text would edit the wrong characters.
        if (!doc || !last || last.version !== doc.version)
            return [];
        const from = doc.offsetAt(params.range.start);
        const to = doc.offsetAt(params.range.end);
        const format = formatOf(fileOf(doc.uri) ?? doc.uri);
        return last.findings.filter((f) => f.offset <= to && from <= f.offset + f.length).flatMap((f) => codeActionsFor(doc, f, format));
    });
    documents.listen(connection);
    connection.listen();
}
