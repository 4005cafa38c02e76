// Turns alone: in the order asked, a run of them starting in a task of its own, and no task of turns much longer
// than the 8 ms slice, so the browser can paint between them.
import { expect } from '@open-wc/testing';
import { nextTurn } from '../../src/shared/turns.js';

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('nextTurn', () => {
  it('starts a run of turns after every microtask of the task that asked', async () => {
    let microtasksDone = false;
    void Array.from({ length: 200 }).reduce<Promise<void>>((chain) => chain.then(() => undefined), Promise.resolve()).then(() => (microtasksDone = true));
    await nextTurn();
    expect(microtasksDone).to.equal(true);
  });

  it('takes turns in the order they were asked for, each caller done before the next goes on', async () => {
    const heard: string[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        nextTurn().then(() => {
          heard.push(`turn ${i}`);
          queueMicrotask(() => heard.push(`after ${i}`));
        }),
      ),
    );
    await Promise.resolve();
    expect(heard).to.deep.equal(Array.from({ length: 50 }, (_, i) => [`turn ${i}`, `after ${i}`]).flat());
  });

  it('spreads 100 ms of turns over many short tasks, not one long one', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) this.skip();
    const longTasks: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    await Promise.all(Array.from({ length: 50 }, () => nextTurn().then(() => busyFor(2))));
    const ended = performance.now();
    // Entries come a task later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    // Slices are about 10 ms (8, and the turn that crossed the line); a loaded machine may stretch one, never to all 100.
    const during = longTasks.filter((task) => task.startTime >= started && task.startTime < ended);
    expect(during.map((task) => Math.round(task.duration)).filter((ms) => ms >= 90)).to.deep.equal([]);
  });
});
