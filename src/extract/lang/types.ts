import type { TaggerModel } from '../pipeline/tagger.js';
/**
 * What a language teaches the pipeline. Stages read these lists and patterns and contain no words of
 * any language themselves: a third language is a new folder that fills this interface.
 *
 * Word lists are lower case and accent-preserving; stages compare against `token.lower`.
 */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

export interface Lang {
  code: 'fr' | 'en';
  /** Frequent function words, for language detection and to stop name and noun-phrase scans. */
  stopwords: ReadonlySet<string>;
  /** Adverbs that hedge or sum up a number and say nothing of what it counts: a label neither starts nor ends with them ('environ', 'soit', 'least'). */
  labelFillers: ReadonlySet<string>;
  /** Abbreviations whose period does not end a sentence (without the period): 'm', 'mme', 'dr', 'st'. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that stand before a number ('vol', 'art', 'p'): before a capitalised word, their dot ends the sentence. */
  numberAbbreviations: ReadonlySet<string>;

  // ---- actors
  /** Words that introduce a person's name and are not part of it ('m', 'mme', 'président', 'senator'). */
  personTitles: ReadonlySet<string>;
  /** Words that qualify a title only inside a hyphenated compound of titles ('major' in "Major-General", « ex »). */
  titleCompoundParts: ReadonlySet<string>;
  /** People who speak for a body without being named ('official', 'source', « responsable »): a body named right beside one is their affiliation, not the speaker ("a State Department official", « un élu LR »). */
  sourceNouns: ReadonlySet<string>;
  /** Words between a one-word name and the body it belongs to before a verb of saying ("Dodds of Time Magazine said"). */
  memberOf: ReadonlySet<string>;
  /** Nouns for a kind of body and the heads of the bodies of that kind (« juridiction » → cour, conseil, tribunal). */
  bodyKinds: ReadonlyMap<string, readonly string[]>;
  /** Adverbs that make an adjective a superlative (« plus », "most"): « la plus haute juridiction ». */
  superlatives: ReadonlySet<string>;
  /** Abbreviated titles and the title they stand for ('gov' → 'governor', « gal » → « général »). */
  titleAbbreviations: ReadonlyMap<string, string>;
  /** Title words that qualify another title rather than name a role ('ancien', 'adjoint', 'former'). */
  titleModifiers: ReadonlySet<string>;
  /** Words before a title that say what it is of, capitalised only by opening a sentence: "Head coach", "Defence minister". */
  titleQualifiers: ReadonlySet<string>;
  /** Multi-word titles, each as a lower-case word list ('secrétaire d'état', 'majority leader'). */
  titlePhrases: readonly string[][];
  /** Lower-case nouns that head an organisation name even uncapitalised ('ministère', 'parlement'). */
  orgHeadsLower: ReadonlySet<string>;
  /** Lower-case heads written after the name they make a body of, where heads come last ("the Iranian government", "the Obama administration"). */
  bodyHeadsAfter: ReadonlySet<string>;
  /** Capitalised words that make a name an organisation ('comité', 'board', 'international'). */
  orgWords: ReadonlySet<string>;
  /** Body words that name one body on their own, capitalised: a legislature (« le Sénat », "Congress"), a party's plural (« les Républicains »). Other body words alone (« le Conseil », "the Court") need the name they head. */
  bodiesNamedAlone: ReadonlySet<string>;
  /** Small words allowed inside a name between capitalised words ('de', 'of', 'van'). */
  nameConnectors: ReadonlySet<string>;
  /** Plural nouns whose possessive stays inside a body's name ("Children's Fund", "People's Daily", "Women's March"). */
  possessiveNameWords: ReadonlySet<string>;
  /** What may follow an apostrophe at a word's end without being part of it ('s, n't, 're, 'll): elsewhere the letters after an apostrophe are the word's ("Sana'a", "Ra'ad"). */
  apostropheSuffixes: ReadonlySet<string>;
  /** « sans », "without": after a capitalised plural, with a lower-case plural, they make a body's name (« Médecins sans frontières », « Reporters sans frontières »). */
  privativeConnectors: ReadonlySet<string>;
  /** Nationality words no ending leaves a country's stem of ("English", "Dutch", « Néerlandais », « Britannique »), lower case. */
  irregularDemonyms: ReadonlySet<string>;
  /** Articles that open surnames (« Le Pen », « La Fontaine »); none where an article never does ("The"). */
  surnameArticleParticles: ReadonlySet<string>;
  /** Articles a surname may open on, joined by a hyphen, and drop when written alone ('al', 'el': al-Maliki, then Maliki). */
  surnameArticles: ReadonlySet<string>;
  /** Connectors that may only join when the part before holds an organisation word ('of' in English). */
  orgOnlyConnectors: ReadonlySet<string>;
  /** Of those, the ones that join a name only right after a body's head word: "to" in "Committee to Protect Journalists". */
  headConnectors: ReadonlySet<string>;
  /** Elided articles and prepositions written with an apostrophe ('l', 'd', 'qu'). */
  elisions: ReadonlySet<string>;
  /** Prepositions after which a name is a place, not an actor ('à', 'en', 'in', 'from'). */
  placePrepositions: ReadonlySet<string>;
  /** Prepositions that open an adjunct rather than a noun's complement: a counted noun phrase ends before them ('avec', 'pour', 'with', 'for'). */
  adjunctPrepositions: ReadonlySet<string>;
  /** Prepositions that join a title to what it deals with, not to whom it works for: "Minister for [Foreign Affairs]" ('for'; none in French, where « de » does both). */
  domainConnectors: ReadonlySet<string>;
  /** Titles written as a phrase that stand for a one-word title someone holds: « chef de l'État » for « président ». */
  titleSynonyms: readonly { phrase: readonly string[]; title: string }[];
  /** Titles whose complement after any name connector is what they deal with: "Minister of [Agrarian Development]", « ministre de [l'Économie et des Finances] ». */
  domainTitles: ReadonlySet<string>;
  /** Prefixes that name a ship ('MV', 'HMS', 'USS'): a vessel is never an actor. */
  vesselPrefixes: ReadonlySet<string>;
  /** Prepositions after which a name is the agent or source rather than a speaker ('par', 'by'). */
  agentPrepositions: ReadonlySet<string>;
  /**
   * Head words of places and things that do not act, inside a name or as the common noun right before it:
   * 'aéroport', 'rue', 'vol', 'airport', 'street', 'flight' (« l'hôpital Lutheran General », "Clean Air Act").
   */
  placeWords: ReadonlySet<string>;
  /** First words of place names, never of a person's: 'new', 'saint', 'port', 'nouvelle'. */
  placeOpeners: ReadonlySet<string>;
  /** Nouns come before the head they qualify ("the union general secretary"): a role's head is its last noun. */
  headLast: boolean;
  /**
   * The endings of a capitalised nationality ('Chinese', 'Americans', « les Russes »), the stem captured by the first group
   * that matches: a stem opening a country's name makes one. None where the language writes them in lower case.
   */
  demonym?: RegExp;
  /**
   * One person by where they come from, by the ending (« le Mayennais », « la Lyonnaise », « le Savoyard »), where the
   * press names people so; a place the extractor need not know. None where nationality nouns are read as names.
   */
  residentNoun?: RegExp;
  /** Nouns for one person of a nation that no ending gives ("Spaniard", "Swede", "Briton"), in lower case. */
  nationalityNouns: ReadonlySet<string>;
  /** A party-and-place tag written after a lawmaker's name ("R-Texas", "D-Ariz."): a label, not an actor. */
  partyTag?: RegExp;
  /** Capitalised words that are never actors on their own (weekdays, months, 'État', 'Internet'). */
  notActors: ReadonlySet<string>;
  /** A trained named-entity tagger for the language, where one ships (lang/<code>/tagger-model.ts): a second opinion on names. */
  tagger?: TaggerModel;
  /** Words after a single capitalised name that show it acts ('a', 'ont', 'has', 'said'). */
  agencyFollowers: ReadonlySet<string>;
  /** Whether a lower-case word is a participle, which ends an organisation name ('dirigée', 'led'). */
  isParticiple(word: string): boolean;
  /** Whether a word can be a past participle, for a passive after 'was', « est »: 'said', 'told', « décrit », « qualifié ». */
  isPastParticiple(word: string): boolean;
  /** Whether a lower-case word can be the adjective after an uncapitalised organisation head ('russe', 'hongrois'). */
  isOrgAdjective(word: string): boolean;
  /** Nouns that name what someone does, by their ending: 'prévisionniste', 'chercheuse', 'economist', 'forecaster'. */
  agentNoun: RegExp;
  /** Determiners that start a noun phrase ('le', 'un', 'the', 'a'): where a role phrase begins. */
  determiners: ReadonlySet<string>;
  /** A preposition and an article in one word (« du », « aux »): where a counted noun phrase ends. */
  contractedArticles: ReadonlySet<string>;

  // ---- quotes
  /** Verbs (inflected forms) that attribute speech: 'déclaré', 'said', 'told', 'précise'. */
  sayVerbs: ReadonlySet<string>;
  /** Whether a token is an inverted verb with its pronoun ('a-t-il', 'déclare-t-elle'). */
  invertedPronoun(token: string): boolean;
  /**
   * Whether a word right after a quotation's closing mark and a comma, its subject after it, is a verb: where the
   * language inverts the subject of the clause that attributes a quotation (« « … », savoure l'entraîneur »), any verb
   * there attributes it, whatever it means. Never where the language does not invert.
   */
  inciseVerb(word: string): boolean;
  /** A verb with an impersonal subject after it (« explique-t-on », « lit-on »): whoever spoke is named after it, if at all. */
  invertedImpersonal(token: string): boolean;
  /** Verbs of saying in several words, the verb first: « fait savoir », « mis en garde », "pointed out". */
  sayPhrases: readonly string[][];
  /** Verbs whose object is the listener, not the speaker ('told', 'telling'). */
  addresseeVerbs: ReadonlySet<string>;
  /** Prepositions that mark the listener ('à Reuters', 'to CNN'). */
  addresseePrepositions: ReadonlySet<string>;
  /** Words right before a date that make it the baseline of a change (« par rapport à » l'an dernier, "from" a year ago). */
  baselineLeads: readonly string[][];
  /** The word that writes out a per cent ('percent', the « cent » of « pour cent »): a change measured in it. */
  percentWords: ReadonlySet<string>;
  /** Prepositions that name where words were said or written, after a verb of saying: « sur » Twitter, "on" CNN. */
  mediumPrepositions: ReadonlySet<string>;
  /** Words before an infinitive verb of saying, whose subject is the latest speaker (« avant d'ajouter », "to add"). */
  infinitiveMarkers: ReadonlySet<string>;
  /** Coordinators that give a second verb the first one's subject ('and said', « et a ajouté »). */
  coordinators: ReadonlySet<string>;
  /** Subject pronouns that stand for the latest salient actor ('il', 'elle', 'he', 'she'). */
  pronouns: ReadonlySet<string>;
  /** Pronouns that only refer to people ('he', 'she', 'lui'). */
  personPronouns: ReadonlySet<string>;
  /** Words that mark a person as a woman or a man where the language says so: honorifics, role nouns, gendered adjectives ('mme', 'présidente', 'mother'; 'm', 'président', 'father'). */
  feminineWords: ReadonlySet<string>;
  masculineWords: ReadonlySet<string>;
  /** Gender of a subject pronoun, for inverted ones too (« a-t-elle »): 'f', 'm', or undefined when it has none ('they', 'ils' counts as 'm'). */
  pronounGender(token: string): 'f' | 'm' | undefined;
  /** Multi-word anaphors for the latest person ('ce dernier'). */
  anaphorPhrases: readonly string[][];
  /** Source prepositions: 'selon X', 'according to X' (word lists). */
  sourcePhrases: readonly string[][];
  /** What a body speaks through: « le communiqué de la CGT affirme », "the group's statement said". */
  documentNouns: ReadonlySet<string>;
  /** Definite articles before a role noun that names a known actor ('le ministre'). */
  definiteArticles: ReadonlySet<string>;
  /** Common nouns that describe an organisation named before: « l'ONG », « la préfecture », "the group", "the ministry". */
  orgNouns: ReadonlySet<string>;
  /** The same noun spelt another way ('centre' → 'center'), so a description finds the name that spells it so. */
  spellingVariants: ReadonlyMap<string, string>;
  /** Of those, the nouns that fit any organisation (« l'association », "the company"): they may stand for the one named last. */
  genericOrgNouns: ReadonlySet<string>;
  /** Subject pronouns that stand only for an organisation ('it'); none where the language's pronouns have gender. */
  orgPronouns: ReadonlySet<string>;

  // ---- figures
  /** Decimal separator in digits: ',' in French (2,5), '.' in English (2.5). */
  decimalComma: boolean;
  /** Cardinal atoms → value: units, teens and tens ('deux' → 2, 'quatre-vingt' → 80, 'ninety' → 90), 'un' and 'one' included. */
  numberWords: ReadonlyMap<string, number>;
  /** Words that multiply the number before them inside a written number ('cent' → 100, 'mille' → 1000, 'hundred', 'dozen' → 12). */
  numberScales: ReadonlyMap<string, number>;
  /** Words that join parts of one written number ('et' in « vingt et un », 'and' in "one hundred and five"). */
  numberJoiners: ReadonlySet<string>;
  /** Number words that are also articles ('un', 'une'; 'a', 'an'): a count only before a scale or a multiplier (« un million »). */
  numberArticles: ReadonlySet<string>;
  /** Approximate collectives → value ('dizaine' → 10, 'centaine' → 100). Singular form. */
  approxNouns: ReadonlyMap<string, number>;
  /** Fraction nouns → denominator ('moitié' → 2, 'tiers' → 3, 'quarts' → 4; 'half', 'thirds'), read as shares. */
  fractionNouns: ReadonlyMap<string, number>;
  /** Vague plurals → order of magnitude ('dizaines' → 10, 'milliers' → 1000, 'dozens' → 12). */
  vagueNouns: ReadonlyMap<string, number>;
  /** Multipliers after a number ('millions' → 1e6, 'milliards' → 1e9, 'billion' → 1e9). */
  multipliers: ReadonlyMap<string, number>;
  /** Qualifiers before a number, as word lists with their meaning. */
  qualifiers: readonly { words: string[]; approx: 'about' | 'more-than' | 'less-than' }[];
  /** Units kept in a figure's display ('ans', 'mètres', '%', 'miles', 'euros'). */
  units: ReadonlySet<string>;
  /** Words before a number that make it an identifier, not a quantity ('numéro', 'number'). */
  identifierWords: ReadonlySet<string>;
  /** Words between two numbers that make the second a scale, not a count ('3 sur 5'); after « un » and what is counted, a share (« un train sur cinq »). */
  ratioWords: ReadonlySet<string>;
  /** Words before « un », "a" and a unit that make it a rate, not a duration: « fois », "twice" (a year). */
  frequencyWords: ReadonlySet<string>;
  /** Words before a multiplier that make it vague ('quelques millions', 'a few million'). */
  vagueQualifiers: ReadonlySet<string>;
  /** Words right after a count that belong to it ('autres' in « quatre autres », 'more'). */
  countModifiers: ReadonlySet<string>;
  /** Words after a share that name whose it is: « 15,59 % pour FO », "52% for Smith". */
  shareMarkers: ReadonlySet<string>;
  /** A half added after the counted noun or the number: « quatre ans et demi », "two and a half years". */
  halfPhrases: readonly string[][];
  /** Reflexive pronouns before an auxiliary (« s'est excusé », « se sont félicités »): the verb is active, not passive. */
  reflexives: ReadonlySet<string>;
  /** Clitics that only ever stand before a verb (« y », « lui », « leur », « se », the « ne » of a negation): a name before one is a verb's subject. */
  verbClitics: ReadonlySet<string>;
  /** Definite articles of the singular (« le », « la », "the"): « le Mayennais » is one person. */
  singularArticles: ReadonlySet<string>;
  /** Determiners that are also object pronouns before a verb (« il la dénonce »): after any other, a word is a noun. */
  determinerPronouns: ReadonlySet<string>;
  /** Words that make digits a time of day ('h' of « 14 h 30 », 'am', 'pm'): not a figure. */
  clockMarkers: ReadonlySet<string>;
  /** An hour as a word (« heures ») after one of these ('à', 'vers') is a time of day too. */
  hourWords: ReadonlySet<string>;
  clockPrepositions: ReadonlySet<string>;
  /** Nouns of someone who speaks for another person ('lawyer', 'mother', « avocat », « cabinet »): « l'avocat de X » is not X. */
  relationNouns: ReadonlySet<string>;
  /** Nouns for a place ('ville', 'province'; 'city', 'district'): "Kinshasa, the capital of…" is a place's name. */
  placeNouns: ReadonlySet<string>;
  /** Nouns of streets, squares and stations, whose complement is a place (« le parvis de l'Hôtel de Ville », "the port of Dover"). */
  streetNouns: ReadonlySet<string>;
  /** Common nouns for a person a text names before ('femme', 'homme'; 'woman', 'man'): « raconte la jeune femme ». */
  personNouns: ReadonlySet<string>;
  /** Titles only a body gives ('director', 'chairman', 'founder'; « directeur », « fondateur »): the name after their « of » is its employer. */
  employerTitles: ReadonlySet<string>;
  /** The words joining such a noun to the person: « de », « du », "of", "for", "to" ("an aide to X"). */
  relationConnectors: ReadonlySet<string>;
  /** Words between a document and who issued it besides the name connectors ("a statement from Buckingham Palace"). */
  documentConnectors: ReadonlySet<string>;
  /** "AP quoted a police official as saying": verbs of quoting whose object is the speaker, and the word before the verb of saying. */
  quotingVerbs: ReadonlySet<string>;
  /** Verbs through which a document speaks when one follows them: '"…," read a statement by the ministry'. */
  documentReadVerbs: ReadonlySet<string>;
  /** After a verb of learning, who the words came from (« a-t-on appris auprès du parquet »). */
  learnedFrom: readonly (readonly string[])[];
  quotedAs: string;
  /** The word that makes a participle a gerund sharing the sentence's subject (« en affirmant », "while adding"). */
  gerundMarkers: ReadonlySet<string>;
  /** A participle's auxiliary that belongs to the cue as written (« ayant déclaré », "having said"). */
  participleAuxiliaries: ReadonlySet<string>;
  /** Words joining the two ends of a range ('à', 'to'); `rangeAnd` joins them only after `rangeOpeners` ('entre … et', 'between … and'). */
  rangeWords: ReadonlySet<string>;
  /** Words joining two dates into a span or a choice (« du 3 au 5 mai », « les 11 et 12 décembre », "July 28 to September 25, 1973"). */
  dateRangeWords: ReadonlySet<string>;
  rangeAnd: string;
  rangeOpeners: ReadonlySet<string>;
  /** The word before the first end of a change ('de', 'from'): « passé de 3 à 5 » is two figures, not a range. */
  changeFrom: ReadonlySet<string>;
  /** Verbs that give a measure its value ('s'élève à', 'augmente de', 'rose to', 'totalled'): the number measures their subject. */
  measureVerbs: ReadonlySet<string>;
  /** Currency names written after a number ('euros', 'dollars'). */
  currencyWords: ReadonlySet<string>;
  /** Currency signs written before a number ('$', '€', '£'). */
  currencySigns: ReadonlySet<string>;
  /** A single token holding a number and its unit ('54-year-old'): the number is group 1. */
  numberWithUnit?: RegExp;
  /** Phrases after a duration that make it a relative date, not a quantity ('two days later', « deux ans plus tard »). */
  relativeTimeAfter: readonly string[][];
  /** Words that, after a number word, mean the number is not a count ('fois' is fine; 'heures' of a clock is not handled). */
  auxiliaries: ReadonlySet<string>;

  // ---- dates
  /** Whether month names are written with a capital ('May' in English): a lower-case one is then another word. */
  monthsCapitalised: boolean;
  /** Whether a date puts the month before the day ("December 18") rather than after (« 18 décembre »). */
  monthBeforeDay: boolean;
  /** How the language sets a quotation after a name in a label: « X : « … » », "X: “…”". */
  quoteLabel(name: string, words: string): string;
  /** Adverbs by their ending ('-ment', '-ly'): left dangling at the end of a cut label, they go. */
  adverb: RegExp;
  /** Plural common nouns by an ending no name has ('-tions', '-ities'): "Operations were halted" opens on no one. */
  commonNounEnding: RegExp;
  /** Whether a lower-case word is an infinitive (« faire », « sortir »): after « pour le » it is a verb, not a complement. */
  isInfinitive(word: string): boolean;
  /** Month names (and abbreviations) → 1–12. */
  months: ReadonlyMap<string, number>;
  /** Prefix of a month's middle written as one word: « mi-mars », "mid-March". */
  midPrefix: string;
  /** Seasons by the month they start in, and the words that make one a date (« au printemps dernier », "last summer"). */
  seasons: ReadonlyMap<string, number>;
  seasonLeads: ReadonlySet<string>;
  /** Weekday names → 0 (Sunday) – 6. */
  weekdays: ReadonlyMap<string, number>;
  /** Words that push a weekday or month into the future ('prochain', 'next', 'pour'). */
  futureMarkers: ReadonlySet<string>;
  /** Phrases that put a clause ahead whatever its tense: "is to open", "set for", « appellent à ». */
  futurePhrases: readonly string[][];
  /** Words beside a weekday that mean the one after this week's ('prochain', 'next'): « samedi prochain » on a Saturday is a week on. */
  nextMarkers: ReadonlySet<string>;
  /** Whether `word`, after `previous`, is a verb in a past tense: "vanished", "was"; « a disparu », « disparaissait ». */
  isPastVerb(word: string, previous: string): boolean;
  /** Whether `word` can only be a verb in a past tense, never a participle or a noun (« annonçait »); false where every past form is ambiguous. */
  isFinitePast(word: string): boolean;
  /** Whether `word` is a verb in a simple future written as one word (« recevra », « se réuniront »); false where the language has none. */
  isFutureVerb(word: string): boolean;
  /** Words that mean 'the one before' ('dernier', 'last'). */
  pastMarkers: ReadonlySet<string>;
  /** Relative day phrases → offset in days ('hier' → -1, 'yesterday' → -1). */
  relativeDays: readonly { words: string[]; offset: number }[];
  /** Relative week phrases → offset in weeks ('la semaine dernière' → -1). */
  relativeWeeks: readonly { words: string[]; offset: number }[];
  /** Relative year phrases → offset in years ('cette année' → 0, 'last year' → -1). */
  relativeYears: readonly { words: string[]; offset: number }[];
  /** Phrases meaning 'the day just mentioned' ('ce jour-là', 'that day'). */
  sameDay: readonly string[][];
  /** A day of the month written as an ordinal, its number in group 1: « 1er », "17th". */
  ordinalDay: RegExp;
  /** An ordinal's ending written apart from its digits, a superscript the text lost: « la 27 e édition », « le 1 er octobre ». */
  ordinalEndings: ReadonlySet<string>;
  /** Units a distance in time counts in: 'jours' → day, 'ans' → year, 'weeks' → week. */
  timeUnits: ReadonlyMap<string, TimeUnit>;
  /** Articles that count one unit: 'un' in « un an », 'a' in "a year ago". */
  unitArticles: ReadonlySet<string>;
  /** Phrases before a count that date back from publication: « il y a » deux ans. */
  agoBefore: readonly string[][];
  /** Phrases after a count and unit that date back from publication: three weeks "ago". */
  agoAfter: readonly string[][];
  /**
   * Phrases after a count and unit that count from the date given last: « plus tard » (+1), « plus tôt » (−1), "later".
   * `alone`: only when the clause ends there (« deux jours après, » but not « deux jours après l'attentat »).
   */
  laterAfter: readonly { words: string[]; direction: 1 | -1; alone?: boolean }[];
  /** One unit from the date given last: « le lendemain » (+1 day), « la veille » (−1 day), "the following year". */
  nextUnit: readonly { words: string[]; offset: number; unit: TimeUnit }[];
  /** Months counted from publication: « le mois dernier » (−1), "next month" (+1). */
  relativeMonths: readonly { words: string[]; offset: number }[];
  /** Prepositions that make a bare 4-digit number a year ('en', 'depuis', 'in', 'since'). */
  yearPrepositions: ReadonlySet<string>;
  /** Words that introduce a decade ('années' in 'les années 1990'); English uses the '1990s' form. */
  decadeWords: ReadonlySet<string>;
  /** A decade written as one word, its tens digits in group 1: "1990s", "70s" (none in French). */
  decadeForm?: RegExp;
  /** Numeric dates: day first (31/01/2022) or month first (1/31/2022). */
  dayFirst: boolean;

  /** Labels. Words that open a new clause: subordinators and relative pronouns ('que', 'qui', 'dont', 'which', 'until'). */
  clauseOpeners: ReadonlySet<string>;
  /** A subject pronoun that names no one (« on »): where it speaks from, if the sentence says, is who speaks. */
  impersonalPronouns: ReadonlySet<string>;
  /** Words that open a reported clause: « que », "that". */
  complementizers: ReadonlySet<string>;
  /** Coordinators that join clauses rather than nouns, and so end a label ('mais', 'but'). */
  clauseCoordinators: ReadonlySet<string>;
  /** Subject pronouns and clitics: a verb follows ('il', 'ne', 'se', 'they'). */
  subjectClitics: ReadonlySet<string>;
  /** Parts of a day that go with a weekday in a date ('matin', 'soir', 'morning', 'night'). */
  dayParts: ReadonlySet<string>;
  /** Adverbs that open a date at a clause's start ('tôt', 'early'). */
  timeAdverbs: ReadonlySet<string>;
  /** Relative pronouns that can stand for a person named just before ('qui', 'who'). */
  personRelatives: ReadonlySet<string>;
  /** Of those, the ones that never stand for a thing ('who', 'whom'): « qui » is not one, it stands for anything. */
  humanRelatives: ReadonlySet<string>;
  /** Pronouns and possessives that stand only for a person ('he', 'his', 'her'); none where « il », « son » also stand for things. */
  personReferences: ReadonlySet<string>;
  /** A plural verb right after such a pronoun ('ont', 'sont', 'disent'; 'are', 'were'): it stands for several. */
  pluralVerb: RegExp;
  /** A lower-case plural noun (« militaires », "soldiers"), for what a partitive pronoun stands for. */
  pluralNoun: RegExp;
  /** The singular of a lower-case noun (« entreprises » → « entreprise », "companies" → "company"); others unchanged. */
  singular(word: string): string;
  /** Words before a list's last item: « et », « ou », "or". */
  listCoordinators: ReadonlySet<string>;
  /** Words between a plural noun and the names it lists: « telles que », "such as". */
  listIntroducers: readonly (readonly string[])[];
  /** What makes a number a part of a group named before it: « d'entre eux », "of them". */
  partitivePronouns: readonly (readonly string[])[];
  /** Singular subject pronouns an event label names instead ('il', 'elle', 'he', 'she'). */
  singularPronouns: ReadonlySet<string>;
  /** Words after 'il' that make it impersonal, names nobody ('y' in 'il y a', 'faut', 'possible' in 'il est possible'). */
  impersonalWords: ReadonlySet<string>;
  /** Forms of 'to be' (and the subjunctive auxiliaries) that make a passive or a perfect with a participle: 'été', 'soit', 'were'. */
  beAuxiliaries: ReadonlySet<string>;
  /** Words before a dating expression that go with it when it is taken out of a label: 'au cours de', 'lors de', 'during'. */
  cueLeadIns: readonly string[][];
  /** Units that give a duration ('ans', 'décennies', 'years') and those that give an age ('ans', 'years'). */
  durationUnits: ReadonlySet<string>;
  /** Singular units that, after « un », "a", make a duration worth a figure: 'an', 'semaine', 'year', 'decade'. */
  unitDurations: ReadonlySet<string>;
  ageUnits: ReadonlySet<string>;
  /** How an age's label reads ('âge de', 'age of'), and the words before a number that make it an age ('âgé de', 'aged'). */
  ageLabel: [noun: string, connector: string];
  agePrefixes: string[][];
  /** Prepositions before a number of years that make it an age at some moment: « mort à 88 ans », « élu à 39 ans ». */
  ageAtPrepositions: ReadonlySet<string>;
  /** Verbs whose object, in years, is someone's age: « il avait 88 ans » (not « il y a 5 ans »). */
  ageVerbs: ReadonlySet<string>;
  /** Units of volume or mass, which measure the substance named after them: 'tonnes', 'litres', 'gallons', 'barrels'. */
  substanceUnits: ReadonlySet<string>;
  /** An age written after the number: "75 year-old", "60 years old"; none in French (« 75 ans » is a unit). */
  ageSuffixes: readonly (readonly string[])[];
  /** A number token that writes an age with it, its group 1 set when complete ("54-year-old"), else completed by `ageCompoundEnd` ("35-year old"). */
  ageCompound?: RegExp;
  ageCompoundEnd?: string;
  /** Nouns of people whose age a number after the connector gives (« un homme de 48 ans », "a man of 48"). */
  ageHolders: ReadonlySet<string>;
  /** Units that are what is counted (« 160 voix », "74 yeas"): the label starts with them. */
  countUnits: ReadonlySet<string>;
  /** Prepositions that make a number a duration: 'pendant', 'durant', 'for', 'during'. */
  durationPrepositions: ReadonlySet<string>;
  /** Words that, opening a sentence before a name and a comma, give that name's view: « Pour X, « … » ». */
  openingSources: ReadonlySet<string>;
  /** The gender an article before a noun marks (« la » 'f', « le », « du » 'm'); undefined where it marks none or the language has none. */
  articleGender(word: string): 'f' | 'm' | undefined;
  /** The gender a noun's ending marks (« Autorité », « Commission » feminine; « Conseil », « Syndicat » masculine), where the language has one: a body named after an elided article (« l'Autorité ») has no other. */
  endingGender(word: string): 'f' | 'm' | undefined;
  /** Verbs of replying, which hand the turn to someone other than the last speaker: « répond », « rétorque », "replied". */
  replyVerbs: ReadonlySet<string>;
  /** Relatives of place: « où », "where" (« à la CFDT, où l'on juge… »). */
  placeRelatives: ReadonlySet<string>;
  /** Phrases that stand for the first of the two people named last: « la première », "the former". */
  formerPhrases: readonly string[][];
  /** Ordinals that stand for the second of them, alone before their verb: « la seconde ». */
  latterOrdinals: readonly string[][];
  /** Nouns for someone by their age: "62-year-old", « sexagénaire », « trentenaire ». */
  ageNoun: RegExp;
  /** Phrases of contrast set between commas after a subject: « de son côté », « pour sa part », "for its part". */
  asidePhrases: readonly string[][];
  /** Nouns for what a business is, capitalised before its name at a sentence's start: "Retailer", "Automaker". */
  bodyDescribers: ReadonlySet<string>;
  /** Plural subject pronouns: « ils », « elles », "they". */
  pluralPronouns: ReadonlySet<string>;
  /** Possessive determiners: « son », « sa », "his", "their". */
  possessives: ReadonlySet<string>;
  /** Nouns for what someone says: « explication », « réponse », "answer", "warning". */
  speechNouns: ReadonlySet<string>;
  /** Phrases opening a sentence on whose view follows by a possessive: « à ses yeux », "in his view". */
  viewPhrases: readonly string[][];
  /** Prepositions a sentence may open on for a phrase of time, place or source that its comma closes before the subject: « Selon une étude publiée par…, X… », "After the vote in Congress, X…". */
  openerPrepositions: ReadonlySet<string>;
  /** Lower-case nouns for a party's members, which stand for a politician as a title does: « le socialiste », "the Democrat". */
  partyLabels: ReadonlySet<string>;
  /** The preposition that links a measure to what it measures, or a part to its whole: « de », "of". */
  ofWords: ReadonlySet<string>;
  /** Words an infinitive may follow with its object pronoun between (« pour le faire »), where « le » is no article. */
  purposeWords: ReadonlySet<string>;
  /** Relative pronouns standing for their clause's subject: "which", « qui ». */
  subjectRelatives: ReadonlySet<string>;
  /** Relative pronouns that only stand for things and bodies, never for someone: "which". */
  thingRelatives: ReadonlySet<string>;
  /** Verbs of saying whose object the words in marks name or describe: « qualifier X de « … » », "called X "…"". */
  namingVerbs: ReadonlySet<string>;
  /** Pronouns that stress a subject between commas: « Le parquet, lui, estime ». */
  stressedPronouns: ReadonlySet<string>;
  /** Nouns for things that bear names, after which a short phrase in marks is one: « opération », "campaign". */
  namedThingNouns: ReadonlySet<string>;
  /** Words after which a quotation names or sums up a thing rather than reports speech: « intitulé », "entitled". */
  titleIntroducers: ReadonlySet<string>;
  /** Words of the courts and the police (« mis en examen », « garde à vue », "charged", "jailed"): a few words before one of `offencePrepositions`, what follows in marks names an offence. */
  courtWords: ReadonlySet<string>;
  /** The prepositions that introduce an offence after a word of the courts: « pour », "for", "with". */
  offencePrepositions: ReadonlySet<string>;
  /** Verbs whose agent reports or asks for someone else's words: « cité par », « interrogé par », "quoted by", "asked by". */
  quotedBy: ReadonlySet<string>;
}
