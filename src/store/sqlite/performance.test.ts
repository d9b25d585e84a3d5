import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Asset } from '../../core/asset.js';
import { openStore } from '../open.js';
import type { EvaluationResult } from '../store.js';
import { ACCOUNT_A, scopeOf } from './fixtures/data.js';
import { estateAsset, estateResults } from './fixtures/estate.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-perf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ASSETS = 50_000;
/** Generous against slow CI machines; on a laptop the whole scan takes a few seconds. */
const BUDGET_MS = 20_000;

it(`writes a scan of ${ASSETS} assets and ${ASSETS * 3} results, then a second one, within budget`, async () => {
  const store = await openStore(join(dir, 'perf.db'));
  const timings: Record<string, number> = {};
  const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    timings[label] = Math.round(performance.now() - t0);
    return out;
  };
  const runScan = async (generation: number) => {
    const s = await store.beginScan('perf', scopeOf([ACCOUNT_A], ['us-east-1', 'eu-west-1', 'ap-south-1']));
    await time(`g${generation} putAssets`, async () => {
      let batch: Asset[] = [];
      for (let i = 0; i < ASSETS; i++) {
        batch.push(estateAsset(i, ACCOUNT_A, generation));
        if (batch.length === 250) {
          await store.putAssets(s.id, batch);
          batch = [];
        }
      }
      await store.putAssets(s.id, batch);
    });
    await time(`g${generation} putResults`, async () => {
      // As the engine does: stream the scan's assets back, judge, write results in batches of 1000.
      let batch: EvaluationResult[] = [];
      let i = 0;
      for await (const a of store.assets(s.id, { account: ACCOUNT_A })) {
        batch.push(...estateResults(a, Number(a.name.slice(7)), generation));
        i++;
        if (batch.length >= 1000) {
          await store.putResults(s.id, batch);
          batch = [];
        }
      }
      await store.putResults(s.id, batch);
      expect(i).toBe(ASSETS);
    });
    return time(`g${generation} finishScan`, () => store.finishScan(s.id, 'complete'));
  };
  const t0 = performance.now();
  const first = await runScan(0);
  const firstMs = performance.now() - t0;
  expect(first.counts.assets).toBe(ASSETS);
  expect(first.counts.pass + first.counts.fail + first.counts.unknown + first.counts.not_applicable).toBe(ASSETS * 3);
  const t1 = performance.now();
  await runScan(1);
  const secondMs = performance.now() - t1;
  const versions = (store.db.prepare('SELECT count(*) AS n FROM asset_versions').get() as { n: number }).n;
  // Half the assets changed configuration in generation 1; a third of those changes keep the same status value.
  expect(versions).toBeGreaterThan(ASSETS);
  expect(versions).toBeLessThan(ASSETS * 1.5 + 1);
  const t2 = performance.now();
  const open = await store.findings({ state: ['open'] });
  timings['findings(open)'] = Math.round(performance.now() - t2);
  expect(open.length).toBeGreaterThan(0);
  console.log(`store performance (ms): first scan ${Math.round(firstMs)}, second scan ${Math.round(secondMs)}`, timings);
  expect(firstMs).toBeLessThan(BUDGET_MS);
  expect(secondMs).toBeLessThan(BUDGET_MS);
  await store.close();
});
