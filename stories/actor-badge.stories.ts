import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ACTOR_BADGE_ATTRIBUTES, type AttributeValues } from '../src/components/attributes.js';
import { articleOf, attributeArgTypes, dataArgTypes, langOf, themeOf, type DataArgs, type ToolbarContext } from './support/args.js';
import { MISSING_SRC, neverAnswering } from './support/network.js';

interface ActorBadgeArgs extends DataArgs, AttributeValues<typeof ACTOR_BADGE_ATTRIBUTES> {}

const NEVER_ANSWERS = 'encart-stories/never-answers/actor-badge.json';

// The badge is an inline pill: it is shown inside a sentence, in the data's language.
const SENTENCES: Record<string, [before: string, after: string]> = {
  fr: ['Mercredi,', 'a pris la parole devant le Conseil de sécurité, selon les agences de presse.'],
  en: ['On Wednesday,', 'spoke after the vote, according to the council’s transport committee.'],
  de: ['Am Mittwoch', 'sprach nach der Abstimmung, wie der Verkehrsausschuss mitteilte.'],
  ar: ['يوم الأربعاء، تحدثت', 'بعد التصويت، بحسب لجنة النقل في المجلس.'],
};

function badge(args: ActorBadgeArgs, context: ToolbarContext, fallback: TemplateResult | typeof nothing = nothing) {
  const [before, after] = SENTENCES[articleOf(args)?.lang ?? 'fr'] ?? SENTENCES['en']!;
  return html`<p>
    ${before}
    <encart-actor-badge
      .article=${articleOf(args)}
      src=${ifDefined(args.src || undefined)}
      actor=${ifDefined(args.actor || undefined)}
      ?expanded=${args.expanded}
      ?compact=${args.compact}
      lang=${ifDefined(langOf(args, context))}
      theme=${ifDefined(themeOf(args, context))}
      @encart-select=${action('encart-select')}
      >${fallback}</encart-actor-badge
    >
    ${after}
  </p>`;
}

const meta: Meta<ActorBadgeArgs> = {
  title: 'Widgets/Actor badge',
  component: 'encart-actor-badge',
  argTypes: {
    ...dataArgTypes,
    ...attributeArgTypes(ACTOR_BADGE_ATTRIBUTES),
  },
  render: (args, context) => badge(args, context),
};
export default meta;

type Story = StoryObj<ActorBadgeArgs>;

export const French: Story = { args: { data: 'french', actor: 'kassym-jomart-tokayev' } };

/** Open: mentions, the actor's quotes and dated events. Click outside or press Escape to close. */
export const FrenchExpanded: Story = { args: { data: 'french', actor: 'kassym-jomart-tokayev', expanded: true } };

export const Compact: Story = { args: { data: 'french', actor: 'kassym-jomart-tokayev', compact: true } };

export const Organization: Story = { args: { data: 'french', actor: 'otsc' } };

export const English: Story = { args: { data: 'english', actor: 'okafor' } };

export const EnglishExpanded: Story = { args: { data: 'english', actor: 'okafor', expanded: true } };

/** German words (`encart/locales/de.js`), „…“ quotation marks. */
export const German: Story = { args: { data: 'german', actor: 'okafor', expanded: true } };

/** Arabic words, right to left. */
export const Arabic: Story = { args: { data: 'arabic', actor: 'mansouri', expanded: true }, parameters: { page: { dir: 'rtl' } } };

/** A `src` that never answers. After 15 s the widget gives up and shows the network error. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: neverAnswering(NEVER_ANSWERS) };

export const NetworkError: Story = { args: { src: MISSING_SRC } };

export const InvalidData: Story = { args: { data: 'invalid' } };

/** An article with no actors at all. */
export const Empty: Story = { args: { data: 'empty' } };

export const NotFound: Story = { args: { data: 'french', actor: 'inconnu' } };

/** A long name with a long role, and (in the controls) a long-named organisation: `federation`. */
export const LongText: Story = { args: { data: 'long text', actor: 'fernandez', expanded: true } };

export const Dark: Story = {
  args: { data: 'french', actor: 'kassym-jomart-tokayev', expanded: true, theme: 'dark' },
  parameters: { page: { dark: true } },
};

export const RightToLeftPage: Story = { args: { data: 'english', actor: 'okafor', expanded: true }, parameters: { page: { dir: 'rtl' } } };

/** The name as plain text, shown while the data loads (and if it never comes). */
export const FallbackContent: Story = {
  args: { src: NEVER_ANSWERS, actor: 'kassym-jomart-tokayev' },
  beforeEach: neverAnswering(NEVER_ANSWERS),
  render: (args, context) => badge(args, context, html`Kassym-Jomart Tokayev`),
};
