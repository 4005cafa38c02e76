/** Forms of a phrase by plural category, `#` standing for the count: { one: '# Erwähnung', other: '# Erwähnungen' }. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form `count` takes in `language` (Intl.PluralRules: Arabic has six, German two), the count written as the language writes numbers. */
export function plural(language: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(language).format(count));
}

/** A year as the language writes numbers, without grouping: 1990, ١٩٩٠. */
export const year = (language: string, value: number) => new Intl.NumberFormat(language, { useGrouping: false }).format(value);
