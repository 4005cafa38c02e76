/**
 * Ship prefixes, the same in French and English news: merchant (MV motor vessel, MT tanker, MS, SS, RMS) and navy
 * (HMS, USS, USNS, INS, HMAS, HMCS, HMNZS). Written in capitals before the ship's name.
 */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['MV', 'MT', 'MS', 'SS', 'RMS', 'HMS', 'USS', 'USNS', 'INS', 'HMAS', 'HMCS', 'HMNZS']);
