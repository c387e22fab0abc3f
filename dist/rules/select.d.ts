/** `spacing`, `spacing/` and `spacing/*` select a family; anything else is one rule id. */
export declare function matchesSelector(id: string, selector: string): boolean;
