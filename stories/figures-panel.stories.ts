import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FIGURES_PANEL_ATTRIBUTES, type AttributeValues } from '../src/components/attributes.js';
import { articleOf, attributeArgTypes, dataArgTypes, langOf, themeOf, type DataArgs, type ToolbarContext } from './support/args.js';
import { MISSING_SRC, neverAnswering } from './support/network.js';

interface FiguresPanelArgs extends DataArgs, AttributeValues<typeof FIGURES_PANEL_ATTRIBUTES> {}

const NEVER_ANSWERS = 'encart-stories/never-answers/figures-panel.json';

function panel(args: FiguresPanelArgs, context: ToolbarContext, fallback: TemplateResult | typeof nothing = nothing) {
  // `heading` is passed as is: an empty heading is meaningful (no title).
  return html`<encart-figures-panel
    .article=${articleOf(args)}
    src=${ifDefined(args.src || undefined)}
    figures=${ifDefined(args.figures || undefined)}
    limit=${ifDefined(args.limit)}
    heading=${ifDefined(args.heading)}
    lang=${ifDefined(langOf(args, context))}
    theme=${ifDefined(themeOf(args, context))}
    >${fallback}</encart-figures-panel
  >`;
}

const meta: Meta<FiguresPanelArgs> = {
  title: 'Widgets/Figures panel',
  component: 'encart-figures-panel',
  argTypes: {
    ...dataArgTypes,
    ...attributeArgTypes(FIGURES_PANEL_ATTRIBUTES),
  },
  render: (args, context) => panel(args, context),
};
export default meta;

type Story = StoryObj<FiguresPanelArgs>;

/** All eight figures of the demo article: vague quantities keep their words (« Des dizaines »). */
export const French: Story = { args: { data: 'french' } };

export const FrenchChosenFigures: Story = { args: { data: 'french', figures: 'f-4400-personnes f-2000000-habitants f-81-ans-age' } };

export const English: Story = { args: { data: 'english' } };

/** German words (`encart/locales/de.js`) and numbers. */
export const German: Story = { args: { data: 'german' } };

/** Arabic words, right to left. */
export const Arabic: Story = { args: { data: 'arabic' }, parameters: { page: { dir: 'rtl' } } };

export const Limit: Story = { args: { data: 'english', limit: 4 } };

export const NoHeading: Story = { args: { data: 'english', limit: 3, heading: '' } };

/** Twelve figures, every qualifier, from −12 to 250 billion. */
export const TwelveFigures: Story = { args: { data: '12 figures' } };

/** A `src` that never answers. After 15 s the widget gives up and shows the network error. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: neverAnswering(NEVER_ANSWERS) };

export const NetworkError: Story = { args: { src: MISSING_SRC } };

export const InvalidData: Story = { args: { data: 'invalid' } };

export const Empty: Story = { args: { data: 'empty' } };

export const NotFound: Story = { args: { data: 'french', figures: 'f9' } };

export const LongText: Story = { args: { data: 'long text' } };

export const Dark: Story = { args: { data: 'french', limit: 4, theme: 'dark' }, parameters: { page: { dark: true } } };

export const RightToLeftPage: Story = { args: { data: 'english' }, parameters: { page: { dir: 'rtl' } } };

export const FallbackContent: Story = {
  args: { src: NEVER_ANSWERS },
  beforeEach: neverAnswering(NEVER_ANSWERS),
  render: (args, context) =>
    panel(
      args,
      context,
      html`<ul>
        <li><strong>Plus de 4 400</strong> personnes arrêtées depuis le début des troubles</li>
        <li><strong>Des dizaines</strong> de personnes tuées en une semaine</li>
        <li><strong>81 ans</strong> : l'âge de l'ancien président Nursultan Nazarbayev</li>
      </ul>`,
    ),
};
