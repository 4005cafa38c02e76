// The Export step: the validator's verdict (each error one click from its item), the article.json
// download, and the code to paste into a page, for a script tag or for ES modules.
import { LitElement, css, html, nothing } from 'lit';
import { formatValidationError, validateArticle, type ValidationError } from '../data/validate.js';
import { itemsOf, KIND_OF_COLLECTION, type ItemRef, type StudioDoc } from './document.js';
import { copyText, downloadJson } from './download.js';
import { embedSnippets, type DataPlacement } from './embed-snippet.js';
import { serverRenderedHtml } from './server-rendered.js';
import type { Translate } from './messages.js';
import { StudioSelectEvent } from './studio-text.js';
import { controls, tokens } from './styles.js';

export class StudioOutput extends LitElement {
  static override properties = {
    doc: { attribute: false },
    t: { attribute: false },
    placement: { state: true },
    copied: { state: true },
    serverHtml: { state: true },
  };
  declare doc: StudioDoc;
  declare t: Translate;
  declare placement: DataPlacement;
  declare copied: string;
  /** The chosen widgets server-rendered, once the editor has asked for them. */
  declare serverHtml: string;

  static override styles = [
    tokens,
    controls,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      .bar {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0.75rem 1.25rem;
        align-items: center;
        background: var(--panel);
        border: 1px solid var(--rule);
        border-radius: var(--radius);
        padding: 0.9rem 1rem;
      }
      .bar > .verdict,
      .bar > .errors {
        grid-column: 1 / -1;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      @media (max-width: 900px) {
        .bar {
          grid-template-columns: 1fr;
        }
      }
      summary {
        cursor: pointer;
        font-size: 0.875rem;
        font-weight: 600;
        color: var(--muted);
        padding: 0.25rem 0;
      }
      details[open] summary {
        margin-bottom: 0.5rem;
      }
      .verdict {
        padding: 0.5rem 0.75rem;
        border-radius: var(--radius);
        border: 1px solid #9fd0ae;
        background: #eef8f1;
        color: var(--ok-ink);
        font-weight: 600;
        margin: 0;
      }
      .errors {
        border: 1px solid #e2b4af;
        background: #fdf1f0;
        border-radius: var(--radius);
        padding: 0.75rem 1rem;
      }
      .errors p {
        margin: 0 0 0.5rem;
        font-weight: 600;
        color: #9b1c13;
      }
      .errors li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
      }
      button.fix {
        padding: 0.2rem 0.6rem;
        font-size: 0.8125rem;
      }
      .errors ul {
        margin: 0;
        padding-inline-start: 1.1rem;
        display: grid;
        gap: 0.35rem;
      }
      code,
      textarea.code {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.8125rem;
      }
      .row {
        display: flex;
        gap: 0.75rem;
        flex-wrap: wrap;
        align-items: center;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1rem;
      }
      fieldset label {
        color: var(--ink);
        font-weight: 400;
        display: inline-flex;
        gap: 0.35rem;
        align-items: center;
      }
      legend {
        font-size: 0.8125rem;
        font-weight: 600;
        color: var(--muted);
        margin-bottom: 0.3rem;
      }
      .snippets {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        gap: 1rem;
      }
      .snippet {
        min-width: 0;
        display: grid;
        gap: 0.35rem;
      }
      textarea.code {
        height: 11rem;
        resize: vertical;
        background: #f7f8fa;
        white-space: pre;
      }
    `,
  ];

  constructor() {
    super();
    this.placement = 'inline';
    this.copied = '';
    this.serverHtml = '';
  }

  protected override render() {
    const t = this.t;
    const result = validateArticle(this.doc.article);
    const errors = result.ok ? [] : result.errors;
    const snippets = embedSnippets(this.doc.article, this.doc.picks, this.placement);
    return html`<div class="bar">
        ${result.ok
          ? html`<p class="verdict" role="status">✓ ${t('valid')}</p>`
          : html`<div class="errors" role="alert">
              <p>${t(errors.length == 1 ? 'invalidOne' : 'invalid', { n: errors.length })}</p>
              <ul>
                ${errors.map((error) => this.renderError(error))}
              </ul>
            </div>`}
        <div class="actions">
          <button type="button" class="primary" ?disabled=${!result.ok} @click=${() => downloadJson(this.doc.article, 'article.json')}>${t('download')}</button>
          <!-- Invalid data would show readers error boxes: no code to paste until it is fixed. -->
          <button type="button" ?disabled=${!result.ok} @click=${() => this.copy(snippets.script, 'script')}>${t('copyScript')}</button>
          <button type="button" ?disabled=${!result.ok} @click=${() => this.copy(snippets.module, 'module')}>${t('copyModule')}</button>
          <button type="button" ?disabled=${!result.ok} @click=${this.copyServerRendered}>${t('copyServer')}</button>
          <span class="hint" role="status">${this.copied}</span>
        </div>
        <fieldset>
          <legend>${t('dataWhere')}</legend>
          ${(['inline', 'file'] as const).map(
            (p) =>
              html`<label
                ><input type="radio" name="placement" value=${p} .checked=${this.placement == p} @change=${() => ((this.placement = p), (this.serverHtml = ''))} />
                ${p == 'inline' ? t('dataInline') : t('dataFile')}</label
              >`,
          )}
        </fieldset>
      </div>
      <details>
        <summary>${t('showCode')}</summary>
        <div class="snippets">
          ${this.renderSnippet('script', t('snippetScript'), snippets.script)} ${this.renderSnippet('module', t('snippetModule'), snippets.module)}
          ${this.renderSnippet('server', t('snippetServer'), this.serverHtml || t('serverHtmlLater'))}
          ${this.renderSnippet('commands', t('snippetCommands'), snippets.server)}
        </div>
      </details>`;
  }

  private renderError(error: ValidationError) {
    const match = /^(\w+)\[(\d+)\]/.exec(error.path);
    const kind = match ? KIND_OF_COLLECTION.get(match[1]) : undefined;
    const item = kind ? itemsOf(this.doc.article, kind)[Number(match![2])] : undefined;
    const ref: ItemRef | undefined = kind && item ? { kind, id: item.id } : undefined;
    return html`<li>
      <code>${formatValidationError(error)}</code>
      ${ref ? html`<button type="button" class="fix" @click=${() => this.dispatchEvent(new StudioSelectEvent(ref))}>${this.t('goTo')}</button>` : nothing}
    </li>`;
  }

  private renderSnippet(name: string, label: string, code: string) {
    return html`<div class="snippet">
      <label for="snippet-${name}">${label}</label>
      <textarea id="snippet-${name}" class="code" readonly spellcheck="false" .value=${code}></textarea>
    </div>`;
  }

  private async copyServerRendered(): Promise<void> {
    this.copied = this.t('rendering');
    try {
      this.serverHtml = await serverRenderedHtml(this.doc.article, this.doc.picks, this.placement);
    } catch (error) {
      this.copied = this.t('copyFailed');
      console.warn('[encart studio] server rendering failed', error);
      return;
    }
    await this.updateComplete;
    await this.copy(this.serverHtml, 'server');
  }

  private async copy(code: string, name: string): Promise<void> {
    const details = this.renderRoot.querySelector('details')!;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${name}`) ?? undefined;
    // Where the clipboard is refused, the code is shown and selected for a manual copy.
    const fallback = () => ((details.open = true), field);
    const ok = await copyText(code, fallback);
    this.copied = ok ? this.t('copied') : this.t('copyFailed');
    this.dispatchEvent(new CustomEvent('studio-copied', { detail: { name, code, ok }, bubbles: true, composed: true }));
  }
}

customElements.define('studio-output', StudioOutput);

declare global {
  interface HTMLElementTagNameMap {
    'studio-output': StudioOutput;
  }
}
