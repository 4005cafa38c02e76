// What each widget last said about its data, heard through its public events only: encart-load and
// encart-error bubble out of every widget (composed), so one listener on the document hears them all.
export type Outcome = 'loading' | 'ready' | 'error';

const outcomes = new WeakMap<EventTarget, Outcome>();
const details = new WeakMap<EventTarget, unknown>();

function record(outcome: Outcome) {
  return (event: Event) => {
    const widget = event.composedPath()[0];
    outcomes.set(widget, outcome);
    details.set(widget, (event as CustomEvent).detail);
  };
}
document.addEventListener('encart-load', record('ready'), true);
document.addEventListener('encart-error', record('error'), true);

/** `ready` or `error` once the widget has said so, `loading` until then. */
export const outcomeOf = (element: Element): Outcome => outcomes.get(element) ?? 'loading';

/** The detail of the widget's last encart-load or encart-error. */
export const lastDetail = (element: Element): unknown => details.get(element);

/** Forgets what the widgets said, before asking them to load again (`retry()`): `loading` until they speak. */
export function forgetOutcomes(elements: Element[]): void {
  for (const element of elements) outcomes.delete(element);
}
