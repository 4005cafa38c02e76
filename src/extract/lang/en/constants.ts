// English word lists, after chrono's `locales/en/constants.ts`: data only, lower case.

import type { TimeUnit } from '../types.js';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));
const phrases = (list: string): string[][] => list.split('|').map((p) => p.trim().split(/\s+/));

export const STOPWORDS = words(`the a an and or but of to in on at by for with from into over under about as is are
  was were be been being has have had do does did it its this that these those he she they we you i his her their our
  your my him them us not no so if then than when while which who whom whose what where why how all any some such
  there here also just only very more most other others many much can could would should will shall may might must
  after before since during until though although because however yet early late on certain several nevertheless
  nonetheless meanwhile moreover furthermore therefore thus hence besides instead otherwise indeed still regarding
  concerning following including according despite amid among amongst toward towards across through
  throughout within upon without against beyond below above behind beside beneath between via unlike like unless whether
  both either neither`);

export const ABBREVIATIONS = words(`mr mrs ms dr prof st rep reps sen sens sec gov gen col lt sgt capt brig maj adm cmdr cpl jr sr inc corp ltd co
  no vs etc jan feb mar apr jun jul aug sep sept oct nov dec pp p vol fig mt ft`);

export const PERSON_TITLES = words(`mr mrs ms dr prof archbishop bishop rabbi imam reverend president vice prime minister secretary sec secretary-general vice-president senator sen rep
  representative congressman congresswoman governor gov mayor judge justice general gen colonel col captain chief
  chairman chairwoman chair director spokesman spokeswoman spokesperson ambassador chancellor king queen prince
  emperor empress
  princess pope sheriff commissioner leader speaker passenger engineer conductor officer lady former ceo founder curator
  attorney lawyer professor correspondent reporter mother father son daughter wife husband
  brother sister widow citizen resident witness detective inspector sergeant constable superintendent officer
  premier deputy analyst expert economist activist blogger journalist editor columnist spokesperson manager coach boss
  adviser advisor
  brig brigadier maj adm admiral cmdr cdr commander lieutenant lt capt sgt pvt cpl corporal councilman councilwoman councilmember councillor councilor
  alderman alderwoman assemblyman assemblywoman assemblymember lawmaker legislator treasurer comptroller dean provost prosecutor
  principal mp mps mep mla msp director-general attorney-general solicitor-general governor-general inspector-general
  surgeon-general vice-chancellor`);

export const SOURCE_NOUNS = words(`official officials spokesman spokeswoman spokesperson source sources aide aides adviser
  advisers advisor advisors diplomat diplomats employee employees staffer staffers insider insiders executive executives
  officer officers representative representatives member members investigator investigators worker workers lawyer lawyers
  witness witnesses eyewitness eyewitnesses prosecutor prosecutors resident residents protester protesters critic critics
  supporter supporters analyst analysts activist activists villager villagers survivor survivors passenger passengers
  neighbour neighbours neighbor neighbors scientist scientists researcher researchers expert experts nurses
  teachers farmers students parents families firefighters soldiers rescuers fans demonstrators
  trader traders economist economists investor investors correspondent correspondents reporter reporters journalist
  journalists`);

export const TITLE_PHRASES = phrases(`first lady | majority leader | minority leader | secretary of state |
  prime minister | vice president | attorney general | press secretary | chief executive | chief financial officer |
  chief operating officer | chief executive officer | chief technology officer`);

export const ORG_HEADS_LOWER = words(`_`);

// The words a newspaper's title is made of: what "the newspaper", "the paper" may stand for.
export const NEWSPAPER_HEADS = [...words(`daily times post journal herald tribune gazette chronicle telegraph courier mirror news`)];
export const ORG_WORDS = new Set([...NEWSPAPER_HEADS, ...words(`senate house congress board division department ministry council committee museum confederation coalition executive
  consortium syndicate movement research motors holdings industries partners systems technologies
  pharmaceuticals labs solutions logistics semiconductor electronics ventures dynamics
  commission agency bureau office service union nations bank fund foundation institute university college school
  association federation party court police army navy network command corporation company inc corp ltd group news times
  post journal health county authority administration organization organisation international church club league
  trust alliance republicans democrats website railroad airlines airways productions studios records media magazine
  press entertainment pictures society centre center blog blogs laboratory laboratories observatory team
  energy auto automotive mining resources capital insurance telecom chemicals petroleum steel minerals metals
  community assembly parliament tribunal secretariat programme program forum`)]);

// A legislature, a party's plural: body words that name their body alone, capitalised.
export const BODIES_NAMED_ALONE = words(`senate congress parliament commons lords knesset duma bundestag republicans democrats conservatives tories`);

export const RELATION_NOUNS = words(`lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson mother father son
  daughter wife husband brother sister widow friend friends relative relatives family aide aides adviser advisers
  advisor advisors administration`);

export const PLACE_OPENERS = words(`new north south east west north-east north-west south-east south-west northeast northwest southeast
  southwest saint st santa los las fort port mount lake`);

export const NAME_CONNECTORS = words(`of for to against without and the van von der den da di del della dei degli de la le dos das bin al`);
// Arabic names as the press writes them: "Nouri al-Maliki", then "Maliki".
export const SURNAME_ARTICLES = words(`al el ad an ar as ash at az`);
export const ORG_ONLY_CONNECTORS = words(`of for the and to`);
export const ELISIONS = words(`_`);

export const PLACE_PREPOSITIONS = words(`in at from to into near towards toward across outside inside via`);
export const AGENT_PREPOSITIONS = words(`by`);
// Words of the courts and the police, before "for", "with" and an offence in marks: "charged with “…”".
export const COURT_WORDS = words(`charged convicted arrested indicted jailed sentenced detained prosecuted investigated tried
  investigation probe trial warrant suspicion`);
export const SPEECH_NOUNS = words(`assessment view answer response reaction verdict explanation conclusion advice warning comment reply argument
  justification defence defense message words remarks comments plea`);
export const ASIDE_PHRASES = phrases(`for its part | for his part | for her part | for their part | in turn | meanwhile | in response`);
export const BODY_DESCRIBERS = words(`airline automaker carmaker chipmaker drugmaker retailer supplier operator distributor
  manufacturer carrier broadcaster publisher producer developer insurer lender provider grocer brewer miner builder
  exporter importer startup`);
export const VIEW_PHRASES = phrases(`in his view | in her view | in their view | in his opinion | in her opinion | in their opinion | in his words | in her words`);
export const OPENER_PREPOSITIONS = words(`according after before during since in at on despite with without following amid
  among under over from upon`);

export const NOT_ACTORS = words(`god internet web president minister europe africa asia
  america christmas easter am pm utc gmt us usa uk eu ngo ngos tv aids hiv dna gdp cpi lgbt lgbtq lgbti covid sars
  mers gps iq vip atm suv ufo usb pdf qc islam christianity judaism buddhism hinduism yesterday tomorrow let`);

export const PLACE_WORDS = words(`airport station stadium street avenue road bridge river lake mount island square
  park valley beach highway motorway flight hospital plant factory prison palace tower prize award act bill
  amendment treaty festival cup championship operation mission project programme program satellite telescope ship
  vessel survey scale index month hurricane storm typhoon cyclone agreement accord protocol convention olympics games
  arch cathedral basilica monument memorial tomb strait gulf bay sea ocean peninsula base war mass summit ceremony parade
  marathon tournament tour final finals`);

export const AGENCY_FOLLOWERS = words(`has have had is was were will would said says told reported announced added
  stated noted confirmed denied claimed s`);

export const FEMININE_WORDS = words(`mrs ms miss madam lady queen empress princess mother wife daughter sister widow step-mother
  stepmother actress chairwoman spokeswoman congresswoman businesswoman girlfriend grandmother aunt niece woman girl`);
export const MASCULINE_WORDS = words(`mr sir king emperor prince father husband son brother widower stepfather step-father
  chairman spokesman congressman businessman boyfriend grandfather uncle nephew man boy`);

// 'it' is left out: "It is noted that…" is far more common before a quotation than a company's "it said".
export const PRONOUNS = words(`he she they`);
export const PERSON_PRONOUNS = words(`he she him her`);
export const ANAPHOR_PHRASES = phrases(`the latter`);
export const SOURCE_PHRASES = phrases(`according to | citing | quoted by`);
export const DOCUMENT_NOUNS = words(`statement statements report letter document note release post tweet memo poll survey page article
  account interview investigation inquiry study analysis assessment review message warning bulletin advisory notice`);
export const DEFINITE_ARTICLES = words(`the`);
export const ORG_NOUNS = words(`group organisation organization company firm agency ministry department government union
  party charity council committee board bank university institute foundation association airline carrier manufacturer
  regulator authority police army military club network broadcaster newspaper daily channel court campaign coalition
  alliance federation office administration commission operator retailer watchdog movement cooperative subsidiary
  site website blog platform network laboratory embassy consulate team club studio publisher magazine journal paper
  tabloid station outlet giant conglomerate multinational centre center service carmaker automaker drugmaker
  chipmaker insurer lender miner brewer supermarket supplier startup`);
// British and American spellings of the same noun: "the centre" stands for the "Pacific Tsunami Warning Center".
export const SPELLING_VARIANTS = new Map([
  ['centre', 'center'],
  ['center', 'centre'],
  ['organisation', 'organization'],
  ['organization', 'organisation'],
  ['theatre', 'theater'],
  ['theater', 'theatre'],
  ['defence', 'defense'],
  ['defense', 'defence'],
  ['programme', 'program'],
  ['program', 'programme'],
]);
export const GENERIC_ORG_NOUNS = words(`group organisation organization company firm charity coalition alliance movement giant
  conglomerate multinational agency regulator watchdog body institution`);
export const ORG_PRONOUNS = words(`it`);

export const NUMBER_WORDS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
export const NUMBER_SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1000], ['dozen', 12]]);

export const APPROX_NOUNS = new Map<string, number>();

export const VAGUE_NOUNS = new Map<string, number>([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1000], ['millions', 1e6], ['billions', 1e9],
]);

export const MULTIPLIERS = new Map<string, number>([
  ['thousand', 1e3], ['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['m', 1e6], ['k', 1e3],
]);

export const QUALIFIERS: { words: string[]; approx: 'about' | 'more-than' | 'less-than' }[] = [
  // Longer phrases first: "just over" is read before "over" would leave "just" behind.
  { words: ['just', 'over'], approx: 'more-than' },
  { words: ['slightly', 'more', 'than'], approx: 'more-than' },
  { words: ['in', 'excess', 'of'], approx: 'more-than' },
  { words: ['just', 'under'], approx: 'less-than' },
  { words: ['as', 'many', 'as'], approx: 'less-than' },
  { words: ['as', 'much', 'as'], approx: 'less-than' },
  { words: ['close', 'to'], approx: 'about' },
  { words: ['more', 'than'], approx: 'more-than' },
  { words: ['over'], approx: 'more-than' },
  { words: ['at', 'least'], approx: 'more-than' },
  { words: ['upwards', 'of'], approx: 'more-than' },
  { words: ['fewer', 'than'], approx: 'less-than' },
  { words: ['less', 'than'], approx: 'less-than' },
  { words: ['under'], approx: 'less-than' },
  { words: ['up', 'to'], approx: 'less-than' },
  { words: ['about'], approx: 'about' },
  { words: ['around'], approx: 'about' },
  { words: ['approximately'], approx: 'about' },
  { words: ['roughly'], approx: 'about' },
  { words: ['nearly'], approx: 'about' },
  { words: ['almost'], approx: 'about' },
  { words: ['some'], approx: 'about' },
  { words: ['an', 'estimated'], approx: 'about' },
];

export const UNITS = words(`% percent years year times decades decade months month days day weeks week hours hour minutes
  century centuries miles mile km kilometres kilometers meters metres feet ft kg pounds tons tonnes gallons litres liters dollars euros $ € £
  points votes yeas nays acres degrees knots knts mph kph cm mm`);

export const IDENTIFIER_WORDS = words(`number no route page pp p chapter flight article section interstate highway decree resolution order
  division`);
export const AUXILIARIES = words(`were was have had has are is been`);

export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

export const WEEKDAYS = new Map<string, number>([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

export const FUTURE_MARKERS = words(`next coming will 'll shall would scheduled planned plans expected due`);
export const FUTURE_PHRASES = phrases(`is to | are to | set to | set for | is set | are set | called for | calls for | urged`);
export const IRREGULAR_PASTS = words(`was were had did said told took came went made fell hit found left lost began saw
  won held led met ran sent spent struck thought wrote`);
export const IRREGULAR_PARTICIPLES = words(`written spoken given shown known`);
export const PAST_MARKERS = words(`last previous past`);

export const RELATIVE_DAYS = [
  { words: ['yesterday'], offset: -1 },
  { words: ['today'], offset: 0 },
  { words: ['tonight'], offset: 0 },
  { words: ['tomorrow'], offset: 1 },
  { words: ['last', 'night'], offset: -1 },
  { words: ['this', 'morning'], offset: 0 },
  { words: ['this', 'afternoon'], offset: 0 },
  { words: ['this', 'evening'], offset: 0 },
];
export const RELATIVE_WEEKS = [
  { words: ['last', 'week'], offset: -1 },
  { words: ['next', 'week'], offset: 1 },
  { words: ['this', 'week'], offset: 0 },
];
export const RELATIVE_YEARS = [
  { words: ['this', 'year'], offset: 0 },
  { words: ['last', 'year'], offset: -1 },
  { words: ['next', 'year'], offset: 1 },
];
export const SAME_DAY = phrases(`that day | the same day`);
export const TIME_UNITS = new Map<string, TimeUnit>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'],
]);
export const UNIT_ARTICLES = words(`a an one`);
export const AGO_BEFORE: string[][] = [];
export const AGO_AFTER = phrases(`ago`);
export const LATER_AFTER = [
  { words: ['later'], direction: 1 as const },
  { words: ['after'], direction: 1 as const, alone: true },
  { words: ['earlier'], direction: -1 as const },
  { words: ['before'], direction: -1 as const, alone: true },
];
export const NEXT_UNIT: { words: string[]; offset: number; unit: TimeUnit }[] = [
  { words: ['the', 'next', 'day'], offset: 1, unit: 'day' },
  { words: ['the', 'following', 'day'], offset: 1, unit: 'day' },
  { words: ['the', 'day', 'before'], offset: -1, unit: 'day' },
  { words: ['the', 'previous', 'day'], offset: -1, unit: 'day' },
  { words: ['the', 'following', 'month'], offset: 1, unit: 'month' },
  { words: ['the', 'following', 'year'], offset: 1, unit: 'year' },
  { words: ['the', 'next', 'year'], offset: 1, unit: 'year' },
  { words: ['the', 'previous', 'year'], offset: -1, unit: 'year' },
];
export const RELATIVE_MONTHS = [
  { words: ['last', 'month'], offset: -1 },
  { words: ['next', 'month'], offset: 1 },
  { words: ['this', 'month'], offset: 0 },
];
export const YEAR_PREPOSITIONS = words(`in since of by until before after during from early late mid year between for`);
export const SEASONS = new Map([['spring', 3], ['summer', 6], ['autumn', 9], ['fall', 9], ['winter', 12]]);
export const SEASON_LEADS = words(`this last next during since`);
export const DECADE_WORDS = words(`_`);
export const DETERMINERS = words(`the a an his her its their our this that these those`);
export const TITLE_MODIFIERS = words(`former vice deputy acting first`);
export const TITLE_QUALIFIERS = words(`head lead team senior chief deputy assistant associate managing defence defense foreign
  finance interior health justice trade education environment transport home economy agriculture housing`);
export const RELATIVE_TIME_AFTER = phrases(`later | earlier | ago | before | after`);

export const CLAUSE_OPENERS = words(`that which who whom whose where when while whereas until unless although though because
  so`);
export const SUBJECT_CLITICS = words(`he she they it we i you`);
export const BE_AUXILIARIES = words(`was were been be being is are`);
export const CUE_LEAD_INS = phrases(`during | since | by | until | on | in | at | for | from | over | the`);

// People an age describes after "of": "a man of 48", "children of 12".
export const AGE_HOLDERS = words(`man men woman women boy boys girl girls child children person people teenager
  teenagers youth victim victims driver passenger`);

// Nationalities no ending leaves a country's stem of: "the English side", "the Dutch government".
export const IRREGULAR_DEMONYMS = words(`english british britons brits spanish spaniard spaniards portuguese dutch french frenchman
  welsh scottish scots irish swiss greek greeks thai thais filipino filipinos danish dane danes swedish swede swedes
  finnish finn finns polish pole poles turkish turk turks kurdish flemish basque catalan icelandic norse`);

// Verbs that give a measure its value: "the toll rose to", "prices climbed 14.4%", "the deal was valued at".
export const MEASURE_VERBS = words(`rose rise rises rising risen fell fall falls falling fallen climbed climb climbs climbing
  reached reach reaches reaching totalled totaled totals totalling totaling stood stands standing
  dropped drops dropping increased increases increasing decreased decreases decreasing jumped jumps jumping
  grew grows growing grown declined declines declining surged surges surging soared soars soaring
  plunged plunges plunging slipped slips gained gains amounted amounts amounting cost costs costing valued`);
