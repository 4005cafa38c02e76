/**
 * Ships are named like people and bodies ("the MV Sirius Star", « le navire MV Faina »), but a ship is what things
 * happen to, never who speaks or acts: its crew, owner or navy do. A name opening on a vessel prefix, and the same
 * name written later without it ("the Sirius Star"), is no actor.
 */
import type { Doc } from './document.js';
import type { Candidate } from './names.js';
import { textOf } from './util.js';

export function dropVessels(doc: Doc, candidates: readonly Candidate[]): void {
  const { tokens, text, lang } = doc;
  const prefixed = (c: Candidate) => c.last > c.first && lang.vesselPrefixes.has(tokens[c.first].text);
  const vessels = new Set(candidates.filter(prefixed).map((c) => textOf(text, tokens, c.first + 1, c.last)));
  if (!vessels.size) return;
  for (const c of candidates) {
    if (!prefixed(c) && !vessels.has(c.name)) continue;
    c.vessel = true;
    c.notActor = true;
    c.evidence = 0;
  }
}
