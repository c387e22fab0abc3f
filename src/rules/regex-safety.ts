// Static detection of regexes that can backtrack catastrophically (exponential time), via scslre.

/** Why `source` is unsafe, or undefined when it is safe. scslre is imported only when a user rule needs it. */
export async function backtrackingProblem(source: string): Promise<string | undefined> {
  const [{ analyse }, { RegExpParser }] = await Promise.all([import('scslre'), import('@eslint-community/regexpp')]);
  let ast;
  try {
    ast = new RegExpParser().parseLiteral(`/${source.replace(/\//g, '\\/')}/u`);
  } catch {
    return undefined; // syntax errors are reported by the field check
  }
  const report = analyse(ast, { reportTypes: { Move: false } }).reports.find((r) => r.exponential);
  if (!report) return undefined;
  const quantifier = 'quant' in report ? report.quant.raw : '';
  return `can backtrack catastrophically (exponential time on some inputs)${quantifier ? ` at "${quantifier}"` : ''}; rewrite it so no repeated group can match the same text in two ways`;
}
