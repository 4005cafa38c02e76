// Country and territory names in the text's language, from the platform's own CLDR data
// (Intl.DisplayNames), so that no gazetteer ships with the extractor: « Chine », "South Korea".
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
      if (name) set.add(name.toLowerCase().replace(/’/g, "'"));
    }
  } catch {
    // An engine without Intl.DisplayNames: countries are then judged like any other name.
  }
  CACHE.set(code, set);
  return set;
}
