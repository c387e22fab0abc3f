/**
 * A rule kind whose options are typed by its field table (as Vale decodes each check into a struct): the loader has
 * validated them against the fields, and here they are decoded once per compiled rule (after config overrides), with
 * each field's default filled in.
 */
export function defineKind(definition) {
    const { name, summary, fields } = definition;
    return {
        name,
        summary,
        fields,
        fixable: (rule) => definition.fixable(decodeOptions(fields, rule.options)),
        compile: (rule) => definition.compile(decodeOptions(fields, rule.options), rule),
    };
}
/** Each declared field's value, or its default; records are decoded field by field too. */
export function decodeOptions(fields, raw) {
    const options = {};
    for (const [key, spec] of Object.entries(fields)) {
        const value = raw[key] ?? spec.default;
        options[key] = spec.type === 'records' && Array.isArray(value) ? value.map((item) => decodeOptions(spec.fields ?? {}, item)) : value;
    }
    return options;
}
