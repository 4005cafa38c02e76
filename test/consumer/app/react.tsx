// A React 19 app with the wrappers of `encart/react`: the article as a prop, the event as a handler.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ActorBadge, FiguresPanel, MiniTimeline, QuoteCard } from 'encart/react';
import { validateArticle, type Article } from 'encart/data';

function App() {
  const [article, setArticle] = useState<Article>();
  const [selected, setSelected] = useState('');
  useEffect(() => {
    fetch('./article.json')
      .then((response) => response.json())
      .then((json: unknown) => {
        const result = validateArticle(json);
        if (result.ok) setArticle(result.article);
      });
  }, []);
  if (!article) return null;
  return (
    <main>
      <QuoteCard article={article} quote="q-blinken-une-lecon" />
      <FiguresPanel article={article} figures="f-4400-personnes f-10-personnes f-1000-detenues f-2000000-habitants" />
      <ActorBadge article={article} actor="kassym-jomart-tokayev" onEncartSelect={(event) => setSelected(`${event.detail.kind} ${event.detail.id}`)} />
      <MiniTimeline article={article} limit={7} />
      <output id="selected">{selected}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
