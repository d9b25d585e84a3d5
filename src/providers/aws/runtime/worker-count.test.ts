import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerCount } from './parallel.js';

describe('workerCount', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('leaves one core to the main thread by default, scanning inline on two cores or fewer', () => {
    vi.stubEnv('PARAPET_SCAN_WORKERS', '');
    expect(workerCount(undefined, 10, 8)).toBe(7);
    expect(workerCount(undefined, 10, 2)).toBe(1);
    expect(workerCount(undefined, 10, 1)).toBe(1);
    // Never more threads than accounts.
    expect(workerCount(undefined, 3, 16)).toBe(3);
  });

  it('takes --workers, else PARAPET_SCAN_WORKERS, over the cores', () => {
    vi.stubEnv('PARAPET_SCAN_WORKERS', '3');
    expect(workerCount(undefined, 10, 2)).toBe(3);
    expect(workerCount(5, 10, 2)).toBe(5);
    expect(workerCount(5, 2, 2)).toBe(2);
  });
});
