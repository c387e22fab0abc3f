import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../src/color.js';

describe('colorEnabled', () => {
  it.each([
    ['a terminal', undefined, {}, true, true],
    ['a pipe', undefined, {}, false, false],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false on a terminal', undefined, { FORCE_COLOR: 'false' }, true, false],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, false, true],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, false],
    ['--color despite NO_COLOR', true, { NO_COLOR: '1' }, false, true],
    ['--no-color despite FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, false],
  ] as const)('%s', (_name, flag, env, isTTY, expected) => {
    expect(colorEnabled(flag, env, isTTY)).toBe(expected);
  });
});
