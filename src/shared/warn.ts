// One console line per problem and element: a widget re-renders often, a developer needs to read it once.
const warned = new WeakMap<Element, Set<string>>();

/** Warns in the console about an element's data, once per distinct message. */
export function warnOnce(element: Element, message: string): void {
  let seen = warned.get(element);
  if (!seen) warned.set(element, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`[encart] <${element.localName}> ${message}`);
}
