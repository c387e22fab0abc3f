// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: rule metadata, results, fixes, files
// that could not be linted (as tool execution notifications), and the documents' quality scores.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreSummary } from '../score.js';
import { FILE_ERROR_RULE } from './result.js';
const LEVEL = { error: 'error', warning: 'warning', info: 'note' };
const region = (r) => ({ startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn });
/**
 * A path as a SARIF artifact location: an absolute one as a `file:///` URI, a relative one as a relative
 * reference from the directory mtlint ran in (%SRCROOT%); each segment percent-encoded (`#`, `?`, `%` too).
 */
export function artifactLocation(file) {
    if (path.isAbsolute(file))
        return { uri: pathToFileURL(file).href };
    const segments = file.split(/[\\/]+/).filter((s, i) => !(s === '.' && i === 0));
    return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
const SRCROOT = '%SRCROOT%';
/** What GitHub shows beside an alert: the description, why it matters, and the rule's examples. */
function help(rule) {
    const shown = (e, quote) => e.bad !== undefined ? `✖ ${quote(e.bad)}${e.fixed !== undefined ? ` → ${quote(e.fixed)}` : ''}` : `✔ ${quote(e.good ?? '')}`;
    return {
        text: [rule.description, ...(rule.why ? [`Why: ${rule.why}`] : []), 'Examples:', ...rule.examples.map((e) => `  ${shown(e, (s) => JSON.stringify(s))}`)].join('\n'),
        markdown: [rule.description, ...(rule.why ? [`**Why:** ${rule.why}`] : []), '**Examples:**', rule.examples.map((e) => `- ${shown(e, codeSpan)}`).join('\n')].join('\n\n'),
    };
}
/** A Markdown code span that holds any one-line text, backticks included. */
const codeSpan = (s) => {
    const text = s.replace(/\n/g, ' ');
    return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
};
function result(file, f, index) {
    const location = artifactLocation(file.path);
    const fixes = fixesOf(f, location);
    return {
        ruleId: f.rule,
        ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: { ...region(f), snippet: { text: f.text } } } }],
        // The source a bilingual finding compares its target with.
        ...(f.related
            ? {
                relatedLocations: [
                    {
                        id: 1,
                        message: { text: f.related.label },
                        physicalLocation: { artifactLocation: f.related.path !== undefined ? artifactLocation(f.related.path) : location, region: { ...region(f.related), snippet: { text: f.related.text } } },
                    },
                ],
            }
            : {}),
        ...(fixes.length ? { fixes } : {}),
    };
}
/** The safe fix first, then each suggestion: SARIF fixes are proposals a viewer may offer to apply. */
function fixesOf(f, location) {
    const change = (what, edit, range) => ({
        description: { text: `${what} ${JSON.stringify(edit.text)}` },
        artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(range), insertedContent: { text: edit.text } }] }],
    });
    const suggested = (f.suggestionEdits ?? []).map((edit, i) => change('Suggestion: replace with', edit, f.suggestionRanges[i]));
    return [...(f.fix && f.fixRange ? [change('Replace with', f.fix, f.fixRange)] : []), ...suggested];
}
export function formatSarif(results, rules, version, cwd = process.cwd()) {
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const failures = results.flatMap((file) => file.findings.filter((f) => f.fatal).map((f) => ({ file, f })));
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
                            fullDescription: { text: r.why ? `${r.description} ${r.why}` : r.description },
                            help: help(r),
                            defaultConfiguration: { level: LEVEL[r.severity] },
                            properties: { category: r.category, kind: r.kind },
                        })),
                    },
                },
                // Relative artifact locations are relative to the directory mtlint ran in.
                originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
                // A file that could not be linted is no result: the run says it did not succeed, and why.
                invocations: [
                    {
                        executionSuccessful: failures.length === 0,
                        toolExecutionNotifications: failures.map(({ file, f }) => ({
                            level: 'error',
                            message: { text: f.message },
                            descriptor: { id: FILE_ERROR_RULE },
                            locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: f.line, startColumn: f.column } } }],
                        })),
                    },
                ],
                // Columns count UTF-16 code units, as mtlint's own do.
                columnKind: 'utf16CodeUnits',
                // The quality score of each document and of the run (see the README's "Quality score").
                ...(scores
                    ? {
                        properties: {
                            lowestScore: scores.lowest,
                            meanScore: scores.mean,
                            scores: results.flatMap((r) => (r.score ? [{ uri: artifactLocation(r.path).uri, ...r.score }] : [])),
                        },
                    }
                    : {}),
                results: results.flatMap((file) => file.findings.filter((f) => !f.fatal).map((f) => result(file, f, index))),
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
