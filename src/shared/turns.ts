/**
 * Turns, for work that fifty widgets would otherwise do in one long task (their first render; the render of the
 * article they all get at the same moment). Turns come in the order they were asked for; a run of them starts in
 * a task of its own, and goes on in that task until it is 8 ms old, then in the next: the browser paints between
 * two tasks, so the page stays responsive and moves a little at a time.
 *
 * The tasks are plain ones, not `scheduler.yield()`: measured on the busy page, a yield's continuation runs ahead
 * of rendering, so the fifty widgets rendered before the next frame (one long frame, and one big layout shift).
 */
const SLICE_MS = 8;

let turns = Promise.resolve();
let waiting = 0;
let sliceStart = -Infinity;

/** Resolves when it is the caller's turn. */
export function nextTurn(): Promise<void> {
  if (!waiting++) sliceStart = -Infinity;
  return (turns = turns.then(async () => {
    waiting--;
    if (performance.now() - sliceStart < SLICE_MS) return;
    await nextTask();
    sliceStart = performance.now();
  }));
}

// A task of its own through a message port: setTimeout would wait 4 ms once timers nest. Only the run of turns
// asks, one task at a time.
let port: MessagePort | undefined;
let wake = (): void => {};

function nextTask(): Promise<void> {
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => wake();
    port = channel.port2;
  }
  return new Promise((resolve) => {
    wake = resolve;
    port!.postMessage(0);
  });
}
