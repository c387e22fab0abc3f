// The sentence-break and punctuation rules on clean news English written for this test (none of it from the corpus or
// the benchmarks), in the shapes a careless rule takes for a sentence run together, broken or left with debris: titles
// of works and newspapers after a comma (`his film, The Irishman,`, `On Monday, The New York Times reported`), `The
// Hague`, headlines in title case, quotations of several paragraphs each opening with a quote, abbreviations before a
// comma (`Inc.,`, `Wash.,`), lists, datelines, a sentence that picks up the last word of the one before.
import { describe, expect, it } from 'vitest';
import { builtInFindings, eachPassageFlagsNothing } from '../helpers/rule.js';

const flagged = await builtInFindings('sentence/', 'punctuation/');

describe('sentence and punctuation rules on invented clean news', () => {
  const pages = [
    "Martin Scorsese's latest film, The Irishman, premiered in New York on Friday, and critics were quick to praise it.\nThe summit in The Hague ended on Tuesday. Delegates from 40 countries attended, officials said.\nOn Monday, The New York Times reported that the company had cut 2,000 jobs.\nEarlier this week, The Guardian revealed that the minister had met lobbyists twice.\nThe girl was found in the pond on Friday afternoon, The Augusta Chronicle reported.\n",
    "Apple Inc., Microsoft Corp. and Alphabet Inc. all reported higher profits, the U.S. Commerce Department said.\nThe delegation visited Paris, Berlin, Rome, and The Hague before returning to Washington, D.C., on Sunday.\n\"We will not give up,\" she said. \"We have come too far.\"\n\"The first thing we did was call the police.\n\"Then we waited for hours, and nobody came.\n",
    "\"It was the longest night of my life,\" he said.\nWASHINGTON (AP) — The Senate passed the bill late Thursday, sending it to the president's desk.\nLONDON, March 3 (Reuters) - British inflation rose to 4.2 percent in January, the highest level in a decade.\nStorm Hits Coast, Leaving Thousands Without Power\nHow the Vaccine Works and Why It Matters\n",
    "Her Majesty the Queen opened the new wing of the hospital on Wednesday.\nThe band played songs from their album Abbey Road, and the crowd sang along.\nPolice said the suspect, a 34-year-old man from Leeds, was arrested at his home.\nResidents said the water had risen quickly. Officials said the dam would hold.\nHe paid the tax. Officials said it was due by the end of the month.\n",
    "Smith, who joined the club in 2019, scored twice. Jones, 28, added a third.\nThe company sold its stake in the firm. Apple in turn bought the remaining shares, a filing by Apple showed.\nThe minister met the press. Talks with the unions lasted four hours.\nShe starred in How to Train Your Dragon and wrote What the Dog Saw, a collection of essays.\nThe museum's new exhibition, Treasures of the Nile, opens in May.\n",
    "Among those present were the mayor, the police chief and two council members.\nThe report lists three causes: poor maintenance, heavy rain and a lack of staff.\nPrices rose 3% in March, 4% in April and 5% in May, according to the statistics office.\nReading, a town in Berkshire, voted to expand its library.\nThe victims were taken to St. Mary's Hospital, where two died.\n",
    "Doctors Without Borders said its teams had treated more than 500 people.\n\"Thank you,\" he said, and left the room.\nThe bill, known as the Inflation Reduction Act, passed by a single vote.\nSpeaking on Monday, the prime minister said the talks would continue.\nAfter the meeting, The Times said, the two leaders shook hands.\n",
    "The court in The Hague rejected the appeal on Thursday, the lawyers said.\nHe was born in 1950 in Lyon, France, and moved to Canada in 1975.\nFans of the show Friends will recognise the set.\nThe team beat Arsenal 2-1 on Saturday. Arsenal had won their previous five games.\nTemperatures will fall to minus 10 degrees, forecasters said. Schools will stay open.\n",
    "The Red Cross, the U.N. refugee agency and local groups are helping the displaced.\nIn 2019, the company moved its headquarters to Dublin. In 2021 it moved again.\n\"I never thought I'd see this day.\"\nHe said the decision was \"a disgrace.\"\nThe ship left port at 6 a.m. Tuesday and reached Dover at noon.\n",
    "Floods in the north\nThe rain fell all night, and rivers burst their banks in three provinces.\niPhone sales rose 8 percent in the quarter, Apple said.\nThe plan has three parts:\n- cutting emissions by half by 2030;\n",
    "- planting a billion trees;\n- taxing aviation fuel.\nHe hit the ball hard. Ball boys scrambled to collect it.\nShe bought a new car. Electric models now make up a third of sales.\nThey reached the summit. Summit fever, doctors say, is a real danger.\n",
    "The council approved the budget. Budget cuts will hit libraries first.\nThe hospital admitted the patient. Patient groups welcomed the change.\nThe prime minister spoke to the nation. Nation-building, she said, takes time.\n\"We have a plan.\nIt is simple, and it will work.\"\n",
    "The minister said: \"Prices will fall.\"\nAccording to the report, which was published on Monday, the economy grew by 2 percent.\nHe wrote on Twitter: \"What a day!\"\nThe firm's chief executive, Jane Doe, said in a statement that the merger \"makes sense for everyone.\"\nKirkland, Wash., is home to several tech firms. So is Redmond, Wash., nearby.\n",
    // A second review's passages (each was reported by a rule once).
    "They signed the deal. Construction of the bridge begins next year.\nLast year, The Rolling Stones were the highest-earning touring act.\nThe bishop said believers could feel His love even in times of grief.\nCritics said Her was the most original film of the year.\nShe rewatched Suits during the lockdown and now wants to study law.\n",
    "The report, Making the Grade, found that schools lag behind.\nThe baby weighed 9 lbs., the hospital said.\nThe cost of the scheme — says the watchdog — has nearly doubled.\nLocal papers carried the warning in Hindi: “भारी बारिश की संभावना है।”\n",
    "“There is no money left,” the treasurer told the meeting.\n“We have spent the reserves on repairs, and the roof still leaks.\n“Without help from the diocese, the church will close by Easter.”\nThe diocese said it would consider the request.\n",
    "Tennis star wins again\nthe defending champion beat her rival in straight sets\nShe will play in the final on Sunday.\nTickets are sold out.\nThe prize went to a young writer from Lagos.\nRead more\nbell hooks, whose work she cites as an influence, died in 2021.\n",
    "The agreement was signed in Geneva on Friday.\nThe text reads in part:\nthe parties agree to cease all hostilities\nand to allow aid to reach civilians\nDiplomats said the deal was fragile.\n",
    "Shares in the firm, which was founded by two students, rose after the\nfounders appeared on the quiz show Jeopardy!,\nthe company said. Analysts were surprised.\n",
    "The activities the ministry organised were cancelled. The day the works will be completed is not yet known.\nThose who break the rules will be fined, the council said. The fact the roads were closed has been criticised.\nIt is the kind of project the residents have been asking for, and the works the company has finished are solid.\n",
    "The film, It's a Wonderful Life, airs every December.\nThe novel The Remains of the Day won the Booker Prize in 1989.\nThe dog ran off. Owners are asked to keep pets on a lead in the park.\nShe joined the army. Army life, she said, suited her.\nThe results will be published in the journal Nature next week.\n",
  ];
  eachPassageFlagsNothing(pages, flagged);
});

/** A paragraph written on one line, longer than any wrapping column: the layout broken-line reads. */
const PARAGRAPH = 'The ferry sails twice a day from the harbour, and tickets for the summer were sold out within a week of going on sale.';

describe('sentence and punctuation rules on invented artifacts', () => {
  it.each([
    ['The council met on Monday, Taking the decision to close the museum for a year.\n', 'sentence/comma-before-sentence: Taking'],
    [`The crew said the ship had\nbeen repaired in the spring.\n${PARAGRAPH}\n${PARAGRAPH}\n`, 'sentence/broken-line: had\nbeen'],
    ['The mayor said the new bridge would cost more than planned.\"\nWork starts in May.\n', 'punctuation/unbalanced-quotes: \"'],
    ['The fair opened on the 12th., Thousands came to see it.\n', 'punctuation/stray-mark-after-stop: .,'],
    ['The floods cut the road to the village as expected, Leaving the villagers without food for a week.\n', 'sentence/capitalised-common-word: Leaving'],
    ['Residents were told to stay indoors and avoid outdoor activities the Ministry of Health also announced the closure of schools.\n', 'sentence/run-on-clause: activities the'],
    ['The old town will be rebuilt to match its historic character the works will be finished by 2027.\n', 'sentence/run-on-clause: character the'],
    // The finding shows the word the sentence was cut after, with the break.
    ['The committee agreed to postpone the vote on the budget\n\nuntil the auditors have reported, the chairman said.\n', 'sentence/split-paragraph: budget\n\n'],
  ])('%s', (text, finding) => {
    expect(flagged(text)).toEqual([finding]);
  });
});
