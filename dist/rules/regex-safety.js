/**
 * Why `source` is unsafe, or undefined when it is safe. The analysers are imported only when a
 * user rule needs them. Built-in rules are held to `{ polynomial: false }` by the test suite.
 */
export async function backtrackingProblem(source, options = { polynomial: true }) {
    const [{ analyse }, { RegExpParser, visitRegExpAST }, { getFirstConsumedChar }] = await Promise.all([
        import('scslre'),
        import('@eslint-community/regexpp'),
        import('regexp-ast-analysis'),
    ]);
    let ast;
    try {
        ast = new RegExpParser().parseLiteral(`/${source.replace(/\//g, '\\/')}/u`);
    }
    catch {
        return undefined; // syntax errors are reported by the field check
    }
    // scslre finds quantifiers that can match the same text (`(a+)+`, `.*.*`), not alternatives that can (`(a|a)*`).
    const ambiguous = ambiguousAlternation(ast, visitRegExpAST, getFirstConsumedChar);
    if (ambiguous) {
        return `can backtrack catastrophically (exponential time on some inputs) at "${ambiguous}": two alternatives of a repeated group can start with the same character; make them start differently (\`(?:ab|ac)*\` as \`(?:a[bc])*\`)`;
    }
    const reports = analyse(ast, { reportTypes: { Move: false } }).reports;
    const exponential = reports.find((r) => r.exponential);
    if (exponential) {
        const quantifier = 'quant' in exponential ? exponential.quant.raw : '';
        return `can backtrack catastrophically (exponential time on some inputs)${quantifier ? ` at "${quantifier}"` : ''}; rewrite it so no repeated group can match the same text in two ways`;
    }
    const polynomial = options.polynomial && reports.find((r) => r.type === 'Trade');
    if (polynomial && polynomial.type === 'Trade') {
        return `can take polynomial time (quadratic or worse on a long line): "${polynomial.startQuant.raw}" and "${polynomial.endQuant.raw}" can match the same text; make one of them exclude what the other matches`;
    }
    return undefined;
}
/** The first repeated group (`*`, `+`, `{n,}`) two of whose alternatives can start with the same character. */
function ambiguousAlternation(ast, visit, firstChar) {
    const flags = { unicode: true };
    let found;
    visit(ast, {
        onQuantifierEnter(q) {
            if (found || q.max !== Infinity || (q.element.type !== 'Group' && q.element.type !== 'CapturingGroup'))
                return;
            const starts = q.element.alternatives.map((a) => firstChar(a, 'ltr', flags).char);
            for (let i = 0; i < starts.length && !found; i++) {
                for (let k = i + 1; k < starts.length; k++) {
                    if (!starts[i].isDisjointWith(starts[k])) {
                        found = q.raw;
                        break;
                    }
                }
            }
        },
    });
    return found;
}
