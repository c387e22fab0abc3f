// JUnit XML: a test suite per file, a failed test case per finding and a passing one per clean file (so CI test
// viewers count the files that pass), an error for a file that could not be linted.
import { escapeXml } from './xml.js';
function testCase(r, f) {
    const name = escapeXml(`${f.rule} ${f.line}:${f.column}`);
    const detail = escapeXml(`${r.path}:${f.line}:${f.column}: ${f.message}\n${f.text}`);
    const element = f.fatal ? 'error' : 'failure';
    return `    <testcase classname="${escapeXml(r.path)}" name="${name}">\n      <${element} type="${f.severity}" message="${escapeXml(f.message)}">${detail}</${element}>\n    </testcase>`;
}
export function formatJunit(results) {
    const count = (r, fatal) => r.findings.filter((f) => Boolean(f.fatal) === fatal).length;
    const tests = (r) => Math.max(1, r.findings.length);
    const suites = results.map((r) => {
        const cases = r.findings.length ? r.findings.map((f) => testCase(r, f)) : [`    <testcase classname="${escapeXml(r.path)}" name="mtlint"/>`];
        return [`  <testsuite name="${escapeXml(r.path)}" tests="${tests(r)}" failures="${count(r, false)}" errors="${count(r, true)}">`, ...cases, '  </testsuite>'].join('\n');
    });
    const total = (f) => results.reduce((n, r) => n + f(r), 0);
    const totals = `tests="${total(tests)}" failures="${total((r) => count(r, false))}" errors="${total((r) => count(r, true))}"`;
    return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mtlint" ${totals}>`, ...suites, '</testsuites>', ''].join('\n');
}
