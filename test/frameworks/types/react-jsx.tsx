// encart/jsx: the elements themselves as React 19 intrinsic elements (the same types serve Preact).
import type { CustomElements } from 'encart/jsx';
import type { Article } from 'encart';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

declare const article: Article;

export const fine = (
  <>
    <encart-quote-card article={article} quote="q1" theme="auto" onencart-select={(event) => event.detail.kind} />
    <encart-mini-timeline for="kz" limit={4} orientation="vertical" />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: not a theme */}
    <encart-figures-panel theme="blue" />
    {/* @ts-expect-error: not an orientation */}
    <encart-mini-timeline orientation="diagonal" />
    {/* @ts-expect-error: an article is an object */}
    <encart-actor-badge article="kazakhstan" />
  </>
);
