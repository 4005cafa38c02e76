// Which half of the development corpus an article belongs to, by a rule that reads only its folder name.
//
// The check half is the figure to believe: no rule, word list or threshold may be drawn from it, and
// `npm run eval` lists its misses only when asked with --check-misses. Fixed on 2026-12-06, before any
// rule was written from the articles added that day:
// - the articles the rules had already been drawn from (EARLIER) are tune articles;
// - every other article is a check article when the first hex digit of SHA-256(folder name) is 0–7.
import { createHash } from 'node:crypto';

const EARLIER = new Set([
  'kazakhstan-massimov',
  'amtrak-collision-south-carolina',
  'avalanche-tignes',
  'cameroun-otages-boko-haram',
  'eboueurs-greve-loi-travail',
  'hongrie-loi-stop-soros',
  'le-roux-emplois-filles',
  'lockerbie-megrahi-buried',
  'united-airlines-passager-expulse',
  'us-senate-bailout-package',
  'unseen-en-port-strike',
  'unseen-fr-cooperative-laitiere',
  'unseen-fr-inondations-gard',
  'unseen-fr-usine-moselle',
]);

/** 'tune' or 'check' for an article folder name. */
export function corpusHalf(folderName) {
  if (EARLIER.has(folderName)) return 'tune';
  const firstHexDigit = createHash('sha256').update(folderName).digest('hex')[0];
  return parseInt(firstHexDigit, 16) < 8 ? 'check' : 'tune';
}
