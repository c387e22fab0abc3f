// The field types rule files are made of: one table drives both validation and rules.schema.json.
/** Compile a rule regex; the `u` flag is always on so `\p{L}` and friends work. */
export function compileRegex(source, flags = '') {
    return new RegExp(source, [...new Set(`u${flags}`)].join(''));
}
/** Returns an error message when `value` does not fit `spec`, else undefined. */
export function checkField(spec, value) {
    const isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    switch (spec.type) {
        case 'string':
            if (typeof value !== 'string')
                return `must be a string, not ${describe(value)}`;
            if (spec.values && !spec.values.includes(value))
                return `must be one of ${spec.values.join(', ')}, not "${value}"`;
            return undefined;
        case 'string[]': {
            if (!isStringList(value))
                return `must be a list of strings, not ${describe(value)}`;
            const bad = spec.values && value.find((v) => !spec.values.includes(v));
            return bad ? `has "${bad}"; allowed values: ${spec.values.join(', ')}` : undefined;
        }
        case 'integer':
            if (!Number.isInteger(value))
                return `must be an integer, not ${describe(value)}`;
            return spec.minimum !== undefined && value < spec.minimum ? `must be at least ${spec.minimum}` : undefined;
        case 'boolean':
            return typeof value === 'boolean' ? undefined : `must be true or false, not ${describe(value)}`;
        case 'map':
            if (typeof value !== 'object' || value === null || Array.isArray(value))
                return `must be a mapping, not ${describe(value)}`;
            return Object.values(value).every((v) => typeof v === 'string') ? undefined : 'must map strings to strings';
        case 'regex':
            return typeof value === 'string' ? regexError(value) : `must be a regular expression string, not ${describe(value)}`;
        case 'regex[]':
            return isStringList(value) ? value.map(regexError).find(Boolean) : `must be a list of regular expressions, not ${describe(value)}`;
        case 'examples':
            return Array.isArray(value) ? undefined : `must be a list of examples, not ${describe(value)}`;
        case 'records':
            if (!Array.isArray(value) || value.length === 0)
                return `must be a non-empty list of mappings, not ${describe(value)}`;
            for (const [i, item] of value.entries()) {
                const error = recordError(spec.fields ?? {}, item);
                if (error)
                    return `item ${i + 1}: ${error}`;
            }
            return undefined;
    }
}
/** What is wrong with one record of a `records` field: an unknown key, a missing or ill-typed one. */
function recordError(fields, item) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
        return `must be a mapping, not ${describe(item)}`;
    for (const [key, value] of Object.entries(item)) {
        const spec = fields[key];
        if (!spec)
            return `unknown key "${key}"; keys: ${Object.keys(fields).join(', ')}`;
        const error = checkField(spec, value);
        if (error)
            return `"${key}" ${error}`;
    }
    const missing = Object.entries(fields).find(([key, spec]) => spec.required && !(key in item));
    return missing ? `missing required key "${missing[0]}"` : undefined;
}
function regexError(source) {
    try {
        compileRegex(source);
        return undefined;
    }
    catch (e) {
        return `is not a valid regular expression: ${e.message.replace(/^Invalid regular expression: /, '')}`;
    }
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/** The JSON Schema fragment for one field. */
export function fieldSchema(spec) {
    const base = { description: spec.description, ...(spec.default !== undefined ? { default: spec.default } : {}) };
    switch (spec.type) {
        case 'string':
        case 'regex':
            return { ...base, type: 'string', ...(spec.values ? { enum: spec.values } : {}) };
        case 'string[]':
        case 'regex[]':
            return { ...base, type: 'array', items: { type: 'string', ...(spec.values ? { enum: spec.values } : {}) } };
        case 'integer':
            return { ...base, type: 'integer', ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}) };
        case 'boolean':
            return { ...base, type: 'boolean' };
        case 'map':
            return { ...base, type: 'object', additionalProperties: { type: 'string' } };
        case 'examples':
            return { ...base, type: 'array', items: { $ref: '#/$defs/example' } };
        case 'records': {
            const fields = spec.fields ?? {};
            const properties = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)]));
            const required = Object.entries(fields).filter(([, f]) => f.required).map(([k]) => k);
            return { ...base, type: 'array', minItems: 1, items: { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false } };
        }
    }
}
