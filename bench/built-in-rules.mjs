// The built-in rules, loaded from the build (dist/) as the bench scripts use them. A rule that does not load would
// silently lower every number, so here it is an error.
export async function loadBuiltInRules() {
  const { BUILT_IN_RULES, loadRules } = await import('../dist/index.js');
  const { rules, problems } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
  if (problems.length) throw new Error(`rules do not load: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return rules;
}
