// Whether to color the output: --color/--no-color, then NO_COLOR and FORCE_COLOR, then whether stdout is a terminal.

/** `flag`: true for --color, false for --no-color, undefined for neither. */
export function colorEnabled(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  // FORCE_COLOR as chalk and Node read it: 0 or false turns color off even on a terminal; another value turns it on.
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return !['0', 'false'].includes(env.FORCE_COLOR);
  return isTTY;
}
