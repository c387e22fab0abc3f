// Glossaries: CSV, TSV and TBX read into terms, their errors with positions, and bilingual/glossary over units.
import { describe, expect, it } from 'vitest';
import { compileRules, lintSource } from '../src/engine.js';
import { UsageError } from '../src/errors.js';
import { parseGlossary, withGlossary } from '../src/glossary.js';
import { BUILT_IN_RULES, loadRules } from '../src/rules/load.js';

const TBX_2008 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="zh">
  <martifHeader><fileDesc><sourceDesc><p>Desk glossary</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <langSet xml:lang="zh"><tig><term>国务院</term></tig></langSet>
      <langSet xml:lang="en-US"><tig><term>State Council</term></tig><ntig><termGrp><term>the State Council</term></termGrp></ntig></langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="zh"><tig><term>央行</term></tig><tig><term>中国人民银行</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>People's Bank of China</term></tig></langSet>
    </termEntry>
    <termEntry id="c3"><langSet xml:lang="zh"><tig><term>只有源语</term></tig></langSet></termEntry>
  </body></text>
</martif>
`;

const TBX_3 = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="1">
      <langSec xml:lang="en"><termSec><term>sign in</term></termSec></langSec>
      <langSec xml:lang="de"><termSec><term>anmelden</term></termSec><termSec><term>einloggen</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as UsageError).problems[0];
  }
  return undefined;
};

describe('reading a glossary', () => {
  it('CSV: a term per row, each further column an accepted target term; a header row and quoted commas', () => {
    expect(parseGlossary('\uFEFFsource,target,target\n国务院,State Council,the State Council\n\n"Xi Jinping, President",Xi\n', 'g.csv')).toEqual([
      { source: '国务院', target: ['State Council', 'the State Council'] },
      { source: 'Xi Jinping, President', target: ['Xi'] },
    ]);
    expect(parseGlossary('sign in\tanmelden\n', 'g.tsv')).toEqual([{ source: 'sign in', target: ['anmelden'] }]);
  });

  it('TBX 2008 and TBX v3: terms by language, the source language the file’s own; entries without a target skipped', () => {
    expect(parseGlossary(TBX_2008, 'g.tbx')).toEqual([
      { source: '国务院', target: ['State Council', 'the State Council'] },
      { source: '央行', target: ["People's Bank of China"] },
      { source: '中国人民银行', target: ["People's Bank of China"] },
    ]);
    expect(parseGlossary(TBX_3, 'g.tbx')).toEqual([{ source: 'sign in', target: ['anmelden', 'einloggen'] }]);
  });

  it('a bad glossary is an error naming the file, line and column', () => {
    expect(problemOf(() => parseGlossary('国务院,State Council\n央行\n', 'g.csv'))).toEqual({ file: 'g.csv', line: 2, column: 1, message: 'a glossary row needs a source term and at least one target term' });
    expect(problemOf(() => parseGlossary('a,"b\n', 'g.csv'))).toMatchObject({ file: 'g.csv', line: 1, message: expect.stringMatching(/^not a CSV glossary: Quote Not Closed/) });
    expect(problemOf(() => parseGlossary('<martif>\n<text></martif>\n', 'g.tbx'))).toMatchObject({ file: 'g.tbx', line: 2, column: 7, message: expect.stringMatching(/^not a TBX glossary: /) });
    expect(problemOf(() => parseGlossary('source,target\n', 'g.csv'))).toEqual({ file: 'g.csv', message: 'the glossary holds no source term with a target term' });
  });
});

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);

describe('bilingual/glossary', () => {
  const glossaryRule = rules.filter((r) => r.id === 'bilingual/glossary');
  const unit = (source: string, target: string) => `<xliff version="1.2"><file><body><trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;
  const lint = (terms: string, source: string, target: string) => {
    const text = unit(source, target);
    return lintSource(text, compileRules(withGlossary(glossaryRule, parseGlossary(terms, 'g.csv'))), 'x.xlf').map((f) => [f.message.replace(/ \(source at.*/, ''), text.slice(f.related!.offset, f.related!.offset + f.related!.length)]);
  };

  it('finds nothing without a glossary', () => {
    expect(lintSource(unit('国务院开会。', 'The Cabinet met.'), compileRules(glossaryRule), 'x.xlf')).toEqual([]);
  });

  it('requires one of the target terms, without case, and points at the term in the source', () => {
    expect(lint('国务院,State Council,the State Council\n', '昨天国务院开会。', 'Yesterday the Cabinet met.')).toEqual([['Terminology: the source\'s "国务院" is to be translated "State Council" or "the State Council"', '国务院']]);
    expect(lint('国务院,State Council\n', '昨天国务院开会。', 'Yesterday the state council met.')).toEqual([]);
  });

  it('matches whole words in scripts written with spaces, anywhere in scripts without', () => {
    expect(lint('EU,EU\n', 'Prices in EUR', 'Preise in Euro')).toEqual([]);
    expect(lint('EU,EU\n', 'The eu budget', 'Der Haushalt')).toEqual([['Terminology: the source\'s "eu" is to be translated "EU"', 'eu']]);
    expect(lint('央行,central bank\n', '美国央行加息', 'The Fed raised rates')).toHaveLength(1);
    expect(lint('bank,Bank\n', 'a bank', 'eine Banknote')).toHaveLength(1);
  });
});
