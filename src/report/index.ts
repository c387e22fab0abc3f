// One entry point for every report format.
import type { Rule } from '../types.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatCompact } from './compact.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FileResult } from './result.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'checkstyle'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  rules: Rule[];
  color: boolean;
  version: string;
}

export function formatReport(format: Format, results: FileResult[], context: ReportContext): string {
  switch (format) {
    case 'stylish':
      return formatStylish(results, context.color);
    case 'json':
      return formatJson(results);
    case 'compact':
      return formatCompact(results);
    case 'sarif':
      return formatSarif(results, context.rules, context.version);
    case 'github':
      return formatGithub(results);
    case 'junit':
      return formatJunit(results);
    case 'checkstyle':
      return formatCheckstyle(results);
  }
}
