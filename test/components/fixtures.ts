/**
 * A hand-built analysis shaped like the seed article's (../shared/fixtures/seed): Russia,
 * Ukraine and the United States, with direct and reported claims, a pronoun source, a low-
 * confidence claim and a glossary. Spans are real offsets into ARTICLE.
 */
import type { Analysis, Claim, ClaimKind, GlossaryEntry, Side, SourceSide, Span } from '../../lib/types';

export const ARTICLE = [
  'On Tuesday, the Russian Defense Ministry announced that its forces had driven Ukrainian troops from the village of Guyevo, located in Russia’s Kursk region.',
  'President Volodymyr Zelensky said his troops are active in a second Russian border region. “We continue to carry out active operations in the border areas on enemy territory, and that is absolutely just – [the] war must return to where it came from,” he explained on Monday.',
  'On Wednesday, the Russian Defense Ministry claimed to have hit 150 Ukrainian targets with drones and missiles in a single day. The ministry reported downing over 150 Ukrainian drones over the same period.',
  'Russia’s Ambassador to the UN Vasily Nebenzya said the Kremlin remained interested in an agreement with Kiev. “We are open to a meaningful and practical dialogue,” he told the UN Security Council.',
  'According to Russian Foreign Ministry spokeswoman Maria Zakharova, the delegations will be led by Alexander Darchiyev and Sonata Coulter.',
  'US mediators believe a ceasefire is within reach.',
].join('\n');

/** The span of the `nth` occurrence (0-based) of `text` as whole words in ARTICLE. */
export function span(text: string, nth = 0): Span {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...ARTICLE.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))][nth];
  if (found?.index === undefined) throw new Error(`not in the fixture article: ${text} (${nth})`);
  return { start: found.index, end: found.index + text.length, text };
}

export const RUSSIA: Side = { id: 'russia', label: 'Russia', color: '#d32f2f', badge: 'R' };
export const UKRAINE: Side = { id: 'ukraine', label: 'Ukraine', color: '#1565c0', badge: 'U' };
export const USA: Side = { id: 'united-states', label: 'United States', color: '#2e7d32', badge: 'US' };
export const SIDES: Side[] = [RUSSIA, UKRAINE, USA];

let next = 0;
function claim(
  kind: ClaimKind,
  content: string,
  cue: Span,
  source: { name: string; mention: Span | null; role?: string; entityId?: string },
  side: string,
  confidence = 0.9,
): Claim {
  return { id: `c${next++}`, kind, content: span(content), cue, source, confidence, side };
}

const ministry = { name: 'Russian Defense Ministry', entityId: 'organization:russian-defense-ministry' };
const zelensky = { name: 'Volodymyr Zelensky', entityId: 'person:volodymyr-zelensky', role: 'President' };
const nebenzya = {
  name: 'Vasily Nebenzya',
  entityId: 'person:vasily-nebenzya',
  role: 'Russia’s Ambassador to the UN',
};

export const CLAIMS: Claim[] = [
  claim(
    'indirect',
    'its forces had driven Ukrainian troops from the village of Guyevo, located in Russia’s Kursk region',
    span('announced'),
    { ...ministry, mention: span('Russian Defense Ministry') },
    'russia',
  ),
  claim(
    'indirect',
    'his troops are active in a second Russian border region',
    span('said'),
    { ...zelensky, mention: span('Volodymyr Zelensky') },
    'ukraine',
  ),
  claim(
    'direct',
    'We continue to carry out active operations in the border areas on enemy territory, and that is absolutely just – [the] war must return to where it came from',
    span('explained'),
    { ...zelensky, mention: span('he') },
    'ukraine',
  ),
  claim(
    'indirect',
    'to have hit 150 Ukrainian targets with drones and missiles in a single day',
    span('claimed'),
    { ...ministry, mention: span('Russian Defense Ministry', 1) },
    'russia',
  ),
  claim(
    'indirect',
    'downing over 150 Ukrainian drones over the same period',
    span('reported'),
    { ...ministry, mention: span('The ministry') },
    'russia',
    0.45,
  ),
  claim(
    'indirect',
    'the Kremlin remained interested in an agreement with Kiev',
    span('said', 1),
    { ...nebenzya, mention: span('Vasily Nebenzya') },
    'russia',
  ),
  claim(
    'direct',
    'We are open to a meaningful and practical dialogue',
    span('told'),
    { ...nebenzya, mention: span('he', 1) },
    'russia',
  ),
  claim(
    'according-to',
    'the delegations will be led by Alexander Darchiyev and Sonata Coulter',
    span('According to'),
    {
      name: 'Maria Zakharova',
      entityId: 'person:maria-zakharova',
      role: 'Russian Foreign Ministry spokeswoman',
      mention: span('Maria Zakharova'),
    },
    'russia',
  ),
  claim(
    'belief',
    'a ceasefire is within reach',
    span('believe'),
    { name: 'US mediators', mention: span('US mediators') },
    'united-states',
  ),
];

export const SOURCE_SIDES: SourceSide[] = [
  {
    source: 'Russian Defense Ministry',
    side: 'russia',
    evidence: { reason: 'demonym', text: 'Russian', span: span('Russian') },
  },
  { source: 'Volodymyr Zelensky', side: 'ukraine', evidence: { reason: 'role', text: 'President' } },
  { source: 'Vasily Nebenzya', side: 'russia', evidence: { reason: 'role', text: 'Russia’s Ambassador to the UN' } },
  { source: 'Maria Zakharova', side: 'russia', evidence: { reason: 'demonym', text: 'Russian' } },
  { source: 'US mediators', side: 'united-states', evidence: { reason: 'country', text: 'US' } },
];

function entry(
  entityId: string,
  kind: GlossaryEntry['kind'],
  name: string,
  mentions: Span[],
  description?: string,
  claimCount = 0,
): GlossaryEntry {
  return { entityId, kind, name, description, mentions, mentionCount: mentions.length, claimCount };
}

export const GLOSSARY: GlossaryEntry[] = [
  entry(
    'person:volodymyr-zelensky',
    'person',
    'Volodymyr Zelensky',
    [span('Volodymyr Zelensky')],
    'President of Ukraine',
    2,
  ),
  entry(
    'person:vasily-nebenzya',
    'person',
    'Vasily Nebenzya',
    [span('Vasily Nebenzya')],
    'Russia’s Ambassador to the UN',
    2,
  ),
  entry(
    'person:maria-zakharova',
    'person',
    'Maria Zakharova',
    [span('Maria Zakharova')],
    'Russian Foreign Ministry spokeswoman',
    1,
  ),
  entry('place:kursk', 'place', 'Kursk', [span('Kursk')], 'region, Russia'),
  entry('place:russia', 'place', 'Russia', [span('Russia'), span('Russia', 1)], 'country'),
  entry('place:kiev', 'place', 'Kiev', [span('Kiev')]),
  entry(
    'organization:russian-defense-ministry',
    'organization',
    'Russian Defense Ministry',
    [span('Russian Defense Ministry'), span('Russian Defense Ministry', 1)],
    'the ministry of defence of Russia',
    3,
  ),
  entry('organization:un-security-council', 'organization', 'UN Security Council', [span('UN Security Council')]),
];

export const ANALYSIS: Analysis = {
  text: ARTICLE,
  claims: CLAIMS,
  entities: [],
  sides: SIDES,
  sourceSides: SOURCE_SIDES,
  glossary: GLOSSARY,
};
