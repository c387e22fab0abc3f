import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  escapeXml
} from "./chunk-EHTIPBPU.js";
import "./chunk-6Q46IVKU.js";
import "./chunk-GGOSB4CG.js";

// src/report/junit.ts
function testCase(r, f) {
  const name = escapeXml(`${f.rule} ${f.line}:${f.column}`);
  const detail = escapeXml(`${r.path}:${f.line}:${f.column}: ${f.message}
${f.text}`);
  const element = f.fatal ? "error" : "failure";
  return `    <testcase classname="${escapeXml(r.path)}" name="${name}">
      <${element} type="${f.severity}" message="${escapeXml(f.message)}">${detail}</${element}>
    </testcase>`;
}
function formatJunit(results) {
  const count = (r, fatal) => r.findings.filter((f) => Boolean(f.fatal) === fatal).length;
  const tests = (r) => Math.max(1, r.findings.length);
  const suites = results.map((r) => {
    const cases = r.findings.length ? r.findings.map((f) => testCase(r, f)) : [`    <testcase classname="${escapeXml(r.path)}" name="mtlint"/>`];
    return [`  <testsuite name="${escapeXml(r.path)}" tests="${tests(r)}" failures="${count(r, false)}" errors="${count(r, true)}">`, ...cases, "  </testsuite>"].join("\n");
  });
  const total = (f) => results.reduce((n, r) => n + f(r), 0);
  const totals = `tests="${total(tests)}" failures="${total((r) => count(r, false))}" errors="${total((r) => count(r, true))}"`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="mtlint" ${totals}>`, ...suites, "</testsuites>", ""].join("\n");
}
export {
  formatJunit
};
