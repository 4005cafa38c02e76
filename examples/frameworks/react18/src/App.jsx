// React 18 sets unknown props on a custom element as string attributes (`article="[object Object]"`)
// and cannot listen to custom events, so the widgets go through `encart/react`'s wrappers, which set
// properties and add the `encart-select` listener themselves.
import { useState } from 'react';
import { ActorBadge, FiguresPanel, MiniTimeline, QuoteCard } from 'encart/react';
import { KEY_FIGURES, demoArticle, describeSelection, nextOf, quoteIds, speakerIds } from '../../shared/demo.ts';

export function App() {
  const [quote, setQuote] = useState(quoteIds[0]);
  const [actor, setActor] = useState(speakerIds[0]);
  const [selection, setSelection] = useState('none yet');

  // A picked speaker also becomes the badge's actor: the widgets follow each other through React state.
  const onEncartSelect = ({ detail }) => {
    setSelection(describeSelection(detail));
    if (detail.kind === 'actor') setActor(detail.id);
  };

  return (
    <main>
      <h1>Encart in React 18</h1>
      <div className="controls">
        <button id="next-quote" type="button" onClick={() => setQuote(nextOf(quoteIds, quote))}>
          Next quote
        </button>
        <button id="next-actor" type="button" onClick={() => setActor(nextOf(speakerIds, actor))}>
          Next actor
        </button>
        <span>
          Last selection: <output id="selection">{selection}</output>
        </span>
      </div>
      <p>
        Badge: <ActorBadge article={demoArticle} actor={actor} onEncartSelect={onEncartSelect} />
      </p>
      <div className="widgets">
        <div>
          <QuoteCard article={demoArticle} quote={quote} onEncartSelect={onEncartSelect} />
          <FiguresPanel article={demoArticle} figures={KEY_FIGURES} />
        </div>
        <MiniTimeline article={demoArticle} limit={5} onEncartSelect={onEncartSelect} />
      </div>
    </main>
  );
}
