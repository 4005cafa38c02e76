/**
 * A language's person titles, as a set that also holds their hyphenated compounds: "Major-General",
 * "Vice-Admiral", « lieutenant-colonel », « ex-ministre » are titles when each part is one, or a word that only
 * qualifies a title inside such a compound ("major", « ex »).
 */
export class TitleSet extends Set<string> {
  constructor(
    titles: Iterable<string>,
    private readonly compoundParts: ReadonlySet<string>,
  ) {
    super(titles);
  }

  override has(word: string): boolean {
    if (super.has(word)) return true;
    if (!word.includes('-')) return false;
    const parts = word.split('-');
    return parts.every((part) => super.has(part) || this.compoundParts.has(part)) && parts.some((part) => super.has(part));
  }
}
