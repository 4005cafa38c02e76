// Verbs of saying as lemmas, inflected here into the forms news copy uses: present, imperfect, passé
// simple, future, conditional (3rd person), participles. A lemma added once covers « réagit »,
// « réagissait », « réagit », « a réagi », « réagissant ». Irregular verbs list their forms.

const REGULAR_ER = `invoquer rejeter déclarer affirmer annoncer expliquer préciser ajouter indiquer souligner estimer assurer confier
  rapporter raconter insister lancer marteler commenter constater avouer déplorer dénoncer regretter tweeter
  confirmer juger citer exclamer compléter résumer ironiser trancher excuser appeler réclamer exiger
  plaider rappeler observer noter relever signaler témoigner accuser saluer fustiger inquiéter lâcher glisser
  souffler détailler argumenter répliquer rétorquer interroger indigner alarmer alerter féliciter nuancer
  protester contester remarquer publier communiquer évoquer justifier mentionner réitérer relativiser tempérer
  concéder jurer soupirer plaisanter amuser agacer étonner désoler tonner railler moquer insurger offusquer
  proclamer clamer scander hurler crier murmurer chuchoter demander répéter souhaiter espérer nier penser trouver
  considérer critiquer condamner remercier exhorter enthousiasmer lamenter esclaffer pointer asséner emporter
  abonder analyser décrypter questionner tacler relever marteler révéler dévoiler recommander préconiser suggérer
  continuer objecter corriger riposter menacer certifier minimiser écrier énerver exaspérer
  étrangler pester fulminer cingler philosopher twitter engager encourager implorer supplier parler`;

const REGULAR_IR = `réagir avertir renchérir réjouir garantir`;

// « marteler » → « martèle », not « martelle » as « appeler » → « appelle ».
const OPEN_E = new Set(['marteler', 'harceler', 'geler', 'acheter', 'modeler', 'peler']);

const IRREGULAR = `dit dit-il dit-elle disait disaient disent disant dira dirait dite dits dites
  écrit écrivait écrivaient écrivent écrivant écrivit
  reconnu reconnue reconnaît reconnait reconnaissait reconnaissant reconnut
  conclu conclut concluait concluant
  poursuivi poursuit poursuivait poursuivant poursuivit
  répondu répond répondait répondant répondit répondent
  admis admet admettait admettant admit
  promis promet promettait promit
  prévenu prévient prévenait prévint
  soutenu soutient soutenait soutenant soutint
  démenti dément démentait démentit
  défendu défend défendait défendant défendit
  interrompu interrompt
  reprit reprend reprenait reprenant repris
  redit redisait
  prédit prédisait prédisant prédira prédirait
  enchaîne enchaînait enchaînant enchaîna
  maintenu maintient maintenait
  convenu convient
  qualifié
  décrit décrivait décrivant décrivit
  croit croyait croient croyant
  plaint plaignait plaignent plaignant
  souri sourit souriait souriant
  souvient souvenait souvenu souvenue souvint
  balaie balaye balayait balayé balayant`;

/** 3rd-person forms and participles of a regular -er verb, with « ç » and « ge » before a and o. */
function inflectEr(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
  // « appeler » → « appelle », « rappeler » → « rappelle »; « jeter » likewise.
  // « marteler » → « martèle », « relever » → « relève », « asséner » → « assène ».
  const strong = /(?<![aeiouy])e[lt]$/.test(stem) && !OPEN_E.has(lemma) ? stem + stem.at(-1) : stem.replace(/é([^aeiouyé]+)$|(?<![aeiouy])e([^aeiouyé])$/, 'è$1$2');
  return [
    `${strong}e`, `${strong}ent`, `${soft}ait`, `${soft}aient`, `${soft}ant`, `${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`,
    `${soft}a`, `${stem}èrent`, `${strong}era`, `${strong}eront`, `${strong}erait`, `${strong}eraient`,
  ];
}

/** The same for a regular -ir verb (« réagir » → « réagit », « réagissait », « réagi »). */
function inflectIr(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  return [`${stem}it`, `${stem}issent`, `${stem}issait`, `${stem}issaient`, `${stem}issant`, `${stem}i`, `${stem}ie`, `${stem}is`, `${stem}irent`, `${stem}ira`, `${stem}irait`];
}

const list = (s: string) => s.trim().split(/\s+/);

/** « a fait savoir », « a mis en garde »: the verb with the words that make it one of saying. */
export const SAY_PHRASES = `fait savoir | fait valoir | faisait savoir | fera savoir | mis en garde | met en garde | mettait en garde
  | pris la parole | prend la parole`.split('|').map(list);

/**
 * Verbs that name or describe their object with the words in marks (« qualifier X de « … » », « décrire X comme
 * « … » »): the name after one is what is spoken of, not who speaks.
 */
export const NAMING_VERBS = new Set([
  // (Not the participles in -ée, -és, -ées: « une opération qualifiée d'« inédite » » says nothing of other marks nearby.)
  ...['qualifier', 'surnommer'].flatMap(inflectEr).filter((form) => !/é(?:e|s|es)$/.test(form)),
  ...list('décrit décrivait décrivaient décrivant décrivit'),
]);

export const SAY_VERBS = new Set([
  ...NAMING_VERBS,
  ...list(REGULAR_ER).filter((v) => v.endsWith('er')).flatMap(inflectEr),
  ...list(REGULAR_IR).flatMap(inflectIr),
  ...list(IRREGULAR),
  // The infinitive after « avant d' », « pour »: « avant d'ajouter ».
  ...list(REGULAR_ER),
]);
