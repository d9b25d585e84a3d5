import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Asset } from '../../core/asset.js';
import type { Finding, Suppression } from '../../core/finding.js';
import { openStore } from '../open.js';
import type { EvaluationResult } from '../store.js';
import { ACCOUNT_A, bucket, result, rule, scopeOf } from './fixtures/data.js';
import type { SqliteStore } from './sqlite-store.js';

let dir: string;
let store: SqliteStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parapet-supp-'));
  store = await openStore(join(dir, 'p.db'));
});

afterEach(async () => {
  vi.useRealTimers();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function scan(when: string, assets: Asset[], results: EvaluationResult[]) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(when));
  const s = await store.beginScan('test', scopeOf([ACCOUNT_A]));
  await store.putAssets(s.id, assets);
  await store.putResults(s.id, results);
  return store.finishScan(s.id, 'complete');
}

const R = rule('aws.s3.r1', 'high');
const ACCEPTED: Suppression = { kind: 'config', id: 'legacy', reason: 'legacy bucket, migration in SEC-1', source: 'parapet.yaml:12', owner: 'alice@example.com', until: '2026-03-31' };
const suppressed = (r: EvaluationResult): EvaluationResult => ({ ...r, suppression: ACCEPTED });
const one = async (scanId?: string): Promise<Finding> => (await store.findings(scanId ? { scanId } : {}))[0]!;

describe('suppressed findings in the store', () => {
  it('keeps a suppressed failure visible with its suppression, re-opens it without one, resolves it on pass', async () => {
    const b = bucket('legacy');
    const s1 = await scan('2026-01-01T00:00:00Z', [b], [suppressed(result(R, b, 'fail'))]);
    expect(s1.counts).toMatchObject({ fail: 1, suppressed: 1 });
    let f = await one();
    expect(f.state).toBe('suppressed');
    expect(f.status).toBe('fail');
    expect(f.suppression).toEqual(ACCEPTED);
    expect((await one(s1.id)).suppression).toEqual(ACCEPTED);

    // The suppression expired (or was removed): the next scan judges it without one, and it is open again.
    const s2 = await scan('2026-04-01T00:00:00Z', [b], [result(R, b, 'fail')]);
    f = await one();
    expect(f.state).toBe('open');
    expect(f.suppression).toBeUndefined();
    expect(f.resolvedAt).toBeNull();
    expect(s2.counts.suppressed).toBe(0);
    // The first scan's view still shows what held then.
    expect((await one(s1.id)).state).toBe('suppressed');

    const s3 = await scan('2026-04-02T00:00:00Z', [b], [suppressed(result(R, b, 'pass'))]);
    f = await one();
    expect(f.state).toBe('resolved');
    expect(f.resolvedAt).toBe('2026-04-02T00:00:00.000Z');
    // A suppression on a passing verdict means nothing: it is not shown.
    expect(f.suppression).toBeUndefined();
    expect((await one(s3.id)).suppression).toBeUndefined();
  });

  it('resolves a suppressed finding whose asset is gone, and only filters by state as asked', async () => {
    const a = bucket('a');
    const b = bucket('b');
    await scan('2026-01-01T00:00:00Z', [a, b], [suppressed(result(R, a, 'unknown')), result(R, b, 'fail')]);
    expect((await store.findings({ state: ['suppressed'] })).map((f) => f.asset.name)).toEqual(['a']);
    expect((await store.findings({ state: ['open'] })).map((f) => f.asset.name)).toEqual(['b']);
    await scan('2026-01-02T00:00:00Z', [b], [result(R, b, 'fail')]);
    const gone = (await store.findings({})).find((f) => f.asset.name === 'a')!;
    expect(gone.state).toBe('resolved');
    expect(gone.suppression).toBeUndefined();
  });

  it('writes the suppression into the hash-chained evidence record, and the chain verifies', async () => {
    const b = bucket('legacy');
    const s1 = await scan('2026-01-01T00:00:00Z', [b], [suppressed(result(R, b, 'fail'))]);
    const records = [];
    for await (const r of store.evidence({ scanId: s1.id })) records.push(r);
    expect(records).toHaveLength(1);
    expect(records[0]!.suppression).toEqual(ACCEPTED);
    expect(await store.verifyEvidence()).toMatchObject({ ok: true, records: 1 });
    // Editing the recorded owner breaks the chain.
    store.db.exec(`DROP TRIGGER evidence_no_update`);
    store.db.prepare(`UPDATE evidence SET body = replace(body, 'alice@example.com', 'mallory@example.com')`).run();
    expect((await store.verifyEvidence()).ok).toBe(false);
  });

  it('records each rule with its providers for the scan, and a custom rule with its guidance', async () => {
    const b = bucket('x');
    const guidance = { title: 'Owner tag', rationale: 'why', remediation: { steps: ['Add an owner tag.'] }, references: [] };
    const custom = { ...rule('acme.storage.owner-tag', 'medium'), compliance: [], providers: ['aws' as const], guidance };
    const s = await scan('2026-01-01T00:00:00Z', [b], [{ ...result(R, b, 'fail'), rule: { ...R, providers: ['aws'], compliance: [{ framework: 'iso-27001-2022', control: 'A.5.9' }] } }, result(custom, b, 'fail')]);
    expect(await store.scanRules(s.id)).toEqual([
      { id: 'acme.storage.owner-tag', title: custom.title, severity: 'medium', providers: ['aws'], compliance: [], guidance },
      { id: 'aws.s3.r1', title: R.title, severity: 'high', providers: ['aws'], compliance: [{ framework: 'iso-27001-2022', control: 'A.5.9' }] },
    ]);
  });
});
