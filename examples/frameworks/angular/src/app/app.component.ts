// Angular: `[article]` binds the property, `(encart-select)` listens; CUSTOM_ELEMENTS_SCHEMA tells the
// template compiler that `encart-*` tags and their unknown properties are custom elements, not typos.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { EncartSelectEvent } from 'encart';
import { KEY_FIGURES, demoArticle, describeSelection, nextOf, quoteIds, speakerIds } from '../../../shared/demo';

@Component({
  selector: 'encart-example',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.component.html',
})
export class AppComponent {
  protected readonly article = demoArticle;
  protected readonly figures = KEY_FIGURES;
  protected readonly quote = signal(quoteIds[0]!);
  protected readonly actor = signal(speakerIds[0]!);
  protected readonly selection = signal('none yet');

  protected nextQuote(): void {
    this.quote.update((current) => nextOf(quoteIds, current));
  }

  protected nextActor(): void {
    this.actor.update((current) => nextOf(speakerIds, current));
  }

  // A picked speaker also becomes the badge's actor: the widgets follow each other through Angular state.
  protected onEncartSelect({ detail }: EncartSelectEvent): void {
    this.selection.set(describeSelection(detail));
    if (detail.kind === 'actor') this.actor.set(detail.id);
  }
}
