// The HTML report: one self-contained page for editors (no network): the articles with their findings
// highlighted, filters, accepting or rejecting each fix and suggestion, and the corrected text to download.
import { scoreSummary } from '../score.js';
import { PAGE_CSS, pageScript } from './html-page.js';
import { escapeJsonText } from './escape.js';
/**
 * The page's script as source text. A bundler may write a string's tab as a raw tab; it is written back as `\t` (the
 * same string to the browser), so the page holds no raw control character (the bundle indents with spaces).
 */
const PAGE_SCRIPT = pageScript.toString().replace(/\t/g, '\\t');
/**
 * JSON that can stand inside a <script> element: `<` is written as `\u003c`, so no text of an article or a file
 * name can close the element (`</script>`) or open a comment; the page reads it with JSON.parse, never as HTML.
 */
export function scriptJson(value) {
    // Controls and bidi marks are written as escapes too: the page shows the same text, and no raw one is in the file.
    return escapeJsonText(JSON.stringify(value).replace(/</g, '\\u003c'));
}
/** What the page knows of a finding. */
function findingData({ rule, severity, category, message, offset, length, line, column, fix, suggestions }) {
    return { rule, severity, category, message, offset, length, line, column, fix: fix ?? null, suggestions: suggestions ?? [] };
}
/** A file for the page: its text only when it has findings (a long clean run stays small). */
function fileData(r) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of r.findings)
        counts[f.severity]++;
    return {
        path: r.path,
        words: r.score?.words ?? null,
        score: r.score?.score ?? null,
        counts,
        source: r.findings.length ? r.source : null,
        findings: r.findings.map(findingData),
    };
}
/** The page in pieces: the shell, then the data one file at a time, then the script that renders it. */
export function* formatHtml(results, context) {
    const scores = scoreSummary(results);
    const rules = Object.fromEntries(context.rules.map((r) => [r.id, { description: r.description, severity: r.severity }]));
    yield `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>mtlint report</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${PAGE_BODY}
<script type="application/json" id="mtlint-data">{"version":${scriptJson(context.version)},"summary":${scriptJson(scores ?? null)},"rules":${scriptJson(rules)},"files":[`;
    for (const [i, r] of results.entries())
        yield `${i ? ',' : ''}\n${scriptJson(fileData(r))}`;
    yield `]}</script>
<script>(${PAGE_SCRIPT})();</script>
</body>
</html>
`;
}
/** The page's fixed elements; the script fills them from the data. */
const PAGE_BODY = `<header>
  <h1>mtlint report</h1>
  <p id="totals"></p>
  <form id="filters" aria-label="Filters">
    <fieldset><legend>Severity</legend>
      <label><input type="checkbox" name="severity" value="error" checked> errors</label>
      <label><input type="checkbox" name="severity" value="warning" checked> warnings</label>
      <label><input type="checkbox" name="severity" value="info" checked> info</label>
    </fieldset>
    <label>Family <select id="family"><option value="">all</option></select></label>
    <label>Rule <select id="rule"><option value="">all</option></select></label>
  </form>
</header>
<div id="layout">
  <nav id="files" aria-label="Articles, worst first">
    <button type="button" id="show-summary">Summary</button>
    <ol id="file-list"></ol>
  </nav>
  <main>
    <section id="summary">
      <h2>Summary</h2>
      <p id="summary-scores"></p>
      <h3>Articles, worst first</h3>
      <table id="by-file"><thead><tr><th>article</th><th>score</th><th>words</th><th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody></tbody></table>
      <p id="clean-files"></p>
      <h3>Findings per rule</h3>
      <table id="by-rule"><thead><tr><th>rule</th><th>severity</th><th>findings</th><th>with a fix</th><th>articles</th></tr></thead><tbody></tbody></table>
    </section>
    <section id="article" hidden>
      <div class="article-head">
        <h2 id="article-path"></h2>
        <span id="article-score"></span>
        <span class="actions">
          <button type="button" id="accept-all">Accept all fixes</button>
          <button type="button" id="download">Download corrected text</button>
        </span>
      </div>
      <pre id="text"></pre>
    </section>
  </main>
  <aside id="details" aria-live="polite"><p class="hint">Select a finding: click it, or press j / k.</p></aside>
</div>
<footer>Keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous, <kbd>a</kbd> accept the fix, <kbd>r</kbd> reject, <kbd>u</kbd> undo, <kbd>]</kbd>/<kbd>[</kbd> next/previous article, <kbd>s</kbd> summary.</footer>`;
