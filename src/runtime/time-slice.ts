/**
 * Long synchronous work on the main thread (judging an account: SQLite reads and writes, rules) runs
 * through `await`s that settle as microtasks, which never let the event loop reach sockets or timers. While
 * discovery of other accounts is still going on, that stalls it: responses wait unread, the rate pacer's
 * timers fire late, and every account that finishes at about the same time queues its judging behind the
 * others'. A time slice hands the loop back every `sliceMs` of work, so I/O and timers are served between
 * slices; the work itself is not slowed beyond the pauses' own cost (one `setImmediate` per slice).
 */
export class TimeSlice {
  private started = performance.now();

  constructor(private readonly sliceMs = 20) {}

  /** A promise to await when the slice is used up (the loop runs once before it settles), else undefined. */
  check(): Promise<void> | undefined {
    if (performance.now() - this.started < this.sliceMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        this.started = performance.now();
        resolve();
      }),
    );
  }
}
