// --fix run by a user who may write the file but not replace it: in a directory they cannot write, or a file
// of another owner. The file is written in place and keeps owner and mode. Needs root (to act as `nobody`).
import { chmodSync, chownSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { canActAsNobody, mtlintAsNobody, whyNotNobody } from '../helpers/nobody.js';
import { tempDir } from '../helpers/temp.js';

if (!canActAsNobody) console.warn(`write-as-user tests skipped: ${whyNotNobody}`);

/** `mtlint --fix file` as the user nobody. */
const fixAsNobody = (file: string) => mtlintAsNobody(['--no-config', '--fix', file]);

it.runIf(canActAsNobody).each([
  ['a directory they cannot write', 0o755, 0o666],
  ['a directory they can write, a file of root they may write', 0o777, 0o646],
])('in %s, the file is fixed in place and keeps owner and mode', (_, dirMode, fileMode) => {
  const dir = tempDir('mtlint-user-');
  chmodSync(dir, dirMode);
  const file = path.join(dir, 'a.txt');
  writeFileSync(file, 'The the talks went on.\n');
  chownSync(file, 0, 0);
  chmodSync(file, fileMode);
  const inode = statSync(file).ino;
  const r = fixAsNobody(file);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe('The talks went on.\n');
  expect(statSync(file)).toMatchObject({ uid: 0, gid: 0, ino: inode });
  expect(statSync(file).mode & 0o7777).toBe(fileMode);
  expect(readdirSync(dir)).toEqual(['a.txt']);
});
