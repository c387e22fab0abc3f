// The stress injector's mechanics (bench/stress.mjs): a seeded PRNG, pools cut into disjoint halves, host excerpts,
// and one injector per form and variant. Pure: no files, no mtlint. Each injector returns the edits it makes to a
// host text and where its artifact lands, so the runner can tell a new finding on the artifact from one that was
// there before. Written from the description of the artifacts (issue 11), not from bench/injections.mjs.
import * as P from './pools.mjs';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 units: a stable hash for halves and seeds. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export const SEED = 20261129;
export const HALVES = ['dev', 'confirm'];

/**
 * A pool cut into two disjoint halves by a fixed seed: the distinct items of `universe` ordered by a hash of seed,
 * pool name and item, then dealt alternately (the halves differ by at most one item), and `items` kept where they
 * fell. Two pools that share words (attribution verbs after a name and after a dash) share a universe, so a word
 * falls in the same half in both.
 */
export function halvesOf(poolName, items, universe = items) {
  const order = [...new Set(universe)].map((item) => [hash(`${SEED}\u0000${poolName}\u0000${item}`), item]).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  const half = new Map(order.map(([, item], i) => [item, i % 2 ? 'confirm' : 'dev']));
  const wanted = new Set(items);
  const dev = [];
  const confirm = [];
  for (const [, item] of order) if (wanted.has(item)) (half.get(item) === 'dev' ? dev : confirm).push(item);
  return { dev, confirm };
}

/** The half a host document belongs to: by its document id, so one story's versions (reference, MT systems) share it. */
export const hostHalf = (docId) => (hash(`${SEED}\u0000host\u0000${docId}`) % 2 ? 'confirm' : 'dev');

const pick = (rng, items) => items[Math.floor(rng() * items.length)];
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const chance = (rng, p) => rng() < p;
/** Fisher–Yates, in place. */
function shuffle(rng, items) {
  for (let k = items.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    [items[k], items[j]] = [items[j], items[k]];
  }
  return items;
}
const ucFirst = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every pool for one half. Prepositions are split as pairs (the artifact is the pair, not either word). */
export function poolsFor(half) {
  const cut = (name, items, universe) => halvesOf(name, items, universe)[half];
  const verbs = [...P.VERBS, ...P.DASH_ATTRIBUTIONS];
  const people = Object.entries(P.PEOPLE).flatMap(([origin, names]) => names.map((n) => `${origin}:${n}`));
  const simplePairs = [];
  for (const a of P.SIMPLE_PREPOSITIONS) for (const b of P.SIMPLE_PREPOSITIONS) if (a !== b && !P.ENGLISH_PAIRS.has(`${a} ${b}`)) simplePairs.push(`${a} ${b}`);
  const compoundPairs = [];
  for (const c of P.COMPOUND_PREPOSITIONS) for (const b of P.SIMPLE_PREPOSITIONS) if (!P.ENGLISH_PAIRS.has(`${c.split(' ').at(-1)} ${b}`) && !c.endsWith(` ${b}`)) compoundPairs.push(`${c}|${b}`);
  const furniture = Object.fromEntries(Object.entries(P.FURNITURE).map(([kind, lines]) => [kind, cut(`furniture:${kind}`, lines)]));
  return {
    half,
    people: cut('people', people).map((p) => {
      const [origin, name] = p.split(/:(.*)/s);
      const [first, last] = name.split('|');
      return { origin, first, last };
    }),
    titles: cut('titles', P.TITLES), adjectives: cut('adjectives', P.TITLE_ADJECTIVES), verbs: cut('verbs', P.VERBS, verbs),
    toldWhom: cut('toldWhom', P.TOLD_WHOM), outlets: cut('outlets', P.OUTLETS), continuations: cut('continuations', P.CONTINUATIONS),
    nounPhrases: cut('nounPhrases', P.NOUN_PHRASES), days: cut('days', P.DAYS), cities: cut('cities', P.CITIES), mentions: cut('mentions', P.NAME_MENTIONS),
    simplePairs: new Set(cut('simplePairs', simplePairs)), compoundPairs: cut('compoundPairs', compoundPairs),
    quantifiers: cut('quantifiers', P.QUANTIFIERS), capitalAttributions: cut('capitalAttributions', P.CAPITAL_ATTRIBUTIONS),
    attributions: cut('attributions', P.ATTRIBUTIONS), dashAttributions: cut('verbs', P.DASH_ATTRIBUTIONS, verbs),
    accented: cut('accented', P.ACCENTED), foreignWords: cut('foreignWords', P.FOREIGN_WORDS), phrases: cut('phrases', P.PHRASES),
    sites: cut('sites', P.SITES), authors: cut('authors', P.AUTHORS), sections: cut('sections', P.SECTIONS), dates: cut('dates', P.DATES),
    furniture, slogans: cut('slogans', P.SLOGANS),
  };
}

// ── Host excerpts ──────────────────────────────────────────────────────────────────────────────────────────────

/** A document's paragraphs (blank-line separated) as lists of segments (lines). */
export function paragraphsOf(text) {
  return text.split(/\n[ \t]*\n/).map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean)).filter((p) => p.length);
}

/**
 * A host excerpt: up to `size` consecutive segments from `start`, laid out as the corpus writes them (`segments`: a
 * segment a line, blank lines between paragraphs) or as scraped pages do (`paragraphs`: two to four sentences a line,
 * no blank lines). Returns the text with each segment's and line's range.
 */
export function makeHost(paragraphs, start, size, layout, rng) {
  const flat = paragraphs.flatMap((p, pi) => p.map((s) => ({ s, pi })));
  // Start on a sentence's start, not on the second line of a sentence the corpus broke.
  while (start + 1 < flat.length && /^\p{Ll}/u.test(flat[start].s)) start++;
  const window = flat.slice(start, start + size);
  const lines = []; // each: list of segment texts
  if (layout === 'segments') {
    let last = -1;
    const blocks = [];
    for (const { s, pi } of window) {
      if (pi !== last) blocks.push([]);
      blocks.at(-1).push(s);
      last = pi;
    }
    // Blank lines between the paragraphs, one segment a line within them.
    let text = '';
    const segs = [];
    const lineRanges = [];
    blocks.forEach((block, bi) => {
      if (bi) text += '\n\n';
      block.forEach((s, si) => {
        if (si) text += '\n';
        segs.push({ start: text.length, end: text.length + s.length, line: lineRanges.length });
        lineRanges.push({ start: text.length, end: text.length + s.length });
        text += s;
      });
    });
    return { text, segs, lines: lineRanges, layout, blank: blocks.length > 1 };
  }
  // Two to four sentences a line; a headline or a subheading (no closing stop) keeps a line of its own, as pages
  // show it, unless the corpus broke its sentence (the next segment starts in lower case).
  let i = 0;
  while (i < window.length) {
    const n = int(rng, 2, 4);
    const line = [];
    while (i < window.length && line.length < n) {
      line.push(window[i].s);
      i++;
      if (!/[.!?…"”’»):]$/.test(window[i - 1].s) && !(i < window.length && /^\p{Ll}/u.test(window[i].s))) break;
    }
    lines.push(line);
  }
  let text = '';
  const segs = [];
  const lineRanges = [];
  lines.forEach((line, li) => {
    if (li) text += '\n';
    const lineStart = text.length;
    line.forEach((s, si) => {
      if (si) text += ' ';
      segs.push({ start: text.length, end: text.length + s.length, line: li });
      text += s;
    });
    lineRanges.push({ start: lineStart, end: text.length });
  });
  return { text, segs, lines: lineRanges, layout, blank: false };
}

// ── Edits ──────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Apply non-overlapping edits `{ at, del, ins }` (offsets into the host) and place the artifact: `span` is
 * `{ edit, from, to }`, a range inside that edit's inserted text. Returns the new text, the artifact's range in it,
 * and `map`, which takes a host offset outside every edit to its place in the new text.
 */
export function applyInjection(hostText, { edits, span }) {
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.at - b.at);
  for (let k = 1; k < order.length; k++) if (order[k].at < order[k - 1].at + order[k - 1].del) throw new Error('overlapping edits');
  let text = '';
  let from = 0;
  const starts = new Map();
  for (const e of order) {
    text += hostText.slice(from, e.at);
    starts.set(e.i, text.length);
    text += e.ins;
    from = e.at + e.del;
  }
  text += hostText.slice(from);
  const base = starts.get(span.edit);
  // An offset moves by every edit that ends at or before it (an insertion at the offset pushes it on).
  const map = (offset) => order.reduce((o, e) => (e.at + e.del <= offset ? o + e.ins.length - e.del : o), offset);
  return { text, span: [base + span.from, base + span.to], map };
}

// ── Helpers over a host ────────────────────────────────────────────────────────────────────────────────────────

const segText = (host, i) => host.text.slice(host.segs[i].start, host.segs[i].end);
/** A plain sentence: starts with a capital, ends with one full stop, no quotes or brackets, 6 to 45 words. */
const PLAIN = /^[A-Z][^"“”«»()[\]\n]*[a-z0-9%]\.$/;
const plainSentence = (s) => PLAIN.test(s) && !/\.\s|[!?;]/.test(s.slice(0, -1)) && s.split(' ').length >= 6 && s.split(' ').length <= 45;
const isLineEnd = (host, i) => host.segs[i].end === host.lines[host.segs[i].line].end;

/** Indexes of segments satisfying `test`, in a random order. */
function candidates(host, rng, test) {
  const out = [];
  host.segs.forEach((_, i) => test(segText(host, i), i) && out.push(i));
  return shuffle(rng, out);
}

/** Lower-case a sentence's first letter when its first word is a common word (not a name or an acronym). */
function lcFirst(sentence, common) {
  const first = sentence.match(/^\S+/)?.[0] ?? '';
  const bare = first.replace(/[^\p{L}]/gu, '');
  if (bare.length > 1 && bare === bare.toUpperCase()) return sentence;
  return common.has(bare.toLowerCase()) && bare !== 'I' ? sentence.charAt(0).toLowerCase() + sentence.slice(1) : sentence;
}

/** Replace segment i with `text`; the artifact is `text.slice(from, to)`. */
const replaceSeg = (host, i, text, from, to, facets = {}) => ({ edits: [{ at: host.segs[i].start, del: host.segs[i].end - host.segs[i].start, ins: text }], span: { edit: 0, from, to }, facets });

function fill(template, rng, pools, extra = {}) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    if (key in extra) return extra[key];
    switch (key) {
      case 'day': return pick(rng, pools.days);
      case 'city': return pick(rng, pools.cities);
      case 'outlet': return pick(rng, pools.outlets);
      case 'year': return String(int(rng, 2014, 2024));
      case 'site': return pick(rng, pools.sites);
      case 'author': return pick(rng, pools.authors);
      case 'section': return pick(rng, pools.sections);
      case 'section2': return pick(rng, pools.sections);
      case 'date': return pick(rng, pools.dates);
      case 'n': return String(int(rng, 1, 12));
      case 'm': return String(int(rng, 13, 40));
      case 'k': return `${int(rng, 1, 9)},${String(int(rng, 0, 999)).padStart(3, '0')}`;
      default: throw new Error(`no filler for {${key}}`);
    }
  });
}

// ── Form 1: split names and misplaced attribution ──────────────────────────────────────────────────────────────

function person(rng, pools) {
  const p = pick(rng, pools.people);
  const hasTitle = chance(rng, 0.7);
  const title = hasTitle ? pick(rng, pools.titles).replace('{adj}', () => pick(rng, pools.adjectives)) : '';
  return { ...p, title, hasTitle };
}

const VERB_ALTERNATIVES = [...P.VERBS, ...P.DASH_ATTRIBUTIONS].sort((a, b) => b.length - a.length).join('|');
const VERB_RE = new RegExp(`\\b(?:${VERB_ALTERNATIVES})\\b`);
const VERB_LAST = new RegExp(`\\b(${VERB_ALTERNATIVES})\\b(?!.*\\b(?:${VERB_ALTERNATIVES})\\b)`);

/**
 * A split name built by `make(name, sentence)` → [text, artifact start, artifact end] over a plain host sentence,
 * plus, half the time, the whole name used in another sentence of the document (as a real article names a person).
 */
function splitName(make, { lineEnd = false } = {}) {
  return (host, rng, pools, ctx) => {
    for (const i of candidates(host, rng, (s, k) => plainSentence(s) && (!lineEnd || isLineEnd(host, k)))) {
      const name = person(rng, pools);
      const made = make(name, segText(host, i).slice(0, -1), rng, pools, ctx);
      if (!made) continue;
      const [text, from, to] = made;
      // The verb: in the artifact, or just before it (`said Minister First. Last.`); the last one before it.
      const said = text.slice(from, to).match(VERB_RE)?.[0] ?? text.slice(Math.max(0, from - 45), from).match(VERB_LAST)?.[1] ?? 'none';
      const inj = replaceSeg(host, i, text, from, to, { origin: name.origin, title: name.hasTitle ? 'title' : 'no title', verb: said });
      const others = host.segs.map((_, k) => k).filter((k) => k !== i && /[.!?]["”]?$/.test(segText(host, k)));
      if (others.length && chance(rng, 0.5)) {
        const k = pick(rng, others);
        const mention = fill(pick(rng, pools.mentions), rng, pools, { name: `${name.first} ${name.last}` });
        inj.edits.push({ at: host.segs[k].end, del: 0, ins: ` ${mention}` });
        inj.facets.seen = 'name used elsewhere';
      } else inj.facets.seen = 'name not elsewhere';
      return inj;
    }
    return null;
  };
}

const withTitle = (name, start) => (name.title ? `${start ? ucFirst(name.title) : name.title} ` : '');
/** A text made of three parts; the middle one is the artifact: [text, its start, its end]. */
const parts = (before, artifact, after) => [before + artifact + after, before.length, before.length + artifact.length];
const continuation = (rng, pools, sentence, ctx, needS) => {
  const options = needS === undefined ? pools.continuations : pools.continuations.filter((c) => c.includes('{s}') === needS);
  return fill(pick(rng, options), rng, pools, { s: lcFirst(sentence, ctx.common) });
};
const verb = (rng, pools, not = []) => pick(rng, pools.verbs.filter((v) => v !== 'told' && !not.includes(v)));
const quotes = (rng) => pick(rng, [['“', '”'], ['"', '"']]);

// Each: (name, host sentence without its stop, rng, pools, ctx) → parts; the artifact runs from the name's first
// half to the mark after its second half.
const SPLIT_NAME = {
  'Title First verb. Last, cont': splitName((name, s, rng, pools, ctx) => {
    // A continuation without the host sentence follows it: `<sentence>. Minister First said. Last, on Monday.`
    const template = pick(rng, pools.continuations);
    const cont = fill(template, rng, pools, { s: lcFirst(s, ctx.common) });
    const lead = template.includes('{s}') ? '' : `${s}. `;
    return parts(`${lead}${withTitle(name, true)}`, `${name.first} ${verb(rng, pools)}. ${name.last},`, ` ${cont}`);
  }),
  '"quote," verb First. Last. (paragraph end)': splitName((name, s, rng, pools) => {
    const [open, close] = quotes(rng);
    return parts(`${open}${s},${close} ${verb(rng, pools)} ${withTitle(name, false)}`, `${name.first}. ${name.last}.`, '');
  }, { lineEnd: true }),
  '"quote," verb First. Last, role': splitName((name, s, rng, pools, ctx) => {
    const [open, close] = quotes(rng);
    return parts(`${open}${s},${close} ${verb(rng, pools)} `, `${name.first}. ${name.last},`, ` ${continuation(rng, pools, s, ctx, false)}`);
  }),
  'First told. Last, whom': splitName((name, s, rng, pools, ctx) => {
    const whom = pick(rng, pools.toldWhom);
    return parts(withTitle(name, true), `${name.first} told. ${name.last},`, chance(rng, 0.5) ? ` ${whom}.` : ` ${whom} that ${lcFirst(s, ctx.common)}.`);
  }),
  'First verb. Last,, cont': splitName((name, s, rng, pools, ctx) =>
    parts(withTitle(name, true), `${name.first} ${verb(rng, pools)}. ${name.last},,`, ` ${continuation(rng, pools, s, ctx, true)}`)),
  'First verb. Last that …': splitName((name, s, rng, pools, ctx) =>
    parts(withTitle(name, true), `${name.first} ${verb(rng, pools, ['wrote', 'announced'])}. ${name.last} that`, ` ${lcFirst(s, ctx.common)}.`)),
  // The artifact starts at the comma: `, -` before `said` is the source's quotation punctuation, part of the same slip.
  '…, - verb First. Last. (paragraph end)': splitName((name, s, rng, pools) =>
    parts(s, `, ${pick(rng, ['-', '–', '—'])} ${pick(rng, pools.dashAttributions)} ${withTitle(name, false)}${name.first}. ${name.last}.`, '')
  , { lineEnd: true }),
  'First verb. Last. Next sentence': splitName((name, s, rng, pools) =>
    parts(withTitle(name, true), `${name.first} ${verb(rng, pools)}. ${name.last}.`, ` ${s}.`)),
  'According to First. Last, …': splitName((name, s, _rng, _pools, ctx) =>
    parts(`According to ${withTitle(name, false)}`, `${name.first}. ${name.last},`, ` ${lcFirst(s, ctx.common)}.`)),
};

// ── Form 2: stacked prepositions ───────────────────────────────────────────────────────────────────────────────

const DETERMINERS = 'the|a|an|this|that|these|those|its|his|her|their|our|some|all|each|every|both|many|several|such|any|no';
// Object pronouns only: after `since`, `before`, `like`, a subject pronoun makes the preposition a conjunction.
const PRONOUNS = 'him|her|them|us|me|whom';
const SIMPLE = P.SIMPLE_PREPOSITIONS.join('|');

/** Matches of `re` (with a `prep` group) in the host's segments, shuffled: [segment, match]. */
function matchesIn(host, rng, re) {
  const out = [];
  host.segs.forEach((_, i) => {
    for (const m of segText(host, i).matchAll(re)) out.push([i, m]);
  });
  return shuffle(rng, out);
}

/** Insert a second simple preposition next to the one `re` finds (before or after it), as a pair of this half. */
function stackSimple(re) {
  return (host, rng, pools) => {
    for (const [i, m] of matchesIn(host, rng, re)) {
      const p1 = m.groups.prep;
      const at = host.segs[i].start + m.index + (m.groups.lead?.length ?? 0);
      const lower = p1.toLowerCase();
      const after = chance(rng, 0.5);
      const options = P.SIMPLE_PREPOSITIONS.filter((p2) => pools.simplePairs.has(after ? `${lower} ${p2}` : `${p2} ${lower}`));
      if (!options.length) continue;
      const p2 = pick(rng, options);
      // The artifact is both prepositions: `of from`, or `From of` at a sentence's start.
      const ins = after ? `${p1} ${p2}` : p1 === lower ? `${p2} ${p1}` : `${ucFirst(p2)} ${lower}`;
      return { edits: [{ at, del: p1.length, ins }], span: { edit: 0, from: 0, to: ins.length }, facets: { order: after ? 'added after' : 'added before' } };
    }
    return null;
  };
}

const PREPOSITIONS = {
  'simple+simple before determiner': stackSimple(new RegExp(`(?<![\\w’'-])(?<prep>${SIMPLE}) (?:${DETERMINERS})\\b`, 'g')),
  'simple+simple before pronoun': stackSimple(new RegExp(`(?<![\\w’'-])(?<prep>${SIMPLE}) (?:${PRONOUNS})\\b`, 'g')),
  // `to` and `like` before a bare word are mostly an infinitive and a verb.
  'simple+simple before noun or name': stackSimple(new RegExp(`(?<![\\w’'-])(?<prep>(?!to |like )(?:${SIMPLE})) (?!(?:${DETERMINERS}|${PRONOUNS}|${SIMPLE})\\b)(?:[A-Z][a-z]{2,}|[a-z]{4,})\\b`, 'g')),
  'verb + simple+simple (suffered from by the)': stackSimple(new RegExp(`(?<lead>\\b[a-z]{3,}ed )(?<prep>${SIMPLE}) (?:${DETERMINERS})\\b`, 'g')),
  'partitive (One of at the)': (host, rng, pools) => {
    const quantifiers = pools.quantifiers.join('|');
    for (const [i, m] of matchesIn(host, rng, new RegExp(`\\b(?:${quantifiers}) of (?=(?:${DETERMINERS}|${PRONOUNS})\\b)`, 'g'))) {
      const options = P.SIMPLE_PREPOSITIONS.filter((p2) => pools.simplePairs.has(`of ${p2}`));
      if (!options.length) return null;
      const p2 = pick(rng, options);
      const at = host.segs[i].start + m.index + m[0].length - 3;
      return { edits: [{ at, del: 2, ins: `of ${p2}` }], span: { edit: 0, from: 0, to: 3 + p2.length }, facets: {} };
    }
    return null;
  },
  'compound + simple (according to with)': (host, rng, pools) => {
    for (const [i, m] of matchesIn(host, rng, new RegExp(`(?<![\\w’'-])(?<prep>${SIMPLE}) (?:${DETERMINERS})\\b`, 'g'))) {
      const [compound, simple] = pick(rng, pools.compoundPairs).split('|');
      const at = host.segs[i].start + m.index;
      const written = /^[A-Z]/.test(m.groups.prep) ? ucFirst(compound) : compound;
      const ins = `${written} ${simple}`;
      return { edits: [{ at, del: m.groups.prep.length, ins }], span: { edit: 0, from: 0, to: ins.length }, facets: { compound } };
    }
    return null;
  },
  'sentence-initial compound + simple': (host, rng, pools, ctx) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const [compound, simple] = pick(rng, pools.compoundPairs).split('|');
      const np = pick(rng, pools.nounPhrases);
      const head = `${ucFirst(compound)} ${simple}`;
      const text = `${head} ${np}, ${lcFirst(segText(host, i), ctx.common)}`;
      return replaceSeg(host, i, text, 0, head.length, { compound });
    }
    return null;
  },
};

// ── Form 3: sentences broken or run together ───────────────────────────────────────────────────────────────────

/** Pairs of consecutive segments (A ends with a stop after a lower-case word, B starts with a capitalised common word). */
function joins(host, rng, ctx) {
  const out = [];
  for (let i = 0; i + 1 < host.segs.length; i++) {
    const a = segText(host, i);
    const b = segText(host, i + 1);
    const first = b.match(/^[A-Z][a-z]+/)?.[0];
    if (/[a-z]\.$/.test(a) && first && ctx.common.has(first.toLowerCase()) && !ctx.names.has(first)) out.push(i);
  }
  return shuffle(rng, out);
}

/** Join segment i and i+1 through `glue` in place of the stop (and of the line break between them, if any). */
function joinWith(glue) {
  return (host, rng, _pools, ctx) => {
    for (const i of joins(host, rng, ctx)) {
      const a = host.segs[i];
      const b = host.segs[i + 1];
      const lastWord = segText(host, i).match(/\S+\.$/)[0];
      const firstWord = segText(host, i + 1).match(/^\S+/)[0];
      // The artifact spans the last word before the join and the first word after it.
      const ins = `${lastWord.slice(0, -1)}${glue}${firstWord}`;
      const next = /^(?:He|She|It|They|We|I|You|This|That|These|Those|There)$/.test(firstWord) ? 'pronoun' : /^(?:The|A|An)$/.test(firstWord) ? 'article' : 'other word';
      return {
        edits: [{ at: a.end - lastWord.length, del: b.start - a.end + lastWord.length + firstWord.length, ins }],
        span: { edit: 0, from: 0, to: ins.length },
        facets: { join: a.line === b.line ? 'same line' : 'across lines', next },
      };
    }
    return null;
  };
}

const SENTENCES = {
  'stop lost, capital after lower-case': joinWith(' '),
  'stop became comma, capital after it': joinWith(', '),
  'stop lost and no space (others.The)': joinWith('.'),
  '"quote", He said': (host, rng, pools) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const s = segText(host, i).slice(0, -1);
      const [open, close] = quotes(rng);
      const attribution = pick(rng, pools.capitalAttributions);
      const text = `${open}${s}${close}, ${attribution}.`;
      const from = open.length + s.length;
      return replaceSeg(host, i, text, from, from + close.length + 2 + attribution.split(' ')[0].length, { quote: open });
    }
    return null;
  },
  'stop inside a noun phrase': (host, rng, _pools, ctx) => {
    for (const [i, m] of matchesIn(host, rng, /\b(?:the|a|an|its|their|this|his|her|our) (?<w1>[a-z]{3,}) (?<w2>[a-z]{3,})\b/g)) {
      const { w1, w2 } = m.groups;
      if (ctx.function.has(w1) || ctx.function.has(w2)) continue;
      const at = host.segs[i].start + m.index + m[0].length - w1.length - w2.length - 1;
      const ins = `${w1}. ${ucFirst(w2)}`;
      return { edits: [{ at, del: w1.length + 1 + w2.length, ins }], span: { edit: 0, from: 0, to: ins.length }, facets: {} };
    }
    return null;
  },
  'paragraph break mid-sentence': (host, rng) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const s = segText(host, i);
      const words = s.split(' ');
      if (words.length < 9) continue;
      const k = int(rng, 4, words.length - 4);
      if (!/^[a-z]/.test(words[k]) || /[,;:]$/.test(words[k - 1])) continue;
      const before = words.slice(0, k).join(' ').length;
      const brk = host.blank || chance(rng, 0.5) ? '\n\n' : '\n';
      const at = host.segs[i].start + before - words[k - 1].length;
      const ins = `${words[k - 1]}${brk}${words[k]}`;
      return { edits: [{ at, del: words[k - 1].length + 1 + words[k].length, ins }], span: { edit: 0, from: 0, to: ins.length }, facets: { break: brk === '\n' ? 'line break' : 'blank line' } };
    }
    return null;
  },
  'paragraph cut mid-sentence, rest lost': (host, rng) => {
    for (const i of candidates(host, rng, (s, k) => plainSentence(s) && isLineEnd(host, k) && k + 1 < host.segs.length)) {
      const s = segText(host, i);
      const words = s.split(' ');
      if (words.length < 8) continue;
      const k = int(rng, 4, words.length - 3);
      if (/[,;:]$/.test(words[k - 1])) continue;
      const kept = words.slice(0, k).join(' ');
      const last = words[k - 1];
      return replaceSeg(host, i, kept, kept.length - last.length, kept.length, { lastWord: wordClass(last) });
    }
    return null;
  },
};
const wordClass = (w) => (/^(?:the|a|an|of|to|in|and|that|for|with|on|by|at|from|its|their|his|her)$/.test(w) ? 'function word' : 'content word');

// ── Form 4: truncation ─────────────────────────────────────────────────────────────────────────────────────────

/** Cut `word` to `n` letters; facets say whether what is left happens to be a word. */
const cut = (word, n, ctx) => ({ frag: word.slice(0, n), facets: { fragment: ctx.words.has(word.slice(0, n).toLowerCase()) ? 'is a word' : 'not a word' } });

/** Truncate the last word of a plain sentence; `shape(prefix, frag)` → parts, the artifact being the fragment and its mark. */
function truncateLast(shape, { min = 5, lo = 2, hi = 4, lineEnd = false, capital = false, nonWord = false } = {}) {
  return (host, rng, pools, ctx) => {
    for (const i of candidates(host, rng, (s, k) => (capital ? /^[A-Z][^"“”\n]*\s[A-Z][a-z]+\.$/.test(s) : plainSentence(s)) && (!lineEnd || isLineEnd(host, k)))) {
      const s = segText(host, i).slice(0, -1);
      const word = s.match(/\S+$/)[0];
      if (word.length < min || !(capital ? /^[A-Z][a-z]+$/ : /^[a-z]+$/).test(word)) continue;
      const { frag, facets } = cut(word, Math.min(int(rng, lo, hi), word.length - 2), ctx);
      if (nonWord && facets.fragment === 'is a word') continue;
      const [text, from, to] = shape(s.slice(0, -word.length), frag, rng, pools);
      return replaceSeg(host, i, text, from, to, facets);
    }
    return null;
  };
}

const TRUNCATION = {
  'cut to 2–4 letters before a stop': truncateLast((p, f) => parts(p, `${f}.`, '')),
  'cut before a closing quote': truncateLast((p, f, rng, pools) => {
    const [open, close] = quotes(rng);
    const stop = chance(rng, 0.5) ? (chance(rng, 0.5) ? '.' : ',') : '';
    return parts(`${open}${p}`, `${f}${stop}${close}`, stop === ',' ? ` ${pick(rng, pools.attributions)}.` : '');
  }),
  'cut before a comma': (host, rng, _pools, ctx) => {
    for (const [i, m] of matchesIn(host, rng, /(?<=\s)(?<word>[a-z]{6,}),(?= [a-z])/g)) {
      const n = int(rng, 2, 4);
      const { frag, facets } = cut(m.groups.word, n, ctx);
      const at = host.segs[i].start + m.index;
      return { edits: [{ at, del: m.groups.word.length, ins: frag }], span: { edit: 0, from: 0, to: frag.length }, facets };
    }
    return null;
  },
  'cut at paragraph end, no stop': truncateLast((p, f) => parts(p, f, ''), { lineEnd: true }),
  'cut mid-word leaving 5–7 letters': truncateLast((p, f) => parts(p, `${f}.`, ''), { min: 9, lo: 5, hi: 7, nonWord: true }),
  'capitalised word cut before a stop': truncateLast((p, f) => parts(p, `${f}.`, ''), { capital: true, min: 6, lo: 3 }),
};

// ── Form 5: punctuation debris ─────────────────────────────────────────────────────────────────────────────────

/** Boundaries between two consecutive sentences on one line: the offset of A's stop. */
function boundaries(host, rng) {
  const out = [];
  for (let i = 0; i + 1 < host.segs.length; i++) if (host.segs[i].line === host.segs[i + 1].line && /[a-z0-9]\.$/.test(segText(host, i)) && /^[A-Z]/.test(segText(host, i + 1))) out.push(i);
  return shuffle(rng, out);
}

const PUNCTUATION = {
  '"quote", — said': (host, rng, pools) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const s = segText(host, i).slice(0, -1);
      const [open, close] = quotes(rng);
      const dash = pick(rng, ['—', '–', '-']);
      const debris = `${close}, ${dash}`;
      return replaceSeg(host, i, `${open}${s}${debris} ${pick(rng, pools.attributions)}.`, open.length + s.length, open.length + s.length + debris.length, { dash });
    }
    return null;
  },
  'stray comma after a stop (manner. , More)': (host, rng) => {
    for (const i of boundaries(host, rng)) {
      const debris = pick(rng, ['. ,', '. .', '.,', '. ;']);
      return { edits: [{ at: host.segs[i].end - 1, del: 1, ins: debris }], span: { edit: 0, from: 0, to: debris.length }, facets: { debris } };
    }
    return null;
  },
  'stop after another mark (tuned!.)': (host, rng) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const debris = pick(rng, ['!.', '?.', ',.', ';.', ':.', '.,', '!,', '?!.']);
      return { edits: [{ at: host.segs[i].end - 1, del: 1, ins: debris }], span: { edit: 0, from: 0, to: debris.length }, facets: { debris } };
    }
    return null;
  },
  'lone quote ending a paragraph': (host, rng) => {
    for (const i of candidates(host, rng, (s, k) => plainSentence(s) && isLineEnd(host, k))) {
      const debris = pick(rng, ['”', ' ”', ' "', '"', '»', ' “']);
      return { edits: [{ at: host.segs[i].end, del: 0, ins: debris }], span: { edit: 0, from: 0, to: debris.length }, facets: { debris: debris.trim() } };
    }
    return null;
  },
  'doubled mark': (host, rng) => {
    for (const [i, m] of matchesIn(host, rng, /(?<=[a-z])[,;:](?= [a-z])/g)) {
      const at = host.segs[i].start + m.index;
      return { edits: [{ at, del: 1, ins: `${m[0]}${m[0]}` }], span: { edit: 0, from: 0, to: 2 }, facets: { mark: m[0] } };
    }
    return null;
  },
  'space before a mark': (host, rng) => {
    for (const [i, m] of matchesIn(host, rng, /(?<=[a-z])[,;:.?!](?= [A-Za-z]|$)/g)) {
      const at = host.segs[i].start + m.index;
      return { edits: [{ at, del: 1, ins: ` ${m[0]}` }], span: { edit: 0, from: 0, to: 2 }, facets: { mark: m[0] } };
    }
    return null;
  },
  'stray mark starting a paragraph': (host, rng) => {
    const starts = host.lines.map((l, k) => k).filter((k) => /^[A-Z]/.test(host.text.slice(host.lines[k].start, host.lines[k].start + 1)));
    if (!starts.length) return null;
    const k = pick(rng, starts);
    const debris = pick(rng, ['. ', ', ', '” ', '.', ': ', '; ']);
    return { edits: [{ at: host.lines[k].start, del: 0, ins: debris }], span: { edit: 0, from: 0, to: debris.trimEnd().length }, facets: { debris: debris.trim() } };
  },
};

// ── Form 6: encoding damage ────────────────────────────────────────────────────────────────────────────────────

/** Windows-1252's characters for bytes 0x80–0x9F (undefined ones kept as their C1 code points, as decoders do). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** UTF-8 bytes of `text` read back as Windows-1252 (`cp1252`) or Latin-1 (`latin1`): double encoding. */
export function doubleEncode(text, as = 'cp1252') {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) out += as === 'cp1252' && byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/**
 * Damage characters `test` finds in a segment: every one, as a page decoded wrongly has it, or (`one`) also just the
 * first, as a lost letter may be. The artifact runs from the first damaged character to the last.
 */
function replaceChars(test, damage, { one = false } = {}) {
  return (host, rng) => {
    for (const i of candidates(host, rng, (s) => test.test(s))) {
      const s = segText(host, i);
      const every = !one || chance(rng, 0.5);
      let text = '';
      let from = -1;
      let to = -1;
      let last = 0;
      for (const m of s.matchAll(new RegExp(test.source, 'g'))) {
        text += s.slice(last, m.index);
        if (from < 0) from = text.length;
        text += damage(m[0], rng);
        to = text.length;
        last = m.index + m[0].length;
        if (!every) break;
      }
      text += s.slice(last);
      return replaceSeg(host, i, text, from, to, { scope: every ? 'every one in the sentence' : 'one' });
    }
    return null;
  };
}

/** Add a clause naming `word` (damaged by `damage`) to a plain sentence. */
function addWord(words, damage, facet = {}) {
  return (host, rng, pools, ctx) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const word = pick(rng, pools[words].filter((w) => damage(w, rng) !== w));
      if (!word) return null;
      const bad = damage(word, rng);
      const s = segText(host, i).slice(0, -1);
      const shape = pick(rng, ['{s} in {w}.', '{s}, according to {w}.', 'In {w}, {l}.', '{s} ({w}).', '{s}, {w} said.']);
      const text = shape.replace('{s}', s).replace('{l}', lcFirst(s, ctx.common)).replace('{w}', bad);
      const from = text.indexOf(bad, shape.startsWith('In') ? 0 : s.length);
      return replaceSeg(host, i, text, from, from + bad.length, facet);
    }
    return null;
  };
}

/** One non-ASCII letter of a word replaced by `by` (`?` never last: `Perú` → `Per?` is a question, not damage). */
const loseLetter = (by) => (w, rng) => {
  const last = by === '?' ? w.length - 1 : w.length;
  const at = [...w].map((c, k) => (/[^\x00-\x7f]/.test(c) && k < last ? k : -1)).filter((k) => k >= 0);
  if (!at.length) return w;
  const k = pick(rng, at);
  return [...w].map((c, j) => (j === k ? by : c)).join('');
};

const ENTITIES = {
  '&apos;': /['’]/, '&rsquo;': /['’]/, '&#39;': /['’]/, '&#8217;': /['’]/, '&quot;': /["“”]/, '&ldquo;': /["“]/, '&#8220;': /["“]/,
  '&amp;': / and (?=[A-Z])/, '&nbsp;': / (?=\d)| (?=[A-Z])/, '&#160;': / (?=[a-z])/, '&mdash;': / - |—/, '&ndash;': /–| - /, '&hellip;': /\.\.\.|…/, '&#x2019;': /['’]/,
};

const ENCODING = {
  'HTML entity (named)': (host, rng) => entity(host, rng, ['&apos;', '&rsquo;', '&quot;', '&ldquo;', '&amp;', '&nbsp;', '&mdash;', '&ndash;', '&hellip;']),
  'HTML entity (numeric)': (host, rng) => entity(host, rng, ['&#39;', '&#8217;', '&#8220;', '&#160;', '&#x2019;']),
  'HTML tag in text': (host, rng) => {
    const tags = ['<br />', '<br>', '<br /><br />', '</p><p>', '<p>', '</strong>', '<strong>', '</em>', '<b>', '</div>', '<span class="highlight">', '<a href="https://example.com/news">', '</a>', '<br/>'];
    for (const i of boundaries(host, rng)) {
      // Between two sentences: glued (`Wenbin.<br /><br />At`) or spaced.
      const tag = pick(rng, tags);
      const pad = chance(rng, 0.5) ? '' : ' ';
      const [ins, from, to] = parts(pad, tag, pad);
      return { edits: [{ at: host.segs[i].end, del: host.segs[i + 1].start - host.segs[i].end, ins }], span: { edit: 0, from, to }, facets: { tag: tag.replace(/ .*>/, '>') } };
    }
    for (const i of candidates(host, rng, plainSentence)) {
      const s = segText(host, i);
      const word = [...s.matchAll(/ ([a-z]{4,}) /g)];
      if (!word.length) continue;
      const m = pick(rng, word);
      const [open, close] = pick(rng, [['<strong>', '</strong>'], ['<em>', '</em>'], ['<b>', '</b>'], ['<i>', '</i>']]);
      const at = host.segs[i].start + m.index + 1;
      return { edits: [{ at, del: m[1].length, ins: `${open}${m[1]}${close}` }], span: { edit: 0, from: 0, to: open.length + m[1].length + close.length }, facets: { tag: open } };
    }
    return null;
  },
  '? for a lost apostrophe': replaceChars(/(?<=[A-Za-z])['’](?=[a-z])/, () => '?', { one: true }),
  '? for a lost accented letter': addWord('accented', loseLetter('?')),
  '� for a lost letter': addWord('accented', loseLetter('\ufffd')),
  'TeX quotes': (host, rng, pools) => {
    for (const i of candidates(host, rng, plainSentence)) {
      const s = segText(host, i).slice(0, -1);
      const phrase = pick(rng, pools.phrases);
      const quoted = pick(rng, [`\`\`${phrase}''`, `\`${phrase}'`, `,,${phrase}''`]);
      const [text, from, to] = parts(`${s}, the so-called `, quoted, '.');
      return replaceSeg(host, i, text, from, to, { style: quoted.startsWith('``') ? '``…\'\'' : quoted.startsWith(',,') ? ',,…\'\'' : '`…\'' });
    }
    return null;
  },
  'double-encoded punctuation (â€™)': replaceChars(/['’“”—–…]|(?<= )-(?= )/, (c, rng) => doubleEncode(c === "'" ? '’' : c === '-' ? pick(rng, ['—', '–']) : c)),
  'double-encoded Latin-1 letter (Ã©)': addWord('accented', (w) => w.replace(/[\u00c0-\u00ff]/g, (c) => doubleEncode(c)), { letters: 'Latin-1' }),
  'double-encoded other Latin letter (Å‚, ÄŸ)': addWord('accented', (w) => w.replace(/[\u0100-\u024f]/g, (c) => doubleEncode(c)), { letters: 'Latin Extended' }),
  'double-encoded Cyrillic/Greek (Ð¼Ð¾)': addWord('foreignWords', (w) => doubleEncode(w)),
  'UTF-8 read as Latin-1 (C1 controls)': replaceChars(/['’“”—–]/, (c) => doubleEncode(c === "'" ? '’' : c, 'latin1')),
};

function entity(host, rng, names) {
  const order = [...names].sort(() => rng() - 0.5);
  for (const name of order) {
    const test = ENTITIES[name];
    for (const i of candidates(host, rng, (s) => test.test(s))) {
      const s = segText(host, i);
      const m = s.match(test);
      const lead = m[0].startsWith(' ') && name !== '&nbsp;' && name !== '&#160;' ? ' ' : '';
      const trail = m[0].endsWith(' ') && m[0].length > 1 ? ' ' : '';
      const ins = `${lead}${name}${trail}`;
      return { edits: [{ at: host.segs[i].start + m.index, del: m[0].length, ins }], span: { edit: 0, from: lead.length, to: lead.length + name.length }, facets: { entity: name } };
    }
  }
  return null;
}

// ── Form 7: furniture lines ────────────────────────────────────────────────────────────────────────────────────

/** Insert a furniture line of `kind` at the top, between two lines or paragraphs, or at the bottom. */
function furnitureLine(kind) {
  return (host, rng, pools, ctx) => {
    const templates = kind === 'slogan' ? pools.slogans : pools.furniture[kind];
    const line = fill(pick(rng, templates), rng, pools, { headline: pick(rng, ctx.headlines) });
    const where = kind === 'slogan' ? 'top' : pick(rng, ['top', 'middle', 'middle', 'bottom']);
    const sep = host.blank ? '\n\n' : '\n';
    if (where === 'top') return { edits: [{ at: 0, del: 0, ins: `${line}${sep}` }], span: { edit: 0, from: 0, to: line.length }, facets: { where } };
    if (where === 'bottom') return { edits: [{ at: host.text.length, del: 0, ins: `${sep}${line}` }], span: { edit: 0, from: sep.length, to: sep.length + line.length }, facets: { where } };
    // Between lines: in the blank-line layout, before a paragraph (or a segment line within one).
    const starts = host.lines.map((l) => l.start).filter((s) => s > 0);
    if (!starts.length) return null;
    const at = pick(rng, starts);
    const before = host.text.slice(0, at).endsWith('\n\n');
    const ins = before ? `${line}\n\n` : `${line}\n`;
    return { edits: [{ at, del: 0, ins }], span: { edit: 0, from: 0, to: line.length }, facets: { where } };
  };
}

const FURNITURE = Object.fromEntries([...Object.keys(P.FURNITURE), 'slogan'].map((kind) => [kind, furnitureLine(kind)]));

/**
 * The forms: each with the rule-id prefixes that count as the right family, and its variants, each
 * `(host, rng, pools, ctx) → { edits, span, facets } | null` (null: no place for it in this host).
 */
export const FORMS = {
  'split names, misplaced attribution': { families: ['attribution/'], variants: SPLIT_NAME },
  'stacked prepositions': { families: ['grammar/', 'attribution/garbled-preposition'], variants: PREPOSITIONS },
  'sentence broken or joined': { families: ['sentence/', 'spacing/missing-space-after-stop'], variants: SENTENCES },
  truncation: { families: ['truncation/'], variants: TRUNCATION },
  'punctuation debris': { families: ['punctuation/', 'spacing/'], variants: PUNCTUATION },
  'encoding damage': { families: ['encoding/', 'punctuation/tex-quotes'], variants: ENCODING },
  'furniture lines': { families: ['furniture/'], variants: FURNITURE },
};
