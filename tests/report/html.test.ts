// The HTML report: escaping in-process, and the page itself in a real browser (Debian's chromium, driven by playwright-core).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml, scriptJson } from '../../src/report/html.js';
import { mtlint, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const SAMPLES = ['xi-kazakhstan-sco', 'wang-wenbin-trade-talks', 'eu-grain-corridor'];
// Text and a file name that would run script or add elements if the page put them in as HTML.
const HOSTILE_NAME = '<img src=x onerror=alert(1)>.txt';
const HOSTILE_TEXT = 'A note </script><script>alert(2)</script> was attended by by <b>all</b> leaders , he said.\n';

describe('HTML report, in-process', () => {
  it('writes data no text can break out of', () => {
    expect(scriptJson({ t: '</script><!--\u2028' })).toBe('{"t":"\\u003c/script>\\u003c!--\\u2028"}');
    const page = [...formatHtml([{ path: HOSTILE_NAME, source: HOSTILE_TEXT, findings: [] }], { rules: [], version: '1' })].join('');
    expect(page).not.toContain('<img');
    expect(page.match(/<script/g)).toHaveLength(2); // the data and the page's own script
    expect(page).not.toMatch(/https?:\/\//); // nothing to fetch
  });
});

const reason = existsSync(CHROMIUM) ? '' : ` (skipped: ${CHROMIUM} is not installed; .ci/run installs it)`;
if (reason) console.warn(`tests/report/html.test.ts${reason}`);

describe.skipIf(reason)(`HTML report in Chromium${reason}`, () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let dir: string;
  /** The JSON report of the same run: the findings the page must show. */
  let report: { files: { path: string; findings: { rule: string; severity: string; text: string }[] }[] };

  beforeAll(async () => {
    dir = tempDir('mtlint-html-');
    for (const s of SAMPLES) writeFileSync(path.join(dir, `${s}.txt`), readFileSync(path.join(ROOT, 'samples', `${s}.txt`)));
    writeFileSync(path.join(dir, HOSTILE_NAME), HOSTILE_TEXT);
    writeFileSync(path.join(dir, 'clean.txt'), 'Nothing to see here.\n');
    const r = mtlint(['--format', 'html', '-o', 'report.html', '.'], { cwd: dir });
    expect(r.stderr).toBe('');
    report = JSON.parse(mtlint(['--format', 'json', '.'], { cwd: dir }).stdout);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
    page.on('request', (req) => !/^(file|blob|data):/.test(req.url()) && problems.push(`request: ${req.url()}`));
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    expect(problems).toEqual([]); // no console errors, no script from the articles, nothing fetched
  });

  const open = (name: string) => page.locator('#file-list li', { hasText: name }).click();
  /** For each finding of the shown article: the text of the marks that hold it, joined. */
  const markedText = () =>
    page.evaluate(() => {
      const byFinding: Record<string, string> = {};
      for (const mark of document.querySelectorAll<HTMLElement>('#text mark')) for (const k of mark.dataset.findings!.split(' ')) byFinding[k] = (byFinding[k] ?? '') + mark.textContent;
      return byFinding;
    });
  const findingsOf = (name: string) => report.files.find((f) => f.path === `./${name}`)!.findings;

  it('summarises the run, worst articles first, and writes a screenshot for review', async () => {
    const rows = await page.locator('#by-file tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0].textContent, Number(tr.children[1].textContent)]));
    expect(rows.map((r) => r[0]).sort()).toEqual([HOSTILE_NAME, ...SAMPLES.map((s) => `${s}.txt`)].map((n) => `./${n}`).sort());
    expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1] as number)].sort((a, b) => a - b));
    expect(await page.locator('#clean-files').textContent()).toBe('1 article without findings (score 100).');
    expect(await page.locator('#by-rule tbody tr').count()).toBeGreaterThan(5);
    await open('xi-kazakhstan-sco');
    await page.keyboard.press('j');
    mkdirSync(path.join(ROOT, 'tests/out'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'tests/out/html-report.png') });
  });

  it('highlights exactly the flagged words, and shows the file name and the text as text', async () => {
    for (const s of SAMPLES) {
      await open(s);
      const expected = findingsOf(`${s}.txt`).map((f) => f.text);
      expect(Object.values(await markedText())).toEqual(expected);
    }
    // The reason and the rule on hover (the title) and on click (the panel).
    await open('wang-wenbin');
    const doubled = page.locator('#text mark', { hasText: 'the the' });
    expect(await doubled.getAttribute('title')).toBe('Doubled "the" (repetition/doubled-word)');
    await doubled.click();
    expect(await page.locator('#details h3').textContent()).toBe('Doubled "the"');
    expect(await page.locator('#details .rule').textContent()).toBe('repetition/doubled-word');
    await open('onerror');
    expect(await page.locator('#article-path').textContent()).toBe(`./${HOSTILE_NAME}`);
    expect(await page.locator('#text').textContent()).toBe(HOSTILE_TEXT);
    expect(await page.locator('#text b, #text script, img').count()).toBe(0);
  });

  it('filters by severity, family and rule', async () => {
    await open('wang-wenbin');
    const all = findingsOf('wang-wenbin-trade-talks.txt');
    const shown = async () => Object.keys(await markedText()).map(Number);
    await page.locator('input[value=error]').uncheck();
    expect((await shown()).map((k) => all[k].severity)).toEqual(all.filter((f) => f.severity !== 'error').map((f) => f.severity));
    await page.locator('input[value=error]').check();
    await page.locator('#family').selectOption('spacing');
    expect((await shown()).map((k) => all[k].rule.split('/')[0])).toEqual(all.filter((f) => f.rule.startsWith('spacing/')).map(() => 'spacing'));
    await page.locator('#family').selectOption('');
    await page.locator('#rule').selectOption('repetition/doubled-word');
    expect((await shown()).map((k) => all[k].rule)).toEqual(['repetition/doubled-word', 'repetition/doubled-word']);
    await page.locator('#rule').selectOption('');
    expect(await shown()).toHaveLength(all.length);
  });

  it('moves between findings with j and k', async () => {
    await open('eu-grain');
    const position = () => page.locator('#details .sev').textContent();
    await page.keyboard.press('j');
    expect(await position()).toMatch(/ 1 of 5$/);
    await page.keyboard.press('j');
    await page.keyboard.press('n');
    expect(await position()).toMatch(/ 3 of 5$/);
    await page.keyboard.press('k');
    expect(await position()).toMatch(/ 2 of 5$/);
    expect(await page.locator('#text mark.current').count()).toBeGreaterThan(0);
  });

  async function downloaded(): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    return readFileSync((await download.path())!, 'utf8');
  }

  it('downloads the text with the accepted fixes: all of them give what --fix gives', async () => {
    for (const s of SAMPLES) {
      await open(s);
      await page.locator('#accept-all').click();
      // NAME.fixed.txt is what --fix makes of each sample (tests/samples.test.ts holds it to that).
      expect(await downloaded()).toBe(readFileSync(path.join(ROOT, 'samples', `${s}.fixed.txt`), 'utf8'));
    }
  });

  it('applies one accepted fix, not a rejected one, and a chosen suggestion', async () => {
    await page.reload(); // no decision left from the tests before
    await open('onerror');
    const fixOnly = (rule: string) => mtlint(['--fix', '--fix-only', rule, '-'], { input: HOSTILE_TEXT }).stdout;
    expect(await downloaded()).toBe(HOSTILE_TEXT);
    /** Shows only one rule's findings and selects the first. */
    const pick = async (rule: string) => {
      await page.locator('#rule').selectOption(rule);
      await page.keyboard.press('j');
    };
    await pick('repetition/doubled-word');
    await page.keyboard.press('a');
    await pick('spacing/space-before-punctuation');
    await page.keyboard.press('r');
    await page.locator('#rule').selectOption('');
    expect(await page.locator('#text mark.accepted').count()).toBe(1);
    expect(await page.locator('#text mark.rejected').count()).toBe(1);
    expect(await downloaded()).toBe(fixOnly('repetition'));
    await pick('repetition/doubled-word');
    await page.keyboard.press('u');
    expect(await downloaded()).toBe(HOSTILE_TEXT);
    // A suggestion: the truncated word of the Wang Wenbin sample.
    await open('wang-wenbin');
    await page.locator('#rule').selectOption('truncation/truncated-word');
    await page.keyboard.press('j');
    const choice = page.locator('#details button', { hasText: 'Accept "' }).first();
    const word = (await choice.textContent())!.match(/"(.*)"/)![1];
    await choice.click();
    const text = readFileSync(path.join(dir, 'wang-wenbin-trade-talks.txt'), 'utf8');
    expect(await downloaded()).toBe(text.replace('is consi.', `is ${word}.`));
    await page.locator('#rule').selectOption('');
  });
});
