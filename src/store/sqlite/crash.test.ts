import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { openStore } from '../open.js';
import { ACCOUNT_A, scopeOf } from './fixtures/data.js';
import { CRASH_FIRST_SCAN_ASSETS, estateAsset, estateResults } from './fixtures/estate.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
});

/** Starts the writer, waits until it is writing its second scan, lets it write for `ms`, then SIGKILLs it. */
async function killMidWrite(dbPath: string, ms: number): Promise<{ scan1: string; scan2: string; signal: string | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanup.push(() => child.kill('SIGKILL'));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ids: Record<string, string> = {};
  await new Promise<void>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const msg = JSON.parse(buf.slice(0, nl)) as { event: string; id: string };
        buf = buf.slice(nl + 1);
        ids[msg.event] = msg.id;
        if (msg.event === 'scan2') resolve();
      }
    });
    void exited.then(({ code, signal }) => reject(new Error(`writer exited early (${code ?? signal}): ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, ms));
  child.kill('SIGKILL');
  // Only once the child is reaped is its pid gone, as after a real crash.
  const { signal } = await exited;
  return { scan1: ids.scan1 ?? '', scan2: ids.scan2 ?? '', signal };
}

it('survives SIGKILL in the middle of a scan: history intact, killed scan failed, next scan completes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parapet-crash-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'crash.db');
  const expected = Array.from({ length: CRASH_FIRST_SCAN_ASSETS }, (_, i) => estateResults(estateAsset(i, ACCOUNT_A), i)).flat();
  const failing = expected.filter((r) => r.verdict.status === 'fail').length;
  const open = expected.filter((r) => r.verdict.status === 'fail' || r.verdict.status === 'unknown').length;

  // Three crashes at different moments; each writer run first completes a scan of the same estate.
  const runs = [];
  for (const ms of [300, 420, 550]) {
    const run = await killMidWrite(dbPath, ms);
    expect(run.signal).toBe('SIGKILL');
    runs.push(run);
  }

  const store = await openStore(dbPath);
  cleanup.push(() => void store.close());
  expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(store.check()).toEqual([]);
  // The evidence of every batch that committed before a kill is there, chained and anchored.
  const chain = await store.verifyEvidence();
  expect(chain).toMatchObject({ ok: true });
  expect(chain.records).toBeGreaterThan(0);

  const firstScans = [];
  for (const run of runs) {
    // The complete scan of each run, untouched by the crash that followed.
    const first = await store.getScan(run.scan1);
    expect(first).toMatchObject({ status: 'complete', counts: { assets: CRASH_FIRST_SCAN_ASSETS, fail: failing } });
    firstScans.push(first!);
    // The killed scan: failed (interrupted), with only whole batches in it.
    const killed = (await store.getScan(run.scan2))!;
    expect(killed.status).toBe('failed');
    expect(killed.finishedAt).toBeTruthy();
    expect(killed.counts.assets).toBeGreaterThan(0);
    expect(killed.counts.assets % 250).toBe(0);
    const results = killed.counts.pass + killed.counts.fail + killed.counts.unknown + killed.counts.not_applicable;
    expect(results % 750).toBe(0);
    let streamed = 0;
    for await (const a of store.assets(run.scan2)) {
      expect(a.account).toBe(ACCOUNT_A);
      streamed++;
    }
    expect(streamed).toBe(killed.counts.assets);
  }

  // Lifecycle as the complete scans left it: the killed scans' different verdicts changed nothing.
  const firstSeen = firstScans[0]?.startedAt;
  const lastSeen = firstScans[firstScans.length - 1]?.startedAt;
  const latest = await store.findings({});
  expect(latest).toHaveLength(expected.length);
  expect(latest.filter((f) => f.state === 'open')).toHaveLength(open);
  expect(latest.every((f) => f.firstSeen === firstSeen && f.lastSeen === lastSeen && f.resolvedAt === null)).toBe(true);

  // A new scan works, and moves the lifecycle.
  const scan = await store.beginScan('after-crash', scopeOf([ACCOUNT_A], ['us-east-1', 'eu-west-1', 'ap-south-1']));
  const assets = Array.from({ length: CRASH_FIRST_SCAN_ASSETS }, (_, i) => estateAsset(i, ACCOUNT_A));
  await store.putAssets(scan.id, assets);
  await store.putResults(scan.id, assets.flatMap((a, i) => estateResults(a, i, 1)));
  const done = await store.finishScan(scan.id, 'complete');
  expect(done.status).toBe('complete');
  const diff = await store.diff(runs[runs.length - 1]!.scan1, scan.id);
  expect(diff.new.length).toBeGreaterThan(0);
  expect(diff.resolved.length).toBeGreaterThan(0);
  const after = await store.findings({});
  expect(after).toHaveLength(expected.length);
  expect(after.every((f) => f.lastSeen === done.startedAt && f.firstSeen === firstSeen)).toBe(true);
  const isOpen = (s: string) => s === 'fail' || s === 'unknown';
  const next = assets.flatMap((a, i) => estateResults(a, i, 1));
  const transitions = expected.filter((r, k) => isOpen(r.verdict.status) && !isOpen(next[k]?.verdict.status ?? 'fail')).length;
  expect(transitions).toBeGreaterThan(0);
  expect(after.filter((f) => f.state === 'resolved' && f.resolvedAt === done.finishedAt)).toHaveLength(transitions);
  expect(store.check()).toEqual([]);
  expect((await store.verifyEvidence()).ok).toBe(true);
});
