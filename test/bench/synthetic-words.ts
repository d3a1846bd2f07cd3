/**
 * The word stock of the synthetic benchmark corpus: debates, their arguments on each side, names, roles and
 * newsroom prose. Invented for benchmarks only; nothing here is read by the product, and none of it names a
 * seed article's speakers or phrases.
 */

/** One invented debate and the phrases its quotes are built from. */
export interface SyntheticTopic {
  readonly id: string;
  readonly question: string;
  /** How prose names the proposal ("the phone ban"). */
  readonly proposal: string;
  readonly keywords: readonly string[];
  readonly reversals: readonly string[];
  readonly synonyms: readonly (readonly string[])[];
  /** What supporters say it does (verb phrases: "help students focus"). */
  readonly gains: readonly string[];
  /** What critics say it does. */
  readonly harms: readonly string[];
  /** Who or what it affects, for prose and quotes. */
  readonly affected: readonly string[];
  readonly venue: string;
}

export const TOPICS: readonly SyntheticTopic[] = [
  {
    id: 'phone-ban',
    question: 'Should schools ban phones during the school day?',
    proposal: 'the phone ban',
    keywords: ['phone', 'phones', 'smartphone', 'smartphones', 'cellphone', 'classroom', 'screen time'],
    reversals: ['lift', 'lifting', 'repeal', 'scrap'],
    synonyms: [['phone', 'smartphone', 'cellphone', 'mobile'], ['screen time', 'screens']],
    gains: ['help students focus in class', 'cut down on cyberbullying', 'bring conversation back to the lunchroom', 'raise test scores in math and reading', 'protect the mental health of teenagers', 'give teachers their classrooms back'],
    harms: ['leave families unable to reach their kids in an emergency', 'punish students for a problem adults created', 'ignore how students use phones for homework', 'turn teachers into phone police', 'hurt students who translate for their parents', 'push the problem into the hallways'],
    affected: ['students', 'teachers', 'families', 'principals', 'counselors'],
    venue: 'the school board',
  },
  {
    id: 'four-day-week',
    question: 'Should the district move to a four-day school week?',
    proposal: 'the four-day week',
    keywords: ['four-day week', 'four day week', 'calendar', 'schedule', 'fridays', 'school week'],
    reversals: ['keep five days', 'return to five days', 'abandon'],
    synonyms: [['four-day week', 'four day week', 'shorter week'], ['childcare', 'daycare', 'child care']],
    gains: ['help the district hire and keep teachers', 'save money on buses and heating', 'give families a day together', 'cut absences for doctor visits', 'let teachers plan lessons on Fridays'],
    harms: ['leave working parents scrambling for childcare', 'cost students hours of instruction', 'widen the gap for kids who rely on school meals', 'make the remaining days too long for young children', 'hurt learning in the early grades'],
    affected: ['teachers', 'working parents', 'bus drivers', 'young children', 'coaches'],
    venue: 'the district board',
  },
  {
    id: 'congestion-pricing',
    question: 'Should the city charge drivers a congestion fee downtown?',
    proposal: 'congestion pricing',
    keywords: ['congestion', 'toll', 'tolls', 'traffic', 'downtown', 'drivers', 'congestion fee'],
    reversals: ['drop', 'dropping', 'cancel', 'pause'],
    synonyms: [['congestion fee', 'congestion charge', 'toll', 'congestion pricing'], ['transit', 'buses', 'subway']],
    gains: ['clear the gridlock downtown', 'pay for better buses and trains', 'clean the air on our streets', 'make streets safer for cyclists', 'speed up deliveries and emergency vehicles'],
    harms: ['tax commuters who have no other way in', 'drive shoppers away from small businesses', 'push traffic into poorer neighborhoods', 'hit night-shift workers hardest', 'become another fee that never goes away'],
    affected: ['commuters', 'shop owners', 'cyclists', 'delivery drivers', 'bus riders'],
    venue: 'the city council',
  },
  {
    id: 'rent-control',
    question: 'Should the state cap yearly rent increases?',
    proposal: 'the rent cap',
    keywords: ['rent', 'rents', 'tenants', 'landlords', 'housing', 'rent cap', 'rent control'],
    reversals: ['repeal', 'lift', 'end'],
    synonyms: [['rent cap', 'rent control', 'rent stabilization'], ['tenants', 'renters']],
    gains: ['keep families in their homes', 'stop sudden rent spikes', 'protect seniors on fixed incomes', 'give tenants time to plan', 'slow the wave of evictions'],
    harms: ['discourage builders from adding housing', 'let older buildings fall into disrepair', 'push small landlords to sell', 'shrink the supply of rentals', 'help current tenants at the expense of newcomers'],
    affected: ['tenants', 'landlords', 'builders', 'seniors', 'young workers'],
    venue: 'the legislature',
  },
  {
    id: 'nuclear-plant',
    question: 'Should the old nuclear plant stay open?',
    proposal: 'keeping the plant open',
    keywords: ['nuclear', 'reactor', 'plant', 'power plant', 'energy', 'electricity', 'radiation'],
    reversals: ['close', 'closing', 'shut down', 'decommission'],
    synonyms: [['nuclear plant', 'power plant', 'reactor'], ['electricity', 'power', 'energy']],
    gains: ['keep the lights on without burning gas', 'protect hundreds of union jobs', 'hold down electricity bills', 'meet the climate goals on time', 'keep the tax base of the county'],
    harms: ['leave spent fuel on the lakeshore for decades', 'cost ratepayers billions in repairs', 'delay investment in wind and solar', 'run an aging reactor past its design life', 'put the drinking water at risk'],
    affected: ['ratepayers', 'plant workers', 'neighbors', 'utilities', 'fishermen'],
    venue: 'the utility commission',
  },
  {
    id: 'library-hours',
    question: 'Should the city keep libraries open on Sundays?',
    proposal: 'Sunday library hours',
    keywords: ['library', 'libraries', 'librarians', 'sunday', 'sundays', 'branch', 'books'],
    reversals: ['cut', 'cutting', 'close', 'reduce'],
    synonyms: [['library', 'branch', 'libraries'], ['sunday', 'weekend']],
    gains: ['give working families a quiet place to study', 'keep teenagers off the streets', 'offer free internet to people who have none', 'serve seniors who come every weekend', 'make the branch the heart of the neighborhood'],
    harms: ['stretch a budget that is already thin', 'burn out librarians who are already short-staffed', 'cost more than the few visitors justify', 'take money from school programs', 'pay overtime for empty reading rooms'],
    affected: ['librarians', 'families', 'seniors', 'teenagers', 'job seekers'],
    venue: 'the city council',
  },
];

export const FIRST_NAMES = `Aaliyah Abel Ada Adrian Aisha Alana Alejandro Alvaro Amara Anders Anika Arjun Astrid Beatriz Benedikt Bianca
Bogdan Camila Carmen Cedric Chiara Cyrus Dalia Damian Dario Delphine Desmond Dmitri Elif Elena Emeka Esther Fabian Farah
Felipe Fiona Gideon Greta Hamza Hannah Hector Ines Ingrid Isaac Jalen Jasmine Joaquin Jonas Kamala Kenji Keziah Lars Leila
Lorenzo Lucia Magnus Malik Marisol Mateo Mei Milan Nadia Nikhil Noemi Odette Olusegun Omar Paloma Priya Quentin Rafael
Ramona Rashid Renata Rohan Rosalind Sanjay Saoirse Selim Silvia Soren Tamsin Tariq Teodora Thiago Ulrike Valentina Viktor
Wendell Ximena Yara Yusuf Zainab Zoltan`.split(/\s+/);

export const LAST_NAMES = `Abernathy Achebe Alvarado Amundsen Arroyo Bakshi Balogun Barrientos Bergstrom Blackwood Bonilla Brandt Calloway
Castellanos Chowdhury Cisneros Dabrowski Delacroix Donnelly Eriksen Esposito Fairbanks Ferreira Fitzgerald Galloway Gutierrez
Haddad Halvorsen Hashemi Ibarra Iwasaki Jankowski Jovanovic Kaminski Karimi Kowalczyk Lachance Lindqvist Lombardi Macharia
Maldonado Mbeki Montgomery Nakamura Novak Nwosu Okafor Oyelaran Pacheco Papadopoulos Petrov Quintero Radcliffe Ramaswamy
Rasmussen Rinaldi Saavedra Sandoval Schreiber Sokolov Tanaka Thibodeaux Torvalds Uchenna Valdivia Vasquez Velasquez
Wainwright Whitfield Yamamoto Yilmaz Zamora Zielinski`.split(/\s+/);

export const PLACES = ['Ashford', 'Briar Glen', 'Cedar Falls', 'Dunmore', 'East Haven', 'Fairview', 'Glenwood', 'Harbor Point', 'Ironton', 'Juniper Ridge', 'Kingsport', 'Lakewood', 'Maple Grove', 'Northfield', 'Oak Hollow', 'Pine Bluff', 'Riverside', 'Stonebridge', 'Willow Creek'];

export const OUTLETS = ['The Valley Courier', 'Metro Daily', 'Lakeside Public Radio', 'The Evening Ledger', 'Channel 9 News', 'The County Herald', 'Northern Wire'];

export const GROUPS = [
  { id: 'parent', label: 'Parents', words: ['parent', 'parents', 'mom', 'moms', 'dad', 'dads', 'families'], roles: ['a parent of two at {school}', 'a mother of three in {place}', 'a father in {place}'] },
  { id: 'teacher', label: 'Teachers', words: ['teacher', 'teachers', 'educator', 'educators'], roles: ['a science teacher at {school}', 'an English teacher in {place}', 'a kindergarten teacher at {school}'] },
  { id: 'student', label: 'Students', words: ['student', 'students', 'pupils', 'teenagers'], roles: ['a junior at {school}', 'a senior at {school}', 'president of the student council at {school}'] },
  { id: 'lawmaker', label: 'Lawmakers', words: ['lawmaker', 'lawmakers', 'legislators', 'council members', 'politicians'], roles: ['a council member for {place}', 'a state senator from {place}', 'a state representative for {place}'] },
  { id: 'business', label: 'Business owners', words: ['business owners', 'shop owners', 'employers', 'merchants'], roles: ['owner of a bakery in {place}', 'who runs a hardware store in {place}', 'head of the {place} chamber of commerce'] },
  { id: 'expert', label: 'Researchers', words: ['researchers', 'experts', 'scientists', 'economists', 'professors'], roles: ['an economist at {place} State University', 'a professor of public health in {place}', 'a researcher who studies {affected}'] },
];

/** Openers, hedges and evidence: what makes one sentence sound unlike the next. */
export const OPENERS = ['Honestly,', 'Look,', 'At the end of the day,', 'For years,', 'Frankly,', 'In my experience,', 'Right now,', 'To be clear,', 'The truth is,', 'Every week,'];
export const EVIDENCE = [
  'the numbers from last year show it',
  'every principal I have talked to says the same thing',
  'we saw it happen in {place}',
  'the survey of {n} households backs that up',
  'the pilot program in {place} proved it',
  'I have watched it for {n} years',
  'the budget office estimated it at {n} million dollars',
];
/** Second sentences that fit after any side's first. */
export const AFTERTHOUGHTS = [
  'We have to think about the {affected}.',
  'That is what {venue} needs to hear.',
  'I said the same thing at the last meeting in {place}.',
  'Ask anyone in {place}.',
  'Our {affected} have waited {n} months for an answer.',
  '{evidence}.',
];
export const PROSE = [
  '{venue} is expected to vote on {proposal} next month.',
  'About {n} people attended the meeting at the {place} community center on Tuesday.',
  'The proposal has divided {affected} across {place} for most of the year.',
  'A similar measure passed in {place} in {year}, and officials there say the results are still coming in.',
  'Officials estimate the change would affect roughly {n} thousand {affected}.',
  'The debate over {proposal} has drawn a crowd to every hearing since the spring.',
  'Several speakers at the hearing asked {venue} to wait for another study.',
];
