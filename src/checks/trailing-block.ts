// trailing-block: page furniture scraped along with the article (bylines, comment forms, share bars).
import type { RawFinding } from '../types.js';
import { compileRegex } from '../rules/fields.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

type LineRole = 'blank' | 'furniture' | 'short' | 'body';

export const trailingBlock: RuleKind = {
  name: 'trailing-block',
  summary: 'A block of web-page furniture at the end of the document; the fix removes it.',
  fields: {
    lines: { type: 'regex[]', required: true, description: 'Lines that are furniture (matched against the whole trimmed line, without case).' },
    minLines: { type: 'integer', minimum: 1, default: 2, description: 'How many furniture lines the block must hold.' },
    maxShortLines: { type: 'integer', minimum: 0, default: 4, description: 'How many other short lines (byline, author bio, related headlines) the block may hold.' },
    shortLineWords: { type: 'integer', minimum: 1, default: 15, description: 'A short line has at most this many words and no sentence-final punctuation.' },
  },
  fixable: () => true,
  compile(rule) {
    const furniture = option<string[]>(rule, trailingBlock, 'lines').map((l) => compileRegex(`^(?:${l})$`, 'i'));
    const minLines = option<number>(rule, trailingBlock, 'minLines');
    const maxShortLines = option<number>(rule, trailingBlock, 'maxShortLines');
    const shortLineWords = option<number>(rule, trailingBlock, 'shortLineWords');

    const roleOf = (line: string): LineRole => {
      const trimmed = line.trim();
      if (trimmed === '') return 'blank';
      if (furniture.some((f) => f.test(trimmed))) return 'furniture';
      const isShort = trimmed.split(/\s+/).length <= shortLineWords && !/[.!?:;”"]$/.test(trimmed);
      return isShort ? 'short' : 'body';
    };

    return (doc) => {
      const { text, lines } = doc;
      // Only the tail is classified: the walk up stops at the first line of body text.
      const roles: LineRole[] = [];
      let top = lines.length; // index of the block's first line
      let furnitureCount = 0;
      let shortCount = 0;
      let firstFurniture = -1;
      let bottom = -1; // index of the block's last non-blank line
      for (let i = lines.length - 1; i >= 0; i--) {
        roles[i] = roleOf(text.slice(lines[i].start, lines[i].end));
        if (roles[i] === 'body') break;
        if (roles[i] === 'blank') continue;
        if (bottom < 0) bottom = i;
        top = i;
        if (roles[i] === 'furniture') [furnitureCount, firstFurniture] = [furnitureCount + 1, i];
        if (roles[i] === 'short') shortCount++;
      }
      if (furnitureCount < minLines) return [];
      // Too many stray short lines: only what follows the first furniture line is surely furniture.
      if (shortCount > maxShortLines) top = firstFurniture;
      let above = top - 1;
      while (above >= 0 && roles[above] === 'blank') above--;
      const start = lines[top].start;
      const contentEnd = lines[bottom].end;
      const finding: RawFinding = {
        message: fill(rule.message, [String(bottom - top + 1)]),
        offset: start,
        length: contentEnd - start,
      };
      if (above < 0) return [finding];
      // The fix removes the block and the blank lines before it; what follows the block (the file's final line break) stays.
      const bodyEnd = lines[above].end;
      return [{ ...finding, fix: { offset: bodyEnd, length: contentEnd - bodyEnd, text: '' } }];
    };
  },
};
