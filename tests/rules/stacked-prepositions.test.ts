// The built-in preposition rules together, in-process: two prepositions stacked where English does not stack them are
// found, and the pairs English does make (particles, stranded prepositions, `from under`, `until after`…) are not.
import { describe, expect, it } from 'vitest';
import { builtInFindings } from '../helpers/rule.js';

/** Every finding of every built-in rule, as `rule: text`. */
const findings = await builtInFindings();

// Invented clean news sentences, each with two prepositions in a row that English makes.
const LEGIT = [
  'Rescuers pulled two children out from under the collapsed roof on Tuesday.',
  'Prices could rise by up to 8 per cent as of next month, the bank said.',
  'The final was postponed until after the winter break because of the storm.',
  'The family has lived in the valley since before the war.',
  'The room in which the talks were held was sealed by police.',
  'When the alarm sounded, staff ran out into the street.',
  'After the defeat, the coach said the squad had moved on to the next match.',
  'Two aides were in on the plan from the start, prosecutors said.',
  'The village lies in between two rivers that flood every spring.',
  'The minister she reported to during the crisis resigned on Friday.',
  'It is the only bridge the lorries can cross over in winter.',
  'The striker cut in from the left and scored in the final minute.',
  'Protesters came in through the side gate and sat down in the hall.',
  'The firm he worked for until his retirement was sold in 2019.',
  'The council voted to move the market over to the new square.',
  'Demand has grown from within the party for a new leader.',
  'Fans poured onto the pitch from behind the goal after the whistle.',
  'The ceasefire held from before dawn until after midnight.',
  'She grew up in a town he had never heard of in northern Spain.',
  'Police moved in at around midnight and cleared the camp.',
  'The lights will stay on until the end of the festival.',
  'From that day on until his death, he never spoke about the crash.',
  'The house the couple moved into during the summer was damaged by the flood.',
  'The plan was agreed upon by all ten members of the board.',
  'The club she moved to from Chelsea in 2019 won the league.',
  'The army pulled back from across the border overnight.',
  'He was sworn in on Wednesday and went straight on to his first cabinet meeting.',
  'Growth in per capita income slowed, the ministry said.',
  'Inflation rose from 5 to 7 per cent, and to 9 per cent by May.',
  'The statement he made reference to in his speech was never published.',
  // A relative clause whose subject is its relative word: passives and particles take a second preposition.
  'The fans, who were spoken to by stewards, left; the striker who broke through from midfield scored.',
  'The law, which is referred to in the report, dates back to at least 1990; the tenant who moved from near the station paid.',
  // A word of estimate after a verb is the verb's own (`talked about`), or a particle.
  'What the ministers talked about at the summit stayed secret; the rumour came about in the spring.',
  'The strike lasted for about 120 days and cost around 5 million euros; a crowd of about 2,000 gathered at around 10 p.m.',
  // A preposition and its noun, then a particle or an adverb, or a pair English makes.
  'With the lights on at the party and his hands up in the air, he sang; the stadium across from the hotel was full.',
  'She had spoken against the plan before on radio; the policy was until now frowned upon by many; the team was in control throughout at home.',
];

describe('stacked prepositions', () => {
  it.each(LEGIT)('leaves a pair English makes alone: %s', (sentence) => {
    expect(findings(sentence)).toEqual([]);
  });

  it('finds a pair where the first can be no particle: after a number word and its noun, or the noun a preposition takes', () => {
    expect(findings('Nine miners onto in the shaft were trapped.')).toEqual(['grammar/unstranded-preposition-pair: onto in']);
    expect(findings('Reports of voter intimidation in during Texas were denied.')).toEqual(['grammar/unstranded-preposition-pair: in during']);
    expect(findings('Her dependence upon from the state ended.')).toEqual(['grammar/unstranded-preposition-pair: upon from']);
  });

  it('finds two prepositions of a goal (or `to` before a whole range), a preposition before `per`, and one before a passive\'s agent that no verb strands', () => {
    expect(findings('The ships sailed toward into the harbour.')).toEqual(['grammar/unstranded-preposition-pair: toward into']);
    expect(findings('Wages of 12 dollars for per hour were paid.')).toEqual(['grammar/unstranded-preposition-pair: for per']);
    expect(findings('The plans were approved within by the council.')).toEqual(['grammar/unstranded-preposition-pair: within by']);
    expect(findings('Unemployment rose to from 4 per cent to 5 per cent.')).toEqual(['grammar/unstranded-preposition-pair: to from']);
  });

  it('finds a pair after a preposition and its noun, after the active verb of a who/which clause, and after a word of estimate', () => {
    expect(findings('Parts of road through over the valley were closed.')).toEqual(['grammar/unstranded-preposition-pair: through over']);
    expect(findings('The patient stayed in hospital with for two weeks.')).toEqual(['grammar/unstranded-preposition-pair: with for']);
    expect(findings('A woman who fled to at the school said she was safe.')).toEqual(['grammar/unstranded-preposition-pair: to at']);
    expect(findings('The bill, which amounts to about in 3 billion, passed.')).toEqual(['grammar/unstranded-preposition-pair: about in']);
    expect(findings('Water rose to a level of around at 4 metres.')).toEqual(['grammar/unstranded-preposition-pair: around at']);
  });

  it('finds `of` after a preposition before a name, a number or a bare noun', () => {
    expect(findings('Flights were cancelled across of Norway.')).toEqual(['grammar/preposition-stack: across of']);
    expect(findings('Sales dropped after of poor weather.')).toEqual(['grammar/preposition-stack: after of']);
  });
});
