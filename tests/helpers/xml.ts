// The entries of a JUnit or Checkstyle report (test cases, or errors), after checking it is well-formed XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

export function xmlEntries(format: string, xml: string): unknown[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name) }).parse(xml);
  return format === 'junit' ? doc.testsuites.testsuite.flatMap((s: { testcase: unknown[] }) => s.testcase) : doc.checkstyle.file.flatMap((f: { error: unknown[] }) => f.error);
}
