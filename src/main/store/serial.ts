/**
 * Runs work for the same key one after another, in the order it was asked for: the place in line
 * is taken at the call, before any await, so a later save of a file can never overtake an earlier
 * one (and `.bak` is always the version before the last). Different keys run side by side.
 */
export class SerialQueues {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const next = (this.tails.get(key) ?? Promise.resolve()).then(work);
    const settled = next.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }
}
