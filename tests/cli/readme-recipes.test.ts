// The README's GitHub Actions recipe: its `mtlint` steps, run as the runner would in a pull request's checkout.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.js';
import { validateSarif } from '../helpers/sarif.js';
import { tempDir } from '../helpers/temp.js';

const env = { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, stdio: 'ignore' });

/** The `run:` lines of the README's Actions recipe that call mtlint. */
function recipeSteps(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```yaml\n(jobs:[\s\S]*?)```/.exec(readme)![1];
  const steps = parse(block).jobs.mtlint.steps as { run?: string }[];
  return steps.map((s) => s.run ?? '').filter((run) => run.startsWith('mtlint '));
}

describe("the README's GitHub Actions recipe", () => {
  it('uploads every finding and gates on what the pull request changed, shard by shard', () => {
    // main has an old finding; the pull request adds an article with a new one.
    const origin = tempDir('mtlint-origin-');
    git(origin, 'init', '-q', '-b', 'main');
    mkdirSync(path.join(origin, 'articles'));
    for (let i = 0; i < 6; i++) writeFileSync(path.join(origin, `articles/old${i}.txt`), `Old article ${i} held by by them.\n`);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'old');
    const checkout = tempDir('mtlint-checkout-');
    git(checkout, 'clone', '-q', origin, '.');
    git(checkout, 'checkout', '-q', '-b', 'pr');
    writeFileSync(path.join(checkout, 'articles/new.txt'), 'A new article , with a slip.\n');
    git(checkout, 'add', '-A');
    git(checkout, 'commit', '-q', '-m', 'new');
    // `mtlint` on PATH, as the global install puts it.
    const bin = tempDir('mtlint-bin-');
    writeFileSync(path.join(bin, 'mtlint'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin/mtlint')}" "$@"\n`);
    chmodSync(path.join(bin, 'mtlint'), 0o755);

    const steps = recipeSteps();
    expect(steps).toHaveLength(2);
    const annotations: string[] = [];
    const uploaded: string[] = [];
    for (const shard of ['1', '2']) {
      for (const step of steps) {
        const command = step.replace(/\$\{\{ matrix\.shard \}\}/g, shard).replace(/\$\{\{ github\.base_ref \}\}/g, 'main');
        const r = spawnSync('sh', ['-c', command], { cwd: checkout, env: { ...env, PATH: `${bin}:${env.PATH}` }, encoding: 'utf8' });
        expect(r.stderr).toBe('');
        if (command.includes('--format github')) annotations.push(...r.stdout.split('\n').filter(Boolean));
      }
      const log = JSON.parse(readFileSync(path.join(checkout, 'reports/mtlint.sarif'), 'utf8'));
      expect(validateSarif(log)).toBe(true);
      uploaded.push(...log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri));
    }
    expect(uploaded.sort()).toEqual(['articles/new.txt', ...Array.from({ length: 6 }, (_, i) => `articles/old${i}.txt`)]);
    expect(annotations).toEqual(['::warning file=articles/new.txt,line=1,col=14,endLine=1,endColumn=16,title=spacing/space-before-punctuation::Space before ","']);
  });
});
