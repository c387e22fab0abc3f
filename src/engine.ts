// The engine: compile rules once, run them all over a document, stamp and sort the findings.
import { KINDS, PAGE_KINDS } from './checks/index.js';
import type { CheckFn } from './checks/kind.js';
import { covers, spansOf } from './checks/spans.js';
import { Document } from './document.js';
import { applyDirectives } from './directives.js';
import { RuleCrash, UsageError } from './errors.js';
import { type FormatView, type InputFormat, type Original, UNIT_FORMATS, attachView, formatOf, readAligned, readFormat, viewOf } from './formats/index.js';
import { type Range, cutsInto, mergeRanges, nonProse, touches } from './markup.js';
import type { Finding, Rule } from './types.js';

export interface CompiledRule {
  rule: Rule;
  check: CheckFn;
}

/** Compile each rule into its check function; done once per run, shared by every document. */
export function compileRules(rules: Rule[]): CompiledRule[] {
  return rules.map((rule) => ({ rule, check: KINDS.get(rule.kind)!.compile(rule) }));
}

export interface LintOptions {
  /** Report disabling directives that turned nothing off. */
  reportUnusedDirectives?: boolean;
  /** Stretches that are not prose (blanked in Markdown): findings and fixes touching one are dropped. */
  ignore?: readonly Range[];
  /**
   * Called when a check throws on the k-th document; the other rules and documents are still linted. Without it the
   * crash is thrown.
   */
  onCrash?: (crash: RuleCrash, k: number) => void;
}

/**
 * Every finding of every rule, in document order, less those inline directives turn off.
 * Checks share the document's cached views.
 */
export function lintDocument(doc: Document, rules: CompiledRule[], options: LintOptions = {}): Finding[] {
  return lintDocuments([{ doc, ignore: options.ignore ?? [] }], rules, options)[0];
}

/**
 * The findings of several documents, each as lintDocument gives them. Each rule runs over all the documents before the
 * next rule starts: a check's code stays hot and its feedback one-sided (ARCHITECTURE.md, "Files are linted in
 * batches, rule by rule").
 */
export function lintDocuments(sources: readonly { doc: Document; ignore: readonly Range[] }[], rules: CompiledRule[], options: LintOptions = {}): Finding[][] {
  const all = sources.map((): Finding[] => []);
  const batch = { documents: sources.map((s) => s.doc) };
  for (const { rule, check } of rules) {
    const readsPages = PAGE_KINDS.has(rule.kind);
    sources.forEach(({ doc, ignore }, k) => {
      if (readsPages && isSetOfUnits(doc)) return;
      let raw;
      try {
        raw = check(doc, batch);
      } catch (e) {
        const crash = new RuleCrash(rule.id, doc.path, e);
        if (!options.onCrash) throw crash;
        options.onCrash(crash, k);
        return;
      }
      for (const f of raw) {
        if (ignore.length) {
          // Nothing may touch what is not prose, but whole furniture lines may hold it.
          const overlaps = f.wholeLines ? cutsInto : touches;
          if (overlaps(ignore, f.offset, f.offset + (f.headLength ?? f.length)) || (f.fix && overlaps(ignore, f.fix.offset, f.fix.offset + f.fix.length))) continue;
        }
        const finding: Finding = { rule: rule.id, severity: rule.severity, category: rule.category, message: f.message, offset: f.offset, length: f.length };
        if (f.fix) finding.fix = f.fix;
        if (f.related) finding.related = f.related;
        if (f.suggestions) {
          finding.suggestions = f.suggestions;
          const { offset, length } = f.suggestionRange ?? f;
          finding.suggestionEdits = f.suggestions.map((text) => ({ offset, length, text }));
        }
        all[k].push(finding);
      }
    });
  }
  return all.map((findings, k) => {
    findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
    return applyDirectives(sources[k].doc, findings, options.reportUnusedDirectives ?? false);
  });
}

/** Whether a document was read from a file of separate units (PO, XLIFF, subtitles) rather than a page. */
function isSetOfUnits(doc: Document): boolean {
  const format = viewOf(doc)?.format;
  return format !== undefined && UNIT_FORMATS.has(format);
}

/** A file as the rules read it: a document of its prose, what is not prose, and the format's view of the file. */
export interface PreparedSource {
  doc: Document;
  ignore: Range[];
  /** Absent for plain text, which the rules read as it is. */
  view?: FormatView;
}

/**
 * A file's text as the rules see it: a document of its prose, and the stretches that are not prose. With `original`
 * (plain text only), its paragraphs are paired with the original's for the bilingual rules.
 */
export function prepareSource(text: string, path: string, format: InputFormat = formatOf(path), original?: Original): PreparedSource {
  // Plain text is not copied: addresses hold nothing that misleads the rules about the prose around them, so dropping
  // the findings on them is enough. Other formats blank what is not prose and may replace markup (src/formats/).
  if (format === 'text' && !original) return { doc: new Document(text, path), ignore: nonProse(text) };
  if (original && format !== 'text') throw new UsageError([{ file: path, message: `--source pairs plain-text articles; this file is read as ${format}` }]);
  const view = original ? readAligned(text, original) : readFormat(text, format as Exclude<InputFormat, 'text'>, path);
  const doc = new Document(view.projection.text, path);
  attachView(doc, view);
  return { doc, ignore: mergeRanges(view.projection.ignore, nonProse(view.projection.text)), view };
}

/**
 * Findings on a prepared document moved to the file's offsets. A fix that would write over markup the rules never saw
 * (a tag, an entity) is dropped, the finding kept; a fix that deletes a whole element the format delimited is kept.
 */
export function findingsInFile(source: PreparedSource, findings: Finding[]): Finding[] {
  const projection = source.view?.projection;
  if (!projection || !findings.length) return findings;
  const deletable = new Set(source.view!.elements.map((e) => `${e.removal[0]}:${e.removal[1]}`));
  // The findings whose fix removes a whole element, as the map below tells them apart.
  const wholes = new Set<Finding>();
  const moved = findings.map((f) => {
    const start = projection.startInFile(f.offset);
    const moved: Finding = { ...f, offset: start, length: Math.max(0, projection.endInFile(f.offset + f.length) - start) };
    if (!f.fix) return moved;
    const fixStart = projection.startInFile(f.fix.offset);
    const fixEnd = f.fix.length ? projection.endInFile(f.fix.offset + f.fix.length) : fixStart;
    const wholeElement = f.fix.text === '' && deletable.has(`${fixStart}:${fixEnd}`);
    // Only furniture findings (whole lines) get this far over what is not prose; their lines may hold an address or a
    // link but no markup or code: a tag removed without its partner would unbalance the page; code is never furniture.
    const overMarkup = touches(projection.markup, f.fix.offset, f.fix.offset + f.fix.length);
    if (wholeElement || (projection.editable(f.fix.offset, f.fix.offset + f.fix.length) && !overMarkup)) moved.fix = { offset: fixStart, length: fixEnd - fixStart, text: f.fix.text };
    else delete moved.fix;
    if (wholeElement) wholes.add(moved);
    return moved;
  });
  return withoutNestedFurniture(moved, wholes);
}

/**
 * Furniture found line by line inside a page element that goes whole (a `<nav>`, a `<footer>`) is left out: the
 * element's finding already names it and its fix removes it, and a second finding on the same line only repeats it.
 */
function withoutNestedFurniture(findings: Finding[], wholes: ReadonlySet<Finding>): Finding[] {
  if (!wholes.size) return findings;
  // The elements' spans, sorted, searched by halves for each furniture finding (a page of 20,000 menus has as many).
  const spans = spansOf([...wholes].map((e): [number, number] => [e.fix!.offset, e.fix!.offset + e.fix!.length]));
  return findings.filter((f) => f.category !== 'furniture' || wholes.has(f) || !covers(spans, f.offset, f.offset + f.length));
}

/**
 * The document findings in the file's offsets are placed by (its line starts): the prepared one when it has the file's
 * offsets and lines (plain text, Markdown); other formats break lines where the file has markup.
 */
export function fileDocument(source: PreparedSource, text: string): Document {
  const { view } = source;
  const sameLines = !view || ((view.format === 'markdown' || view.format === 'text') && view.projection.sameOffsets);
  return sameLines ? source.doc : new Document(text, source.doc.path);
}

/**
 * Lint the text of a file: what is not prose (addresses; in other formats markup, code, the source side) is left out
 * for the rules, and findings touching it are dropped. Offsets point into `text` as given.
 */
export function lintSource(text: string, rules: CompiledRule[], path: string, format?: InputFormat, options: LintOptions & { original?: Original } = {}): Finding[] {
  const source = prepareSource(text, path, format, options.original);
  return findingsInFile(source, lintDocument(source.doc, rules, { ...options, ignore: source.ignore }));
}

/** Lint a string (the library entry point, no file system), read in the format `path`'s extension names. */
export function lintText(text: string, rules: CompiledRule[], path?: string): Finding[] {
  return lintSource(text, rules, path ?? '<text>');
}
