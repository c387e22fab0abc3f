export const PAGE_CSS = `
:root { --error: #c62828; --error-bg: #fde4e4; --warning: #a15c00; --warning-bg: #fff1cc; --info: #1e5aa8; --info-bg: #e1ecfb;
  --line: #d9dce1; --muted: #5f6670; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2126; }
* { box-sizing: border-box; }
body { margin: 0; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 24px; padding: 8px 16px; border-bottom: 1px solid var(--line); background: #f7f8fa; }
header h1 { font-size: 18px; margin: 0; }
#totals { margin: 0; color: var(--muted); }
#filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-left: auto; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: 10px; }
legend { float: left; margin-right: 8px; font-weight: 600; }
select { max-width: 260px; }
#layout { flex: 1; display: grid; grid-template-columns: 280px minmax(0, 1fr) 320px; min-height: 0; }
nav, main, aside { overflow: auto; padding: 12px 16px; }
nav { border-right: 1px solid var(--line); padding: 8px; }
aside { border-left: 1px solid var(--line); background: #fbfbfc; }
#file-list { list-style: none; margin: 8px 0 0; padding: 0; }
#file-list li { padding: 4px 8px; border-radius: 4px; cursor: pointer; display: flex; justify-content: space-between; gap: 8px; }
#file-list li:hover { background: #eef1f5; }
#file-list li.selected { background: #dde6f3; }
#file-list li.empty { color: var(--muted); }
#file-list .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.badge { font-variant-numeric: tabular-nums; white-space: nowrap; }
.score { font-weight: 600; font-variant-numeric: tabular-nums; }
.score.low { color: var(--error); } .score.mid { color: var(--warning); } .score.high { color: #2e7d32; }
table { border-collapse: collapse; margin: 4px 0 16px; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--line); font-variant-numeric: tabular-nums; }
td a { cursor: pointer; color: #1e5aa8; text-decoration: underline; }
.article-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 12px; }
.article-head h2 { font-size: 16px; margin: 0; word-break: break-all; }
.actions { margin-left: auto; display: flex; gap: 8px; }
#text { white-space: pre-wrap; word-wrap: break-word; font: 16px/1.7 Georgia, "Times New Roman", serif; max-width: 46em; margin: 12px 0 40vh; }
mark { background: none; color: inherit; border-bottom: 2px solid; cursor: pointer; border-radius: 2px; }
mark.error { background: var(--error-bg); border-color: var(--error); }
mark.warning { background: var(--warning-bg); border-color: var(--warning); }
mark.info { background: var(--info-bg); border-color: var(--info); border-bottom-style: dotted; }
mark.point::after { content: "‸"; color: var(--error); }
mark.current { outline: 2px solid #222; outline-offset: 1px; }
mark.accepted { background: #dff3e0; border-color: #2e7d32; }
mark.rejected { background: none; border-color: #aaa; border-bottom-style: dashed; }
#details h3 { margin: 0 0 4px; font-size: 16px; }
#details .rule { font-family: ui-monospace, monospace; font-size: 13px; color: var(--muted); word-break: break-all; }
#details .sev { font-weight: 600; text-transform: uppercase; font-size: 12px; }
#details .sev.error { color: var(--error); } #details .sev.warning { color: var(--warning); } #details .sev.info { color: var(--info); }
#details .change { font-family: ui-monospace, monospace; font-size: 13px; background: #fff; border: 1px solid var(--line); padding: 6px; white-space: pre-wrap; word-break: break-word; }
#details del { background: var(--error-bg); } #details ins { background: #dff3e0; text-decoration: none; }
#details button { display: block; margin: 6px 0; text-align: left; }
#details .state { font-weight: 600; }
.hint { color: var(--muted); }
footer { border-top: 1px solid var(--line); padding: 4px 16px; color: var(--muted); font-size: 13px; }
kbd { border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; background: #fff; font-size: 12px; }
button { font: inherit; padding: 3px 10px; border: 1px solid #b8bec7; border-radius: 4px; background: #fff; cursor: pointer; }
button:hover { background: #eef1f5; }
`;
/** The page's behaviour. Everything from the data reaches the page as text (textContent), never as HTML. */
export function pageScript() {
    const data = JSON.parse(document.getElementById('mtlint-data').textContent);
    const $ = (id) => document.getElementById(id);
    const make = (tag, text, className) => {
        const el = document.createElement(tag);
        if (text !== undefined)
            el.textContent = text;
        if (className)
            el.className = className;
        return el;
    };
    const familyOf = (rule) => rule.split('/')[0];
    const baseName = (file) => file.split(/[\\/]/).pop() || file;
    const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
    const scoreClass = (score) => (score === null ? '' : score < 90 ? 'low' : score < 99 ? 'mid' : 'high');
    // Worst articles first: lowest score, then most findings.
    const order = data.files.map((_, i) => i).sort((a, b) => (data.files[a].score ?? 100) - (data.files[b].score ?? 100) || data.files[b].findings.length - data.files[a].findings.length);
    const decisions = data.files.map(() => new Map());
    let current; // the file shown, an index into data.files
    let selected; // the finding selected in it
    let visible = []; // the shown file's findings that pass the filters, in text order
    let marksOf = new Map(); // the marks that hold each shown finding
    // ---- filters
    const filter = { severities: new Set(['error', 'warning', 'info']), family: '', rule: '' };
    const passes = (f) => filter.severities.has(f.severity) && (!filter.family || familyOf(f.rule) === filter.family) && (!filter.rule || f.rule === filter.rule);
    const allRules = [...new Set(data.files.flatMap((file) => file.findings.map((f) => f.rule)))].sort();
    for (const family of [...new Set(allRules.map(familyOf))])
        $('family').append(new Option(family, family));
    for (const rule of allRules)
        $('rule').append(new Option(rule, rule));
    $('filters').addEventListener('change', () => {
        filter.severities = new Set([...document.querySelectorAll('input[name=severity]:checked')].map((i) => i.value));
        filter.family = $('family').value;
        filter.rule = $('rule').value;
        renderFileList();
        if (current !== undefined)
            showFile(current);
    });
    const setRuleFilter = (rule) => {
        $('rule').value = rule;
        $('filters').dispatchEvent(new Event('change'));
    };
    // ---- totals, summary and the list of articles
    const totals = { error: 0, warning: 0, info: 0 };
    for (const file of data.files)
        for (const s of ['error', 'warning', 'info'])
            totals[s] += file.counts[s];
    $('totals').textContent = `${data.files.length} article${data.files.length === 1 ? '' : 's'}: ${totals.error} errors, ${totals.warning} warnings, ${totals.info} info · mtlint ${data.version}`;
    function renderSummary() {
        const s = data.summary;
        $('summary-scores').textContent = s ? `Quality score: lowest ${s.lowest} (${s.lowestPath}), mean ${s.mean} of 100 (100 − penalty points per 1,000 words).` : '';
        const body = $('by-file').querySelector('tbody');
        const rows = order.filter((i) => data.files[i].findings.length);
        for (const i of rows) {
            const file = data.files[i];
            const tr = make('tr');
            const link = make('a', file.path);
            link.addEventListener('click', () => showFile(i));
            const name = make('td');
            name.append(link);
            const score = make('td', file.score === null ? '–' : String(file.score), `score ${scoreClass(file.score)}`);
            tr.append(name, score, make('td', String(file.words ?? '–')), make('td', String(file.counts.error)), make('td', String(file.counts.warning)), make('td', String(file.counts.info)));
            body.append(tr);
        }
        const clean = data.files.length - rows.length;
        $('clean-files').textContent = clean ? `${clean} article${clean === 1 ? '' : 's'} without findings (score 100).` : '';
        const byRule = new Map();
        data.files.forEach((file, i) => file.findings.forEach((f) => {
            const entry = byRule.get(f.rule) ?? { count: 0, fixable: 0, files: new Set() };
            entry.count++;
            if (f.fix)
                entry.fixable++;
            entry.files.add(i);
            byRule.set(f.rule, entry);
        }));
        const ruleBody = $('by-rule').querySelector('tbody');
        for (const [rule, entry] of [...byRule].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))) {
            const tr = make('tr');
            const link = make('a', rule);
            link.title = data.rules[rule]?.description ?? '';
            link.addEventListener('click', () => setRuleFilter(rule));
            const name = make('td');
            name.append(link);
            tr.append(name, make('td', data.rules[rule]?.severity ?? ''), make('td', String(entry.count)), make('td', String(entry.fixable)), make('td', String(entry.files.size)));
            ruleBody.append(tr);
        }
    }
    /** The list of articles, made once; filters only change its counts (a run can list thousands). */
    const fileItems = order.map((i) => {
        const file = data.files[i];
        const li = make('li');
        li.dataset.file = String(i);
        li.title = file.path;
        const count = make('span');
        // The file's own name (its folder is in the tooltip and the article's heading).
        const badge = make('span', undefined, 'badge');
        badge.append(count, ' · ', make('span', file.score === null ? '–' : String(file.score), `score ${scoreClass(file.score)}`));
        li.append(make('span', baseName(file.path), 'name'), badge);
        li.addEventListener('click', () => showFile(i));
        return { i, li, count };
    });
    $('file-list').append(...fileItems.map((item) => item.li));
    function renderFileList() {
        for (const { i, li, count } of fileItems) {
            const shown = data.files[i].findings.filter(passes).length;
            count.textContent = String(shown);
            li.classList.toggle('empty', !shown);
            li.classList.toggle('selected', i === current);
        }
    }
    function showSummary() {
        current = selected = undefined;
        $('summary').hidden = false;
        $('article').hidden = true;
        renderFileList();
        showDetails();
    }
    // ---- one article, its findings highlighted
    function showFile(i, select) {
        const file = data.files[i];
        if (current !== i)
            selected = undefined;
        current = i;
        $('summary').hidden = true;
        $('article').hidden = false;
        $('article-path').textContent = file.path;
        $('article-score').textContent = file.score === null ? '' : `score ${file.score} · ${file.words} words`;
        $('article-score').className = `score ${scoreClass(file.score)}`;
        for (const item of fileItems)
            item.li.classList.toggle('selected', item.i === i);
        visible = file.findings.map((_, k) => k).filter((k) => passes(file.findings[k]));
        if (selected !== undefined && !visible.includes(selected))
            selected = undefined;
        if (select === 'first')
            selected = visible[0];
        if (select === 'last')
            selected = visible[visible.length - 1];
        renderText(file);
        select ? selectFinding(selected) : showDetails();
    }
    /** The text as runs between finding boundaries; each run inside findings is a <mark> naming them. */
    function renderText(file) {
        const text = file.source ?? '';
        const pre = $('text');
        const pieces = document.createDocumentFragment();
        const bounds = new Set([0, text.length]);
        for (const k of visible) {
            bounds.add(file.findings[k].offset);
            bounds.add(file.findings[k].offset + file.findings[k].length);
        }
        const points = [...bounds].sort((a, b) => a - b);
        marksOf = new Map();
        const starts = [...visible].sort((a, b) => file.findings[a].offset - file.findings[b].offset);
        let next = 0;
        let active = [];
        for (let p = 0; p < points.length; p++) {
            const from = points[p];
            const to = points[p + 1] ?? text.length;
            active = active.filter((k) => file.findings[k].offset + file.findings[k].length > from);
            while (next < starts.length && file.findings[starts[next]].offset <= from) {
                const k = starts[next++];
                if (file.findings[k].length === 0)
                    pieces.append(markOf(file, [k], '', true));
                else
                    active.push(k);
            }
            if (to <= from)
                continue;
            const run = text.slice(from, to);
            pieces.append(active.length ? markOf(file, active, run, false) : document.createTextNode(run));
        }
        pre.replaceChildren(pieces);
    }
    function markOf(file, findings, text, point) {
        const worst = findings.reduce((a, b) => (SEVERITY_RANK[file.findings[b].severity] < SEVERITY_RANK[file.findings[a].severity] ? b : a));
        const mark = make('mark', text, `${file.findings[worst].severity}${point ? ' point' : ''}`);
        mark.dataset.findings = findings.join(' ');
        mark.title = findings.map((k) => `${file.findings[k].message} (${file.findings[k].rule})`).join('\n');
        for (const k of findings)
            marksOf.set(k, [...(marksOf.get(k) ?? []), mark]);
        decorate(mark);
        return mark;
    }
    /** A mark's state: selected; accepted when a change of one of its findings is, rejected when one of them is and none accepted. */
    function decorate(mark) {
        const findings = mark.dataset.findings.split(' ').map(Number);
        const chosen = current === undefined ? [] : findings.map((k) => decisions[current].get(k));
        const accepted = chosen.some((d) => d !== undefined && d !== 'rejected');
        mark.classList.toggle('current', selected !== undefined && findings.includes(selected));
        mark.classList.toggle('accepted', accepted);
        mark.classList.toggle('rejected', !accepted && chosen.includes('rejected'));
    }
    $('text').addEventListener('click', (e) => {
        const mark = e.target.closest('mark');
        if (!mark)
            return;
        const findings = mark.dataset.findings.split(' ').map(Number);
        // Clicking again goes on to the next finding on the same words.
        const at = selected === undefined ? -1 : findings.indexOf(selected);
        selectFinding(findings[(at + 1) % findings.length], false);
    });
    /** Redraws the marks of some findings (all when none are named). */
    function redecorate(findings) {
        const marks = findings ? findings.flatMap((k) => (k === undefined ? [] : (marksOf.get(k) ?? []))) : [...marksOf.values()].flat();
        for (const mark of marks)
            decorate(mark);
    }
    /** Selects a finding and shows it (`scroll`: brings it into view, for the keyboard; a click is already on it). */
    function selectFinding(k, scroll = true) {
        const before = selected;
        selected = k;
        redecorate([before, k]);
        if (scroll && k !== undefined)
            marksOf.get(k)?.[0]?.scrollIntoView({ block: 'center' });
        showDetails();
    }
    // ---- the selected finding: what it is, and what can be done with it
    function showDetails() {
        const panel = $('details');
        panel.replaceChildren();
        if (current === undefined || selected === undefined) {
            panel.append(make('p', 'Select a finding: click it, or press j / k.', 'hint'));
            return;
        }
        const file = data.files[current];
        const f = file.findings[selected];
        const text = file.source ?? '';
        const decision = decisions[current].get(selected);
        panel.append(make('p', `${f.severity} · line ${f.line}, column ${f.column} · ${visible.indexOf(selected) + 1} of ${visible.length}`, `sev ${f.severity}`));
        panel.append(make('h3', f.message), make('p', f.rule, 'rule'));
        if (data.rules[f.rule]?.description)
            panel.append(make('p', data.rules[f.rule].description));
        const change = (edit) => {
            const box = make('div', undefined, 'change');
            box.append(text.slice(Math.max(0, edit.offset - 30), edit.offset), make('del', text.slice(edit.offset, edit.offset + edit.length)), make('ins', edit.text), text.slice(edit.offset + edit.length, edit.offset + edit.length + 30));
            return box;
        };
        const button = (label, act) => {
            const b = make('button', label);
            b.type = 'button';
            b.addEventListener('click', act);
            return b;
        };
        if (f.fix)
            panel.append(make('p', 'Fix:'), change(f.fix), button('Accept the fix (a)', () => decide({ accept: 'fix' })));
        f.suggestions.forEach((s, n) => {
            if (n === 0)
                panel.append(make('p', 'Suggestions:'));
            panel.append(change({ offset: f.offset, length: f.length, text: s }), button(`Accept "${s}"`, () => decide({ accept: n })));
        });
        panel.append(button('Reject (r)', () => decide('rejected')));
        const state = decision === undefined ? 'Not decided.' : decision === 'rejected' ? 'Rejected.' : decision.accept === 'fix' ? 'Fix accepted.' : `Suggestion "${f.suggestions[decision.accept]}" accepted.`;
        panel.append(make('p', state, 'state'));
        if (decision !== undefined)
            panel.append(button('Undo (u)', () => decide(undefined)));
    }
    /** The edit a decision makes, if it makes one. */
    function editOf(f, decision) {
        if (decision === 'rejected')
            return undefined;
        return decision.accept === 'fix' ? (f.fix ?? undefined) : { offset: f.offset, length: f.length, text: f.suggestions[decision.accept] };
    }
    /** The accepted finding whose edit overlaps `edit` (two edits of the same text cannot both apply), if any. */
    function conflictOf(i, k, edit) {
        for (const [other, decision] of decisions[i]) {
            const otherEdit = other === k ? undefined : editOf(data.files[i].findings[other], decision);
            if (otherEdit && edit.offset < otherEdit.offset + otherEdit.length && otherEdit.offset < edit.offset + edit.length)
                return other;
        }
        return undefined;
    }
    function decide(decision) {
        if (current === undefined || selected === undefined)
            return;
        const file = data.files[current];
        const edit = decision && editOf(file.findings[selected], decision);
        if (decision && decision !== 'rejected' && !edit)
            return; // nothing to accept
        const conflict = edit && conflictOf(current, selected, edit);
        if (conflict !== undefined) {
            $('details').append(make('p', `This change overlaps the one accepted at line ${file.findings[conflict].line}; undo that one first.`, 'state'));
            return;
        }
        if (decision === undefined)
            decisions[current].delete(selected);
        else
            decisions[current].set(selected, decision);
        selectFinding(selected);
    }
    /**
     * Accepts the fix of every shown finding not yet decided, in text order, leaving out those that would overlap
     * a change already accepted. One sweep: an article can have thousands.
     */
    function acceptAllFixes() {
        if (current === undefined)
            return;
        const file = data.files[current];
        const chosen = decisions[current];
        const taken = [...chosen].flatMap(([k, d]) => editOf(file.findings[k], d) ?? []).sort((a, b) => a.offset - b.offset);
        const candidates = visible.filter((k) => file.findings[k].fix && !chosen.has(k)).sort((a, b) => file.findings[a].fix.offset - file.findings[b].fix.offset);
        let t = 0;
        let reach = -1; // the furthest end of the accepted changes that start at or before the candidate
        for (const k of candidates) {
            const fix = file.findings[k].fix;
            for (; t < taken.length && taken[t].offset <= fix.offset; t++)
                reach = Math.max(reach, taken[t].offset + taken[t].length);
            if (reach > fix.offset || (t < taken.length && taken[t].offset < fix.offset + fix.length))
                continue;
            chosen.set(k, { accept: 'fix' });
            reach = Math.max(reach, fix.offset + fix.length);
        }
        redecorate();
        showDetails();
    }
    /** The text with every accepted edit applied, in text order (edits that would overlap are never accepted). */
    function correctedText(i) {
        const file = data.files[i];
        const text = file.source ?? '';
        const edits = [...decisions[i]].flatMap(([k, d]) => {
            const edit = editOf(file.findings[k], d);
            return edit ? [edit] : [];
        });
        edits.sort((a, b) => a.offset - b.offset || a.length - b.length);
        let out = '';
        let cursor = 0;
        for (const e of edits) {
            out += text.slice(cursor, e.offset) + e.text;
            cursor = e.offset + e.length;
        }
        return out + text.slice(cursor);
    }
    function download() {
        if (current === undefined)
            return;
        const name = baseName(data.files[current].path);
        const a = make('a');
        a.href = URL.createObjectURL(new Blob([correctedText(current)], { type: 'text/plain;charset=utf-8' }));
        a.download = /\.[^.]+$/.test(name) ? name.replace(/(\.[^.]+)$/, '.fixed$1') : `${name}.fixed`;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    }
    // ---- moving between findings and articles
    /** The next (or previous) finding that passes the filters, going on into the next article with one. */
    function step(direction) {
        if (current !== undefined && visible.length) {
            const at = selected === undefined ? (direction === 1 ? -1 : visible.length) : visible.indexOf(selected);
            const k = visible[at + direction];
            if (k !== undefined)
                return selectFinding(k);
        }
        const position = current === undefined ? (direction === 1 ? -1 : order.length) : order.indexOf(current);
        for (let p = position + direction; p >= 0 && p < order.length; p += direction) {
            if (data.files[order[p]].findings.some(passes))
                return showFile(order[p], direction === 1 ? 'first' : 'last');
        }
    }
    function stepFile(direction) {
        const p = current === undefined ? (direction === 1 ? 0 : order.length - 1) : order.indexOf(current) + direction;
        if (p >= 0 && p < order.length)
            showFile(order[p], 'first');
    }
    document.addEventListener('keydown', (e) => {
        if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest('select, input'))
            return;
        const actions = {
            j: () => step(1),
            n: () => step(1),
            k: () => step(-1),
            p: () => step(-1),
            a: () => decide({ accept: 'fix' }),
            r: () => decide('rejected'),
            u: () => decide(undefined),
            ']': () => stepFile(1),
            '[': () => stepFile(-1),
            s: showSummary,
        };
        const act = actions[e.key];
        if (act) {
            e.preventDefault();
            act();
        }
    });
    $('show-summary').addEventListener('click', showSummary);
    $('accept-all').addEventListener('click', acceptAllFixes);
    $('download').addEventListener('click', download);
    renderSummary();
    renderFileList();
}
