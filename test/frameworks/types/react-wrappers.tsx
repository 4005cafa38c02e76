// encart/react: typed props and the `onEncartSelect` event prop.
import { ActorBadge, FiguresPanel, MiniTimeline, QuoteCard, type Article } from 'encart/react';

declare const article: Article;

export const fine = (
  <>
    <QuoteCard article={article} quote="q1" theme="dark" onEncartSelect={(event) => event.detail.kind satisfies string} />
    <ActorBadge article={article} actor="antony-blinken" expanded onEncartSelect={(event) => event.detail.id} />
    <FiguresPanel src="/article.json" figures="f1 f2" limit={3} />
    <MiniTimeline htmlFor="kz" limit={5} orientation="horizontal" />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: not a theme */}
    <QuoteCard article={article} theme="blue" />
    {/* @ts-expect-error: an article is an object, not a JSON string */}
    <QuoteCard article='{"schema":"encart/article@1"}' />
    {/* @ts-expect-error: a limit is a number */}
    <MiniTimeline limit="five" />
    {/* @ts-expect-error: the detail has no `speaker` */}
    <QuoteCard onEncartSelect={(event) => event.detail.speaker} />
    {/* @ts-expect-error: the figures panel fires no encart-select */}
    <FiguresPanel onEncartSelect={() => {}} />
  </>
);
