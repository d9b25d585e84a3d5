import { describe, expect, it } from 'vitest';
import { awsAsset } from '../../test/support/assets.js';
import type { Asset } from '../core/asset.js';
import { AssetBatcher, type DiscoveryEvent, type DiscoverySink } from './discovery.js';

function recordingSink(): DiscoverySink & { batches: string[][]; events: DiscoveryEvent[] } {
  const batches: string[][] = [];
  const events: DiscoveryEvent[] = [];
  return {
    batches,
    events,
    scope: async () => undefined,
    assets: async (b: Asset[]) => void batches.push(b.map((a) => a.name)),
    coverage: async () => undefined,
    error: () => undefined,
    event: (e) => void events.push(e),
  };
}

const named = (name: string) => awsAsset({ type: 'AWS::Test::Thing', id: `arn:aws:test:::thing/${name}`, name });

describe('AssetBatcher', () => {
  it('writes every `size` assets and the rest on flush, counting them all', async () => {
    const sink = recordingSink();
    const batcher = new AssetBatcher(sink, 3, 60_000);
    for (const n of ['a', 'b', 'c', 'd', 'e']) await batcher.add(named(n));
    expect(sink.batches).toEqual([['a', 'b', 'c']]);
    await batcher.flush();
    await batcher.flush();
    expect(sink.batches).toEqual([['a', 'b', 'c'], ['d', 'e']]);
    expect(batcher.count).toBe(5);
    expect(sink.events).toEqual([{ type: 'resources', count: 3 }, { type: 'resources', count: 2 }]);
  });

  it('writes a small batch once its oldest asset has waited maxAgeMs, so slow collectors do not hoard', async () => {
    const sink = recordingSink();
    const batcher = new AssetBatcher(sink, 250, 20);
    await batcher.add(named('first'));
    expect(sink.batches).toEqual([]);
    await new Promise((r) => setTimeout(r, 30));
    await batcher.add(named('second'));
    expect(sink.batches).toEqual([['first', 'second']]);
    // The age counts from the first asset of the new batch.
    await batcher.add(named('third'));
    expect(sink.batches).toHaveLength(1);
  });
});
