import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';
import type { Attribute, Attributes, AttributeValues } from '../../src/components/attributes.js';
import type { Article } from '../../src/data/types.js';
import { articles, type ArticleName } from '../data/index.js';

/** What every widget takes, whatever it shows. */
export interface DataArgs {
  /** Which story article goes to the `.article` property; none leaves `src` to do the work. */
  data?: ArticleName;
  src?: string;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
}

export const dataArgTypes: ArgTypes<DataArgs> = {
  data: {
    name: 'data (.article)',
    description: 'The article object bound to the `.article` property; it wins over `src`.',
    options: Object.keys(articles),
    control: { type: 'select' },
    table: { category: 'data' },
  },
  src: {
    description: 'URL of an `encart/article@1` JSON document, used when no `.article` is given.',
    control: 'text',
    table: { category: 'data' },
  },
  lang: {
    description: 'Language for words, numbers and dates; unset, the article’s own (or the Locale toolbar).',
    options: ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'ja'],
    control: { type: 'select' },
    table: { category: 'attributes' },
  },
  theme: {
    description: 'Unset, the widget follows the page’s colours (see the Theme toolbar).',
    options: ['light', 'dark', 'auto'],
    control: { type: 'inline-radio' },
    table: { category: 'attributes' },
  },
};

/** Controls for a widget's own attributes, from their declaration: text, a number, a switch or one of its words. */
export function attributeArgTypes<L extends Attributes>(attributes: L): ArgTypes<AttributeValues<L>> {
  const control = (a: Attribute): ArgTypes[string] =>
    a.values
      ? { options: [...a.values], control: { type: 'inline-radio' } }
      : { control: a.type == Number ? { type: 'number', min: 0 } : a.type == Boolean ? 'boolean' : 'text' };
  const entries = Object.entries(attributes).map(([name, a]) => {
    const defaultValue = a.default === undefined ? {} : { defaultValue: { summary: String(a.default) } };
    return [name, { description: a.description, ...control(a), table: { category: 'attributes', ...defaultValue } }];
  });
  return Object.fromEntries(entries) as ArgTypes<AttributeValues<L>>;
}

/** What the helpers read of a story's context: the toolbar values. */
export type ToolbarContext = Pick<StoryContext, 'globals'>;

export function articleOf(args: DataArgs): Article | undefined {
  return args.data ? articles[args.data] : undefined;
}

// The toolbars are defaults for every story; a story's own control, once set, wins.
export function langOf(args: DataArgs, context: ToolbarContext): string | undefined {
  return args.lang || (context.globals['locale'] as string | undefined) || undefined;
}

export function themeOf(args: DataArgs, context: ToolbarContext): string | undefined {
  const global = context.globals['theme'] as string | undefined;
  return args.theme || (global === 'page' ? undefined : global);
}
