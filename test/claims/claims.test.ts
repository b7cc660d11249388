import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../lib/claims';
import { cueVerb } from '../../lib/claims/lexicon';
import { findEntities } from '../../lib/nlp/entities';
import type { Claim } from '../../lib/types';

const claimsOf = (text: string) => findClaims(text, findEntities(text));
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(the|a|an)\s+/, '')
    .trim();

/** The claim whose content contains `words`. */
function claimWith(claims: Claim[], words: string): Claim {
  const found = claims.find((c) => c.content.text.includes(words));
  if (!found) throw new Error(`no claim contains "${words}"; found: ${claims.map((c) => c.content.text).join(' | ')}`);
  return found;
}

describe('the seed article', () => {
  const root = new URL('../fixtures/seed/', import.meta.url);
  const text = readFileSync(new URL('article.txt', root), 'utf8');
  const expected = JSON.parse(readFileSync(new URL('expected.json', root), 'utf8')) as {
    claims: Array<{ content: string; cue: string; source: string }>;
  };
  const claims = claimsOf(text);

  it.each(expected.claims.map((c) => [c.content.slice(0, 40), c] as const))(
    'finds “%s…” with its cue and source',
    (_, want) => {
      const content = want.content.replace(/'/g, '’');
      const claim = claims.find((c) => c.content.text.replace(/'/g, '’').includes(content.slice(0, 40)));
      expect(claim, want.content).toBeDefined();
      expect(claim!.cue.text.toLowerCase()).toBe(want.cue);
      expect(fold(claim!.source.name)).toBe(fold(want.source));
    },
  );

  it('keeps every span aligned with the text', () => {
    for (const c of claims) {
      expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
      expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
      if (c.source.mention)
        expect(text.slice(c.source.mention.start, c.source.mention.end)).toBe(c.source.mention.text);
    }
  });

  it('resolves pronouns and descriptions, keeping the mention as written', () => {
    const he = claimWith(claims, 'Ukraine must not use any pause');
    expect(he.source.mention?.text).toBe('He');
    expect(he.source.name).toBe('Vasily Nebenzya');
    expect(he.source.resolvedFrom?.text).toBe('Vasily Nebenzya');
    const ministry = claimWith(claims, 'downing over 150 Ukrainian drones');
    expect(ministry.source.mention?.text).toBe('The ministry');
    expect(ministry.source.name).toBe('Russian Defense Ministry');
    const surname = claimWith(claims, 'the talks would focus');
    expect(surname.source.mention?.text).toBe('Zakharova');
    expect(surname.source.name).toBe('Maria Zakharova');
    expect(surname.source.role).toMatch(/spokeswoman/);
  });
});

describe('sources with a description after a comma', () => {
  it('are the person named before the comma, not one named in the description', () => {
    const text =
      'Tad Devine, a senior adviser to Bernie Sanders, said the campaign would go on. ' +
      "Donald Trump's former campaign manager, Corey Lewandowski, said the campaign was over.";
    const claims = claimsOf(text);
    expect(claimWith(claims, 'would go on').source.name).toBe('Tad Devine');
    expect(claimWith(claims, 'was over').source.name).toBe('Corey Lewandowski');
  });

  it('are the person even when the description holds an "and" between two names', () => {
    const text =
      'Bob Alverson runs the boats. Alverson, a commissioner on the Pacific Halibut Commission, which has managed ' +
      'catch limits for U.S. and Canadian fishermen since 1924, described it as a stable resource. ' +
      'Michael McFaul, a senior fellow at the Hoover Institution and a former ambassador to Russia, said the talks had failed.';
    const claims = claimsOf(text);
    expect(claimWith(claims, 'a stable resource').source.name).toBe('Bob Alverson');
    expect(claimWith(claims, 'the talks had failed').source.name).toBe('Michael McFaul');
  });

  it('are named by the words before the comma when no name is known ("Smith, 54", "The minister, speaking …")', () => {
    const text =
      'A headline.\n\nSmith, 54, said the plan was flawed. The minister, speaking on state television, said the army had retreated. ' +
      'One of his advisers, Tad Devine, said the campaign would go on.';
    const claims = claimsOf(text);
    expect(claimWith(claims, 'the plan was flawed').source.name).toBe('Smith');
    expect(claimWith(claims, 'the army had retreated').source.name).toBe('minister');
    expect(claimWith(claims, 'would go on').source.name).toBe('Tad Devine');
  });

  it('are joint when the names are listed after the words that describe them', () => {
    const text =
      'Two Republican members of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, said the bill would fail.';
    expect(claimWith(claimsOf(text), 'the bill would fail').source.name).toMatch(/Ros-Lehtinen and Carlos Curbelo/);
  });
});

describe('what someone told a hearer, with no "that"', () => {
  it('starts after the hearer, not inside it', () => {
    const text =
      'A headline.\n\nSmith told reporters the post was a joke. Jones told members of the House the bill was dead. ' +
      'He told the crowd the wall would be built. He told the story of his life.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.content.text)).toEqual([
      'the post was a joke',
      'the bill was dead',
      'the wall would be built',
    ]);
  });
});

describe('reports and denied claims', () => {
  it('reads "The report, released Monday, found that …" with the report as its source, not as inverted', () => {
    const claims = claimsOf('A headline.\n\nThe report, released Monday, found that emissions rose.');
    expect(claimWith(claims, 'emissions rose').source.mention?.text).toBe('The report, released Monday');
  });

  it('keeps a claim that another claim denies', () => {
    const claims = claimsOf(
      'A headline.\n\nThe ministry claimed its forces had captured the village, a claim Kyiv denied.',
    );
    const claimed = claims.find((c) => c.cue.text === 'claimed');
    expect(claimed?.content.text).toBe('its forces had captured the village');
    expect(claimed?.source.name).toMatch(/ministry/);
  });
});

describe('names that are also auxiliaries', () => {
  it('finds what Theresa May said, however it is written, and what a name ending in “Might” said', () => {
    const text =
      'Prime Minister Theresa May said the deal was done. “It is done,” May said. “We will leave,” said Theresa May. ' +
      '“Nope. Still nothing,” All Might had replied brightly. Be warned: the scares will get you.';
    const claims = claimsOf(text);
    expect(claimWith(claims, 'the deal was done').source.name).toBe('Theresa May');
    expect(claimWith(claims, 'It is done').source.name).toBe('Theresa May');
    expect(claimWith(claims, 'We will leave').source.name).toBe('Theresa May');
    expect(claimWith(claims, 'Still nothing').source.mention?.text).toBe('All Might');
    expect(claims.map((c) => c.source.name)).not.toContain('Be');
  });
});

describe('words that are no cue or no source', () => {
  it('a past participle after a preposition modifies a noun: "with added costs", "of reported cases"', () => {
    const text =
      'The certification comes with added costs borne by the fishermen. ' +
      'The number of reported cases of the virus has grown.';
    expect(claimsOf(text)).toEqual([]);
  });

  it('a conjunction opening the sentence is not its source', () => {
    const text =
      "While he doesn't buy halibut much, Bassi keeps an eye on how it's handled and presented in the grocery stores. " +
      'But Clinton offered the Trump platform to offer up whatever he wanted.';
    for (const c of claimsOf(text)) expect(['While', 'But']).not.toContain(c.source.name);
  });

  it('a word that names no one is no source ("And", "Perhaps", an opening participle), a name ending in -ing is', () => {
    const text =
      'Uber has many defenders. And yet, it deceives the press and threatens to spy on journalists. ' +
      'Perhaps you figure out a fix to the bug, and want to mutate history so nobody knows. ' +
      'Recovering myself, I advanced towards the screen, and demanded the reason for such conduct. ' +
      'Beijing vowed to ignore the ruling. Curt Schilling posted a meme. Schilling said the post was a joke.';
    const claims = claimsOf(text);
    expect(claims.map((c) => c.source.name)).toEqual(['Beijing', 'Curt Schilling']);
  });
});

describe('pronouns', () => {
  it('resolve "she" and "he" past a nearer person the name says is not one', () => {
    const text =
      'Maria Zakharova met Donald Trump in Riyadh. “We are ready,” she said. ' +
      'Hillary Clinton spoke to Vladimir Putin later. “The door is open,” he said.';
    const claims = claimsOf(text);
    expect(claimWith(claims, 'We are ready').source.name).toBe('Maria Zakharova');
    expect(claimWith(claims, 'The door is open').source.name).toBe('Vladimir Putin');
  });

  it("take the article's word over the name lexicon (Lindsey is mostly a woman's name there)", () => {
    const text =
      'Lindsey Graham said he would vote no. Later Graham said he was tired. Maria Lopez met Graham on Tuesday. ' +
      '“We will not back down on this,” he said.';
    expect(claimWith(claimsOf(text), 'We will not back down').source.name).toBe('Lindsey Graham');
  });

  it('prefer a person known to fit over a nearer one whose gender nothing tells', () => {
    const text = 'Maria Lopez met Yun Tran in Ohio on Monday. “It will not work this year,” she said.';
    expect(claimWith(claimsOf(text), 'It will not work').source.name).toBe('Maria Lopez');
  });

  it('read the gender a description gives when there is no name', () => {
    const text =
      'A government spokeswoman said the talks would go on. Officials later met Sergei Lavrov and Sergei Shoigu in Moscow for many hours. “We agree on every point,” she said.';
    expect(claimWith(claimsOf(text), 'We agree').source.name).toBe('government spokeswoman');
  });
});

describe('forms of attribution', () => {
  it('direct quotations with the cue after, before or inverted', () => {
    const claims = claimsOf(
      '“The talks have failed,” Lavrov said on Monday.\n“We are ready,” said Zelensky.\nPeskov said: “Nothing has changed at all.”',
    );
    expect(claimWith(claims, 'The talks have failed').source.name).toBe('Lavrov');
    expect(claimWith(claims, 'We are ready').source.name).toBe('Zelensky');
    const colon = claimWith(claims, 'Nothing has changed');
    expect(colon.kind).toBe('direct');
    expect(colon.source.name).toBe('Peskov');
  });

  it('split quotations: the second part continues the first', () => {
    const claims = claimsOf('“We will hold the line,” the general said. “And we will not retreat from the river.”');
    const first = claimWith(claims, 'We will hold the line');
    const second = claimWith(claims, 'we will not retreat');
    expect(second.continues).toBe(first.id);
    expect(second.cue.text).toBe('said');
  });

  it('a quotation over several paragraphs continues; an unbalanced mark stops at its paragraph', () => {
    const text =
      'The mayor said: “The river is rising fast and the bridge is closed.\n“We ask everyone to stay at home tonight.”\n' +
      'Residents said the water reached their doors.\nA sign read “Closed\nThe council met on Friday and nobody said anything about it at all.';
    const claims = claimsOf(text);
    const part = claimWith(claims, 'We ask everyone');
    expect(part.continues).toBe(claimWith(claims, 'The river is rising').id);
    for (const c of claims) expect(c.content.text).not.toContain('The council met');
    expect(claimWith(claims, 'the water reached').source.name).toBe('Residents');
  });

  it('straight, single and guillemet marks', () => {
    const claims = claimsOf(
      '"Prices will fall next year," the minister said.\n‘It is a good day for the country,’ the mayor said.\n«Nous sommes prêts à parler,» the envoy said.',
    );
    expect(claimWith(claims, 'Prices will fall').kind).toBe('direct');
    expect(claimWith(claims, 'It is a good day').kind).toBe('direct');
    expect(claimWith(claims, 'Nous sommes').source.name).toBe('envoy');
  });

  it('indirect speech with and without “that”, infinitives, and cue after the content', () => {
    const claims = claimsOf(
      'The ministry announced that its forces had taken the town. Officials say the bridge was destroyed. ' +
        'The army claimed to have hit 150 targets in one day. The plan will fail, analysts warned.',
    );
    expect(claimWith(claims, 'its forces had taken').content.text.startsWith('that')).toBe(false);
    expect(claimWith(claims, 'the bridge was destroyed').source.name).toBe('Officials');
    expect(claimWith(claims, 'to have hit 150 targets').cue.text).toBe('claimed');
    const after = claimWith(claims, 'The plan will fail');
    expect(after.source.name).toBe('analysts');
    expect(after.cue.text).toBe('warned');
  });

  it('“according to” before and after the content', () => {
    const claims = claimsOf(
      'According to the Interior Ministry, 40 people were detained. The fire started at midnight, according to local firefighters.',
    );
    const first = claimWith(claims, '40 people were detained');
    expect(first.kind).toBe('according-to');
    expect(first.source.mention?.text).toBe('the Interior Ministry');
    expect(claimWith(claims, 'The fire started at midnight').source.name).toBe('local firefighters');
    const inside = claimsOf('At the heart of the trouble, according to Dennis Ross, was a decision by the president.');
    expect(claimWith(inside, 'was a decision').content.text).toMatch(/^At the heart of the trouble/);
  });

  it('passive reports have no source; beliefs, nominal cues and appositive subjects are found', () => {
    const claims = claimsOf(
      'It was reported that the talks had stalled. Senator Jane Roe believes the bill will pass. ' +
        "Moscow's claim that the strike hit a depot was disputed. Maria Lopez, a spokeswoman for the city, said the roads were open.",
    );
    expect(claimWith(claims, 'the talks had stalled').source.mention).toBeNull();
    expect(claimWith(claims, 'the bill will pass').kind).toBe('belief');
    expect(claimWith(claims, 'the strike hit a depot').source.name).toMatch(/Moscow/);
    expect(claimWith(claims, 'the roads were open').source.name).toBe('Maria Lopez');
  });

  it('the learned content end stops before an adverbial or a second clause', () => {
    const claims = claimsOf(
      'The mayor said the roads would reopen on Friday, but residents remained skeptical. ' +
        'The governor agreed to lend the company $5 million, and the union also stepped in with money.',
    );
    expect(claimWith(claims, 'the roads would reopen').content.text).toBe('the roads would reopen on Friday');
    expect(claimWith(claims, 'to lend the company').content.text).toBe('to lend the company $5 million');
    const both = claimsOf(
      'The senator said that the campaign was taking a close look at the provisions, and that her proposals did not cover every loophole.',
    );
    expect(claimWith(both, 'taking a close look').content.text).toMatch(/every loophole$/);
    const two = claimsOf(
      'Six in 10 voters said Clinton is honest and trustworthy, and three-quarters said the same of Sanders.',
    );
    expect(claimWith(two, 'Clinton is honest').content.text).toBe('Clinton is honest and trustworthy');
  });

  it('sources with a party label in parentheses', () => {
    const claims = claimsOf(
      '“The deal is dead,” Rep. Gwen Moore (D-Wis.) said Friday. Rep. Stephen Lynch (D-Mass.) said the law does not require it. ' +
        '“They would not get an immunity deal,” said Rep. Jim Jordan (R-Ohio), an oversight panel member.',
    );
    expect(claimWith(claims, 'The deal is dead').source.mention?.text).toBe('Rep. Gwen Moore (D-Wis.)');
    expect(claimWith(claims, 'the law does not require it').source.mention?.text).toBe('Rep. Stephen Lynch (D-Mass.)');
    expect(claimWith(claims, 'immunity deal').source.mention?.text).toBe('Rep. Jim Jordan (R-Ohio)');
  });

  it('progressive cues (“is promising”, “isn’t saying”, “have been demanding”)', () => {
    const claims = claimsOf(
      "Trump is promising lower taxes and more jobs. The attorney general isn't saying if the foundation broke any laws. " +
        'Protesters have been demanding that police release the video.',
    );
    expect(claimWith(claims, 'lower taxes').source.name).toBe('Trump');
    expect(claimWith(claims, 'the foundation broke').cue.text).toBe('saying');
    expect(claimWith(claims, 'police release the video').source.name).toBe('Protesters');
  });

  it('cue words beyond the lexicons, from the learned cue list', () => {
    const claims = claimsOf('Republicans are slamming the governor for his work defending death row inmates.');
    expect(claimWith(claims, 'the governor').source.name).toBe('Republicans');
  });

  it('cue words beyond the lexicons, from the learned cue model; only words the model has weights for', () => {
    expect(cueVerb('deemed')).toBeUndefined();
    expect(claimWith(claimsOf('The senator deemed the plan unworkable.'), 'the plan').cue.text).toBe('deemed');
    // Words the model never saw, which their neighbours alone used to make cues.
    for (const text of [
      'By then Barack Obama seemed like a spent force.',
      'The drugs appear to be of much higher quality.',
      'Meanwhile Ginger Nut munched his noon apple.',
      'I knew more about him than any one else.',
      'Alice realizes her bug fix is just fine as it is.',
    ]) {
      expect(claimsOf(text)).toEqual([]);
    }
  });

  it('a second cue verb joined by “and” shares the sentence’s subject', () => {
    const claims = claimsOf('Trump said the military is depleted and says he will expand the armed forces.');
    const second = claims.find((c) => c.cue.text === 'says');
    expect(second?.content.text).toBe('he will expand the armed forces');
    expect(second?.source.name).toBe('Trump');
  });

  it('a headline names its speaker before a colon; "The Latest:" is no speaker', () => {
    const claims = claimsOf(
      'Pence: Flowers Will Not Be at Debate, Trump Was Mocking Clinton Camp.\nThe governor spoke on Sunday.',
    );
    expect(claimWith(claims, 'Flowers Will Not Be').source.name).toBe('Pence');
    expect(claimsOf('The Latest: Trump rallies in Ohio.\nMore later.')).toEqual([]);
  });

  it('quotations signed by a name after a dash', () => {
    const claims = claimsOf(
      '“Trump must stop portraying us as gangsters.” ― Carla Sanchez. Getty.\n“He is ignorant of our culture.”― Pamela Padilla “Another one.” ― Ana Ruiz',
    );
    expect(claimWith(claims, 'Trump must stop').source.name).toBe('Carla Sanchez');
    expect(claimWith(claims, 'He is ignorant').source.name).toBe('Pamela Padilla');
    expect(claimWith(claims, 'Another one').source.name).toBe('Ana Ruiz');
  });

  it('an appositive subject after an opening connective', () => {
    const claims = claimsOf(
      'But Megan Hester, a senior associate at the Annenberg Institute, said parents still want neighborhood schools.',
    );
    expect(claimWith(claims, 'parents still want').source.name).toMatch(/^Megan Hester/);
  });

  it('a bare cue with a hearer or a subordinate clause after it takes the quotation before', () => {
    const claims = claimsOf(
      '“You knew I was a snake,” Trump told the crowd, reciting the lyrics. ' +
        '“Let everyone know,” President Hollande said Friday as he entered the long talks about the future of Europe after the vote.',
    );
    expect(claimWith(claims, 'You knew I was a snake').source.name).toBe('Trump');
    expect(claimWith(claims, 'Let everyone know').source.name).toMatch(/Hollande/);
  });

  it('source heads before a prepositional phrase or a role; "said of" is not content', () => {
    const claims = claimsOf(
      'Advisers to Mr. Obama say the president has grown exasperated. ' +
        'A lawyer for the news outlets, David Schulz, said no decision had been made. ' +
        '“It is fiscally responsible,” Leonard Burman, director of the Tax Policy Center, said of the plan.',
    );
    expect(claimWith(claims, 'grown exasperated').source.mention?.text).toBe('Advisers to Mr. Obama');
    expect(claimWith(claims, 'no decision had been made').source.mention?.text).toMatch(/David Schulz$/);
    expect(claimWith(claims, 'fiscally responsible').content.text).toMatch(/^“It is fiscally/);
  });

  it('long appositives with an age, a place and a relative clause', () => {
    const claims = claimsOf(
      'Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on the Mall, said the event brought back memories.',
    );
    expect(claimWith(claims, 'the event brought back').source.mention?.text).toMatch(
      /^Donna Rawlings, 59, of Ashton, Md\./,
    );
  });

  it('transcript speaker labels after an opening quote mark', () => {
    const claims = claimsOf(
      'The transcript follows.\n"PENCE: Well, look, this is serious business.\n"WALLACE: If I may, sir, will she be there?',
    );
    expect(claimWith(claims, 'this is serious business').source.mention?.text).toBe('PENCE');
    expect(claimWith(claims, 'will she be there').source.mention?.text).toBe('WALLACE');
  });

  it('dotted acronyms do not cut the source; a quotation opening the sentence wins over narration after the cue', () => {
    const claims = claimsOf(
      'The F.D.A. said it would review the drug again. ' +
        'Ana Ruiz, who worked for the U.N. agency until last year, said the plan had failed. ' +
        '“I never doubted it,” she said two weeks after the vote, and the crowd cheered.',
    );
    expect(claimWith(claims, 'review the drug').source.mention?.text).toBe('The F.D.A.');
    expect(claimWith(claims, 'the plan had failed').source.name).toBe('Ana Ruiz');
    expect(claimWith(claims, 'I never doubted it').content.text).toBe('“I never doubted it,”');
    expect(claims.some((c) => c.content.text.includes('two weeks after'))).toBe(false);
  });

  it('polls and studies that show or find, before or after the content', () => {
    const claims = claimsOf(
      'Polls show a tight race in the state. A 2019 study by two economists found 12 cases of fraud. ' +
        'Turnout fell by a third, an analysis of county reports shows. The mayor showed the crowd his new car.',
    );
    expect(claimWith(claims, 'a tight race').source.mention?.text).toBe('Polls');
    expect(claimWith(claims, '12 cases of fraud').cue.text).toBe('found');
    expect(claimWith(claims, 'Turnout fell').source.mention?.text).toBe('an analysis of county reports');
    expect(claims.some((c) => c.content.text.includes('new car'))).toBe(false);
  });

  it('a title-case headline ending in “Says”, and an inverted “Said X:” opening', () => {
    const claims = claimsOf(
      'Bridge Will Close for a Year, City Engineer Says\nTraffic is expected to grow. Said Ruiz: “We have no other choice.”',
    );
    const headline = claimWith(claims, 'Bridge Will Close');
    expect(headline.content.text).toBe('Bridge Will Close for a Year');
    expect(headline.source.mention?.text).toBe('City Engineer');
    expect(claimWith(claims, 'We have no other choice').source.mention?.text).toBe('Ruiz');
  });

  it('an appositive subject after an opening phrase, headed by “one of”', () => {
    const claims = claimsOf('In a statement, one of the family’s lawyers, Jane Doe, said the videos were clear.');
    expect(claimWith(claims, 'the videos were clear').source.mention?.text).toBe(
      'one of the family’s lawyers, Jane Doe',
    );
  });

  it('coordinated and quantified subjects; a relative “that” after an infinitive is not the cue’s', () => {
    const claims = claimsOf(
      'Both Ms. Lee and Mr. Park say the board never told them what to write. ' +
        'The three mayors all suggested that the tax could fund the new line. ' +
        'Ms. Lee called for players to wear helmets that cover the ears.',
    );
    expect(claimWith(claims, 'the board never told').source.mention?.text).toBe('Both Ms. Lee and Mr. Park');
    expect(claimWith(claims, 'the tax could fund').source.mention?.text).toBe('The three mayors');
    expect(claimWith(claims, 'players to wear').content.text).toBe('players to wear helmets that cover the ears');
  });

  it('a quotation after a content that opens with one continues it', () => {
    const claims = claimsOf(
      '“I admire the mechanics” of the plan, Mr. Holt said. “But I have serious doubts about it.”',
    );
    const second = claimWith(claims, 'serious doubts');
    expect(second.continues).toBe(claimWith(claims, 'I admire the mechanics').id);
  });

  it('a quotation told to a named hearer; a hearer that is a name or a few nouns', () => {
    const claims = claimsOf(
      '“We were wrong to wait,” Ramos, 58, told Channel 4 in an interview. ' +
        'Lee told The Post and Courier of Charleston on Monday that she would run. ' +
        'Park told a news conference they are ready.',
    );
    expect(claimWith(claims, 'wrong to wait').source.mention?.text).toBe('Ramos, 58');
    expect(claimWith(claims, 'she would run').content.text).toBe('she would run');
    expect(claimWith(claims, 'they are ready').source.name).toBe('Park');
  });

  it('poll shares as sources; “but said” shares the subject', () => {
    const claims = claimsOf(
      'Nearly half said they want change. More than 4 in 10 said prices were too high. Kim denied the report but said she had met him.',
    );
    expect(claimWith(claims, 'they want change').source.mention?.text).toBe('Nearly half');
    expect(claimWith(claims, 'prices were too high').source.mention?.text).toBe('4 in 10');
    expect(claimWith(claims, 'she had met him').source.name).toBe('Kim');
  });

  it('“Asked if …” questions have an unnamed asker; a long “According to …” source runs to its comma', () => {
    const claims = claimsOf(
      'Asked if he would run again, the mayor smiled. ' +
        'According to early results of exit polls conducted by a research firm for the networks, turnout rose.',
    );
    const asked = claimWith(claims, 'if he would run again');
    expect(asked.cue.text).toBe('Asked');
    expect(asked.source.mention).toBeNull();
    expect(claimWith(claims, 'turnout rose').source.mention?.text).toBe(
      'early results of exit polls conducted by a research firm for the networks',
    );
  });

  it('a curly quotation closed by a straight mark; a participle after the hearer is a claim of its own', () => {
    const claims = claimsOf(
      '“Deals should not be required," Chairman Ana Ruiz said in a statement. “We lost,” she said at a rally announcing that she would run.',
    );
    expect(claimWith(claims, 'Deals should not be required').source.name).toBe('Ana Ruiz');
    expect(claimWith(claims, 'We lost').content.text).toBe('“We lost,”');
  });

  it('claims embedded in another claim’s content: narration dropped, plain reports kept', () => {
    const claims = claimsOf(
      'Lee said the rules that critics argue hurt farmers will stay. ' +
        'Park said the ministry told reporters that the bridge would close.',
    );
    expect(claimWith(claims, 'the rules that critics argue').cue.text).toBe('said');
    expect(claims.some((c) => c.cue.text === 'argue')).toBe(false);
    expect(claimWith(claims, 'the bridge would close').cue.text).toBe('said');
    expect(claims.find((c) => c.cue.text === 'told')?.content.text).toBe('the bridge would close');
  });

  it('support and opposition take an object; contracted subjects open a clause', () => {
    const claims = claimsOf(
      'The business council opposed an increase. Reporters know they’re being spun. New filings show the campaign has little cash.',
    );
    expect(claimWith(claims, 'an increase').cue.text).toBe('opposed');
    expect(claimWith(claims, 'they’re being spun').cue.text).toBe('know');
    expect(claimWith(claims, 'the campaign has little cash').source.mention?.text).toBe('New filings');
  });

  it('plural and prepositional subjects; “says of X, “…”” takes the quotation; datelines are not content', () => {
    const claims = claimsOf(
      'Those close to him say he will run. The families, many of whom say the fee is unfair, met on Monday. ' +
        'Experts on trade and farm policy said the tariff would hurt. The mayor says of the plan, “It will never work.”\n' +
        'KYIV, Ukraine — The attacks will continue, officials said.',
    );
    expect(claimWith(claims, 'he will run').source.mention?.text).toBe('Those close to him');
    expect(claimWith(claims, 'the fee is unfair').source.mention?.text).toBe('many of whom');
    expect(claimWith(claims, 'the tariff would hurt').source.mention?.text).toBe('Experts on trade and farm policy');
    expect(claimWith(claims, 'It will never work').kind).toBe('direct');
    expect(claimWith(claims, 'The attacks will continue').content.text).toBe('The attacks will continue');
  });

  it('a quotation opening the sentence, with a relative clause after the cue', () => {
    const claims = claimsOf(
      '“We will win,” Ms. Lee said on Saturday at a dinner in Boston, where her rival also spoke.',
    );
    expect(claimWith(claims, 'We will win').source.name).toMatch(/Lee/);
  });

  it('a participle after a mid-sentence cue is not content', () => {
    const claims = claimsOf('The plan would cut costs by half, the mayor said, citing a new study.');
    expect(claimWith(claims, 'cut costs').content.text).toBe('The plan would cut costs by half');
  });

  it('a title-case headline with its cue in the middle; a quotation told to reporters as something happened', () => {
    const claims = claimsOf(
      'Mayor Lee Urges Drivers to Avoid the Bridge\n“We will reopen soon,” Lee told reporters as she left the meeting.',
    );
    const headline = claimWith(claims, 'Drivers to Avoid');
    expect(headline.source.mention?.text).toBe('Mayor Lee');
    expect(headline.content.text).toBe('Drivers to Avoid the Bridge');
    expect(claimWith(claims, 'We will reopen soon').cue.text).toBe('told');
  });

  it('quotations over several sentences, a subordinate clause or an adverb after the cue, an inverted source with a phrase after it', () => {
    const claims = claimsOf(
      '“We will win. We always do,” he said then. ' +
        '“They want us to stop,” Ana Ruiz, 25, said as she marched. ' +
        '“It is a frenzy,” said one source on the panel.',
    );
    expect(claimWith(claims, 'We will win').content.text).toBe('“We will win. We always do,”');
    expect(claimWith(claims, 'They want us to stop').source.mention?.text).toBe('Ana Ruiz, 25');
    expect(claimWith(claims, 'It is a frenzy').source.mention?.text).toBe('one source');
  });

  it('“promise”-type cues take an infinitive, also as a participle', () => {
    const claims = claimsOf('He spoke to farmers on Monday, promising to lift the rules.');
    expect(claimWith(claims, 'to lift the rules').cue.text).toBe('promising');
  });

  it('“is expected to” is an expectation with no one named', () => {
    const claims = claimsOf('Rain: More storms tonight.\nThe vote is expected to come before Friday.');
    const expected = claimWith(claims, 'The vote is expected to come');
    expect(expected.cue.text).toBe('is expected');
    expect(expected.source.mention).toBeNull();
  });

  it('a cue after a preposition takes the sentence’s subject', () => {
    const claims = claimsOf('The governor began by saying he would never raise taxes.');
    expect(claimWith(claims, 'never raise taxes').source.name).toMatch(/governor/);
  });

  it('a cue inside a quotation belongs to the speaker, not to a new claim', () => {
    const claims = claimsOf('“I think the deal is dead and I said so last week,” the senator told reporters.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.source.name).toBe('senator');
  });
});

describe('bad input', () => {
  it('empty text, no claims, non-English text', () => {
    expect(claimsOf('')).toEqual([]);
    expect(claimsOf('   \n\n ')).toEqual([]);
    expect(claimsOf('The sun rose over the hills. The river ran on.')).toEqual([]);
    expect(() =>
      claimsOf('Der Minister sagte, dass die Gespräche gescheitert seien. 部长说谈判失败了。'),
    ).not.toThrow();
  });

  it('unbalanced marks do not swallow the rest of the article', () => {
    const text =
      '“This opens and never closes, the spokesman said.\n' + 'The minister said the budget was approved.\n'.repeat(3);
    const claims = claimsOf(text);
    for (const c of claims) expect(c.content.end <= text.indexOf('\n') || !c.content.text.includes('\n')).toBe(true);
    expect(claims.filter((c) => c.content.text.includes('the budget was approved'))).toHaveLength(3);
  });

  it('a short quotation with its own punctuation, but not a short one without', () => {
    const fine = claimsOf('The minister paused. “It’s fine,” she said.');
    expect(fine.map((c) => c.content.text)).toEqual(['“It’s fine,”']);
    const scare = claimsOf('The so-called “burn bag,” reported the Times, was full.');
    expect(scare.map((c) => c.content.text).filter((t) => t.includes('burn bag'))).toEqual([]);
  });

  it('a single-quoted quotation at the very start of the text', () => {
    // Reading the character before offset 0 once made the opening mark look like an apostrophe.
    for (const text of ['‘Hello world,’ he said.', '\n‘Hello world,’ he said.']) {
      expect(claimsOf(text).map((c) => c.content.text)).toEqual(['‘Hello world,’']);
    }
  });

  it('a megabyte of text with every span inside it', () => {
    const paragraph =
      '“We will not stop,” the commander said on Tuesday. According to officials, the town was quiet. He added that “supplies” were low. ';
    const text = (paragraph.repeat(6) + '\n').repeat(Math.ceil(1_000_000 / (paragraph.length * 6)));
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(1000);
    for (const c of claims) {
      expect(c.content.start).toBeGreaterThanOrEqual(0);
      expect(c.content.end).toBeLessThanOrEqual(text.length);
      expect(c.content.text).toBe(text.slice(c.content.start, c.content.end));
    }
  }, 30_000); // a time limit, not a speed test: linear cost is measured by npm run bench
});

describe('joint sources', () => {
  it('keeps two named sources together instead of picking one', () => {
    const claims = claimsOf('Kiev and Moscow said the ceasefire had been broken many times.');
    expect(claimWith(claims, 'the ceasefire had been broken').source.name).toBe('Kiev and Moscow');
  });
});
