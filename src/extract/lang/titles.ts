/**
 * A language's person titles, as a set that also holds their hyphenated compounds: "Major-General",
 * "Vice-Admiral", « lieutenant-colonel », « ex-ministre » are titles when each part is one, or a word that only
 * qualifies a title inside such a compound ("major", « ex »).
 */
export class TitleSet extends Set<string> {
  // Hyphenated words already judged: names such as « Jean-Pierre » are asked about again and again.
  private readonly compounds = new Map<string, boolean>();

  constructor(
    titles: Iterable<string>,
    private readonly compoundParts: ReadonlySet<string>,
  ) {
    super(titles);
  }

  override has(word: string): boolean {
    if (super.has(word)) return true;
    if (!word.includes('-')) return false;
    let known = this.compounds.get(word);
    if (known === undefined) {
      const parts = word.split('-');
      known = parts.every((part) => super.has(part) || this.compoundParts.has(part)) && parts.some((part) => super.has(part));
      if (this.compounds.size > 10_000) this.compounds.clear();
      this.compounds.set(word, known);
    }
    return known;
  }
}
