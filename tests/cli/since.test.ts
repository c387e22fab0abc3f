// --since in real git repositories: file names git quotes, the merge base of a branch, --fix within changed lines.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** A git repository in a temporary directory, with a committer and no user or system config. */
function repo() {
  const dir = tempDir('mtlint-git-');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  return { dir, git, write, commit };
}

const findings = (r: { stdout: string }) =>
  JSON.parse(r.stdout).files.flatMap((f: { path: string; findings: { line: number; rule: string }[] }) => f.findings.map((x) => `${f.path}:${x.line} ${x.rule}`));

const OLD = 'Line one is fine.\nLine two has by by.\n';
const NEW = 'Line one has the the end.\nLine two has by by.\n';

describe('--since', () => {
  it('finds changed lines in files whose names git quotes, or that look like globs', () => {
    const names = ['café.txt', 'my file.txt', '新闻.txt', 'tab\there.txt', 'quote"d.txt', '[draft]*.txt'];
    const { dir, write, commit } = repo();
    for (const name of names) write(name, OLD);
    commit('articles');
    for (const name of names) write(name, NEW);
    const r = mtlint(['--since', 'HEAD', '--format', 'json', ...names], { cwd: dir });
    expect(findings(r)).toEqual(names.map((name) => `${name}:1 repetition/doubled-word`));
  });

  it('lints a file outside the repository whole, as a new file, with the rest of the report', () => {
    const { dir, write, commit } = repo();
    write('a.txt', OLD);
    commit('articles');
    write('a.txt', NEW);
    const outside = path.join(tempDir('mtlint-outside-'), 'b.txt');
    writeFileSync(outside, OLD);
    const r = mtlint(['--since', 'HEAD', '--format', 'json', 'a.txt', outside], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(findings(r)).toEqual(['a.txt:1 repetition/doubled-word', `${outside}:2 repetition/doubled-word`]);
  });

  it('compares with the merge base, not the tip of the other branch', () => {
    const { dir, git, write, commit } = repo();
    write('a.txt', OLD);
    commit('base');
    // The pull request only adds b.txt; main has since fixed a.txt.
    git('checkout', '-q', '-b', 'pr');
    write('b.txt', 'A new line with the the mistake.\n');
    commit('add b');
    git('checkout', '-q', 'main');
    write('a.txt', 'Line one is fine.\nLine two is fixed.\n');
    commit('fix a');
    git('checkout', '-q', 'pr');
    const r = mtlint(['--since', 'main', '--format', 'json', 'a.txt', 'b.txt'], { cwd: dir });
    expect(findings(r)).toEqual(['b.txt:1 repetition/doubled-word']);
    expect(r.code).toBe(1);
  });

  it('compares a renamed file with its old path (its unchanged lines are not reported)', () => {
    const { dir, git, write, commit } = repo();
    write('a.txt', OLD);
    commit('a');
    git('checkout', '-q', '-b', 'pr');
    git('mv', 'a.txt', 'moved.txt');
    write('moved.txt', `${OLD}A new line with the the mistake.\n`);
    commit('move and add');
    const r = mtlint(['--since', 'main', '--format', 'json', 'moved.txt'], { cwd: dir });
    expect(findings(r)).toEqual(['moved.txt:3 repetition/doubled-word']);
  });

  it('works from a subdirectory, on paths outside it', () => {
    const { dir, git, write, commit } = repo();
    git('config', 'diff.noprefix', 'true'); // a user's config must not change what is parsed
    execFileSync('mkdir', [path.join(dir, 'sub')]);
    write('a.txt', OLD);
    commit('a');
    write('a.txt', NEW);
    expect(findings(mtlint(['--since', 'HEAD', '--format', 'json', '../a.txt'], { cwd: path.join(dir, 'sub') }))).toEqual(['../a.txt:1 repetition/doubled-word']);
  });

  it('takes a revision that looks like an option as a revision', () => {
    const { dir, write, commit } = repo();
    write('a.txt', OLD);
    commit('a');
    const r = mtlint(['--since=--output=x', 'a.txt'], { cwd: dir });
    expect(r.stderr).toBe('mtlint: --since --output=x: no such git revision\n');
    expect(r.code).toBe(2);
  });

  it('with --fix, fixes only changed lines', () => {
    const { dir, write, commit } = repo();
    const before = 'Old line has by by.\nOld line two , here.\n';
    write('a.txt', before);
    commit('a');
    // A new line on top: the old ones move down, and their findings are neither fixed nor reported.
    write('a.txt', `New line has the the house , here.\n${before}`);
    const r = mtlint(['--since', 'HEAD', '--fix', '--format', 'json', 'a.txt'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(`New line has the house, here.\n${before}`);
    expect(findings(r)).toEqual([]);
    expect(r.code).toBe(0);
  });
});
