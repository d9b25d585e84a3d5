import { describe, expect, it } from 'vitest';
import { governHeap, heapGovernorStats, heapTargetMb } from './heap-governor.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('heap governor', () => {
  it('takes its target from PARAPET_HEAP_TARGET_MB, 0 meaning off, and ignores junk', () => {
    expect(heapTargetMb(128, {})).toBe(128);
    expect(heapTargetMb(128, { PARAPET_HEAP_TARGET_MB: '256' })).toBe(256);
    expect(heapTargetMb(128, { PARAPET_HEAP_TARGET_MB: '0' })).toBe(0);
    expect(heapTargetMb(128, { PARAPET_HEAP_TARGET_MB: 'lots' })).toBe(128);
    expect(heapTargetMb(128, { PARAPET_HEAP_TARGET_MB: '-5' })).toBe(128);
  });

  it('collects when the used heap passes the target, follows the live data up, and stops with its last user', async () => {
    const off = governHeap(0, 5);
    await tick(30);
    expect(heapGovernorStats().collections).toBe(0);
    off();

    // Live data well over a 1 MB target: the governor collects, then raises its target to 1.5x what survived.
    const live = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `item-${i}` }));
    const stopA = governHeap(1, 5);
    const stopB = governHeap(1, 5);
    for (let n = 0; n < 50 && heapGovernorStats().collections === 0; n++) await tick(10);
    const during = heapGovernorStats();
    expect(during.collections).toBeGreaterThan(0);
    expect(during.targetMb).toBeGreaterThan(1);
    stopA();
    // Still one user: still governing. More live data than 1.5x the last survivors brings another collection.
    const more = Array.from({ length: 600_000 }, (_, i) => ({ i, s: `more-${i}` }));
    for (let n = 0; n < 50 && heapGovernorStats().collections === during.collections; n++) await tick(10);
    expect(heapGovernorStats().collections).toBeGreaterThan(during.collections);
    stopB();
    stopB(); // a second call is harmless
    const after = heapGovernorStats().collections;
    const yetMore = Array.from({ length: 600_000 }, (_, i) => ({ i, s: `yet-${i}` }));
    await tick(50);
    expect(heapGovernorStats().collections).toBe(after);
    expect(live.length + more.length + yetMore.length).toBe(1_400_000);
  });
});
