// French word lists, after chrono's `locales/fr/constants.ts`: data only, lower case.

import type { TimeUnit } from '../types.js';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));
const phrases = (list: string): string[][] => list.split('|').map((p) => p.trim().split(/\s+/));

export const STOPWORDS = words(`
  le la les l un une des du de d et ou mais donc or ni car à au aux en dans par pour sur sous avec sans chez vers
  que qu qui quoi dont où ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on eux lui
  nous vous je tu se s y ne pas plus est sont était étaient a ont avait avaient été être avoir fait comme si lors
  selon après avant depuis pendant alors aussi très tout tous toute toutes même autre autres cela ça ceci celui celle
  certains certaines plusieurs quelques aucun aucune dès contre entre jusqu puis encore déjà ainsi enfin cependant
  toutefois néanmoins désormais parmi outre lorsque quand tandis afin durant malgré voici voilà celui-ci celle-ci ceux-ci
  celles-ci derrière devant près loin hormis sauf envers via`);

export const ABBREVIATIONS = words(`m mm mme mmes mlle dr pr me st ste gal gén col cdt lt sgt av bd janv févr fév avr juil
  sept oct nov déc etc cf p pp vol art no n°`);

export const SOURCE_NOUNS = words(`responsable responsables source sources porte-parole proche proches membre membres
  conseiller conseillers conseillère diplomate diplomates cadre cadres élu élus élue député députés députée militant
  militants militante salarié salariés employé employés dirigeant dirigeants représentant représentants témoin témoins
  habitant habitants manifestant manifestants riverain riverains analyste analystes passager passagers voisin voisins
  camarade camarades collègue collègues enquêteur enquêteurs chercheur chercheurs expert experts policier policiers
  soignants infirmiers infirmières enseignants agriculteurs éleveurs pêcheurs commerçants élèves parents
  familles ouvriers pompiers secouristes gendarmes soldats étudiants lycéens retraités habitantes manifestantes
  correspondant correspondants correspondante journaliste journalistes`);

export const PERSON_TITLES = words(`m mme mlle mm mmes dr pr me archevêque évêque cardinal rabbin imam président présidente ministre premier première
  secrétaire porte-parole directeur directrice maire sénateur sénatrice député députée général générale colonel
  capitaine juge procureur procureure ambassadeur ambassadrice chancelier chancelière roi reine prince princesse pape empereur impératrice
  patron patronne pdg chef cheffe dirigeant dirigeante gouverneur gouverneure commissaire préfet préfète sous-préfet
  sous-préfète ancien ancienne actuel actuelle adjoint adjointe conseiller conseillère vice-président vice-présidente cardinal pdg dg
  monseigneur docteur professeur maître avocat avocate journaliste mère père fils fille
  épouse mari frère sœur veuve habitant habitante témoin inspecteur inspectrice brigadier lieutenant commandant
  candidat candidate militant militante analyste expert experte économiste chercheur chercheuse entraîneur
  entraîneuse sélectionneur sélectionneuse`);

export const TITLE_PHRASES = phrases(`secrétaire d ' état | premier ministre | première ministre | chef de l ' état |
  chef d ' état-major | porte-parole du gouvernement | ministre des affaires étrangères | ministre de l ' intérieur`);

export const ORG_HEADS_LOWER = words(`ministère parlement gouvernement sénat assemblée mairie préfecture
  commission tribunal police gendarmerie ambassade consulat commissariat conseil université département parquet
  cabinet entourage direction administration armée diplomatie intersyndicale comité coalition cour rectorat
  inspection caisse zoo`);

export const ORG_WORDS = words(`comité conseil ministère organisation agence union nations commission parlement musée
  assemblée sénat cour tribunal banque fondation foundations association institut université école fédération
  confédération syndicat parti front mouvement groupe société compagnie entreprise armée police gendarmerie
  commissariat office bureau service centre fonds ville mairie préfecture international internationale haut
  haute airlines airways group inc corp ltd corporation company holdings studios entertainment républicains socialiste socialistes communiste écologistes conférence observatoire autorité régie caisse église journal times post news chambre
  ligue collectif intersyndicale académie secours cercle communauté secrétariat programme forum`);

// A legislature, a party's plural: body words that name their body alone, capitalised.
export const BODIES_NAMED_ALONE = words(`sénat parlement congrès assemblée knesset douma bundestag républicains socialistes communistes écologistes`);

export const RELATION_NOUNS = words(`avocat avocate avocats porte-parole mère père fils fille filles épouse mari frère sœur
  veuve proche proches ami amie amis famille conseiller conseillère collaborateur
  collaboratrice`);

export const PLACE_OPENERS = words(`saint sainte saints nouveau nouvelle nord sud est ouest nord-est nord-ouest sud-est sud-ouest centre-est
  centre-ouest mont port fort val`);

export const NAME_CONNECTORS = words(`de du des la le les d l pour et van von der den da di del della dei degli dos das ben bin al el y`);
// Arabic names as the press writes them: « Nouri al-Maliki », then « Maliki ».
export const SURNAME_ARTICLES = words(`al el ad an ar as ash at az`);
export const ORG_ONLY_CONNECTORS = words(`pour contre et`);
export const ELISIONS = words(`l d qu j n s m t c lorsqu puisqu jusqu quoiqu presqu`);

export const PLACE_PREPOSITIONS = words(`à au aux en vers via depuis dans chez`);
export const AGENT_PREPOSITIONS = words(`par`);
// Words of the courts and the police, before « pour » and an offence in marks: « placé en garde à vue pour « … » ».
export const COURT_WORDS = words(`examen garde vue enquête enquêtes information réquisitoire plainte plaintes procès mandat
  poursuivi poursuivie poursuivis poursuivies condamné condamnée condamnés condamnées inculpé inculpée inculpés
  écroué écrouée écroués interpellé interpellée interpellés jugé jugée jugés incarcéré incarcérée incarcérés
  déféré déférée déférés détenu détenue détenus soupçonné soupçonnée soupçonnés soupçonnées accusé accusée accusés
  accusées`);
export const SPEECH_NOUNS = words(`explication explications réponse réaction constat verdict conclusion credo leitmotiv commentaire
  avertissement conseil argument justification défense message mot mots propos paroles cri témoignage termes`);
export const ASIDE_PHRASES = phrases(`de son côté | de leur côté | pour sa part | pour leur part | quant à lui | quant à elle |
  quant à eux | à son tour | lui aussi | elle aussi | pour l ' heure | pour l ' instant`);
export const VIEW_PHRASES = phrases(`à ses yeux | à son avis | de son point de vue | selon ses termes | à leurs yeux | à leur avis`);
export const OPENER_PREPOSITIONS = words(`selon après avant lors pendant durant depuis dans en à au aux malgré avec sans face
  sur sous parmi dès suite outre devant derrière auprès`);

export const NOT_ACTORS = words(`état etat internet dieu web président premier ministre monsieur madame personne ouest est
  nord sud europe afrique asie amérique occident orient noël pâques ong cdd cdi us pdg sida vih adn pib ipc smic tva
  csg isf ifi rsa lgbt lgbti covid ivg pma gpa gps qi vip hier demain islam christianisme judaïsme bouddhisme
  hindouisme`);

export const PLACE_WORDS = words(`aéroport gare stade rue avenue boulevard place pont fleuve rivière lac mont île
  port quartier vallée col massif plage autoroute vol hôpital clinique centrale usine prison palais tour prix loi
  traité festival coupe championnat opération mission projet programme satellite télescope navire avion act
  ouragan tempête cyclone typhon accord protocole pacte jeux sommet arc cathédrale basilique monument mémorial tombeau
  détroit golfe baie océan péninsule base guerre voie parvis rond-point allée impasse chaussée square esplanade
  jardin parc station boutique magasin restaurant bar café`);

export const AGENCY_FOLLOWERS = words(`a ont avait avaient est sont était étaient sera seront aurait auraient va vont
  doit devait peut pourrait affirme affirmait annonce annonçait assure dit déclare indique estime souligne réclame
  accuse dément nie rapporte explique précise ajoute a-t-il a-t-elle`);

export const FEMININE_WORDS = words(`mme madame mlle mademoiselle présidente directrice sénatrice députée ambassadrice impératrice
  chancelière reine princesse patronne dirigeante gouverneure procureure préfète sous-préfète conseillère adjointe
  avocate mère fille épouse sœur veuve habitante ancienne actuelle première candidate militante chercheuse cheffe
  déléguée générale femme adolescente retraitée étudiante`);
export const MASCULINE_WORDS = words(`m monsieur président directeur sénateur député ambassadeur chancelier roi empereur prince
  patron dirigeant gouverneur procureur préfet sous-préfet conseiller adjoint avocat père fils époux mari frère veuf
  habitant ancien actuel premier candidat militant chercheur homme garçon adolescent retraité étudiant`);

export const PRONOUNS = words(`il elle ils elles lui`);
export const PERSON_PRONOUNS = words(`lui`);
export const ANAPHOR_PHRASES = phrases(`ce dernier | cette dernière | celui-ci | celle-ci | l ' intéressé | l ' intéressée`);
export const SOURCE_PHRASES = phrases(`selon | d ' après | a en croire | à en croire | de source | par la voix de | par la voix du | par la voix d ' | aux yeux de | aux yeux du | aux yeux des | aux yeux d '`);
export const DOCUMENT_NOUNS = words(`communiqué communiqués rapport texte lettre document note déclaration tribune courrier message tweet publication informations révélations enquête étude sondage analyse`);
export const DEFINITE_ARTICLES = words(`le la l les ce cette`);
export const ORG_NOUNS = words(`ong association organisation groupe société entreprise firme syndicat parti ministère
  préfecture cabinet agence gouvernement mairie municipalité compagnie fédération confédération institut université
  mouvement collectif fondation banque constructeur opérateur organisme autorité direction police gendarmerie armée
  journal quotidien hebdomadaire chaîne radio coalition alliance commission conseil comité tribunal cour office
  fabricant enseigne coopérative filiale chaîne site réseau plateforme établissement laboratoire ambassade consulat
  commissariat parquet club équipe revue magazine média station église ligue intersyndicale géant multinationale
  assureur équipementier distributeur transporteur éditeur brasseur juridiction`);
export const GENERIC_ORG_NOUNS = words(`ong association organisation groupe société entreprise firme organisme collectif mouvement
  coalition alliance géant multinationale instance institution régulateur juridiction`);
export const ORG_PRONOUNS: ReadonlySet<string> = new Set();

export const NUMBER_WORDS = new Map<string, number>([
  ['zéro', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7],
  ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15],
  ['seize', 16], ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ['quatre-vingt', 80], ['quatre-vingts', 80],
]);
export const NUMBER_SCALES = new Map<string, number>([['cent', 100], ['cents', 100], ['mille', 1000]]);

export const APPROX_NOUNS = new Map<string, number>([
  ['dizaine', 10], ['douzaine', 12], ['quinzaine', 15], ['vingtaine', 20], ['trentaine', 30], ['quarantaine', 40],
  ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100], ['millier', 1000],
]);

export const VAGUE_NOUNS = new Map<string, number>([
  ['dizaines', 10], ['douzaines', 12], ['vingtaines', 20], ['centaines', 100], ['milliers', 1000],
  ['millions', 1e6], ['milliards', 1e9],
]);

export const MULTIPLIERS = new Map<string, number>([
  ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9], ['mille', 1e3], ['md', 1e9],
  ['mds', 1e9], ['mln', 1e6],
]);

export const QUALIFIERS: { words: string[]; approx: 'about' | 'more-than' | 'less-than' }[] = [
  // Longer phrases first: « un peu plus de » is read before « plus de » would leave « un peu » behind.
  { words: ['un', 'peu', 'plus', 'de'], approx: 'more-than' },
  { words: ['un', 'peu', 'moins', 'de'], approx: 'less-than' },
  { words: ['pas', 'moins', 'de'], approx: 'more-than' },
  { words: ['de', 'l', "'", 'ordre', 'de'], approx: 'about' },
  { words: ['aux', 'alentours', 'de'], approx: 'about' },
  { words: ['à', 'peu', 'près'], approx: 'about' },
  { words: ['jusqu', "'", 'à'], approx: 'less-than' },
  { words: ['plus', 'de'], approx: 'more-than' },
  { words: ['plus', 'd', "'"], approx: 'more-than' },
  { words: ['au', 'moins'], approx: 'more-than' },
  { words: ['moins', 'de'], approx: 'less-than' },
  { words: ['moins', 'd', "'"], approx: 'less-than' },
  { words: ['près', 'de'], approx: 'about' },
  { words: ['près', 'd', "'"], approx: 'about' },
  { words: ['environ'], approx: 'about' },
  { words: ['quelque'], approx: 'about' },
  { words: ['approximativement'], approx: 'about' },
  { words: ['presque'], approx: 'about' },
  { words: ['quasiment'], approx: 'about' },
];

export const UNITS = words(`% ans an années année fois décennies décennie siècles mois jours semaines heures minutes mètres
  kilomètres km m kg tonnes litres euros dollars € $ livres francs degrés hectares points voix cm mm nœuds`);

export const IDENTIFIER_WORDS = words(`numéro n° no article vol ligne route page pp p chapitre décret résolution amendement`);
export const AUXILIARIES = words(`avaient ont avait a été étaient sont est`);

export const MONTHS = new Map<string, number>([
  ['janvier', 1], ['janv', 1], ['février', 2], ['févr', 2], ['fevrier', 2], ['mars', 3], ['avril', 4], ['avr', 4],
  ['mai', 5], ['juin', 6], ['juillet', 7], ['juil', 7], ['août', 8], ['aout', 8], ['septembre', 9],
  ['octobre', 10], ['oct', 10], ['novembre', 11], ['nov', 11], ['décembre', 12], ['déc', 12], ['decembre', 12],
]);

export const WEEKDAYS = new Map<string, number>([
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
]);

export const FUTURE_MARKERS = words(`prochain prochaine prochains prochaines pour attendu attendue attendus sera seront aura fera feront ira iront
  auront va vont devrait devraient pourrait pourraient prévu prévue prévus prévues programmé programmée aura-t-il
  doit doivent compte comptent entend entendent envisage`);
// Nouns that end like a future's third person: « l'opéra lundi », « une caméra vendredi ».
export const FUTURE_LOOKALIKES = words(`opéra caméra extra cobra mantra choléra véranda`);
export const FUTURE_PHRASES = phrases(`appelle à | appellent à | appelé à | appelait à | appelaient à | fixé au | fixée au | fixé à | fixée à`);
// « est avancée au 17 », « était prévue le 4 »: être makes a passive in any tense, so only avoir marks the past.
export const PAST_AUXILIARIES = words(`a ont avait avaient eu`);
// « allait avoir 38 ans le 4 mai », « devait se tenir le 17 »: the imperfect of these looks ahead.
export const PROSPECTIVE_IMPERFECTS = words(`allait allaient devait devaient pouvait pouvaient comptait comptaient`);
export const PAST_MARKERS = words(`dernier dernière derniers dernières précédent précédente`);

export const RELATIVE_DAYS = [
  { words: ['avant-hier'], offset: -2 },
  { words: ['hier'], offset: -1 },
  { words: ['aujourd', "'", 'hui'], offset: 0 },
  { words: ['aujourd', '’', 'hui'], offset: 0 },
  { words: ['après-demain'], offset: 2 },
  { words: ['demain'], offset: 1 },
  { words: ['ce', 'matin'], offset: 0 },
  { words: ['ce', 'midi'], offset: 0 },
  { words: ['cet', 'après-midi'], offset: 0 },
  { words: ['ce', 'soir'], offset: 0 },
  { words: ['cette', 'nuit'], offset: 0 },
];
export const RELATIVE_WEEKS = [
  { words: ['la', 'semaine', 'dernière'], offset: -1 },
  { words: ['la', 'semaine', 'passée'], offset: -1 },
  { words: ['la', 'semaine', 'prochaine'], offset: 1 },
  { words: ['cette', 'semaine'], offset: 0 },
];
export const RELATIVE_YEARS = [
  { words: ['cette', 'année'], offset: 0 },
  { words: ['l', "'", 'an', 'dernier'], offset: -1 },
  { words: ['l', "'", 'année', 'dernière'], offset: -1 },
  { words: ['l', "'", 'an', 'prochain'], offset: 1 },
  { words: ['l', "'", 'année', 'prochaine'], offset: 1 },
];
export const SAME_DAY = phrases(`ce jour-là | le même jour | ce jour là`);
export const TIME_UNITS = new Map<string, TimeUnit>([
  ['jour', 'day'], ['jours', 'day'], ['semaine', 'week'], ['semaines', 'week'], ['mois', 'month'],
  ['an', 'year'], ['ans', 'year'], ['année', 'year'], ['années', 'year'],
]);
export const UNIT_ARTICLES = words(`un une`);
export const AGO_BEFORE = phrases(`il y a`);
export const AGO_AFTER: string[][] = [];
export const LATER_AFTER = [
  { words: ['plus', 'tard'], direction: 1 as const },
  { words: ['après'], direction: 1 as const, alone: true },
  { words: ['plus', 'tôt'], direction: -1 as const },
  { words: ['auparavant'], direction: -1 as const },
  { words: ['avant'], direction: -1 as const, alone: true },
];
export const NEXT_UNIT: { words: string[]; offset: number; unit: TimeUnit }[] = [
  { words: ['le', 'lendemain'], offset: 1, unit: 'day' },
  { words: ['la', 'veille'], offset: -1, unit: 'day' },
  { words: ['le', 'jour', 'suivant'], offset: 1, unit: 'day' },
  { words: ['le', 'mois', 'suivant'], offset: 1, unit: 'month' },
  { words: ['l', "'", 'année', 'suivante'], offset: 1, unit: 'year' },
  { words: ['l', "'", 'an', 'suivant'], offset: 1, unit: 'year' },
  { words: ['l', "'", 'année', 'précédente'], offset: -1, unit: 'year' },
];
export const RELATIVE_MONTHS = [
  { words: ['le', 'mois', 'dernier'], offset: -1 },
  { words: ['le', 'mois', 'passé'], offset: -1 },
  { words: ['le', 'mois', 'prochain'], offset: 1 },
  { words: ['ce', 'mois-ci'], offset: 0 },
];
export const YEAR_PREPOSITIONS = words(`en depuis de d dès avant après jusqu entre à année fin début mi- été hiver printemps
  automne courant trimestre semestre`);
export const DECADE_WORDS = words(`années`);
export const SEASONS = new Map([['printemps', 3], ['été', 6], ['automne', 9], ['hiver', 12]]);
export const SEASON_LEADS = words(`au en cet ce l depuis pendant durant début fin`);
export const DETERMINERS = words(`le la les l un une son sa ses leur leurs ce cet cette ces notre votre`);
export const TITLE_MODIFIERS = words(`ancien ancienne actuel actuelle nouveau nouvel nouvelle premier première adjoint adjointe vice sous`);
export const RELATIVE_TIME_AFTER = phrases(`plus tard | plus tôt | auparavant | après | avant`);

export const CLAUSE_OPENERS = words(`que qu qui dont où lorsque lorsqu quand puisque puisqu quoique quoiqu afin tandis
  lequel laquelle lesquels lesquelles`);
export const SUBJECT_CLITICS = words(`il elle ils elles on je tu nous vous ne n se s y`);
// « il y a », « il faut », « il s'agit », « il est possible que »: an impersonal « il » stands for nobody.
export const IMPERSONAL_WORDS = words(`y faut fallait faudra faudrait semble semblait agit suffit suffisait convient reste restait
  manque manquait vaut valait pleut paraît importe possible impossible probable improbable nécessaire difficile facile
  clair important question temps vrai évident prévu interdit urgent`);
export const BE_AUXILIARIES = words(`été est sont était étaient soit soient fut furent sera seront serait seraient être`);
export const CUE_LEAD_INS = phrases(`au cours de | au cours d ' | lors de | pendant | depuis | dès | pour | à partir de | jusqu ' à |
  d ' ici à | d ' ici | au | à | en | le | la`);

// People an age describes after « de »: « un homme de 48 ans », « une adolescente de 15 ans ».
export const AGE_HOLDERS = words(`homme hommes femme femmes garçon garçons fille filles enfant enfants jeune jeunes
  adolescent adolescente adolescents adolescentes bébé nourrisson quadragénaire quinquagénaire personne personnes
  individu suspect suspecte victime victimes conducteur conductrice passager passagère piéton piétonne retraité
  retraitée père mère fils étudiant étudiante lycéen lycéenne collégien collégienne élève`);

// Noun endings that mark a gender with few exceptions among the heads of bodies' names: « Autorité », « Commission »,
// « Agence », « Assemblée »; « Gouvernement », « Conseil », « Syndicat », « Institut ».
export const FEMININE_ENDING = /(?:té|tion|sion|ence|ance|ie|ure|ade|ée)$/;
export const MASCULINE_ENDING = /(?:ment|isme|eil|at|ut)$/;

// Nationalities no ending leaves a country's stem of: « les Néerlandais », « un Britannique ».
export const IRREGULAR_DEMONYMS = words(`britannique britanniques anglais anglaise anglaises néerlandais néerlandaise néerlandaises
  gallois galloise galloises flamand flamande flamands flamandes wallon wallonne wallons wallonnes basque basques
  catalan catalane catalans catalanes kurde kurdes grec grecque grecs grecques suisse suisses suissesse`);

// Verbs that give a measure its value, in the forms news copy uses before « à » or « de »: « le coût s'élève à »,
// « ce taux augmente de », « une transaction évaluée à ».
export const MEASURE_VERBS = words(`augmente augmentent augmentait augmentaient augmenté augmentée augmentés augmentées augmentant augmenter augmenta augmentera
  baisse baissent baissait baissaient baissé baissée baissant baisser baissa baissera chute chutent chutait chuté chutant chuter chuta
  atteint atteignent atteignait atteignaient atteignant atteindre atteignit atteindra atteindrait
  élève élèvent élevait élevaient élevé élevée élevés élevées élevant élever éleva élèvera élèverait
  établit établissent établissait établi établie établis établies établissant établir établira
  grimpe grimpent grimpait grimpé grimpant grimper recule reculent reculait reculé reculant reculer
  progresse progressent progressait progressé progressant progresser diminue diminuent diminuait diminué diminuée diminuant diminuer
  passe passent passait passé passée passant passer passa totalise totalisent totalisait totalisé totalisant
  vaut valent valait valaient valu valoir aggrave aggravent aggravait aggravé aggraver culmine culminait culminé culminant coûte coûtent coûtait coûté coûtant coûter coûtera coûteront coûterait coûteraient
  évalué évaluée évalués évaluées estimé estimée estimés estimées chiffré chiffrée chiffrés chiffrées`);
