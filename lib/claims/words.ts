/**
 * Closed-class English words the attribution rules use to find the edges of a source phrase and
 * of a claim's content. Small and fixed (function words), so kept in code rather than data.
 */
const set = (s: string) => new Set(s.split(' '));

/** Auxiliaries and modals between a subject and its verb ("has said", "would argue"). */
export const AUX = set(
  "is was are were be been being has have had will would could should can may might must do does did 's 're 've 'd 'll shall " +
    "isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't couldn't shouldn't can't cannot don't doesn't didn't mustn't",
);
/** Forms of "be", for passives ("it was reported that"). */
export const BE = set('is was are were be been being');
/** Adverbs that sit between a subject and its verb ("also said", "later told"). */
export const ADVERBS = set(
  'also previously repeatedly later again never not already recently reportedly publicly privately once often frequently even still just then now initially earlier first finally further separately similarly subsequently quickly simply flatly openly explicitly clearly strongly long always since n\'t',
);
/** Words that begin a clause: a source phrase never runs across them. */
export const CLAUSE = set(
  'that which who whom whose when where while because but or as if after before since although though than so until unless whether nor yet whereas once why how what',
);
export const DETERMINERS = set('the a an this that these those his her its their our my your some many several few any each every no such both all');
export const DEFINITE = set('the this that these those');
export const PRONOUNS = set('he she they it we i you him them us me');
export const SUBJECT_PRONOUNS = set('he she they it we i you');
/** Hearers of "tell"-class verbs that are not the content ("told reporters that …"). */
export const HEARERS = set(
  'me him her them us you reporters journalists lawmakers supporters voters listeners viewers readers members congress parliament senators delegates students workers the a an his her their its our',
);
/** Prepositions and time words that begin an adverbial between a cue and its content. */
export const ADVERBIAL = set(
  'on in at during after before last this earlier later today yesterday tonight on monday tuesday wednesday thursday friday saturday sunday to with from by for over under through via across while when recently privately publicly repeatedly also again previously',
);
/** Prepositions that can open a sentence before its subject ("On Tuesday the ministry said"). */
export const PREPOSITIONS = set('on in at during after before by for from with over under since until at about through last earlier this');
/** -ing words that are adjectives before a noun ("the ruling party", "acting director"). */
export const ING_ADJECTIVES = set('ruling acting leading governing opposing outgoing incoming founding managing presiding reigning sitting remaining working visiting striking');
/** Verbs that take an infinitive as their content ("claimed to have hit", "vowed to"). */
export const INFINITIVE_CUES = set(
  'claim vow pledge promise threaten refuse decline offer agree want hope plan intend expect seek aim try wish need decide prefer',
);
export const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);
export const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Time words in adverbials ("earlier this week", "two days ago"). */
export const TIME = set(
  'week weeks month months year years day days night morning afternoon evening weekend ago today yesterday tonight monday tuesday wednesday thursday friday saturday sunday hour hours minute minutes time',
);
/** Where something was said ("said in a statement", "told in an interview"). */
export const MEDIUM = set('statement interview speech rally conference post tweet email letter release video call appearance event meeting hearing briefing show program programme broadcast op-ed column');
/** Nouns that can be the source of a claim without being a name or a role ("the report found"). */
export const SOURCE_NOUNS = set(
  'report reports poll polls survey surveys study studies research review audit clip slide footage ad ads letter letters video statement document documents website site memo email emails analysis data filing lawsuit complaint book article story editorial column post tweet release campaign people police staff media public press crowd audience group everyone nobody someone others many most some both few critics supporters',
);
/** Evidence that "shows" or "finds" something: the weak cues report when it is their subject. */
export const EVIDENCE_NOUNS = set(
  'poll polls survey surveys study studies analysis analyses data report reports review audit investigation research records documents document video videos footage clip slide chart map results figures numbers average averages estimate estimates test tests count census tally ad filings filing emails email transcript transcripts photos images evidence findings statistics projections experience history',
);
/**
 * Abbreviations whose full stop belongs to the word ("Mr. Obama", "Sen. Warren", "of Ashton, Md.,"):
 * titles, and US state abbreviations that are not also words ("Ill.", "Miss.", "Wash." are left out).
 */
export const ABBREVIATIONS = set(
  'mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm rev st jr sr mt ft messrs cmdr supt ' +
    'ala ariz ark calif colo conn fla kan ky md mich minn mont neb nev okla tenn tex va vt wis wyo',
);
