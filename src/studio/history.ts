// Undo and redo over whole documents. Documents are replaced, never mutated, so a step costs a
// reference; typing in one field within a second is one step, not one per key.
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastGroup = '';
  private lastTime = 0;

  constructor(private readonly limit = 200) {}

  /** Records `previous` as the state before a change; changes of the same `group` close together merge. */
  record(previous: T, group = '', now = Date.now()): void {
    const merges = group && group == this.lastGroup && now - this.lastTime < 1000;
    this.lastGroup = group;
    this.lastTime = now;
    this.future = [];
    if (merges) return;
    this.past.push(previous);
    if (this.past.length > this.limit) this.past.shift();
  }

  undo(current: T): T | undefined {
    const previous = this.past.pop();
    if (previous !== undefined) this.future.push(current);
    this.lastGroup = '';
    return previous;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next !== undefined) this.past.push(current);
    this.lastGroup = '';
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
