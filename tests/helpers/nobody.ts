// Run the CLI as the unprivileged user nobody (through util-linux's setpriv), for tests of permissions:
// root reads and writes every file whatever its mode, and CI runs as root.
import { spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;

/** Whether the tests can run mtlint as nobody: as root, with setpriv installed. */
export const canActAsNobody = isRoot && hasSetpriv;
/** Why they cannot, for the skip message. */
export const whyNotNobody = !isRoot ? 'not root: cannot act as another user' : 'setpriv (util-linux) is not installed';

/** `mtlint ARGS` as the user nobody (no groups), in cwd. */
export function mtlintAsNobody(args: string[], cwd?: string) {
  const r = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
