// The input formats' names and the extensions that name them: what the command line, the config and a folder's walk
// need, apart from the format parsers (a run answered from the result cache loads none of them).
export const INPUT_FORMATS = ['text', 'markdown', 'html', 'xliff', 'po', 'srt', 'vtt'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Formats whose file is a set of separate strings (translation units, subtitle cues), not a page read top to bottom. */
export const UNIT_FORMATS: ReadonlySet<InputFormat> = new Set(['xliff', 'po', 'srt', 'vtt']);

/** File extensions (lower case, no dot) and the format each names; directory walks take these. */
export const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xlf: 'xliff',
  xliff: 'xliff',
  po: 'po',
  pot: 'po',
  srt: 'srt',
  vtt: 'vtt',
};

/** The format a path's extension names; plain text for any other. */
export function formatOf(path: string): InputFormat {
  const dot = path.lastIndexOf('.');
  return (dot > path.lastIndexOf('/') && EXTENSIONS[path.slice(dot + 1).toLowerCase()]) || 'text';
}
