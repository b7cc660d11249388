import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/nlp/entities';
import type { Entity } from '../../lib/types';

const seed = readFileSync(new URL('../fixtures/seed/article.txt', import.meta.url), 'utf8');

const byName = (es: Entity[], name: string) => es.find((e) => e.name === name);
const names = (es: Entity[]) => es.map((e) => e.name);

function expectAligned(text: string, es: Entity[]) {
  for (const e of es) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    const starts = e.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  }
}

describe('findEntities on the seed article', () => {
  const es = findEntities(seed);

  it('finds every person, place and organisation with the right kind', () => {
    for (const p of [
      'Donald Trump',
      'Volodymyr Zelensky',
      'Vasily Nebenzya',
      'Maria Zakharova',
      'Alexander Darchiyev',
      'Sonata Coulter',
      'Kyle Anzalone',
    ]) {
      expect(byName(es, p)?.kind, p).toBe('person');
    }
    for (const p of [
      'Ukraine',
      'Russia',
      'Kiev',
      'Moscow',
      'Kursk',
      'Guyevo',
      'Black Sea',
      'Turkey',
      'United States',
    ]) {
      expect(byName(es, p)?.kind, p).toBe('place');
    }
    for (const o of [
      'Russian Defense Ministry',
      'Russian Foreign Ministry',
      'Kremlin',
      'CNN',
      'Kyiv Post',
      '66th Separate Mechanized Brigade',
      'UN Security Council',
      'The Libertarian Institute',
    ]) {
      expect(byName(es, o)?.kind, o).toBe('organization');
    }
    expectAligned(seed, es);
  });

  it('merges a surname and a possessive into the full name', () => {
    const z = byName(es, 'Maria Zakharova')!;
    expect(z.variants).toEqual(['Zakharova']);
    expect(z.mentions.map((m) => m.text)).toEqual(['Maria Zakharova', 'Zakharova']);
    const t = byName(es, 'Donald Trump')!;
    expect(t.mentions.map((m) => m.text)).toEqual(['Donald Trump', 'Trump']); // "Trump’s push"
  });

  it('merges US and United States, and keeps the article’s spelling of Kiev', () => {
    const us = byName(es, 'United States')!;
    expect(us.variants).toContain('US');
    expect(byName(es, 'Kiev')!.mentions).toHaveLength(5);
    expect(es.filter((e) => e.name === 'US' || e.name === 'Kyiv')).toEqual([]);
  });

  it('reads roles from titles, and the author from the byline', () => {
    expect(byName(es, 'Donald Trump')!.role).toBe('President');
    expect(byName(es, 'Volodymyr Zelensky')!.role).toBe('President');
    expect(byName(es, 'Vasily Nebenzya')!.role).toBe('Russia’s Ambassador to the UN');
    expect(byName(es, 'Maria Zakharova')!.role).toBe('Russian Foreign Ministry spokeswoman');
    expect(byName(es, 'Alexander Darchiyev')!.role).toBe('Russian Ambassador to the United States');
    expect(byName(es, 'Sonata Coulter')!.role).toBe('US Deputy Assistant Secretary of State');
    expect(byName(es, 'Kyle Anzalone')!.role).toBe('author');
  });

  it('reads the byline a page puts above the article ("by Kyle Anzalone")', () => {
    const page = `by Kyle Anzalone\n\n${seed}`;
    expect(byName(findEntities(page), 'Kyle Anzalone')!.role).toBe('author');
  });

  it('gives the author role to the name in the byline, not to one named before it', () => {
    const es = findEntities(
      'Donald Trump Wins Nevada\nBy Jane Doe\nLAS VEGAS — Donald Trump won the caucuses on Tuesday.',
    );
    expect(byName(es, 'Jane Doe')!.role).toBe('author');
    expect(byName(es, 'Donald Trump')!.role).not.toBe('author');
  });

  it('places a village within the region the article gives', () => {
    expect(byName(es, 'Guyevo')!.within).toBe('Kursk region, Russia');
  });

  it('keeps the adjective that opens an organisation’s name: “National Rifle Association”, “Federal Reserve”', () => {
    const text =
      'The National Rifle Association sued. The NRA said the Federal Election Commission was wrong, and the Federal Reserve agreed.';
    const es = findEntities(text);
    expect(byName(es, 'National Rifle Association')?.kind).toBe('organization');
    expect(byName(es, 'Federal Election Commission')?.kind).toBe('organization');
    expect(byName(es, 'Federal Reserve')?.kind).toBe('organization');
    expectAligned(text, es);
  });

  it('reads “St.” as the start of a place’s name, not a title: “St. Louis”, “St. Paul City Council”', () => {
    const text = 'He flew to St. Louis on Monday. The St. Paul City Council voted. Jack St. Martin said so.';
    const es = findEntities(text);
    expect(byName(es, 'St. Louis')?.kind).toBe('place');
    expect(byName(es, 'St. Paul City Council')?.kind).toBe('organization');
    expect(byName(es, 'Jack St. Martin')?.kind).toBe('person');
    expect(es.map((e) => e.name)).not.toContain('Louis');
    expectAligned(text, es);
  });

  it('reads the dotted abbreviations of US states and of Washington, D.C. as those places', () => {
    const text =
      'He spoke in Manchester, N.H., then flew to Washington, D.C., on Sunday. The D.C. Circuit ruled on Monday.';
    const es = findEntities(text);
    expect(es.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'place:Manchester',
      'place:New Hampshire',
      'place:Washington',
      'organization:D.C. Circuit',
    ]);
  });

  it('takes no technical or common acronym for an organisation (HTTP, JSON, a super PAC, POTUS)', () => {
    const text = 'The API returns JSON over HTTP. A super PAC backing POTUS ran ads, the FBI said.';
    expect(findEntities(text).map((e) => `${e.kind}:${e.name}`)).toEqual(['organization:FBI']);
  });

  it('reads “the Obama administration” as a person’s name, not an organisation’s; not “the Gallipoli campaign”', () => {
    expect(
      findEntities('The Obama administration said no. The Bush administration had agreed.').map(
        (e) => `${e.kind}:${e.name}`,
      ),
    ).toEqual(['person:Obama', 'person:Bush']);
    expect(findEntities('The Gallipoli campaign failed.').map((e) => e.kind)).not.toContain('person');
  });

  it('takes a short acronym that “says” something for an organisation, and no amendment, “O.K.” or “Islamic”', () => {
    const text =
      'The Second Amendment protects it, the NRA said. That is O.K. with me, Smith said. Islamic militants attacked.';
    expect(findEntities(text).map((e) => `${e.kind}:${e.name}`)).toEqual(['organization:NRA', 'person:Smith']);
  });

  it('gives a place’s name that is a person’s surname here, saying something, to that person', () => {
    const text = 'Rep. Jim Jordan (R-Ohio) spoke. Jordan said the deal was dead. Jordan and Israel signed a treaty.';
    const es = findEntities(text);
    expect(byName(es, 'Jim Jordan')?.mentions.map((m) => m.text)).toEqual(['Jim Jordan', 'Jordan']);
    expect(byName(es, 'Jordan')?.mentions.map((m) => m.start)).toEqual([text.lastIndexOf('Jordan and')]);
    expect(findEntities('Jordan said the border would stay closed.').map((e) => `${e.kind}:${e.name}`)).toEqual([
      'place:Jordan',
    ]);
  });

  it('takes “Democratic” alone for a party word, as “Republican”, and a caucus for an organisation', () => {
    const text =
      'The Democratic nominee spoke to the Democratic National Committee. Jim Clyburn, chair of the Congressional Black Caucus, agreed.';
    const es = findEntities(text);
    expect(es.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'organization:Democratic National Committee',
      'person:Jim Clyburn',
      'organization:Congressional Black Caucus',
    ]);
  });

  it('reads an acronym that is also a word or a name only in capitals: “WHO”, not “Who knows”; “RAND”, not “Rand Paul”', () => {
    expect(findEntities('“Who is to blame?” he asked. Who knows. Let Us Pray opened.')).toEqual([]);
    expect(findEntities('The WHO said the US would help.').map((e) => e.name)).toEqual([
      'World Health Organization',
      'United States',
    ]);
    expect(findEntities('Sen. Rand Paul said RAND Corporation was wrong.').map((e) => e.name)).toEqual([
      'Rand Paul',
      'RAND Corporation',
    ]);
  });

  it('takes no month or weekday for the place a place is in ("in South Carolina in June")', () => {
    const text =
      'Protesters gathered in South Carolina in June. The storm reached Brussels on Monday and Tehran in October.';
    const es = findEntities(text);
    expect(byName(es, 'South Carolina')!.within).not.toBe('June');
    expect(byName(es, 'Tehran')!.within).toBe('Iran');
    expect(byName(es, 'Brussels')!.within).toBe('Belgium');
  });

  it('takes no sentence-initial word, weekday or demonym as an entity', () => {
    for (const bad of [
      'However',
      'Sometimes',
      'Tuesday',
      'Monday',
      'Wednesday',
      'Thursday',
      'On',
      'While',
      'Over',
      'Ukrainian',
      'Russian',
      'Russians',
      'Western',
      'He',
      'The',
      'According',
    ]) {
      expect(names(es), bad).not.toContain(bad);
    }
  });
});

describe('findEntities on awkward input', () => {
  it('returns nothing for empty text or text without names', () => {
    expect(findEntities('')).toEqual([]);
    expect(findEntities('   \n\n ')).toEqual([]);
    expect(findEntities('the cat sat on the mat. it was warm, and nobody said anything.')).toEqual([]);
    expect(
      findEntities('However, nothing happened. Sometimes it rains. Tuesday was cold. In March, prices rose.'),
    ).toEqual([]);
  });

  it('keeps diacritics and hyphens inside names', () => {
    const text =
      'French politician Jean-Luc Mélenchon said the plan was dead. Mélenchon added more. Polish Foreign Minister Łukasz Kowalski met him in Warsaw.';
    const es = findEntities(text);
    expect(byName(es, 'Jean-Luc Mélenchon')?.variants).toEqual(['Mélenchon']);
    expect(byName(es, 'Łukasz Kowalski')?.role).toBe('Polish Foreign Minister');
    expect(byName(es, 'Warsaw')?.kind).toBe('place');
    expectAligned(text, es);
  });

  it('keeps a romanised given name after its family name, and the family name alone is the person', () => {
    const text =
      'North Korean leader Kim Jong-un met Ban Ki-moon. Opposition leader Lee Jae-myung said it was a failure. ' +
      'Kim said the test was a success. ' +
      'A New York-based group sold a Blu-ray disc.';
    const es = findEntities(text);
    expect(byName(es, 'Kim Jong-un')?.mentions.map((m) => m.text)).toEqual(['Kim Jong-un', 'Kim']);
    expect(byName(es, 'Kim Jong-un')?.role).toBe('North Korean leader');
    expect(byName(es, 'Ban Ki-moon')?.kind).toBe('person');
    expect(byName(es, 'Lee Jae-myung')?.kind).toBe('person');
    expect(es.map((e) => e.name)).not.toContain('North Korean');
    expect(byName(es, 'New York')?.kind).toBe('place');
    expectAligned(text, es);
  });

  it('keeps a surname that is a month after a given name (“Theresa May”), and its lone mentions that speak', () => {
    const text =
      'Prime Minister Theresa May said the deal was done. May said it again on Tuesday. In May, prices rose. Mrs. May left.';
    const may = byName(findEntities(text), 'Theresa May');
    expect(may?.kind).toBe('person');
    expect(may?.mentions.map((m) => m.text)).toEqual(['Theresa May', 'May', 'May']);
    expect(may?.mentions.map((m) => text.slice(m.end, m.end + 5))).toEqual([' said', ' said', ' left']);
  });

  it('reads the role in a long appositive up to its “and”, unless it opens with no title', () => {
    const text =
      'The vote failed. Lee Jae-myung, leader of the liberal opposition Democratic Party and Yoon’s rival in the 2022 presidential election, ' +
      'described the address as bad. The email came from the Cuccinelli Compass, a regular grassroots update provided by former ' +
      'Virginia Attorney General Ken Cuccinelli and paid for by the Liberty Now PAC.';
    const es = findEntities(text);
    expect(byName(es, 'Lee Jae-myung')?.role).toBe('leader of the liberal opposition Democratic Party');
    expect(byName(es, 'Cuccinelli Compass')?.kind).not.toBe('person');
  });

  it('reads a role with no article ("political science professor at …"), not a clause after a comma', () => {
    const text =
      'The vote failed, said Jo-Renee Formicola, political science professor at Seton Hall University. ' +
      'Hillary Clinton, right now the president, spoke. Donald Trump, lessons from a brother’s pain, left.';
    const es = findEntities(text);
    expect(byName(es, 'Jo-Renee Formicola')?.role).toBe('political science professor at Seton Hall University');
    expect(byName(es, 'Hillary Clinton')?.role).toBeUndefined();
    expect(byName(es, 'Donald Trump')?.role).toBeUndefined();
  });

  it('takes no person from a title in the possessive ("Mother\'s Day", "Fisherman\'s Terminal")', () => {
    const es = findEntities(
      'On Mother’s Day, boats left Fisherman’s Terminal in Seattle. Russia’s Ambassador to the UN Vasily Nebenzya waved.',
    );
    expect(es.map((e) => e.name)).not.toContain('Day');
    expect(es.map((e) => e.name)).not.toContain('Terminal');
    expect(byName(es, 'Vasily Nebenzya')?.role).toBe('Russia’s Ambassador to the UN');
  });

  it('keeps initials inside a name', () => {
    const text = 'Former President George H.W. Bush died in Houston. Bush was 94.';
    const es = findEntities(text);
    const bush = byName(es, 'George H.W. Bush')!;
    expect(bush.kind).toBe('person');
    expect(bush.mentions.map((m) => m.text)).toEqual(['George H.W. Bush', 'Bush']);
    expect(bush.role).toBe('Former President');
  });

  it('reads a place that is a given name as the first name of the person it opens', () => {
    const text =
      'Douglas Holtz-Eakin said the plan would cost more. Victoria Beckham agreed, and Chad Bown. Moscow Mayor Sergei Sobyanin did not.';
    const es = findEntities(text);
    expect(byName(es, 'Douglas Holtz-Eakin')?.kind).toBe('person');
    expect(byName(es, 'Victoria Beckham')?.kind).toBe('person');
    expect(byName(es, 'Chad Bown')?.kind).toBe('person');
    expect(es.map((e) => e.name)).not.toContain('Douglas');
    expect(es.map((e) => e.name)).not.toContain('Chad');
    expect(byName(es, 'Moscow')?.kind).toBe('place');
    expect(byName(es, 'Sergei Sobyanin')?.kind).toBe('person');
    expectAligned(text, es);
  });

  it('leaves the possessive ’s out of the mention and ends the name there', () => {
    const text = 'The attack came as Russia’s army advanced, Ukraine’s 66th Separate Mechanized Brigade said.';
    const es = findEntities(text);
    expect(byName(es, 'Russia')!.mentions[0]!.text).toBe('Russia');
    expect(byName(es, 'Ukraine')!.mentions[0]!.text).toBe('Ukraine');
    expect(byName(es, '66th Separate Mechanized Brigade')?.kind).toBe('organization');
  });

  it('takes only known names from an all-caps headline', () => {
    const text =
      'RUSSIA CLAIMS NEW GAINS IN THE BORDER WAR\nMoscow says its troops advanced.\nLAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR';
    const es = findEntities(text);
    expect(names(es).sort()).toEqual(['Moscow', 'Russia']);
    expect(byName(es, 'Russia')!.mentions[0]!.text).toBe('RUSSIA');
  });

  it('gives a shared surname to the person named first, or to the one "Mrs." or "Mr." says', () => {
    const text =
      'Bernie Sanders spoke in Ohio. Jane Sanders joined him on stage. Sanders said the crowd was large. ' +
      'Ted Cruz campaigned with Heidi Cruz. Mrs. Cruz thanked him, and Mr. Cruz waved.';
    const es = findEntities(text);
    const mentionsOf = (name: string) =>
      byName(es, name)!.mentions.map((m) => text.slice(Math.max(0, m.start - 5), m.end));
    expect(mentionsOf('Bernie Sanders')).toEqual(['Bernie Sanders', 'age. Sanders']);
    expect(mentionsOf('Jane Sanders')).toEqual(['hio. Jane Sanders']);
    expect(mentionsOf('Heidi Cruz')).toEqual(['with Heidi Cruz', 'Mrs. Cruz']);
    expect(mentionsOf('Ted Cruz')).toEqual(['rge. Ted Cruz', ' Mr. Cruz']);
    expectAligned(text, es);
  });

  it('knows given names that are also words, or that compromise lacks ("Bill", "Jeb", "Ivanka")', () => {
    const text = 'He met Bill Clinton, Jeb Bush and Ivanka Trump in Iowa.';
    expect(names(findEntities(text)).sort()).toEqual(['Bill Clinton', 'Iowa', 'Ivanka Trump', 'Jeb Bush']);
  });

  it('reads a one-line text as prose, not as a title-case headline', () => {
    expect(names(findEntities('Former President Bill Clinton campaigned.'))).toEqual(['Bill Clinton']);
  });

  it('takes from a title-case headline only the names the article bears out', () => {
    // From PolNeAR (breitbart): the headline's verbs ("Praises", "Refuses") once joined the names.
    const text =
      'Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle: ‘Very Good Reporter.’\n\n' +
      'Billionaire Donald Trump praised Breitbart News’ Washington Political Editor Matthew Boyle. Trump said so.';
    const es = findEntities(text);
    expect(names(es).filter((n) => /Praises|Very|Good|Reporter/.test(n))).toEqual([]);
    expect(byName(es, 'Donald Trump')!.mentions.map((m) => m.start)).toEqual([
      0,
      text.indexOf('Donald Trump praised'),
      text.lastIndexOf('Trump'),
    ]);
    expect(byName(es, 'Matthew Boyle')!.mentions).toHaveLength(2);
    expectAligned(text, es);
  });

  it('keeps the names of a title-case first line that the prose does not repeat: a byline', () => {
    const text = 'Posted by Andrew Hayden, Software Engineer on Google Play\n\nAndroid users download apps.';
    expect(byName(findEntities(text), 'Andrew Hayden')?.kind).toBe('person');
  });

  it('reads an appositive role and merges the Kremlin with "the Kremlin"', () => {
    const text =
      'Maria Zakharova, a Foreign Ministry spokeswoman, said the talks were useful. The Kremlin agreed, and the Kremlin said so twice.';
    const es = findEntities(text);
    expect(byName(es, 'Maria Zakharova')!.role).toBe('Foreign Ministry spokeswoman');
    expect(byName(es, 'Kremlin')!.mentions).toHaveLength(2);
    expect(byName(es, 'Kremlin')!.variants).toEqual([]);
  });

  it('merges U.S., US, America and the United States', () => {
    const es = findEntities('U.S. officials met US diplomats in the United States. America is big.');
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe('United States');
    expect(es[0]!.variants.sort()).toEqual(['America', 'U.S.', 'US']);
  });

  it('survives 1 MB of text, and hostile runs of capitals, in linear time', () => {
    const mb = 'The Quick Brown Fox said Maria Zakharova in Kiev. '.repeat(21_000);
    const es = findEntities(mb);
    expect(byName(es, 'Maria Zakharova')!.mentions).toHaveLength(21_000);
    expect(() => findEntities('Word '.repeat(100_000))).not.toThrow();
    expect(() => findEntities('WORD '.repeat(100_000))).not.toThrow();
    expect(() => findEntities('“'.repeat(10_000) + '’s'.repeat(10_000))).not.toThrow();
  }, 60_000);
});
