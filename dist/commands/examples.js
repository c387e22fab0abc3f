// Run the `examples:` of rules as the CLI lints a file (format projection, addresses left out, directives): each bad
// text flagged exactly once (at its span, with its fix) or as its `findings` list, each good text never.
import { Document } from '../document.js';
import { compileRules, lintSource } from '../engine.js';
import { applyEdits } from '../fix.js';
import { parseGlossary, withGlossary } from '../glossary.js';
import { positionFindings } from '../report/result.js';
export function testRuleExamples(rules) {
    const failures = [];
    let examples = 0;
    for (const rule of rules) {
        const fail = (line, problem, expected, actual, comparable = false) => failures.push({ rule: rule.id, file: rule.file, line, problem, expected, actual, comparable });
        if (!rule.examples.some((e) => e.bad !== undefined) || !rule.examples.some((e) => e.good !== undefined)) {
            fail(1, 'a rule needs at least one bad and one good example');
        }
        const [plain] = compileRules([rule]);
        for (const example of rule.examples) {
            examples++;
            const [compiled] = example.glossary === undefined ? [plain] : compileRules(withGlossary([rule], parseGlossary(example.glossary, 'glossary.csv')));
            const text = example.bad ?? example.good ?? '';
            // The production path: the text is read as a file of the example's format (plain text by default) would be.
            const original = example.original === undefined ? undefined : { path: 'original', text: example.original };
            const found = lintSource(text, [compiled], rule.file, (example.format ?? 'text'), { original });
            const findings = positionFindings(new Document(text, rule.file), found);
            const shown = () => findings.map((f) => JSON.stringify(f.text)).join(', ') || 'none';
            if (example.good !== undefined) {
                if (findings.length)
                    fail(example.line, 'good example was flagged', 'no finding', shown());
                continue;
            }
            const expected = example.findings;
            if (findings.length !== (expected?.length ?? 1)) {
                fail(example.line, `bad example gave ${findings.length} findings`, `${expected?.length ?? 1} finding${expected && expected.length !== 1 ? 's' : ''}`, shown());
                continue;
            }
            if (expected)
                expected.forEach((e, k) => checkFinding(e, findings[k], k + 1, (problem, want, got) => fail(example.line, problem, want, got, true)));
            else
                checkBad(example, findings[0], fail);
            checkFixed(example, text, findings, fail);
        }
    }
    return { rules: rules.length, examples, failures };
}
/** The single finding of a bad example without `findings`: its span and first suggestion. */
function checkBad(example, finding, fail) {
    if (example.span !== undefined && finding.text !== example.span) {
        fail(example.line, 'flagged the wrong span', example.span, finding.text, true);
    }
    if (example.suggest !== undefined && finding.suggestions?.[0] !== example.suggest) {
        fail(example.line, 'a different first suggestion', example.suggest, finding.suggestions?.[0] ?? 'none', true);
    }
}
/** Each key an expected finding gives against the finding in its place. */
function checkFinding(expected, finding, n, fail) {
    const differs = (what, want, got) => {
        if (want !== undefined && JSON.stringify(want) !== JSON.stringify(got))
            fail(`finding ${n}: a different ${what}`, String(want), String(got ?? 'none'));
    };
    differs('span', expected.span, finding.text);
    differs('message', expected.message, finding.message);
    differs('line', expected.line, finding.line);
    differs('column', expected.column, finding.column);
    if (expected.suggestions !== undefined)
        differs('list of suggestions', JSON.stringify(expected.suggestions), JSON.stringify(finding.suggestions ?? []));
    if (expected.fix !== undefined)
        differs('fix', JSON.stringify(expected.fix), finding.fix ? JSON.stringify(finding.fix.text) : 'no fix');
}
/** `fixed`: the text after every finding's fix, as --fix writes it in one pass; without it, no finding may have a fix. */
function checkFixed(example, text, findings, fail) {
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (example.fixed === undefined) {
        if (fixes.length)
            fail(example.line, 'the finding has a fix but the example expects none', text, applyEdits(text, fixes).text);
    }
    else if (example.fixed === text) {
        fail(example.line, '"fixed" equals "bad": the example tests nothing');
    }
    else if (!fixes.length) {
        fail(example.line, 'the finding has no fix', example.fixed, text);
    }
    else {
        const actual = applyEdits(text, fixes).text;
        if (actual !== example.fixed)
            fail(example.line, 'the fix gives a different text', example.fixed, actual, true);
    }
}
