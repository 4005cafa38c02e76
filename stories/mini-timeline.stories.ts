import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { MINI_TIMELINE_ATTRIBUTES, type AttributeValues } from '../src/components/attributes.js';
import { articleOf, attributeArgTypes, dataArgTypes, langOf, themeOf, type DataArgs, type ToolbarContext } from './support/args.js';
import { MISSING_SRC, neverAnswering } from './support/network.js';

interface MiniTimelineArgs extends DataArgs, AttributeValues<typeof MINI_TIMELINE_ATTRIBUTES> {}

const NEVER_ANSWERS = 'encart-stories/never-answers/mini-timeline.json';

function timeline(args: MiniTimelineArgs, context: ToolbarContext, fallback: TemplateResult | typeof nothing = nothing) {
  // `heading` is passed as is: an empty heading is meaningful (no title).
  return html`<encart-mini-timeline
    .article=${articleOf(args)}
    src=${ifDefined(args.src || undefined)}
    from=${ifDefined(args.from || undefined)}
    to=${ifDefined(args.to || undefined)}
    limit=${ifDefined(args.limit)}
    orientation=${ifDefined(args.orientation)}
    heading=${ifDefined(args.heading)}
    ?expanded=${args.expanded}
    lang=${ifDefined(langOf(args, context))}
    theme=${ifDefined(themeOf(args, context))}
    @encart-select=${action('encart-select')}
    >${fallback}</encart-mini-timeline
  >`;
}

const meta: Meta<MiniTimelineArgs> = {
  title: 'Widgets/Mini timeline',
  component: 'encart-mini-timeline',
  argTypes: {
    ...dataArgTypes,
    ...attributeArgTypes(MINI_TIMELINE_ATTRIBUTES),
  },
  render: (args, context) => timeline(args, context),
};
export default meta;

type Story = StoryObj<MiniTimelineArgs>;

/** Fourteen events from the 1990s to next week: the six closest to publication, the rest on request. */
export const French: Story = { args: { data: 'french' } };

export const FrenchAllEvents: Story = { args: { data: 'french', limit: 20 } };

/** Only the week of the crisis. */
export const FrenchDateRange: Story = { args: { data: 'french', from: '2022-01-05', to: '2022-01-08', limit: 20 } };

export const English: Story = { args: { data: 'english' } };

/** German words (`encart/locales/de.js`) and numbers. */
export const German: Story = { args: { data: 'german' } };

/** Arabic words, right to left. */
export const Arabic: Story = { args: { data: 'arabic' }, parameters: { page: { dir: 'rtl' } } };

export const Horizontal: Story = { args: { data: 'english', orientation: 'horizontal' } };

/** A hundred events: the timeline shows the six around publication and offers the rest. */
export const HundredEvents: Story = { args: { data: '100 events' } };

/** A `src` that never answers. After 15 s the widget gives up and shows the network error. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: neverAnswering(NEVER_ANSWERS) };

export const NetworkError: Story = { args: { src: MISSING_SRC } };

export const InvalidData: Story = { args: { data: 'invalid' } };

export const Empty: Story = { args: { data: 'empty' } };

/** The timeline's "not found": a range with no events in it. */
export const OutOfRange: Story = { args: { data: 'french', from: '2030' } };

export const LongText: Story = { args: { data: 'long text' } };

export const Dark: Story = { args: { data: 'french', theme: 'dark' }, parameters: { page: { dark: true } } };

export const RightToLeftPage: Story = { args: { data: 'english' }, parameters: { page: { dir: 'rtl' } } };

export const FallbackContent: Story = {
  args: { src: NEVER_ANSWERS },
  beforeEach: neverAnswering(NEVER_ANSWERS),
  render: (args, context) =>
    timeline(
      args,
      context,
      html`<ol>
        <li><time datetime="2022-01-05">5 janvier 2022</time> : Karim Massimov est limogé</li>
        <li><time datetime="2022-01-07">7 janvier 2022</time> : les forces de sécurité reprennent Almaty</li>
        <li><time datetime="2022-01-10">10 janvier 2022</time> : journée de deuil national</li>
      </ol>`,
    ),
};
