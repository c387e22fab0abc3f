import { describe, expect, it } from 'vitest';
import { flagged, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: language-run
description: d
message: '{0}'
foreignWords: [de, tras, los, por, la]
englishWords: [the, of, was, and]
antipatterns: ['\\btitled[^.\\n]{0,40}“[^”\\n]*”']`);

describe('language-run kind', () => {
  it('reports a run of foreign function words and unknown words, from its first such word to its last', () => {
    expect(flagged(rule, 'Read more: Presidente de Chile respalda a gobierno tras ataque a embajada')).toEqual(['de Chile respalda a gobierno tras ataque a embajada']);
  });

  it('ends a run at an English function word, and reads each line apart', () => {
    // Two foreign words on each line, but each line's run is too short once the English words break it.
    expect(flagged(rule, 'the fiesta de the barrio\ntras the gobierno por the')).toEqual([]);
    expect(flagged(rule, 'gobierno de asalto\ntras embajada por')).toEqual([]);
  });

  it('lets names carry no weight, and skips web addresses', () => {
    expect(flagged(rule, 'Charles de Gaulle met Fernando de la Rúa of Spain.')).toEqual([]);
    expect(flagged(rule, 'see www.gobierno.de/los/por/la/asalto and more')).toEqual([]);
  });

  it('leaves a quotation an antipattern names alone', () => {
    expect(flagged(rule, 'a film titled “respalda de gobierno tras ataque por embajada” opened')).toEqual([]);
    expect(flagged(rule, 'a film said “respalda de gobierno tras ataque por embajada” opened')).toEqual(['respalda de gobierno tras ataque por embajada']);
  });
});
