import type { Lang } from '../types.js';
import * as c from './constants.js';
import { SAY_VERBS } from './verbs.js';

// Past and present participles and imperfect verbs end an organisation name: « le gouvernement soutenu par… ».
// Nouns in -té (sécurité, traité, société) and adjectives in -que (soviétique) look like participles and are let through.
const PARTICIPLE = /(?:(?<!t)és?|ées?|ant|ait|aient|(?<![qg])u[es]?|(?<![qg])ues)$/;
// Nationality and relational adjectives: « ministère russe », « parlement hongrois », « Union européenne ».
const ORG_ADJECTIVE = /(?:ais|aise|ois|oise|ien|ienne|ain|aine|ique|al|ale|aux|and|ande|sse|éen|éenne|an|ane)s?$/;

// « a-t-il déclaré », « déclare-t-elle », « poursuit-il »: the verb carries its subject pronoun.
const INVERTED = /-(?:t-)?(?:il|elle|ils|elles)$/;

/** French: word lists in `constants.ts`, plus the few rules that are not lists. */
export const fr: Lang = {
  code: 'fr',
  stopwords: c.STOPWORDS,
  abbreviations: c.ABBREVIATIONS,
  personTitles: c.PERSON_TITLES,
  titleModifiers: new Set(c.TITLE_MODIFIERS),
  titlePhrases: c.TITLE_PHRASES,
  orgHeadsLower: c.ORG_HEADS_LOWER,
  orgWords: c.ORG_WORDS,
  nameConnectors: c.NAME_CONNECTORS,
  orgOnlyConnectors: c.ORG_ONLY_CONNECTORS,
  elisions: c.ELISIONS,
  placePrepositions: c.PLACE_PREPOSITIONS,
  agentPrepositions: c.AGENT_PREPOSITIONS,
  notActors: c.NOT_ACTORS,
  placeWords: c.PLACE_WORDS,
  agencyFollowers: c.AGENCY_FOLLOWERS,
  isParticiple: (word) => word.length > 3 && PARTICIPLE.test(word),
  isOrgAdjective: (word) => word.length > 3 && ORG_ADJECTIVE.test(word),
  determiners: c.DETERMINERS,
  sayVerbs: SAY_VERBS,
  addresseeVerbs: new Set<string>(),
  addresseePrepositions: new Set(['à', 'au', 'aux']),
  infinitiveMarkers: new Set(['d', 'de']),
  coordinators: new Set(['et', 'puis']),
  invertedPronoun: (token) => token.length < 40 && INVERTED.test(token.toLowerCase()),
  pronouns: c.PRONOUNS,
  personPronouns: c.PERSON_PRONOUNS,
  feminineWords: c.FEMININE_WORDS,
  masculineWords: c.MASCULINE_WORDS,
  pronounGender: (token) => {
    const pronoun = token.toLowerCase().split('-').at(-1) ?? '';
    return ['elle', 'elles'].includes(pronoun) ? 'f' : ['il', 'ils', 'lui'].includes(pronoun) ? 'm' : undefined;
  },
  anaphorPhrases: c.ANAPHOR_PHRASES,
  sourcePhrases: c.SOURCE_PHRASES,
  definiteArticles: c.DEFINITE_ARTICLES,
  decimalComma: true,
  numberWords: c.NUMBER_WORDS,
  numberScales: c.NUMBER_SCALES,
  numberJoiners: new Set(['et']),
  numberArticles: new Set(['un', 'une']),
  approxNouns: c.APPROX_NOUNS,
  vagueNouns: c.VAGUE_NOUNS,
  multipliers: c.MULTIPLIERS,
  qualifiers: c.QUALIFIERS,
  units: c.UNITS,
  identifierWords: c.IDENTIFIER_WORDS,
  relativeTimeAfter: c.RELATIVE_TIME_AFTER,
  ratioWords: new Set(['sur']),
  vagueQualifiers: new Set(['quelques', 'plusieurs']),
  countModifiers: new Set(['autres']),
  currencyWords: new Set(['euros', 'euro', 'dollars', 'dollar', 'livres', 'francs', '€', '$']),
  currencySigns: new Set(['$', '€', '£']),
  auxiliaries: c.AUXILIARIES,
  months: c.MONTHS,
  weekdays: c.WEEKDAYS,
  futureMarkers: c.FUTURE_MARKERS,
  pastMarkers: c.PAST_MARKERS,
  relativeDays: c.RELATIVE_DAYS,
  relativeWeeks: c.RELATIVE_WEEKS,
  relativeYears: c.RELATIVE_YEARS,
  sameDay: c.SAME_DAY,
  yearPrepositions: c.YEAR_PREPOSITIONS,
  decadeWords: c.DECADE_WORDS,
  dayFirst: true,
  clauseOpeners: c.CLAUSE_OPENERS,
  quotedBy: new Set(['cité', 'citée', 'cités', 'citées', 'rapporté', 'rapportée', 'rapportés', 'rapportées']),
  titleIntroducers: new Set(['intitulé', 'intitulée', 'intitulés', 'intitulées', 'baptisé', 'baptisée', 'surnommé', 'surnommée', 'dénommé', 'dénommée', 'concernant']),
  openingSources: new Set(['pour']),
  clauseCoordinators: new Set(['mais', 'car', 'or']),
  subjectClitics: c.SUBJECT_CLITICS,
  personRelatives: new Set(['qui']),
  pluralVerb: /^(?:ont|sont|font|vont|\p{L}+ent)$/u,
  singularPronouns: new Set(['il', 'elle']),
  dayParts: new Set(['matin', 'matinée', 'midi', 'après-midi', 'soir', 'soirée', 'nuit']),
  timeAdverbs: new Set(['tôt', 'tard']),
  agentNoun: /^\p{L}{3,}(?:iste|eur|euse|rice|ienne?|ier|ière|aire)$/u,
  impersonalWords: c.IMPERSONAL_WORDS,
  beAuxiliaries: c.BE_AUXILIARIES,
  cueLeadIns: c.CUE_LEAD_INS,
  durationUnits: new Set(['ans', 'an', 'années', 'année', 'décennies', 'décennie', 'siècles', 'mois', 'jours', 'semaines', 'heures', 'minutes']),
  ageUnits: new Set(['ans']),
  durationPrepositions: new Set(['pendant', 'durant', 'depuis']),
};
