// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: rule metadata, results, and fixes.
import { scoreSummary } from '../score.js';
import type { Rule, Severity } from '../types.js';
import type { FileResult, Range } from './result.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

const region = (r: Range) => ({ startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn });
const uri = (path: string) => encodeURI(path.split('\\').join('/'));

export function formatSarif(results: FileResult[], rules: Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const scores = scoreSummary(results);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtlint',
            version,
            informationUri: 'https://github.com/mtlint/mtlint',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.why ? { fullDescription: { text: r.why } } : {}),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, kind: r.kind },
            })),
          },
        },
        // Columns count UTF-16 code units, as mtlint's own do.
        columnKind: 'utf16CodeUnits',
        // The quality score of each document and of the run (see the README's "Quality score").
        ...(scores
          ? {
              properties: {
                lowestScore: scores.lowest,
                meanScore: scores.mean,
                scores: results.flatMap((r) => (r.score ? [{ uri: uri(r.path), ...r.score }] : [])),
              },
            }
          : {}),
        results: results.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: uri(file.path) }, region: { ...region(f), snippet: { text: f.text } } } }],
            ...(f.fix && f.fixRange
              ? {
                  fixes: [
                    {
                      description: { text: `Replace with ${JSON.stringify(f.fix.text)}` },
                      artifactChanges: [{ artifactLocation: { uri: uri(file.path) }, replacements: [{ deletedRegion: region(f.fixRange), insertedContent: { text: f.fix.text } }] }],
                    },
                  ],
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
