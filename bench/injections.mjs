// The artifacts `npm run eval` injects into clean text: each kind with several variants and the rules
// expected to find it. An injection returns the new text and the span of the artifact in it.

/** A random match of a global regex in text, or undefined. */
function pick(text, regex, random) {
  const all = [...text.matchAll(regex)];
  return all.length ? all[Math.floor(random() * all.length)] : undefined;
}

/** Replace the part of `match` from group `g` (or the whole match) with `replacement`. */
function replaceAt(text, start, length, replacement, spanOf = [0, replacement.length]) {
  return { text: text.slice(0, start) + replacement + text.slice(start + length), span: [start + spanOf[0], start + spanOf[1]] };
}

const choose = (list, random) => list[Math.floor(random() * list.length)];
const SYLLABLES = ['ka', 'zo', 'ri', 'ven', 'tu', 'mir', 'sha', 'lo', 'dra', 'bek', 'nu', 'qi', 'xa', 'vo'];
const name = (random) => {
  const n = choose(SYLLABLES, random) + choose(SYLLABLES, random) + choose(['v', 'n', 'k', 'z', ''], random);
  return n[0].toUpperCase() + n.slice(1);
};

/** Append a sentence to a random line (paragraph) that ends with a full stop. */
function appendSentence(text, random, sentence, artifactIn) {
  const m = pick(text, /[a-z]\.(?=\r?\n|$)/g, random);
  if (!m) return undefined;
  const at = m.index + 2;
  const inserted = ` ${sentence}`;
  const [s, e] = artifactIn(inserted);
  return { text: text.slice(0, at) + inserted + text.slice(at), span: [at + s, at + e] };
}

const spanOf = (haystack, needle) => [haystack.indexOf(needle), haystack.indexOf(needle) + needle.length];

const date = (r) => `${choose(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], r)}, ${choose(['January', 'March', 'April', 'June', 'August', 'October', 'December'], r)} ${1 + Math.floor(r() * 28)}, ${2012 + Math.floor(r() * 12)}`;
/** A line put between two lines of a text written a paragraph a line (the next one starting with a capital). */
const insertLine = (t, r, line) => {
  const m = pick(t, /\n(?=[A-Z])/g, r);
  return m && replaceAt(t, m.index, 1, `\n${line}\n`, [1, 1 + line.length]);
};
/** Lines put above the text (a page's header). */
const aboveText = (t, line) => ({ text: `${line}\n${t}`, span: [0, line.length] });

export const INJECTIONS = [
  {
    name: 'doubled word or phrase',
    rules: ['repetition/doubled-word', 'repetition/doubled-word-comma', 'repetition/doubled-attribution', 'repetition/doubled-excepted-word'],
    variants: [
      { name: 'word', inject: (t, r) => { const m = pick(t, /(?<=[a-z,] )(the|of|to|by|in|for|with|on|said|a|was|will|has)(?= [a-z])/g, r); return m && replaceAt(t, m.index, m[0].length, `${m[0]} ${m[0]}`); } },
      { name: 'phrase', inject: (t, r) => { const m = pick(t, /(?<= )(of the|in the|to the|at the|on the) (?=[a-z])/g, r); return m && replaceAt(t, m.index, m[1].length, `${m[1]} ${m[1]}`); } },
      { name: 'word, word and', inject: (t, r) => { const m = pick(t, /(?<=[a-z] )([a-z]{5,})(?=,? and [a-z])/g, r); return m && replaceAt(t, m.index, m[1].length, `${m[1]}, ${m[1]}`); } },
      { name: 'attribution before and after a quotation', inject: (t, r) => { const n = name(r); return appendSentence(t, r, `${n} also said, “${choose(['We will keep working on it', 'It is important to go on', 'The talks were useful'], r)},” ${choose(['he said', 'she said', `${n} said`], r)}.`, (s) => { const at = s.lastIndexOf('” ') + 2; return [at, s.length - 1]; }); } },
      { name: 'across a line break', inject: (t, r) => { const m = pick(t, /(?<=[a-z] )(the|of|to|and|in) (?=[a-z])/g, r); return m && replaceAt(t, m.index, m[1].length, `${m[1]}\n${m[1]}`); } },
      { name: 'that that the', inject: (t, r) => { const m = pick(t, /(?<=[a-z] )that(?= (?:the|he|she|it|they|we|this|its|their) )/g, r); return m && replaceAt(t, m.index, 4, 'that that'); } },
    ],
  },
  {
    name: 'spacing',
    rules: ['spacing/space-before-punctuation', 'spacing/space-before-comma-not-after', 'spacing/space-inside-brackets', 'spacing/missing-space-after-stop', 'spacing/missing-space-after-comma', 'spacing/space-before-hyphen', 'spacing/double-space', 'spacing/space-after-currency', 'spacing/split-possessive'],
    variants: [
      { name: 'space before comma', inject: (t, r) => { const m = pick(t, /(?<=[a-z]),(?= [a-z])/g, r); return m && replaceAt(t, m.index, 1, ' ,'); } },
      { name: 'word ,word', inject: (t, r) => { const m = pick(t, /(?<=[a-z]), (?=[a-z])/g, r); return m && replaceAt(t, m.index, 2, ' ,'); } },
      { name: 'space inside quotes', inject: (t, r) => { const m = pick(t, /“(?=[A-Za-z])/g, r); return m && replaceAt(t, m.index, 1, '“ '); } },
      { name: 'said.The', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{2})\. (?=[A-Z][a-z])/g, r); return m && replaceAt(t, m.index, 2, '.'); } },
      { name: 'Source:Reuters', inject: (t, r) => appendSentence(t, r, 'Source:Reuters', (s) => spanOf(s, ':')) },
      { name: 'anti -corruption', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{2})-(?=[a-z]{3,}\b)/g, r); return m && replaceAt(t, m.index, 1, ' -'); } },
      { name: 'double space', inject: (t, r) => { const m = pick(t, /(?<=[a-z]) (?=[a-z])/g, r); return m && replaceAt(t, m.index, 1, '  '); } },
      { name: '$ 150 million', inject: (t, r) => appendSentence(t, r, `The project will cost ${choose(['$', '£'], r)} ${1 + Math.floor(r() * 900)} ${choose(['million', 'billion'], r)}, officials said.`, (s) => { const at = s.search(/[$£] /) + 1; return [at, at + 1]; }) },
      { name: "minister 's office", inject: (t, r) => { const m = pick(t, /(?<=[a-z])[’'](?=s )/g, r); return m && replaceAt(t, m.index, 0, ' ', [0, 3]); } },
    ],
  },
  {
    name: 'doubled punctuation',
    rules: ['punctuation/doubled-punctuation', 'punctuation/stop-after-quoted-stop'],
    variants: [
      { name: '.”.', inject: (t, r) => { const m = pick(t, /(?<=[a-z])[.?!][”"](?= [A-Z]|\n)/g, r); return m && replaceAt(t, m.index + 2, 0, '.', [0, 1]); } },
      { name: ',,', inject: (t, r) => { const m = pick(t, /(?<=[a-z]),(?= )/g, r); return m && replaceAt(t, m.index, 1, ',,'); } },
      { name: '. .', inject: (t, r) => { const m = pick(t, /(?<=[a-z])\.(?= [A-Z])/g, r); return m && replaceAt(t, m.index, 1, '. .'); } },
    ],
  },
  {
    name: 'sentence ended early',
    rules: ['sentence/lowercase-after-stop'],
    variants: [
      { name: '. as well as', inject: (t, r) => { const m = pick(t, /(?<=[a-z]),? (?=(?:as well as|which|while|including) )/g, r); return m && replaceAt(t, m.index, m[0].length, '. '); } },
      { name: '. was', inject: (t, r) => { const m = pick(t, /(?<=[a-z]) (?=(?:was|were|is|has|will) [a-z])/g, r); return m && replaceAt(t, m.index, 1, '. '); } },
    ],
  },
  {
    name: 'sentence broken across paragraphs',
    rules: ['sentence/lowercase-paragraph', 'sentence/cut-paragraph', 'sentence/rest-on-next-line'],
    variants: [
      // A paragraph's last words, a name after a preposition, put on a line of their own as a scraped link is.
      { name: 'a name ending the paragraph moved to the next line', inject: (t, r) => { const m = pick(t, /(?<=(?:^|\n)(?:[A-Za-z,']+ ){6,}(?:by|from|with|to|of)) (?=(?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+\.(?:\r?\n|$))/g, r); return m && replaceAt(t, m.index, 1, '\n', [-2, 1]); } },
      { name: 'rest of a sentence as a paragraph', inject: (t, r) => { const m = pick(t, /(?<=(?:^|\n)[^\n]{40,}[a-z]{3}) (?=(?:but|which|while|who|because) [a-z][^\n]{20,}\.(?:\r?\n|$))/g, r); return m && replaceAt(t, m.index, 1, '.\n', [2, 3]); } },
      { name: 'paragraph cut after a comma, the rest of the sentence lost', inject: (t, r) => { const m = pick(t, /(?<=(?:^|\n)(?:\S+ ){10,}[^\n]*[a-z],) [^.\n]+\. (?=[A-Z])/g, r); return m && replaceAt(t, m.index, m[0].length, '\n', [-1, 0]); } },
    ],
  },
  {
    name: 'verbless fragment',
    rules: ['sentence/verbless-fragment'],
    variants: ['Between the two nations', 'Among other things', 'Despite the heavy rain', 'Within the next two years', 'Especially in the current situation', 'With the participation of more than 30 countries'].flatMap((fragment) => [
      { name: `${fragment}.`, inject: (t, r) => appendSentence(t, r, `${fragment}.`, (s) => [0, s.length - 1]) },
      { name: `${fragment}, and`, inject: (t, r) => appendSentence(t, r, `${fragment}, and in the region as a whole.`, () => [0, fragment.length + 1]) },
    ]),
  },
  {
    name: 'split name',
    rules: ['attribution/split-name', 'sentence/one-word-sentence', 'attribution/verb-before-name'], // the second half alone after its stop (`Wang. Wenbin.`) is a one-word sentence
    variants: [
      { name: 'Mao said. Ning,', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `“We will continue the talks,” spokeswoman ${a} said. ${b}, at a press conference on Monday.`, (s) => spanOf(s, `${a} said. ${b}`)); } },
      { name: 'said Mao. Ning,', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `“We will continue the talks,” said ${a}. ${b}, at a press conference.`, (s) => spanOf(s, `said ${a}. ${b}`)); } },
      { name: 'Mao said. Ning at', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `Talks will go on, spokesman ${a} said. ${b} at a regular briefing on Tuesday.`, (s) => spanOf(s, `${a} said. ${b}`)); } },
      { name: 'said Mao. Ning, adding', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `“Our position is clear,” said ${a}. ${b}, adding that the talks would resume soon.`, (s) => spanOf(s, `said ${a}. ${b}`)); } },
      { name: 'As noted Patrushev, (source order)', inject: (t, r) => { const a = name(r); return appendSentence(t, r, `As ${choose(['noted', 'stressed', 'explained', 'said'], r)} ${a}, the talks would resume next week.`, (s) => [0, s.indexOf(',')]); } },
      { name: 'said the spokesman Wang. Wenbin.', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `The talks were useful, said the spokesman ${a}. ${b}.`, (s) => spanOf(s, `said the spokesman ${a}. ${b}`)); } },
    ],
  },
  {
    name: 'garbled prepositions',
    rules: ['attribution/garbled-preposition', 'grammar/preposition-stack'],
    variants: ['with', 'by', 'from', 'of'].map((p) => ({ name: `according to ${p}`, inject: (t, r) => appendSentence(t, r, `The plan was approved, according to ${p} the ministry.`, (s) => spanOf(s, `according to ${p}`)) }))
      .concat([['due to', 'with'], ['in line with', 'of']].map(([lead, p]) => ({ name: `${lead} ${p}`, inject: (t, r) => appendSentence(t, r, `Prices rose ${lead} ${p} the forecast.`, (s) => spanOf(s, `${lead} ${p}`)) })))
      .concat(['from', 'at', 'with'].map((p) => ({ name: `${p} of the`, inject: (t, r) => appendSentence(t, r, `The troops moved out ${p} of the city.`, (s) => spanOf(s, `${p} of`)) }))),
  },
  {
    name: 'truncated word',
    rules: ['truncation/truncated-word'],
    // Many cuts leave an English word (`positive` → `posit`, `statement` → `state`) that no lexicon can tell from
    // a whole one; recall is also given for the cuts that leave none.
    subset: { name: 'cut leaves no English word', test: (span, isEnglishWord) => !isEnglishWord(span) },
    variants: [
      {
        name: 'before a closing quote',
        inject: (t, r) => {
          // A quotation of five words or more, in curly or straight quotes, whose last word is long enough to cut.
          const m = pick(t, /(?<![\p{L}\p{N}])([“"])([^“”"\n]+?)\b([a-z]{6,})[.,]?([”"])/gu, r);
          if (!m || (m[1] === '“') !== (m[4] === '”') || m[2].split(/\s+/).length < 5) return undefined;
          const start = m.index + 1 + m[2].length;
          const cut = m[3].slice(0, 2 + Math.floor(r() * 3));
          return replaceAt(t, start, m[0].length - 2 - m[2].length, cut);
        },
      },
      {
        name: 'before the full stop ending a quotation',
        inject: (t, r) => {
          const m = pick(t, /(?<![\p{L}\p{N}])([“"])([^“”"\n]+?)\b([a-z]{6,})\.([”"])/gu, r);
          if (!m || (m[1] === '“') !== (m[4] === '”') || m[2].split(/\s+/).length < 5) return undefined;
          const start = m.index + 1 + m[2].length;
          return replaceAt(t, start, m[3].length, m[3].slice(0, 2 + Math.floor(r() * 3)));
        },
      },
      { name: 'before a comma', inject: (t, r) => { const m = pick(t, /(?<= )([a-z]{6,})(?=,)/g, r); if (!m) return undefined; const cut = m[1].slice(0, 3 + Math.floor(r() * 3)); return replaceAt(t, m.index, m[0].length, cut); } },
      { name: 'at a paragraph end', inject: (t, r) => { const m = pick(t, /(?<= )([a-z]{6,})(?=\.(?:\r?\n|$))/g, r); if (!m) return undefined; const cut = m[1].slice(0, 3 + Math.floor(r() * 3)); return replaceAt(t, m.index, m[0].length, cut); } },
    ],
  },
  {
    name: 'glued words',
    rules: ['spacing/glued-words', 'spacing/glued-capital', 'spacing/glued-number'],
    variants: [
      { name: 'word+function word', inject: (t, r) => { const m = pick(t, /(?<= )([a-z]{4,}) (said|which|that|the|with|was|and|from)(?= )/g, r); return m && replaceAt(t, m.index, m[0].length, `${m[1]}${m[2]}`); } },
      // Two sentences joined where a page's element ended: the stop and the space lost (`the electionEven so`).
      { name: 'sentence run into the next at its capital', inject: (t, r) => { const m = pick(t, /(?<= [a-z]{4,})\. (?=[A-Z][a-z]{3,} [a-z])/g, r); return m && { text: t.slice(0, m.index) + t.slice(m.index + 2), span: [m.index - 1, m.index + 2] }; } },
      // A figure and the word it counts, their space lost (`the 25minute`).
      { name: 'figure run into its count', inject: (t, r) => { const m = pick(t, /(?<= )(\d{1,3}) (years|people|days|percent|million|minutes|hours|months)(?= )/g, r); return m && replaceAt(t, m.index, m[0].length, `${m[1]}${m[2]}`); } },
    ],
  },
  {
    name: 'encoding damage',
    rules: ['encoding/mojibake', 'encoding/replacement-character', 'encoding/invisible-character', 'encoding/control-character'],
    variants: [
      { name: 'â€™', inject: (t, r) => { const m = pick(t, /(?<=[A-Za-z])['’](?=s\b)/g, r); return m && replaceAt(t, m.index, 1, 'â€™'); } },
      { name: 'Ã©', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{2})e(?=[a-z])/g, r); return m && replaceAt(t, m.index, 1, 'Ã©'); } },
      { name: 'replacement character', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{2})[a-z](?=[a-z])/g, r); return m && replaceAt(t, m.index, 1, '\uFFFD'); } },
      { name: 'zero-width space', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{2})(?=[a-z]{2})/g, r); return m && replaceAt(t, m.index, 0, '\u200B'); } },
      { name: 'control character', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{2})(?=[a-z]{2})/g, r); return m && replaceAt(t, m.index, 0, '\u0007'); } },
    ],
  },
  {
    name: 'foreign script or width',
    rules: ['encoding/homoglyph', 'punctuation/full-width-punctuation', 'translation/untranslated-text', 'translation/untranslated-latin', 'translation/foreign-run'],
    variants: [
      { name: 'Cyrillic о in a Latin word', inject: (t, r) => { const m = pick(t, /(?<![\p{L}])(\p{L}*?)o(\p{L}*)(?![\p{L}])/gu, r); return m && replaceAt(t, m.index, m[0].length, `${m[1]}о${m[2]}`); } },
      { name: 'full-width comma', inject: (t, r) => { const m = pick(t, /(?<=[a-z]), (?=[a-z])/g, r); return m && replaceAt(t, m.index, 2, '，', [0, 1]); } },
      { name: 'untranslated Latin-script phrase', inject: (t, r) => { const phrase = choose(['Siga leyendo para más detalles', 'Clique aqui para ver mais', 'Leggi anche gli articoli', 'Weiterlesen mit dem artikel', 'Consultez toutes les dernières nouvelles'], r); const m = pick(t, /(?<=[a-z]\.) (?=[A-Z])/g, r); return m && replaceAt(t, m.index, 1, ` ${phrase}. `, [1, 1 + phrase.length]); } },
      { name: 'untranslated Chinese word', inject: (t, r) => { const m = pick(t, /(?<=[a-z] )(?=[a-z]{4,} )/g, r); return m && replaceAt(t, m.index, 0, '实施 ', [0, 2]); } },
    ],
  },
  {
    name: 'web furniture anywhere',
    rules: ['furniture/trailing-block', 'encoding/html-remnant', 'repetition/repeated-line', 'furniture/appended-label', 'furniture/pointer', 'furniture/agency-dateline'],
    variants: [
      { name: 'date line above the text', inject: (t, r) => aboveText(t, date(r)) },
      { name: 'time stamp between paragraphs', inject: (t, r) => insertLine(t, r, `${1 + Math.floor(r() * 12)}/${1 + Math.floor(r() * 28)}/20${10 + Math.floor(r() * 14)}, ${1 + Math.floor(r() * 11)}:${10 + Math.floor(r() * 49)} ${choose(['AM', 'PM'], r)}`) },
      { name: 'read time', inject: (t, r) => aboveText(t, `${2 + Math.floor(r() * 8)} min read`) },
      ...['Post a comment', 'Sign in to reply', 'Share on Facebook', 'Load more comments', 'Enter your email address', 'Subscribe to our newsletter', 'Popular posts'].map((line) => ({ name: `interface line “${line}”`, inject: (t, r) => insertLine(t, r, line) })),
      { name: 'language menu', inject: (t, r) => { const names = ['English', 'Español', 'Français', 'Deutsch', 'Русский', '中文', '日本語', '한국어', 'العربية', 'Português', 'Italiano', 'Türkçe']; const start = Math.floor(r() * 8); return aboveText(t, names.slice(start, start + 3 + Math.floor(r() * 3)).join(choose([' ', ' | ', ' / '], r))); } },
      { name: 'breadcrumb', inject: (t, r) => aboveText(t, `Home » ${choose(['World', 'Politics', 'Business', 'Region'], r)} » ${name(r)} » Page ${2 + Math.floor(r() * 8)}`) },
      { name: 'tag list item', inject: (t, r) => insertLine(t, r, `• ${name(r)}`) },
      { name: 'byline', inject: (t, r) => aboveText(t, `by ${name(r)} ${name(r)} ${date(r).replace(/^\w+, /, '')}`) },
      { name: 'photo credit', inject: (t, r) => insertLine(t, r, `Photo: ${name(r)} ${name(r)}`) },
      { name: 'HTML entity', inject: (t, r) => { const m = pick(t, /(?<=[A-Za-z])['’](?=s\b)/g, r); return m && replaceAt(t, m.index, 1, '&apos;'); } },
      { name: 'HTML line break', inject: (t, r) => { const m = pick(t, /(?<=[a-z]\.) (?=[A-Z])/g, r); return m && replaceAt(t, m.index, 1, '<br /><br />'); } },
      { name: 'lorem ipsum', inject: (t, r) => insertLine(t, r, 'Lorem ipsum dolor sit amet consectetur') },
      { name: 'view count', inject: (t, r) => aboveText(t, `${100 + Math.floor(r() * 9000)} ${choose(['views', 'comments', 'shares'], r)}`) },
      { name: 'post dateline', inject: (t, r) => aboveText(t, `${choose(['Posted', 'Published', 'Updated'], r)} on ${date(r).replace(/^\w+, /, '')} by ${name(r)}`) },
      { name: 'credit with a slash', inject: (t, r) => insertLine(t, r, `${name(r)} ${name(r)}/${choose(['AFP', 'Reuters', 'EFE', 'Twitter', 'Handout'], r)}`) },
      { name: 'link under a label', inject: (t, r) => insertLine(t, r, `${choose(['Read also', 'See also', 'Read more', 'Watch'], r)}: ${name(r)} ${choose(['plans talks with', 'meets', 'rejects offer from'], r)} ${name(r)}`) },
      { name: 'contact line', inject: (t, r) => { const n = name(r); return aboveText(t, `Reporter ${n} ${name(r)} (${n.toLowerCase()}@example.com)`); } },
      { name: 'caption in brackets', inject: (t, r) => insertLine(t, r, `[${choose(['Photo', 'Image', 'Video'], r)} provided by ${name(r)} ${choose(['News', 'Agency', 'Times'], r)}]`) },
      { name: 'pointer to an embed', inject: (t, r) => insertLine(t, r, `${choose(['Watch the video', 'Come and take a look', 'See the photos'], r)} ${choose(['↓', '👇', '▼'], r)}`) },
      { name: 'agency dateline before the lede', inject: (t, r) => { const m = pick(t, /^[A-Z][a-z]+ [^\n]{40,}$/gm, r); if (!m) return undefined; const dateline = `${choose(['Xinhua News Agency', 'China News Service'], r)}, ${name(r)}, ${choose(['March', 'June', 'October'], r)} ${1 + Math.floor(r() * 28)} (Reporter ${name(r)} ${name(r)}) `; return replaceAt(t, m.index, 0, dateline, [0, dateline.length - 1]); } },
      { name: 'caption ending in its photographer and wire', inject: (t, r) => insertLine(t, r, `${name(r)} speaks to supporters in ${name(r)} on ${choose(['Monday', 'March 3', 'the 9th'], r)}. (${name(r).toUpperCase()} ${name(r).toUpperCase()} / ${choose(['AFP', 'EPA', 'AP', 'ANSA'], r)})`) },
      { name: 'embed consent box', inject: (t, r) => insertLine(t, r, choose(['I consent to the external content being displayed to me.', 'At this point you will find external content selected by our editors.'], r)) },
      // A script of the page's ads left in the text, a line of it (written here, not taken from a page).
      { name: 'line of an ad script', inject: (t, r) => insertLine(t, r, choose([`googletag.cmd.push(function() { googletag.display('slot-${name(r).toLowerCase()}'); });`, `slotName: '${name(r).toLowerCase()}_article_${1 + Math.floor(r() * 9)}',`, `refreshRate: ${10 + Math.floor(r() * 50)},`, '},{', '});'], r)) },
      // Other stories' headlines below the story: three lines without a stop, each naming someone.
      { name: 'other stories listed at the end', inject: (t, r) => {
        if (!/[.!?]["”’]?\s*$/.test(t)) return undefined;
        const lines = [`${name(r)} wins ${choose(['run-off', 'vote', 'final'], r)} in ${name(r)}`, `Minister ${name(r)} resigns after ${choose(['audit', 'protests', 'leak'], r)}`, `${name(r)} and ${name(r)} sign ${choose(['trade deal', 'truce', 'pact'], r)}`];
        const body = t.replace(/\s*$/, '');
        const added = `\n${lines.join('\n')}`;
        return { text: `${body}${added}\n`, span: [body.length + 1, body.length + added.length] };
      } },
      { name: 'site name after a headline', inject: (t, r) => { const m = pick(t, /^[A-Z][^\n.!?]{15,80}(?=\r?\n)/gm, r); if (!m) return undefined; const label = ` - ${choose([`${name(r)}News`, `${name(r).toLowerCase()}.com`, `${name(r)}Daily`], r)}`; return replaceAt(t, m.index + m[0].length, 0, label, [0, label.length]); } },
    ],
  },
  {
    name: 'split name, any continuation',
    rules: ['attribution/split-name', 'attribution/split-name-unstopped', 'punctuation/doubled-punctuation', 'sentence/one-word-sentence'],
    variants: [
      { name: 'A told. B, reporters', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `Deputy Police Chief ${a} told. ${b}, reporters.`, (s) => spanOf(s, `${a} told. ${b}`)); } },
      { name: 'A said. B, that', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `Defence Minister ${a} said. ${b}, that the border would stay closed.`, (s) => spanOf(s, `${a} said. ${b}`)); } },
      { name: 'said A. B. at a paragraph end', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `“We will not give up,” said ${a}. ${b}.`, (s) => spanOf(s, `said ${a}. ${b}`)); } },
      { name: 'A said B, at (no stop)', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `The talks went well, ${choose(['spokeswoman', 'spokesperson', 'minister', 'ambassador'], r)} ${a} said ${b}, ${choose(['at a press conference', 'in a statement', 'adding that the border stays open'], r)}.`, (s) => spanOf(s, `${a} said ${b}`)); } },
      { name: 'A said. B,, arguing', inject: (t, r) => { const [a, b] = [name(r), name(r)]; return appendSentence(t, r, `President ${a} said. ${b},, arguing that aid must continue.`, (s) => spanOf(s, `${a} said. ${b},,`)); } },
    ],
  },
  {
    name: 'stacked prepositions',
    rules: ['grammar/stacked-prepositions', 'grammar/preposition-stack', 'attribution/garbled-preposition'],
    variants: ['from', 'at', 'with', 'by'].map((second) => ({
      name: `of ${second} the`,
      inject: (t, r) => { const m = pick(t, /(?<=\b[a-z]{3,}(?<!ed|ly|en) )of (?=the )/g, r); return m && replaceAt(t, m.index, 3, `of ${second} `, [0, 3 + second.length]); },
    })).concat([{ name: 'with from the', inject: (t, r) => { const m = pick(t, /(?<=\b[a-z]{3,}(?<!ed|ly|en) )with (?=the )/g, r); return m && replaceAt(t, m.index, 5, 'with from ', [0, 9]); } }]),
  },
  {
    name: 'sentences run together',
    rules: ['sentence/capital-mid-sentence', 'sentence/capitalised-common-word'],
    variants: [
      { name: 'stop lost', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{3})\. (?=(?:The|It|He|She|We|They|This|There|In|On|After|When|But) [a-z])/g, r); return m && replaceAt(t, m.index, 2, ' ', [1, 4]); } },
      { name: 'stop turned comma', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{3})\. (?=(?:The|It|He|She|We|They|This|There) [a-z])/g, r); return m && replaceAt(t, m.index, 2, ', ', [2, 4]); } },
      // A name that ended a sentence, its stop lost before a pronoun (`coach Tobin Marsh He said`).
      { name: 'name run into a pronoun', inject: (t, r) => {
        const m = pick(t, /(?<=[a-z]{3})\. (?=[A-Z])/g, r);
        if (!m) return undefined;
        const pronoun = choose(['He', 'She'], r);
        const lead = `. Fans praised ${choose(['coach', 'minister', 'striker', 'mayor'], r)} ${name(r)}${choose(['ov', 'ska', 'ini', 'ez'], r)} `;
        const added = `${lead}${pronoun} ${choose(['said', 'added', 'insisted'], r)} so. `;
        return { text: t.slice(0, m.index) + added + t.slice(m.index + 2), span: [m.index + lead.length, m.index + lead.length + pronoun.length] };
      } },
    ],
  },
  {
    name: 'word cut off as a sentence',
    rules: ['sentence/one-word-sentence'],
    variants: [
      // The last word of a sentence made a sentence of its own (`from time to time. Model.`).
      { name: 'time. Model.', inject: (t, r) => {
        const m = pick(t, /(?<=\b[a-z]{3,} )[a-z]{4,}(?=\. [A-Z])/g, r);
        return m && replaceAt(t, m.index - 1, m[0].length + 1, `. ${m[0][0].toUpperCase()}${m[0].slice(1)}`, [2, m[0].length + 3]);
      } },
    ],
  },
  {
    name: 'punctuation debris',
    rules: ['punctuation/decimal-comma', 'punctuation/reversed-quote', 'punctuation/comma-dash', 'punctuation/stray-mark-after-stop', 'punctuation/stop-dash', 'punctuation/mark-opening-line', 'spacing/space-before-punctuation', 'punctuation/unbalanced-quotes', 'punctuation/doubled-quote', 'punctuation/tex-quotes', 'punctuation/equals-gloss', 'spacing/space-before-closing-quote', 'encoding/lost-letter', 'punctuation/dialogue-dash', 'punctuation/dash-attribution', 'spacing/glued-quote', 'truncation/empty-quotes'],
    variants: [
      { name: ',” — said', inject: (t, r) => { const m = pick(t, /,” (?=said|says|added)/g, r); return m && replaceAt(t, m.index, 3, ',” — '); } },
      { name: '. , More', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{3})\. (?=[A-Z])/g, r); return m && replaceAt(t, m.index, 2, '. , ', [0, 3]); } },
      { name: '” ”', inject: (t, r) => { const m = pick(t, /(?<=[a-z][.?!])”/g, r); return m && replaceAt(t, m.index, 1, '” ”'); } },
      { name: "``TeX quotes''", inject: (t, r) => { const m = pick(t, /“([^“”\n]{1,300})”/g, r); return m && replaceAt(t, m.index, m[0].length, `\`\`${m[1]}''`); } },
      { name: 'A = B gloss', inject: (t, r) => appendSentence(t, r, `It joined the ${name(r).toUpperCase().slice(0, 3)} = ${name(r)} Trade Council in 2019.`, (s) => spanOf(s, '=')) },
      { name: 'space before a closing quote at a line end', inject: (t, r) => { const m = pick(t, /(?<=[a-z]\.)”(?=\r?\n)/g, r); return m && replaceAt(t, m.index, 1, ' ”', [0, 1]); } },
      { name: 'decimal comma', inject: (t, r) => appendSentence(t, r, `The figure rose to ${1 + Math.floor(r() * 98)},${1 + Math.floor(r() * 9)} ${choose(['percent', 'million', 'billion', 'per cent'], r)} last year.`, (s) => { const at = s.search(/\d,\d/) + 1; return [at, at + 1]; }) },
      { name: 'closing quote turned the wrong way', inject: (t, r) => { const m = pick(t, /(?<=[a-z][.,?!]?)”(?=[\s,.])/g, r); return m && replaceAt(t, m.index, 1, '“'); } },
      { name: '(EFE).- dateline', inject: (t, r) => aboveText(t, `${choose(['Madrid', 'Lisbon', 'Bogotá', 'Lima'], r)}, ${1 + Math.floor(r() * 28)} ${choose(['Mar', 'Jun', 'Oct'], r)} (${choose(['EFE', 'Lusa', 'AFP'], r)}).- The figures were published on ${choose(['Monday', 'Tuesday'], r)}.`) },
      { name: '.Word at a paragraph start', inject: (t, r) => { const m = pick(t, /(?<=\n)(?=[A-Z][a-z])/g, r); return m && replaceAt(t, m.index, 0, '.', [0, 1]); } },
      { name: '? for a lost letter', inject: (t, r) => { const m = pick(t, /(?<=[A-Za-z])['’](?=s\b)/g, r); return m && replaceAt(t, m.index, 1, '?'); } },
      // The dialogue dash of Polish, Turkish or Spanish: speech opened with a dash, not a quote.
      // (A paragraph of speech: three sentences, as the rule wants of a line that could be a list's bullet.)
      { name: 'speech opened with a dash', inject: (t, r) => insertLine(t, r, `${choose(['–', '—'], r)} ${choose(['We have done what we promised.', 'I am ready for the debate.', 'Our voters know the truth.'], r)} ${choose(['Nobody can deny it.', 'The rest is noise.', 'It is that simple.'], r)} ${choose(['We will go on with the reform.', 'The country needs stability now.', 'I will say it again tomorrow.'], r)}`) },
      // An attribution after a dash at a sentence's end: `… in the hall – said Kaczyński.`
      { name: '– said Name. at a sentence end', inject: (t, r) => { const m = pick(t, /(?<=[a-z]{3})\.(?= [A-Z])/g, r); if (!m) return undefined; const text = ` – ${choose(['said', 'added', 'commented', 'stressed'], r)} ${name(r)}.`; return replaceAt(t, m.index, 1, text, [1, text.length - 1]); } },
      // A space lost at a quote after a sentence's end: `the system.”added the minister`.
      { name: 'quote glued after a stop', inject: (t, r) => { const m = pick(t, /(?<=[a-z][.,])” (?=[a-z])/g, r); return m && replaceAt(t, m.index, 2, '”', [0, 1]); } },
      // A link's text lost inside brackets: `the detention of () was`.
      { name: 'empty brackets where a link was', inject: (t, r) => { const m = pick(t, /(?<=[a-z] )(?:[A-Z][a-z]+ ){1,2}(?=[a-z])/g, r); return m && replaceAt(t, m.index, m[0].length, '() ', [0, 2]); } },
    ],
  },
  {
    name: 'truncated word before the next sentence',
    rules: ['truncation/truncated-word'],
    subset: { name: 'cut leaves no English word', test: (span, isEnglishWord) => !isEnglishWord(span) },
    variants: [
      { name: 'two or three letters left', inject: (t, r) => { const m = pick(t, /(?<= )([a-z]{6,})(?=\. [A-Z])/g, r); return m && replaceAt(t, m.index, m[0].length, m[1].slice(0, 2 + Math.floor(r() * 2))); } },
    ],
  },
  {
    name: 'truncated word mid-sentence',
    rules: ['truncation/truncated-word'],
    subset: { name: 'cut leaves no English word', test: (span, isEnglishWord) => !isEnglishWord(span) },
    variants: [
      // A word of seven letters or more cut to three to six, after a number and before a function word (`a total of 96
      // flig on the 29th`), the form truncated-word looks for (after any word, clippings and loanwords abound).
      { name: 'after a number, before a function word', inject: (t, r) => { const m = pick(t, /(?<=\d )([a-z]{7,})(?= (?:the|of|in|on|at|to|for|with|by|from|and|that|is|was) [a-z])/g, r); return m && replaceAt(t, m.index, m[0].length, m[1].slice(0, 3 + Math.floor(r() * Math.min(4, m[1].length - 4)))); } },
    ],
  },
  {
    name: 'web furniture',
    rules: ['furniture/trailing-block'],
    variants: [
      ...[
        'Jane Smith\n\nReporter covering Europe and energy\n\nRelated Articles\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *',
        'Share this:\nFacebook Twitter WhatsApp Email\nTags: politics, world\n© 2024 Daily Example. All rights reserved.',
        'Read more: Leaders meet in Brussels\nSubscribe to our newsletter\nBack to top',
        'Print this page\nEmail this article\nAdvertisement\nFollow us on Twitter',
        'Previous article\nNext article\nYou may also like\nComments (3)',
        'We use cookies to improve your experience on our site.\nAccept all cookies\nCopyright 2023 Example Media Group',
        'Share this:\nClick to share on X (Opens in new window)\nClick to print (Opens in new window)\nLike this:\nLike Loading...\nRelated',
        'Post navigation\nPrevious Post\nNext Post\nNotify me of new posts by email.\nThis site uses Akismet to reduce spam.',
        '(Editor: Jane Roe, John Doe)',
        'About the author\nJane Smith is a reporter covering energy. She joined the paper in 2015.\n\nRelated Posts:\nLeaders meet in Brussels\nFacebook Comments',
        'Follow us on Google News\nDisclaimer: The views expressed are the author\'s own.\nPhoto: Reuters',
      ].map((block, i) => ({ name: `trailing block ${i + 1}`, inject: (t) => { const body = t.replace(/\s+$/, ''); const text = `${body}\n\n${block}\n`; return { text, span: [body.length + 2, body.length + 2 + block.length] }; } })),
      ...['Advertisement', 'Read more', 'Print this page', 'Share this article', 'Related Articles', 'Most Read', 'Source link'].map((line) => ({
        name: `stray line “${line}”`,
        inject: (t, r) => { const m = pick(t, /\n(?=[A-Z])/g, r); return m && replaceAt(t, m.index, 1, `\n\n${line}\n\n`, [2, 2 + line.length]); },
      })),
    ],
  },
];
