// encart/vue: the elements in Vue's `GlobalComponents`, which Volar uses to check templates.
import type { GlobalComponents } from 'vue';
import type {} from 'encart/vue';
import type { Article } from 'encart';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
declare const article: Article;

export const fine: PropsOf<'encart-quote-card'> = { article, quote: 'q1', theme: 'light' };
export const timeline: PropsOf<'encart-mini-timeline'> = { limit: 4, orientation: 'horizontal' };

// @ts-expect-error: not a theme
export const wrongTheme: PropsOf<'encart-quote-card'> = { theme: 'blue' };
// @ts-expect-error: a limit is a number
export const wrongLimit: PropsOf<'encart-figures-panel'> = { limit: 'three' };
