// --concurrency: files linted on worker threads give the report of one thread, byte for byte, in every format, with
// the result cache, with a check that crashes and with a worker that dies. run() in this process (the workers run the
// built dist/lint-worker.js); tests/cli/options.test.ts spawns the CLI once for the option itself.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Format } from '../src/report/index.js';
import { poolSize, type RunOptions } from '../src/run.js';
import { ROOT } from './helpers/cli.js';
import { lintInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const FAILING_WORKER = path.resolve(import.meta.dirname, 'fixtures/pool/failing-lint-worker.mjs');

/**
 * 130 small files (three batches of up to 64) cut from the samples, as text, Markdown and HTML, with a file that is not
 * UTF-8 and a malformed PO file among them: the order of files across batches and workers, and an unreadable file
 * keeping its place.
 */
function corpus(): string {
  const dir = tempDir('mtlint-concurrency-');
  const paragraphs = ['eu-grain-corridor', 'wang-wenbin-trade-talks', 'xi-kazakhstan-sco'].flatMap((name) => readFileSync(path.join(ROOT, 'samples', `${name}.txt`), 'utf8').split(/\n\s*\n/));
  for (let k = 0; k < 130; k++) {
    const text = `${paragraphs[k % paragraphs.length]}\n\n${paragraphs[(k * 7 + 3) % paragraphs.length]}\n`;
    const name = `f${String(k).padStart(3, '0')}`;
    if (k % 5 === 1) writeFileSync(path.join(dir, `${name}.md`), `# Heading ${k}\n\n${text}`);
    else if (k % 5 === 2) writeFileSync(path.join(dir, `${name}.html`), `<html><body><p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></body></html>\n`);
    else writeFileSync(path.join(dir, `${name}.txt`), text);
  }
  writeFileSync(path.join(dir, 'f070.txt'), Buffer.from([0x41, 0xff, 0x0a]));
  // A malformed PO file, met only when its batch is linted (on a worker, or answered by the cache).
  writeFileSync(path.join(dir, 'f090.po'), 'msgid "a"\nmsgstr "b\n');
  return dir;
}

let dir: string;
beforeAll(() => {
  dir = corpus();
});
const lint = (options: Partial<RunOptions>) => lintInProcess(['.'], { cwd: dir, ...options });

describe('--concurrency', () => {
  it('reports byte for byte what one thread reports, streamed (json) or not (sarif)', async () => {
    for (const format of ['json', 'sarif'] satisfies Format[]) {
      const alone = await lint({ format, concurrency: 'off' });
      expect(alone.code).toBe(2); // f070.txt is not UTF-8
      expect(alone.stderr).toMatch(/^mtlint: \.\/f070\.txt:1:2: not valid UTF-8.*\nmtlint: \.\/f090\.po:2:8: unterminated string\n/);
      if (format === 'json') expect(JSON.parse(alone.stdout).files.find((f: { path: string }) => f.path === './f090.po').findings).toMatchObject([{ rule: 'mtlint/file-error', line: 2, column: 8 }]);
      expect(await lint({ format, concurrency: 2 })).toEqual(alone);
    }
  });

  it('reads and fills the result cache as one thread does', async () => {
    const alone = await lint({ format: 'json', concurrency: 'off' });
    const cached = { format: 'json', concurrency: 2, cache: { location: 'cache/' } } as const;
    expect(await lint(cached)).toEqual(alone); // fills it
    expect(await lint(cached)).toEqual(alone); // from it
  });

  it('reports a check that crashed in a worker as one thread does: one line for its file, the rest reported', async () => {
    writeFileSync(path.join(dir, 'f100.txt'), 'BOOM went the the gun.\n');
    try {
      const result = await lint({ format: 'json', concurrency: 2, lintWorker: FAILING_WORKER });
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n').filter((l) => l.includes('f100.txt'))).toEqual(['mtlint: ./f100.txt: internal error: rule repetition/doubled-word crashed: kaboom (--debug shows the stack)']);
      const files = JSON.parse(result.stdout).files as { path: string; findings: { rule: string; fatal?: true }[] }[];
      expect(files.map((f) => f.path)).toEqual(JSON.parse((await lint({ format: 'json', concurrency: 'off' })).stdout).files.map((f: { path: string }) => f.path));
      expect(files.find((f) => f.path === './f100.txt')!.findings).toMatchObject([{ rule: 'mtlint/file-error', fatal: true }]);
      expect(files.filter((f) => f.findings.some((x) => x.rule === 'repetition/doubled-word')).length).toBeGreaterThan(0);
    } finally {
      writeFileSync(path.join(dir, 'f100.txt'), 'A plain line.\n');
    }
  });

  it('lints on this thread the batches of a worker that died: the same report, no hang', async () => {
    writeFileSync(path.join(dir, 'f010.txt'), 'DIE, said the the worker.\n');
    const alone = await lint({ format: 'json', concurrency: 'off' });
    expect(await lint({ format: 'json', concurrency: 2, lintWorker: FAILING_WORKER })).toEqual(alone);
  });
});

describe('poolSize (--concurrency auto)', () => {
  const plain = { fix: false, fixDryRun: false };
  const idle = (cores: number, load = 0) => ({ cores, load });
  it('starts workers only on idle cores, for many files holding 2 million characters or more', () => {
    expect(poolSize(plain, 4188, 7.3e6, idle(2))).toBe(1); // the main thread lints too
    expect(poolSize(plain, 4188, 7.3e6, idle(16))).toBe(4);
    expect(poolSize(plain, 4188, 7.3e6, idle(8, 5))).toBe(3);
    expect(poolSize(plain, 4188, 7.3e6, idle(2, 1.6))).toBe(0); // another job holds the other core
    expect(poolSize(plain, 4188, 7.3e6, idle(1))).toBe(0);
    expect(poolSize(plain, 520, 1.2e6, idle(2))).toBe(0);
    expect(poolSize(plain, 64, 50e6, idle(2))).toBe(0); // one batch
  });

  it('starts none with --fix, --fix-dry-run, --source or off, and as many as asked otherwise', () => {
    for (const options of [{ ...plain, fix: true }, { ...plain, fixDryRun: true }, { ...plain, source: 'original.txt' }, { ...plain, concurrency: 'off' as const }]) {
      expect(poolSize({ ...options }, 4188, 7.3e6, idle(4))).toBe(0);
    }
    expect(poolSize({ ...plain, fix: true, concurrency: 2 }, 4188, 7.3e6, idle(4))).toBe(0);
    expect(poolSize({ ...plain, concurrency: 3 }, 1, 10, idle(1, 9))).toBe(3);
  });
});
