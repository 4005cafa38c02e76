// The size floor: Lit and one trivial element, declared the way our widgets are. What a widget
// weighs above this is what Encart itself costs a reader.
import { css, html, LitElement } from 'lit';

export class FloorElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  static override properties = { label: {} };
  declare label: string;

  override render() {
    return html`<p>${this.label}</p>`;
  }
}

customElements.define('floor-element', FloorElement);
