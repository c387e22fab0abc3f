// A real LSP client over stdio, for the tests and `npm run bench`: spawns `bin/mtlint lsp` and speaks JSON-RPC to it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const BIN = path.resolve(import.meta.dirname, '../../bin/mtlint');

/**
 * Starts the server in `root` (with `command` in front, such as taskset) and initializes it.
 * @param {string} root
 * @param {string[]} [command]
 */
export async function startClient(root, command = []) {
  const [cmd, ...args] = [...command, process.execPath, BIN, 'lsp', '--stdio'];
  const child = spawn(cmd, args, { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  /** @type {{ uri: string, version?: number, resolve: (p: any) => void }[]} */
  const waiting = [];
  /** Every publish, in order: { uri, version, diagnostics, at } (at: performance.now() when it arrived). */
  const published = [];
  const messages = [];
  const registrations = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push({ ...p, at: performance.now() });
    const i = waiting.findIndex((w) => w.uri === p.uri && (w.version === undefined || (p.version ?? 0) >= w.version));
    if (i >= 0) waiting.splice(i, 1)[0].resolve(p);
  });
  connection.onNotification(ShowMessageNotification.type, (p) => messages.push(p.message));
  connection.onRequest(RegistrationRequest.type, (p) => {
    registrations.push(...p.registrations);
    return null;
  });
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    published,
    messages,
    registrations,
    /** The next diagnostics published for `uri` (for `version` or a later one, when given). */
    diagnostics: (uri, version) => new Promise((resolve) => waiting.push({ uri, version, resolve })),
    async close() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      const killer = setTimeout(() => child.kill(), 2000);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      clearTimeout(killer);
      connection.dispose();
    },
  };
}
