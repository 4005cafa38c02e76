// The Text step: the article's title, date, language and text. Paste, type, or drop/open a file;
// the worker extracts as the editor types.
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { StudioDoc } from './document.js';
import type { Translate } from './messages.js';
import type { StudioStore } from './store.js';
import { controls, tokens } from './styles.js';

export class StudioFileEvent extends Event {
  constructor(
    readonly file: File,
    readonly as: 'text' | 'article',
  ) {
    super('studio-file', { bubbles: true, composed: true });
  }
}

export class StudioActionEvent extends Event {
  constructor(readonly action: 'example' | 'new') {
    super('studio-action', { bubbles: true, composed: true });
  }
}

/** Words in the text, counted without building a list of them: this runs on every key. */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export class StudioInput extends LitElement {
  static override properties = {
    store: { attribute: false },
    doc: { attribute: false },
    t: { attribute: false },
    dragging: { state: true },
  };
  declare store: StudioStore;
  declare doc: StudioDoc;
  declare t: Translate;
  declare dragging: boolean;

  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: block;
      }
      .meta {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(9rem, 1fr) minmax(10rem, 1.2fr);
        gap: 0.75rem;
        margin-bottom: 1rem;
      }
      @media (max-width: 720px) {
        .meta {
          grid-template-columns: 1fr;
        }
      }
      .files {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 0.75rem;
      }
      .drop {
        position: relative;
      }
      textarea {
        font-family: var(--serif);
        font-size: 1.0625rem;
        line-height: 1.65;
        min-height: 60vh;
        resize: vertical;
        padding: 1rem 1.1rem;
      }
      .dragging textarea {
        border: 2px dashed var(--accent);
        background: #fff8f7;
      }
      .foot {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
        flex-wrap: wrap;
        margin-top: 0.4rem;
      }
      input[type='file'] {
        display: none;
      }
    `,
  ];

  constructor() {
    super();
    this.dragging = false;
  }

  private detectedLang(): string {
    const lang = this.doc.article.lang;
    return lang == 'en' ? this.t('english') : this.t('french');
  }

  protected override render() {
    const t = this.t;
    const doc = this.doc;
    return html`<div class="meta">
        <div class="field">
          <label for="title">${t('title')}</label>
          <input id="title" .value=${doc.title} @input=${(e: Event) => this.store.setInputs({ title: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="published">${t('published')}</label>
          <input
            id="published"
            type="date"
            required
            .value=${doc.published.slice(0, 10)}
            @change=${(e: Event) => {
              const value = (e.target as HTMLInputElement).value;
              if (value) this.store.setInputs({ published: value });
            }}
          />
        </div>
        <div class="field">
          <label for="lang">${t('language')}</label>
          <select id="lang" @change=${(e: Event) => this.store.setInputs({ lang: (e.target as HTMLSelectElement).value as StudioDoc['lang'] })}>
            <option value="auto" ?selected=${doc.lang == 'auto'}>${doc.text.trim() ? t('detected', { lang: this.detectedLang() }) : t('auto')}</option>
            <option value="fr" ?selected=${doc.lang == 'fr'}>${t('french')}</option>
            <option value="en" ?selected=${doc.lang == 'en'}>${t('english')}</option>
          </select>
        </div>
      </div>
      <div class="files">
        <button type="button" @click=${() => this.pick('text')}>${t('openFile')}</button>
        <button type="button" @click=${() => this.pick('article')}>${t('importJson')}</button>
        <button type="button" class="quiet" @click=${() => this.dispatchEvent(new StudioActionEvent('example'))}>${t('loadExample')}</button>
        <button type="button" class="quiet" @click=${() => this.dispatchEvent(new StudioActionEvent('new'))}>${t('newArticle')}</button>
        <input id="file-text" type="file" accept=".txt,.md,text/plain,text/markdown" tabindex="-1" aria-hidden="true" @change=${(e: Event) => this.picked(e, 'text')} />
        <input id="file-article" type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" @change=${(e: Event) => this.picked(e, 'article')} />
      </div>
      <div
        class="drop field ${this.dragging ? 'dragging' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <label for="text">${t('articleText')}</label>
        <textarea
          id="text"
          spellcheck="false"
          aria-describedby="text-hint"
          @input=${this.onTextInput}
          @change=${this.syncText}
        ></textarea>
      </div>
      <div class="foot">
        <p class="hint" id="text-hint">${this.dragging ? t('dropHere') : t('textHint')}</p>
        <p class="hint">${t('words', { n: countWords(doc.text).toLocaleString() })}</p>
      </div>`;
  }

  // Reading a 50,000-word textarea's value costs tens of milliseconds: not on every key. The store
  // gets the text after a short pause in typing (or when the field is left), and the field is only
  // written when the document's text came from elsewhere (undo, a file, the example).
  private syncedText?: string;
  private syncTimer?: ReturnType<typeof setTimeout>;

  private onTextInput = (): void => {
    this.store.typing();
    clearTimeout(this.syncTimer);
    this.syncTimer = setTimeout(this.syncText, 150);
  };

  private syncText = (): void => {
    clearTimeout(this.syncTimer);
    const value = this.renderRoot.querySelector('textarea')!.value;
    if (value === this.syncedText) return;
    this.syncedText = value;
    this.store.setInputs({ text: value });
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('doc') || this.doc.text === this.syncedText) return;
    clearTimeout(this.syncTimer);
    this.syncedText = this.doc.text;
    this.renderRoot.querySelector('textarea')!.value = this.doc.text;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the step mid-word keeps the last letters.
    if (this.syncTimer !== undefined) this.syncText();
  }

  private pick(as: 'text' | 'article'): void {
    this.renderRoot.querySelector<HTMLInputElement>(`#file-${as}`)!.click();
  }

  private picked(event: Event, as: 'text' | 'article'): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.dispatchEvent(new StudioFileEvent(file, as));
    input.value = '';
  }

  private onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.dispatchEvent(new StudioFileEvent(file, /\.json$/i.test(file.name) ? 'article' : 'text'));
  };
}

customElements.define('studio-input', StudioInput);

declare global {
  interface HTMLElementTagNameMap {
    'studio-input': StudioInput;
  }
}
