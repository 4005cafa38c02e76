import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { QUOTE_CARD_ATTRIBUTES, type AttributeValues } from '../src/components/attributes.js';
import { articleOf, attributeArgTypes, dataArgTypes, langOf, themeOf, type DataArgs, type ToolbarContext } from './support/args.js';
import { MISSING_SRC, neverAnswering } from './support/network.js';

interface QuoteCardArgs extends DataArgs, AttributeValues<typeof QUOTE_CARD_ATTRIBUTES> {}

const NEVER_ANSWERS = 'encart-stories/never-answers/quote-card.json';

function card(args: QuoteCardArgs, context: ToolbarContext, fallback: TemplateResult | typeof nothing = nothing) {
  return html`<encart-quote-card
    .article=${articleOf(args)}
    src=${ifDefined(args.src || undefined)}
    quote=${ifDefined(args.quote || undefined)}
    lang=${ifDefined(langOf(args, context))}
    theme=${ifDefined(themeOf(args, context))}
    @encart-select=${action('encart-select')}
    >${fallback}</encart-quote-card
  >`;
}

const meta: Meta<QuoteCardArgs> = {
  title: 'Widgets/Quote card',
  component: 'encart-quote-card',
  argTypes: {
    ...dataArgTypes,
    ...attributeArgTypes(QUOTE_CARD_ATTRIBUTES),
  },
  render: (args, context) => card(args, context),
};
export default meta;

type Story = StoryObj<QuoteCardArgs>;

/** A quote with its date, in French: « » with narrow no-break spaces. */
export const French: Story = { args: { data: 'french', quote: 'q-blinken-une-lecon' } };

/** The first quote, in the article's order. */
export const FrenchFirstQuote: Story = { args: { data: 'french' } };

export const English: Story = { args: { data: 'english' } };

/** German words (`encart/locales/de.js`) and numbers. */
export const German: Story = { args: { data: 'german' } };

/** Arabic words, right to left. */
export const Arabic: Story = { args: { data: 'arabic' }, parameters: { page: { dir: 'rtl' } } };

/** The article's words with no named speaker. */
export const UnnamedSpeaker: Story = { args: { data: 'french', quote: 'q-terroristes' } };

/** The demo article fetched through `src`, as a page without a framework would load it. */
export const LoadedFromSrc: Story = { args: { src: 'data/kazakhstan-massimov/article.json', quote: 'q-patov-il-y-a' } };

/** A `src` that never answers. After 15 s the widget gives up and shows the network error, as it would on a real page. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: neverAnswering(NEVER_ANSWERS) };

/** `src` answers 404: the error state offers to try again. */
export const NetworkError: Story = { args: { src: MISSING_SRC } };

/** `.article` breaks the contract (`published` is not a date): error state, JSON path in the console. */
export const InvalidData: Story = { args: { data: 'invalid' } };

export const Empty: Story = { args: { data: 'empty' } };

export const NotFound: Story = { args: { data: 'french', quote: 'q9' } };

/** A 380-character quote with a 45-letter compound, by a speaker with a long name and title. */
export const LongText: Story = { args: { data: 'long text' } };

export const Dark: Story = { args: { data: 'french', quote: 'q-blinken-une-lecon', theme: 'dark' }, parameters: { page: { dark: true } } };

export const RightToLeftPage: Story = { args: { data: 'english' }, parameters: { page: { dir: 'rtl' } } };

/** The page's own `<blockquote>`, shown while the data loads (and if it never comes). */
export const FallbackContent: Story = {
  args: { src: NEVER_ANSWERS, quote: 'q-blinken-une-lecon' },
  beforeEach: neverAnswering(NEVER_ANSWERS),
  render: (args, context) =>
    card(
      args,
      context,
      html`<blockquote>
        <p>« Une leçon de l'histoire récente est qu'une fois que les Russes sont chez vous, il est parfois très difficile de les faire partir »</p>
        <footer>— Antony Blinken, secrétaire d'État américain</footer>
      </blockquote>`,
    ),
};

/**
 * `loading="lazy"` far down a long page: the page's fallback shows, nothing is downloaded, until
 * the reader scrolls to about a screen away; then the card renders in its place.
 */
export const LoadingLazily: Story = {
  args: { src: 'data/kazakhstan-massimov/article.json', quote: 'q-blinken-une-lecon' },
  render: (args, context) => html`<p><strong>Scroll down:</strong> the card at the end of this page waits until you are near it.</p>
    ${Array.from({ length: 24 }, () => html`<p>Le texte de l'article, paragraphe après paragraphe, comme sur une longue page d'information.</p>`)}
    <encart-quote-card
      loading="lazy"
      src=${ifDefined(args.src || undefined)}
      quote=${ifDefined(args.quote || undefined)}
      lang=${ifDefined(langOf(args, context))}
      theme=${ifDefined(themeOf(args, context))}
      @encart-select=${action('encart-select')}
      ><blockquote><p>« Une leçon de l'histoire récente… »</p></blockquote></encart-quote-card
    >`,
};
