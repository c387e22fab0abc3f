// JUnit XML: a test suite per file, a failed test case per finding, as CI test viewers show them.
import { escapeXml } from './xml.js';
import type { FileResult } from './result.js';

export function formatJunit(results: FileResult[]): string {
  const total = results.reduce((n, r) => n + r.findings.length, 0);
  const suites = results.map((r) => {
    const cases = r.findings.map((f) => {
      const name = escapeXml(`${f.rule} ${f.line}:${f.column}`);
      const detail = escapeXml(`${r.path}:${f.line}:${f.column}: ${f.message}\n${f.text}`);
      return `    <testcase classname="${escapeXml(r.path)}" name="${name}">\n      <failure type="${f.severity}" message="${escapeXml(f.message)}">${detail}</failure>\n    </testcase>`;
    });
    return [`  <testsuite name="${escapeXml(r.path)}" tests="${r.findings.length}" failures="${r.findings.length}" errors="0">`, ...cases, '  </testsuite>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mtlint" tests="${total}" failures="${total}" errors="0">`, ...suites, '</testsuites>', ''].join('\n');
}
