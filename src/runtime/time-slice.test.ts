import { describe, expect, it } from 'vitest';
import { TimeSlice } from './time-slice.js';

/** Busy work in 1 ms steps for `ms`, awaiting `pause()` between steps; true if a 0 ms timer ran meanwhile. */
async function timerRanDuring(ms: number, pause: () => Promise<void> | undefined): Promise<boolean> {
  let fired = false;
  const timer = setTimeout(() => (fired = true), 0);
  const end = performance.now() + ms;
  while (performance.now() < end && !fired) {
    const step = performance.now() + 1;
    while (performance.now() < step);
    await (pause() ?? Promise.resolve());
  }
  clearTimeout(timer);
  return fired;
}

describe('TimeSlice', () => {
  it('lets timers run between slices of long work', async () => {
    const slice = new TimeSlice(5);
    expect(await timerRanDuring(100, () => slice.check())).toBe(true);
  });

  it('is needed: awaiting settled promises alone never lets a timer run', async () => {
    expect(await timerRanDuring(50, () => undefined)).toBe(false);
  });

  it('does not pause before its slice is used up', () => {
    expect(new TimeSlice(1_000).check()).toBeUndefined();
  });
});
