// Rule selectors, as on the command line, in config overrides and in inline directives.
/** `spacing`, `spacing/` and `spacing/*` select a family; anything else is one rule id. */
export function matchesSelector(id, selector) {
    const family = selector.replace(/\/\*?$/, '');
    return id === family || id.startsWith(`${family}/`);
}
