/**
 * The vocabulary of news attribution: reporting verbs, personal titles, words that mark an organisation, and
 * capitalised words that start sentences without being names. General English newsroom usage, not any
 * article's wording; topic knowledge lives in the corpus, not here.
 */

const VERB_STEMS = [
  'say|says|said', 'tell|tells|told', 'add|adds|added', 'continues|continued', 'write|writes|wrote',
  'argue|argues|argued', 'ask|asks|asked', 'explain|explains|explained', 'notes|noted', 'states|stated',
  'replies|replied', 'responds|responded', 'answers|answered', 'recall|recalls|recalled',
  'insist|insists|insisted', 'acknowledge|acknowledges|acknowledged', 'admit|admits|admitted', 'agree|agrees|agreed',
  'warn|warns|warned', 'urges|urged', 'emphasizes|emphasized', 'stresses|stressed',
  'claims|claimed', 'counters|countered', 'concede|concedes|conceded', 'declares|declared',
  'announces|announced', 'observes|observed', 'remarks|remarked', 'suggest|suggests|suggested',
  'tweets|tweeted', 'posts|posted', 'testifies|testified', 'pleads|pleaded',
  'shouts|shouted', 'jokes|joked', 'cautions|cautioned', 'predict|predicts|predicted',
  'complains|complained', 'maintain|maintains|maintained', 'contend|contends|contended',
  'concludes|concluded', 'wonders|wondered', 'comments|commented',
  'reiterates|reiterated', 'confirms|confirmed', 'promises|promised', 'vows|vowed',
  'objects|objected', 'protests|protested', 'quips|quipped', 'recounts|recounted',
  'asserts|asserted', 'laments|lamented', 'worry|worries|worried', 'describes|described',
  'predict|predicts|predicted', 'point out|points out|pointed out', 'go on|goes on|went on',
  'put it|puts it', 'fires back|fired back', 'chime in|chimes in|chimed in', 'sum up|sums up|summed up',
  'explain|explains|explained', 'reasons|reasoned', 'muses|mused', 'boasts|boasted',
  'counsels|counselled', 'demands|demanded', 'pledges|pledged',

];

/**
 * Verbs that report speech only where the report ends with them: "“…,” Okafor read." reports a statement read
 * out by its reader, but "learners cannot read at grade level" reports nothing.
 */
const CLAUSE_FINAL_VERBS = ['read(?=\\s*[.,;:]|\\s+(?:aloud|out|from)(?![\\p{L}]))'];

/**
 * Participles that carry a second report on after a first ("she said, adding that …", "…, noting that …"), only
 * right after a comma: "was asking the board to" reports nothing.
 */
const PARTICIPLES = 'adding|noting|saying|arguing|explaining|warning|insisting|writing|telling|asking';

const VERB_ALTERNATION = VERB_STEMS.flatMap((forms) => forms.split('|'))
  .sort((a, b) => b.length - a.length)
  .map((verb) => verb.replace(/ /g, '\\s+'))
  .concat(CLAUSE_FINAL_VERBS)
  .join('|');

/**
 * A reporting verb (optionally "is quoted as saying", "has said", "also said", adverbs) as a whole word.
 * Group 1 is the verb phrase. Matches are case-insensitive only for the first letter of sentence-initial verbs.
 */
export const SPEECH_VERB = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])((?:(?:is|was|were|are|has been|had been)\\s+quoted\\s+as\\s+saying)|(?<=,\\s)(?:${PARTICIPLES})|(?:(?:has|have|had|also|later|then|once|previously|recently|repeatedly|simply|flatly)\\s+)*(?:${VERB_ALTERNATION}))(?![\\p{L}\\p{M}'’-])`,
  'gu',
);

const SINGLE_WORD_VERBS = new Set(VERB_STEMS.flatMap((forms) => forms.split('|')).filter((verb) => !verb.includes(' ')));

/** Whether one word is a reporting verb ("said", "argues"). */
export function isSpeechVerbWord(word: string): boolean {
  return SINGLE_WORD_VERBS.has(word.toLowerCase());
}

/** "according to", which puts the source after it. */
export const ACCORDING_TO = /(?<![\p{L}])[Aa]ccording\s+to\s+/u;

/** Verbs that mark a quotation's source even when they stand before a woven-in partial quote. */
export const WOVEN_VERBS = /(?<![\p{L}])(?:called|calls|described|describes|labeled|labelled|termed|dubbed|branded)(?![\p{L}])/u;

/**
 * Honorifics that are no office: Malaysian, of Ghanaian and Nigerian chiefs and pilgrims, Swahili for a teacher or an
 * elder, Indonesian for a Muslim scholar, Fijian for a chief, Oshiwambo for a mother, Hebrew for a rabbi's wife
 * ("Datuk Azman", "Nana Kwabena Boadu II", "Alhaji Musa", "Mwalimu Halima Mfinanga", "Kiai Masrur Anwar", "Ratu
 * Josefa Naivalu", "Meme Ndapewa Shikongo", "Rabbanit Chana Weissfisch", the Indonesian "Ibu Sri Wahyuni", the Brazilian
 * politician's "Capitão"): written before a name, never part of it,
 * and no role (the office is said elsewhere). ("Adi", the Fijian for a chiefly woman, is left out: it is also a given name;
 * so is the Indonesian "Pak", a Korean surname.)
 */
export const TRADITIONAL_HONORIFICS: ReadonlyMap<string, '' | 'm' | 'f'> = new Map([
  ['datuk', ''], ['dato', ''], ["dato'", ''], ['datin', 'f'], ['nana', ''], ['togbe', ''], ['alhaji', 'm'], ['alhaja', 'f'], ['hajia', 'f'],
  ['mwalimu', ''], ['mzee', ''], ['comrade', ''], ['kiai', 'm'], ['ratu', 'm'], ['meme', 'f'], ['rabbanit', 'f'], ['thiru', 'm'], ['thirumathi', 'f'],
  ['mallam', 'm'], ['malam', 'm'], ['cde', ''], ['ato', 'm'], ['hon', ''], ['honourable', ''], ['honorable', ''],
  ['ibu', 'f'], ['capitão', ''],
  ['tan sri', ''], ['puan sri', 'f'], ['datuk seri', ''], ["dato' sri", ''], ['dato sri', ''],
]);

/**
 * Titles written before a name. The value is a gender cue where the title carries one ('m' / 'f'), else ''.
 * Lower-cased, without a final period.
 */
export const TITLES: ReadonlyMap<string, '' | 'm' | 'f'> = (() => {
  const titles = new Map<string, '' | 'm' | 'f'>();
  const neutral =
    'sen senator sens rep reps representative gov governor lt sgt capt col gen cmdr det insp supt dr prof professor rev ' +
    'superintendent principal sheriff deputy mayor coach officer chief president commissioner judge justice trustee ' +
    'director chair chairperson councilmember delegate assemblymember secretary treasurer attorney sergeant ' +
    'lieutenant captain detective corporal trooper pastor dean chancellor provost spokesperson cllr councillor ald ' +
    'alderperson msgr imam rabbi bishop archbishop cardinal deacon canon supervisor inspector constable vicar reverend ' +
    'headteacher minister del undersecretary coun regent mk mp mgr legislator member manager councilor';
  for (const title of neutral.split(' ')) titles.set(title, '');
  // Descriptors written capitalised at a sentence start ("Junior Tamsin O'Rourke said"): never part of a name.
  for (const title of 'junior senior sophomore freshman parent student grandparent resident alumna alumnus'.split(' ')) titles.set(title, '');
  for (const title of 'mother grandmother'.split(' ')) titles.set(title, 'f');
  for (const title of 'grandfather'.split(' ')) titles.set(title, 'm');
  for (const title of 'mr sir lord councilman assemblyman congressman chairman spokesman father fr br brother alderman'.split(' ')) titles.set(title, 'm');
  for (const title of 'mrs ms miss dame lady councilwoman assemblywoman congresswoman chairwoman spokeswoman sister alderwoman madam headmistress aunty auntie'.split(' ')) titles.set(title, 'f');
  for (const title of 'uncle'.split(' ')) titles.set(title, 'm');
  titles.set('headmaster', 'm');
  for (const [title, gender] of TRADITIONAL_HONORIFICS) titles.set(title, gender);
  return titles;
})();

/** Words that make a capitalised phrase an organisation rather than a person. */
export const ORG_WORDS = new Set(
  (
    'association union department district board council committee commission center centre coalition foundation ' +
    'institute office agency company corporation inc llc group alliance network league society federation church ' +
    'academy school schools college university police sheriff’s sheriff\'s court congress senate house assembly ' +
    'legislature party project fund trust bureau administration authority ministry services service caucus elections ' +
    'universities colleges primary secondary mouvement conseil fédération syndicat comité regroupement ministère collège école université ' +
    'organization organisation club team hospital clinic library libraries press news times post tribune journal ' +
    'herald gazette channel radio television tv elementary high middle county city state township parish ' +
    'partners initiative campaign movement act bill law program programme task force academy chapter branch lodge ' +
    'order brotherhood fraternity sorority confederation chamber consortium cooperative collaborative secretariat government ' +
    'directorate parliament nations scoil gaelscoil coláiste gaelcholáiste forum'
  ).split(' '),
);

/** Acronyms that are common nouns ("the NGO said"): an organisation noun like "the charity", never a name. */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(['NGO']);

/** Common nouns by which an article refers back to an organisation it named ("the district said"). */
export const ORG_NOUNS = new Set(
  ('district association union department board council committee commission center coalition foundation institute ' +
    'office agency company group alliance network league society federation church academy school college ' +
    'university administration campaign organization organisation nonprofit county city state ministry charity trust ' +
    'firm regulator watchdog inspectorate government authority system club bureau chapter collective').split(' '),
);

/**
 * Capitalised words that start sentences or stand in headlines without being part of a name: function words,
 * days and months. Lower-cased.
 */
export const NOT_NAME_WORDS = new Set(
  (
    'a an the and but or nor so yet for if when while after before since because although though as at by in on of ' +
    'to from with without about into over under during until unless whether where why how what who whom whose which ' +
    'that this these those there here it its he she they we i you his her their our your my me him them us one some ' +
    'many most more much several few all both each every any no not none other another such only also even still ' +
    'just then than now today yesterday tonight last next new first second third meanwhile however instead still ' +
    'yes no please thank thanks dear hello oh well like asked said says according monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october november december ' +
    'despite among across against between beyond through throughout toward towards upon within around near unlike ' +
    'parents students teachers officials critics supporters opponents advocates lawmakers residents members ' +
    'two three four five six seven eight nine ten dozens hundreds thousands others everyone nobody someone'
  ).split(' '),
);

/**
 * Offices by which an article refers back to a person it named with a title or role ("the governor said" after
 * "Gov. Carl Whitmer"). The value lists the spellings a role may carry, abbreviations included.
 */
export const ROLE_NOUNS: ReadonlyMap<string, readonly string[]> = (() => {
  const nouns = new Map<string, readonly string[]>();
  const groups =
    'governor gov|senator sen|representative rep assemblymember congressman congresswoman|superintendent supt|' +
    'commissioner|mayor|principal|president|chairman chair chairwoman chairperson|chair chairman chairwoman chairperson|' +
    'director|sheriff|chief|coach|secretary|chancellor|dean|provost|treasurer|spokesperson spokesman spokeswoman|' +
    'spokesman spokesperson|spokeswoman spokesperson|judge|attorney|trustee|councilmember councilman councilwoman|' +
    'headteacher head teacher|head headteacher headmaster headmistress|headmistress head headteacher|headmaster head headteacher|librarian|minister|lawmaker rep sen representative senator assemblymember|' +
    'legislator rep sen representative senator assemblymember|mediator|pastor rev reverend fr father minister vicar|' +
    'priest fr father rev|reverend rev|rabbi|imam|bishop|professor prof|doctor dr|counselor|nurse|' +
    'officer lt sgt capt deputy trooper sergeant lieutenant captain|sergeant sgt|lieutenant lt|captain capt|' +
    'detective det|councillor cllr coun councilmember councilor|councilor coun councillor councilmember|alderman ald alderwoman alderperson|counsel|editor|adviser advisor|manager';
  for (const group of groups.split('|')) {
    const forms = group.split(' ');
    const noun = forms[0] as string;
    if (!nouns.has(noun)) nouns.set(noun, forms);
  }
  return nouns;
})();

/** Other names an organisation goes by when the article calls it by its kind ("the union" for "X Education Association"). */
export const ORG_NOUN_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['union', ['union', 'association', 'federation', 'guild']],
  ['district', ['district', 'schools', 'school system', 'unified']],
  ['group', ['group', 'coalition', 'alliance', 'campaign', 'association', 'network', 'project', 'foundation', 'council', 'league', 'union', 'parents', 'families']],
  ['nonprofit', ['foundation', 'institute', 'center', 'centre', 'alliance', 'project', 'fund', 'coalition', 'group']],
  ['ngo', ['foundation', 'institute', 'center', 'centre', 'alliance', 'project', 'fund', 'coalition', 'group', 'trust', 'network', 'initiative']],
  ['chapter', ['chapter', 'branch']],
  ['collective', ['collective', 'coalition', 'network', 'parents', 'families', 'group']],
  ['department', ['department', 'ministry']],
  ['ministry', ['ministry', 'department']],
  ['charity', ['charity', 'trust', 'foundation', 'fund']],
  ['firm', ['company', 'inc', 'llc', 'group', 'partners', 'staffing', 'consulting']],
  ['regulator', ['commission', 'authority', 'office', 'agency', 'board', 'ofsted', 'inspectorate']],
  ['watchdog', ['commission', 'authority', 'office', 'agency', 'board', 'ofsted', 'inspectorate', 'project', 'institute']],
  ['government', ['government', 'ministry', 'department', 'administration', 'office']],
  ['authority', ['authority', 'agency', 'commission', 'transit', 'transportation', 'board', 'office']],
  ['system', ['schools', 'district', 'system']],
  ['agency', ['agency', 'department', 'office', 'bureau', 'administration']],
  ['club', ['club', 'union', 'society', 'association', 'alliance', 'league', 'council']],
]);

/** Subject pronouns that can stand for a speaker, with their gender. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural'> = new Map([
  ['he', 'm'],
  ['she', 'f'],
  ['they', 'plural'],
]);
