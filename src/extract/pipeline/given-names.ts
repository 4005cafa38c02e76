// Given names, from a table generated for every language (lang/given-names.ts): a capitalised word that opens a
// person's name, and the gender it usually marks, which pronouns must agree with.
import { EPICENE_GIVEN_NAMES, FEMININE_GIVEN_NAMES, MASCULINE_GIVEN_NAMES } from '../lang/given-names.js';
import { countryNames } from './places.js';

export type GivenGender = 'f' | 'm' | 'either';

let table: Map<string, GivenGender> | undefined;

function load(): Map<string, GivenGender> {
  const map = new Map<string, GivenGender>();
  for (const [list, gender] of [[FEMININE_GIVEN_NAMES, 'f'], [MASCULINE_GIVEN_NAMES, 'm'], [EPICENE_GIVEN_NAMES, 'either']] as const) {
    for (const name of list.split(/\s+/)) if (name) map.set(name, gender);
  }
  return map;
}

/** The gender a given name marks, 'either', or undefined when `lower` is not a given name (or names a country: France, Georgia). */
export function givenName(lower: string, langCode: string): GivenGender | undefined {
  table ??= load();
  // « Jean-Jacques », « Marie-Hélène », "Mary-Kate": a compound of given names is one, with the gender of its first.
  const parts = lower.split('-');
  const gender = table.get(lower) ?? (parts.length > 1 && parts.every((p) => table!.has(p)) ? table.get(parts[0]) : undefined);
  return gender && !countryNames(langCode).has(lower) ? gender : undefined;
}
