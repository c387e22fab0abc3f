import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredFirstFolders, collectFiles, decode, expandPaths, firstInvalidUtf8, ignoredBelow, readSource, textFilesBelow, utf16Encoding } from '../src/files.js';
import { UsageError } from '../src/errors.js';
import { tempDir } from './helpers/temp.js';

describe('decode', () => {
  it('removes a BOM and remembers it', () => {
    expect(decode(Buffer.from('\uFEFFhi'), 'f')).toEqual({ text: 'hi', bom: true });
    expect(decode(Buffer.from('hi'), 'f')).toEqual({ text: 'hi', bom: false });
  });

  it('refuses binary data', () => {
    expect(() => decode(Buffer.from([0x68, 0x00, 0x69]), 'f.txt')).toThrow(/^f\.txt:1:2: binary file \(a NUL byte at offset 1\)/);
  });

  it('refuses invalid UTF-8 with the line and column of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('ok\nab'), Buffer.from([0xc3, 0x28])]);
    expect(() => decode(bytes, 'f.txt')).toThrow('f.txt:2:3: not valid UTF-8 (byte 0xc3 at offset 5)');
  });

  it('tells UTF-16 by its NUL bytes in the first 8 KiB as counting them does, wherever the first NUL stands', () => {
    // The count the NUL search before it stands in for: a quarter of the head NUL bytes, all on odd or all on even offsets.
    const counted = (bytes: Uint8Array) => {
      if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
      if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
      const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
      let [even, odd] = [0, 0];
      for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? odd++ : even++;
      if (head.length < 4 || (even && odd) || (even + odd) * 4 < head.length) return undefined;
      return odd ? 'UTF-16LE' : 'UTF-16BE';
    };
    const text = fc.oneof(fc.constant(0), fc.constant(0x41), fc.integer({ min: 0, max: 255 }));
    const bytes = fc.oneof(fc.array(text, { maxLength: 40 }), fc.tuple(fc.integer({ min: 8180, max: 8200 }), fc.array(text, { maxLength: 12 })).map(([n, tail]) => [...Array(n).fill(0x41), ...tail]));
    fc.assert(fc.property(bytes, (b) => utf16Encoding(Uint8Array.from(b)) === counted(Uint8Array.from(b))), { numRuns: 500 });
    expect(utf16Encoding(Buffer.from('hi', 'utf16le'))).toBe('UTF-16LE');
  });

  it('finds overlong forms, surrogates and truncated sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo €😀'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xf0, 0x9f]))).toBe(1);
  });
});

describe('readSource', () => {
  it('reads a file whose size says it is empty to its end (/proc)', () => {
    expect(readSource('/proc/self/status').text).toMatch(/^Name:/);
  });
});

describe('collectFiles', () => {
  const dir = tempDir('mtlint-files-');
  mkdirSync(path.join(dir, 'a/node_modules'), { recursive: true });
  mkdirSync(path.join(dir, 'empty'));
  for (const f of ['a/one.txt', 'a/two.md', 'a/skip.fixed.txt', 'a/image.png', 'a/node_modules/x.txt']) writeFileSync(path.join(dir, f), 'x');

  it('expands directories to text files, minus ignored ones', async () => {
    expect(await collectFiles(['a'], dir, ignoredBelow(dir, '*.fixed.txt'))).toEqual(['a/one.txt', 'a/two.md']);
  });

  it('ignores nothing when the ignore file holds only comments and blank lines', async () => {
    expect(await collectFiles(['a'], dir, ignoredBelow(dir, '# nothing here\n\n   \n'))).toEqual(['a/one.txt', 'a/skip.fixed.txt', 'a/two.md']);
  });

  it('expands globs, relative or absolute', async () => {
    expect(await collectFiles(['a/*.md'], dir, ignoredBelow(dir, []))).toEqual(['a/two.md']);
    expect(await collectFiles([`${dir}/a/*.md`], dir, ignoredBelow(dir, []))).toEqual([`${dir}/a/two.md`]);
  });

  it('tells the files a walk of a folder listed (regular files) from those named outright or by a glob', async () => {
    const listed = await expandPaths(['a', '-'], dir, ignoredBelow(dir, '*.fixed.txt'));
    expect(listed.files.map((f) => [f, listed.walked(f)])).toEqual([['a/one.txt', true], ['a/two.md', true], ['-', false]]);
    expect(readSource(path.join(dir, 'a/one.txt'), undefined, true).text).toBe('x');
    // (A file also named outright is stat'ed first, whichever name it is read under.)
    const named = await expandPaths(['a/one.txt', 'a/*.md', 'a'], dir, ignoredBelow(dir, '*.fixed.txt'));
    expect(named.files.map((f) => [f, named.walked(f)])).toEqual([['a/one.txt', false], ['a/two.md', false]]);
  });

  it('reports every missing path and empty directory at once', async () => {
    const error = await collectFiles(['nope.txt', 'empty'], dir, ignoredBelow(dir, [])).catch((e) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).problems.map((p) => p.message)).toEqual(['no such file or directory', expect.stringMatching(/^directory holds no text files/)]);
  });
});

describe('ignoredBelow', () => {
  it('skips the matcher only for paths outside the first folders of patterns anchored to the base', () => {
    expect(anchoredFirstFolders(['# fixtures', 'samples/*.fixed.txt', '/Build', 'tests/fixtures/  ', '!samples/keep.txt'])).toEqual(new Set(['samples', 'build', 'tests']));
    for (const unanchored of [['*.md'], ['drafts/'], ['**/x'], ['*/x'], ['a/b', 'c'], ['\\#a/b'], [' a/b'], ['a b/c'], ['é/x'], ['[ab]/x'], ['/']]) {
      expect(anchoredFirstFolders(unanchored)).toBeUndefined();
    }
  });

  it('says what the ignore library says, for any patterns and paths', () => {
    const base = path.join(path.sep, 'base');
    const name = fc.constantFrom('a', 'A', 'b', 'sub', 'Sub', 'x.txt', 'X.TXT', 'a.md', '.hidden');
    const pattern = fc.oneof(
      fc.array(fc.oneof(name, fc.constantFrom('*', '**', '*.txt', '[ab]')), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')),
      fc.tuple(fc.constantFrom('/', '!', '', '#', ' '), name, fc.constantFrom('', '/', '/*', '/**', '/x.txt', '  ')).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 4 }), (patterns, parts) => {
        const relative = parts.join('/');
        expect(ignoredBelow(base, patterns)(path.join(base, ...parts))).toBe(ignore().add(patterns).ignores(relative));
      }),
      { numRuns: 500 },
    );
  });
});

describe('textFilesBelow', () => {
  const dir = tempDir('mtlint-walk-');
  for (const f of ['a.txt', 'b.md', 'c.markdown', 'd.png', 'deep/er/e.txt', '.hidden.txt', '.hid/f.txt', 'node_modules/g.txt', 'x/node_modules/h.md', 'x/.git/i.txt', 'x/j.TXT']) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x');
  }
  symlinkSync(path.join(dir, 'deep'), path.join(dir, 'linked'));
  symlinkSync(dir, path.join(dir, 'deep/er/loop'));
  symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'k.txt'));
  symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));

  it('finds what the glob library finds for the same patterns, following links but not a link back up', async () => {
    const walked = textFilesBelow(dir, ['txt', 'md', 'markdown']).sort();
    expect(walked).toEqual(expect.arrayContaining(['a.txt', 'b.md', 'c.markdown', 'deep/er/e.txt', 'k.txt', 'linked/er/e.txt']));
    expect(walked.filter((f) => /hid|node_modules|\.git|png|TXT|dangling/.test(f))).toEqual([]);
    const globbed = await glob('**/*.{txt,md,markdown}', { cwd: dir, ignore: ['**/node_modules/**', '**/.git/**'] });
    // The glob walks once more into the link back to the top; the walk stops at a folder it is inside.
    expect(walked).toEqual(globbed.filter((f) => !f.includes('loop/')).sort());
  });
});

