// The stress injector's own mechanics (bench/stress/inject.mjs): halves disjoint, artifacts where they are said to
// be, the host untouched elsewhere, runs repeatable. Not mtlint's recall: that is what bench/stress.mjs measures.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bench, without types
import { FORMS, HALVES, applyInjection, doubleEncode, hash, halvesOf, hostHalf, makeHost, paragraphsOf, poolsFor, prng } from '../../bench/stress/inject.mjs';

type Edit = { at: number; del: number; ins: string };
type Injection = { edits: Edit[]; span: { edit: number; from: number; to: number }; facets: Record<string, string> };
type Host = { text: string };
type Variant = (host: Host, rng: () => number, pools: unknown, ctx: unknown) => Injection | null;

// A host written for this test (no corpus text), with a place for every variant: plain sentences, `of the`, an object
// pronoun, a participle before a preposition, `One of the`, a comma after a long word, apostrophes, `and` before a
// name, a capitalised last word, and sentences that start with common words.
const HOST = `The regional council approved the new budget for the coming year after a long debate.
One of the members said the plan was drafted by the finance committee in the spring.
The mayor's office published the figures on its website and sent copies to them and to local journalists.

Officials expected the measures to reduce waiting times in hospitals across the northern provinces.
The decision followed weeks of protests, which blocked several roads near the capital.
It was welcomed by residents and Greenpeace activists who had gathered outside the building.
The delegation later travelled to meet the governor in Hamburg.

They argued that the country's economy depended on stable energy supplies from its neighbours.
The minister told them that the government would publish a detailed report in the autumn.
Many of the farmers affected by the drought have applied for compensation from the state.`;

const words = ['the', 'of', 'and', 'a', 'to', 'in', 'is', 'was', 'it', 'they', 'one', 'many', 'officials', 'new', 'report', 'decision', 'mayor', 'minister', 'delegation'];
const ctx = {
  common: new Set(words),
  words: new Set([...words, 'he', 'do', 'lo', 'wee', 'mi', 'ma', 'in', 'at', 'sup', 'pro', 'new']),
  names: new Set<string>(),
  function: new Set(['the', 'of', 'and', 'a', 'to', 'in']),
  headlines: ['A headline for a teaser'],
};

describe('stress injector: halves', () => {
  it('cuts every pool into disjoint halves that together hold every item', () => {
    const dev = poolsFor('dev');
    const confirm = poolsFor('confirm');
    const items = (v: unknown): string[] => (v instanceof Set ? [...v] : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : `${x.first}|${x.last}`)) : []);
    const check = (a: string[], b: string[], name: string) => {
      expect(a.filter((x) => b.includes(x)), name).toEqual([]);
      expect(a.length + b.length, name).toBeGreaterThan(1);
    };
    for (const key of Object.keys(dev)) if (key !== 'half' && key !== 'furniture') check(items(dev[key]), items(confirm[key]), key);
    for (const kind of Object.keys(dev.furniture)) check(dev.furniture[kind], confirm.furniture[kind], `furniture ${kind}`);
    const { dev: d, confirm: c } = halvesOf('x', ['a', 'b', 'c', 'd', 'e', 'a']);
    expect([...d, ...c].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Math.abs(d.length - c.length)).toBeLessThanOrEqual(1);
    // A verb after a name and the same verb after a dash fall in one half.
    const verbs = [...dev.verbs, ...dev.dashAttributions];
    expect(verbs.filter((v: string) => confirm.verbs.includes(v) || confirm.dashAttributions.includes(v))).toEqual([]);
  });

  it('gives a story one half whatever its file', () => {
    expect(HALVES).toEqual(['dev', 'confirm']);
    expect(hostHalf('guardian.306602')).toBe(hostHalf('guardian.306602'));
    const halves = new Set(Array.from({ length: 40 }, (_, i) => hostHalf(`doc.${i}`)));
    expect([...halves].sort()).toEqual(['confirm', 'dev']);
  });
});

/** What each form's artifact looks like, checked on the text it lands in. */
const SHAPE: Record<string, (artifact: string, before: string, after: string) => boolean> = {
  'split names, misplaced attribution': (a) => /^(?:, [-–—] .* )?\p{Lu}[\p{L}’ -]*(?: \p{Ll}+(?: \p{Ll}+)?)?\. \S.*(?:,,?|\.| that)$/u.test(a),
  'stacked prepositions': (a) => /^[A-Za-z]+(?: [a-z]+){1,5}$/.test(a),
  'sentence broken or joined': (a) => /\S(?:[ ,.\n]+|["”]?, )\S/.test(a) || /^\p{Ll}+$/u.test(a),
  truncation: (a, _b, after) => /^\p{L}{2,7}[.,”"]*$/u.test(a) && !/^\p{L}/u.test(after),
  'punctuation debris': (a) => !/\p{L}/u.test(a),
  'encoding damage': (a) => /[&<>?`\ufffd]|,,|[^\x00-\x7f]/.test(a),
  'furniture lines': (a, before, after) => !a.includes('\n') && (before === '' || before.endsWith('\n')) && (after === '' || after.startsWith('\n')),
};

describe('stress injector: artifacts', () => {
  const pools = poolsFor('dev');
  for (const [form, { variants }] of Object.entries(FORMS as Record<string, { variants: Record<string, Variant> }>)) {
    for (const [variant, inject] of Object.entries(variants)) {
      it(`${form} / ${variant}: the artifact is where the injector says, the rest of the host unchanged`, () => {
        let made = 0;
        for (let seed = 0; seed < 8; seed++) {
          const rng = prng(hash(`${variant}${seed}`));
          const host = makeHost(paragraphsOf(HOST), 0, 10, seed % 2 ? 'segments' : 'paragraphs', rng);
          const inj = inject(host, rng, pools, ctx);
          if (!inj) continue;
          made++;
          const result = applyInjection(host.text, inj);
          const [s, e] = result.span;
          const artifact = inj.edits[inj.span.edit].ins.slice(inj.span.from, inj.span.to);
          expect(e).toBeGreaterThan(s);
          expect(result.text.slice(s, e)).toBe(artifact);
          expect(artifact.trim()).not.toBe('');
          expect(SHAPE[form](artifact, result.text.slice(0, s), result.text.slice(e)), JSON.stringify(artifact)).toBe(true);
          // Every host character outside the edits is where `map` puts it.
          const kept = [...host.text].map((_, o) => o).filter((o) => !inj.edits.some((x) => o >= x.at && o < x.at + x.del));
          expect(kept.map((o) => result.text[result.map(o)]).join('')).toBe(kept.map((o) => host.text[o]).join(''));
        }
        expect(made).toBeGreaterThan(0);
      });
    }
  }

  it('is repeatable: one seed, one injection', () => {
    const run = () => {
      const rng = prng(7);
      const host = makeHost(paragraphsOf(HOST), 0, 10, 'paragraphs', rng);
      const inject = (FORMS as Record<string, { variants: Record<string, Variant> }>)['split names, misplaced attribution'].variants['First told. Last, whom'];
      return applyInjection(host.text, inject(host, rng, pools, ctx)!).text;
    };
    expect(run()).toBe(run());
  });

  it('double-encodes as a Windows-1252 or Latin-1 reader would', () => {
    expect(doubleEncode('’')).toBe('â€™');
    expect(doubleEncode('é')).toBe('Ã©');
    expect(doubleEncode('ł')).toBe('Å‚');
    expect(doubleEncode('“')).toBe('â€œ');
    expect(doubleEncode('’', 'latin1')).toBe('â\u0080\u0099');
  });
});
