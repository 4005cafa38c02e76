// Country and territory names in the text's language, from the platform's own CLDR data
// (Intl.DisplayNames), so that no gazetteer ships with the extractor: « Chine », "South Korea".
import type { Lang } from '../lang/types.js';
import type { Doc } from './document.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const CACHE = new Map<string, ReadonlySet<string>>();

/** Lower-case names of every region with an ISO 3166 code, in language `code`; empty where Intl lacks them. */
export function countryNames(code: string): ReadonlySet<string> {
  let names = CACHE.get(code);
  if (names) return names;
  const set = new Set<string>();
  try {
    const display = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
    for (const a of ALPHABET) for (const b of ALPHABET) {
      const name = display.of(a + b);
      if (!name) continue;
      const lower = name.toLowerCase().replace(/’/g, "'");
      set.add(lower);
      // (« Côte-d'Ivoire »: the press also hyphenates what the platform spaces.)
      if (lower.includes(' ') && !lower.includes('(')) set.add(lower.replace(/ /g, '-'));
    }
  } catch {
    // An engine without Intl.DisplayNames: countries are then judged like any other name.
  }
  CACHE.set(code, set);
  return set;
}

const SEVERAL_WORDS = new Map<string, ReadonlyMap<string, number>>();

/**
 * Country names of several words in language `code`, by their first word, with the most words any has: « Arabie
 * saoudite », « Afrique du Sud », « Émirats arabes unis » hold words a name would not, or words kept out of names.
 */
function severalWordCountries(code: string): ReadonlyMap<string, number> {
  let byFirst = SEVERAL_WORDS.get(code);
  if (byFirst) return byFirst;
  const map = new Map<string, number>();
  for (const name of countryNames(code)) {
    const words = name.split(/[\s']+/);
    // ("zone euro", "région inconnue": a name the platform writes in lower case is not a country's.)
    if (words.length > 1 && !name.includes('(')) map.set(words[0], Math.max(map.get(words[0]) ?? 0, words.length));
  }
  SEVERAL_WORDS.set(code, map);
  return map;
}

/** The last token of a country's name of several words opening on the capitalised token `i`, or -1. */
export function countryEnd(doc: Doc, i: number): number {
  const { tokens, text, lang } = doc;
  const t = tokens[i];
  if (t?.kind != 'word' || !t.cap) return -1;
  const most = severalWordCountries(lang.code).get(t.lower);
  if (!most) return -1;
  const names = countryNames(lang.code);
  let end = -1;
  // A name's words and the apostrophes between them: at most twice as many tokens as words, within the sentence.
  for (let j = i + 1; j < tokens.length && j <= i + 2 * most && tokens[j].sentence == t.sentence; j++) {
    const written = text.slice(t.start, tokens[j].end).toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    if (names.has(written)) end = j;
  }
  return end;
}

let CITIES: ReadonlySet<string> | undefined;

/**
 * Lower-case names of the cities the platform's time-zone database is named by ("Los Angeles", "Kinshasa", « Paris »),
 * in English: a gazetteer of the world's large cities that ships with the engine, not with the extractor.
 */
export function cityNames(): ReadonlySet<string> {
  if (CITIES) return CITIES;
  const set = new Set<string>();
  try {
    const zones: string[] = (Intl as unknown as { supportedValuesOf(key: string): string[] }).supportedValuesOf('timeZone');
    for (const zone of zones) {
      const city = zone.split('/').pop()!;
      if (zone.includes('/') && !/^(?:GMT|UTC|Etc)/.test(zone)) set.add(city.replace(/_/g, ' ').toLowerCase());
    }
  } catch {
    // An engine without Intl.supportedValuesOf: cities are then judged like any other name.
  }
  CITIES = set;
  return set;
}

// UN M.49 codes of continents and world regions: "Africans", "Europeans", "Latin Americans" are their peoples.
const WORLD_REGIONS = ['002', '009', '019', '142', '150', '419', '029', '053'];
const REGION_WORDS = new Map<string, readonly string[]>();

/** Each word of every country and world region name in language `code`, accents folded: "korea", "america", "africa". */
function regionWords(code: string): readonly string[] {
  let words = REGION_WORDS.get(code);
  if (words) return words;
  const set = new Set<string>();
  for (const name of countryNames(code)) for (const w of name.split(/[\s-]+/)) if (w.length >= 4) set.add(fold(w));
  try {
    const display = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
    for (const region of WORLD_REGIONS) for (const w of (display.of(region) ?? '').toLowerCase().split(/[\s-]+/)) if (w.length >= 4) set.add(fold(w));
  } catch {
    // No Intl.DisplayNames: no region words, so no word reads as a nationality.
  }
  words = [...set];
  REGION_WORDS.set(code, words);
  return words;
}

/**
 * "Chinese", "South Koreans", "Israelis": a word of nationality, when the language's demonym pattern leaves a stem
 * that opens a country's or a region's name. "Davis", "Evans", "Djokovic" have the endings but no country.
 */
export function isDemonym(word: string, lang: Pick<Lang, 'demonym' | 'code' | 'irregularDemonyms'>): boolean {
  const { demonym: pattern, code } = lang;
  // "English", "Dutch", « Néerlandais »: what no ending leaves a country's stem of, the language lists.
  if (lang.irregularDemonyms.has(word.toLowerCase())) return true;
  // « Italo-Suisse », « Franco-Algérien »: a compound of nationalities is one, its first part a country's stem and
  // « -o » (not « Météo-France »).
  const [prefix, last, ...more] = word.split('-');
  const prefixStem = /^\p{Lu}\p{Ll}{2,}o$/u.test(prefix ?? '') ? fold(prefix.slice(0, -1)) : '';
  if (prefixStem && last && !more.length && regionWords(code).some((w) => w.startsWith(prefixStem)) && (countryNames(code).has(last.toLowerCase()) || isDemonym(last, lang))) return true;
  // « Philippines » is the country itself.
  if (countryNames(code).has(word.toLowerCase())) return false;
  // « Français » leaves « franç », the opening of « France » once the cedilla goes. (The stem is the first group matched.)
  const stem = fold(pattern?.exec(word)?.slice(1).find(Boolean) ?? '');
  // "Irish" leaves only "ir", still the opening of "Ireland".
  return !!stem && (stem.length >= 3 || (stem.length == 2 && /ish$/.test(word))) && regionWords(code).some((w) => w.startsWith(stem));
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
