import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Asset } from '../../core/asset.js';
import { findingId, type Finding } from '../../core/finding.js';
import { openStore } from '../open.js';
import type { EvaluationResult } from '../store.js';
import { canonicalJson, scanIdGenerator } from './canonical.js';
import { ACCOUNT_A, ACCOUNT_B, bucket, coverage, result, rule, scopeOf, user } from './fixtures/data.js';
import { MIGRATIONS, SCHEMA_VERSION, migrate } from './schema.js';
import { goneReason, type SqliteStore } from './sqlite-store.js';

let dir: string;
let stores: SqliteStore[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parapet-store-'));
  stores = [];
});

afterEach(async () => {
  vi.useRealTimers();
  for (const s of stores) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name = 'parapet.db', opts = {}): Promise<SqliteStore> {
  const s = await openStore(join(dir, name), opts);
  stores.push(s);
  return s;
}

function at(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

/** Runs one complete scan at time `when`. */
async function scan(store: SqliteStore, when: string, scope: ReturnType<typeof scopeOf>, assets: Asset[], results: EvaluationResult[], status: 'complete' | 'failed' = 'complete') {
  at(when);
  const s = await store.beginScan('test', scope);
  await store.putAssets(s.id, assets);
  await store.putResults(s.id, results);
  return store.finishScan(s.id, status);
}

const byKey = (fs: Finding[]) => new Map(fs.map((f) => [`${f.ruleId} ${f.asset.name}`, f]));
const keys = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.asset.name}`);

const R1 = rule('aws.s3.r1', 'high');
const R2 = rule('aws.s3.r2', 'low');
const T1 = '2026-01-01T00:00:00.000Z';
const T2 = '2026-01-02T00:00:00.000Z';
const T3 = '2026-01-03T00:00:00.000Z';
const T4 = '2026-01-04T00:00:00.000Z';

describe('finding lifecycle', () => {
  it('tracks new, still failing, resolved by pass, resolved by absence, re-opened, per account scope', async () => {
    const store = await open();
    const a1 = bucket('a1');
    const a2 = bucket('a2');
    const a3 = bucket('a3');
    const b1 = bucket('b1', { account: ACCOUNT_B });

    // Scan 1 covers A and B.
    const s1 = await scan(store, T1, scopeOf([ACCOUNT_A, ACCOUNT_B]), [a1, a2, a3, b1], [
      result(R1, a1, 'fail'),
      result(R1, a2, 'fail'),
      result(R1, a3, 'fail'),
      result(R1, b1, 'fail'),
      result(R2, a1, 'unknown'),
      result(R2, a2, 'pass'),
    ]);
    expect(s1.status).toBe('complete');
    expect(s1.counts).toEqual({ assets: 4, pass: 1, fail: 4, unknown: 1, not_applicable: 0, suppressed: 0 });
    let f = byKey(await store.findings({}));
    expect(f.get('aws.s3.r1 a1')).toMatchObject({ state: 'open', status: 'fail', firstSeen: T1, lastSeen: T1, resolvedAt: null });
    expect(f.get('aws.s3.r2 a1')).toMatchObject({ state: 'open', status: 'unknown' });
    // A check that never failed is not open and was never resolved.
    expect(f.get('aws.s3.r2 a2')).toMatchObject({ state: 'resolved', status: 'pass', resolvedAt: null });
    expect(f.get('aws.s3.r1 a1')?.id).toBe(findingId(R1.id, a1.id));

    // Scan 2 covers only A: a1 still fails, a2 passes, a3 is gone; b1 (account B) is untouched.
    const s2 = await scan(store, T2, scopeOf([ACCOUNT_A]), [a1, a2], [
      result(R1, a1, 'fail', 'still failing'),
      result(R1, a2, 'pass'),
      result(R2, a1, 'fail'),
      result(R2, a2, 'pass'),
    ]);
    f = byKey(await store.findings({}));
    expect(f.get('aws.s3.r1 a1')).toMatchObject({ state: 'open', reason: 'still failing', firstSeen: T1, lastSeen: T2, resolvedAt: null });
    const r1a2 = f.get('aws.s3.r1 a2');
    expect(r1a2).toMatchObject({ state: 'resolved', status: 'pass', firstSeen: T1, lastSeen: T2 });
    expect(r1a2?.resolvedAt).toBeTruthy();
    expect(f.get('aws.s3.r1 a3')).toMatchObject({ state: 'resolved', status: 'not_applicable', reason: goneReason(s2.id), lastSeen: T1, evidence: [] });
    expect(f.get('aws.s3.r1 a3')?.resolvedAt).toBeTruthy();
    expect(f.get('aws.s3.r1 b1')).toMatchObject({ state: 'open', status: 'fail', lastSeen: T1, resolvedAt: null });
    expect(f.get('aws.s3.r2 a1')).toMatchObject({ state: 'open', status: 'fail' });

    // Scan 3 covers A and B: a2 fails again (re-opens), b1 passes, a1 is seen but R1 is not run on it.
    at(T3);
    const s3 = await store.beginScan('test', scopeOf([ACCOUNT_A]));
    await store.addScope(s3.id, scopeOf([ACCOUNT_B]));
    await store.putAssets(s3.id, [a1, a2, b1]);
    await store.putResults(s3.id, [result(R1, a2, 'fail', 'broken again'), result(R1, b1, 'pass'), result(R2, a1, 'fail')]);
    at(T4);
    await store.finishScan(s3.id, 'complete');
    f = byKey(await store.findings({}));
    expect(f.get('aws.s3.r1 a2')).toMatchObject({ state: 'open', status: 'fail', reason: 'broken again', firstSeen: T1, lastSeen: T3, resolvedAt: null });
    expect(f.get('aws.s3.r1 b1')).toMatchObject({ state: 'resolved', status: 'pass', resolvedAt: T4, firstSeen: T1, lastSeen: T3 });
    // Asset seen, rule not run: nothing learnt, the finding stays as it was.
    expect(f.get('aws.s3.r1 a1')).toMatchObject({ state: 'open', status: 'fail', lastSeen: T2 });
    // Resolved by absence stays resolved.
    expect(f.get('aws.s3.r1 a3')).toMatchObject({ state: 'resolved' });

    // The per-scan view: that scan's verdicts with the current lifecycle.
    const inS2 = byKey(await store.findings({ scanId: s2.id }));
    expect([...inS2.keys()].sort()).toEqual(['aws.s3.r1 a1', 'aws.s3.r1 a2', 'aws.s3.r2 a1', 'aws.s3.r2 a2']);
    expect(inS2.get('aws.s3.r1 a2')).toMatchObject({ status: 'pass', state: 'open', reason: 'pass on a2' });
  });

  it('does not resolve findings of a type whose listing failed where the asset lives', async () => {
    const store = await open();
    const a1 = bucket('a1');
    const u1 = user('alice');
    const r = rule('aws.iam.r', 'medium');
    await scan(store, T1, scopeOf([ACCOUNT_A]), [a1, u1], [result(R1, a1, 'fail'), result(r, u1, 'fail')]);
    at(T2);
    const s2 = await store.beginScan('test', scopeOf([ACCOUNT_A]));
    // Buckets could not be listed (global collector), users were listed fine: only alice's absence counts.
    await store.putCoverage(s2.id, [
      coverage(ACCOUNT_A, 'global', 'aws.s3.buckets', ['AWS::S3::Bucket'], false),
      coverage(ACCOUNT_A, 'global', 'aws.iam.users', ['AWS::IAM::User'], true),
    ]);
    await store.finishScan(s2.id, 'complete');
    const f = byKey(await store.findings({}));
    expect(f.get('aws.s3.r1 a1')).toMatchObject({ state: 'open', status: 'fail' });
    expect(f.get('aws.iam.r alice')).toMatchObject({ state: 'resolved', status: 'not_applicable' });
  });

  it('does not resolve by absence outside the regions in scope', async () => {
    const store = await open();
    const east = bucket('east');
    const west = bucket('west', { region: 'eu-west-1' });
    await scan(store, T1, scopeOf([ACCOUNT_A], ['us-east-1', 'eu-west-1']), [east, west], [result(R1, east, 'fail'), result(R1, west, 'fail')]);
    await scan(store, T2, scopeOf([ACCOUNT_A], ['us-east-1']), [], []);
    const f = byKey(await store.findings({}));
    expect(f.get('aws.s3.r1 east')?.state).toBe('resolved');
    expect(f.get('aws.s3.r1 west')?.state).toBe('open');
    // '*' covers every region of the account.
    await scan(store, T3, [{ provider: 'aws', account: ACCOUNT_A, region: '*' }], [], []);
    expect(byKey(await store.findings({})).get('aws.s3.r1 west')?.state).toBe('resolved');
  });

  it('a failed scan leaves lifecycle untouched and cannot be completed afterwards', async () => {
    const store = await open();
    const a1 = bucket('a1');
    const a2 = bucket('a2');
    await scan(store, T1, scopeOf([ACCOUNT_A]), [a1, a2], [result(R1, a1, 'fail'), result(R1, a2, 'pass')]);
    const before = await store.findings({});
    const failed = await scan(store, T2, scopeOf([ACCOUNT_A]), [a2], [result(R1, a2, 'fail')], 'failed');
    expect(failed.status).toBe('failed');
    expect(failed.finishedAt).toBe(T2);
    expect(failed.counts).toMatchObject({ assets: 1, fail: 1 });
    expect(await store.findings({})).toEqual(before);
    // Its verdicts are kept and readable.
    expect(keys(await store.findings({ scanId: failed.id }))).toEqual(['aws.s3.r1 a2']);
    await expect(store.finishScan(failed.id, 'complete')).rejects.toThrow(/failed/);
    await expect(store.putAssets(failed.id, [a1])).rejects.toThrow(/no more writes/);
    // finishing twice the same way is harmless
    expect((await store.finishScan(failed.id, 'failed')).status).toBe('failed');
  });

  it('completing a scan twice is idempotent; failing a complete scan is refused', async () => {
    const store = await open();
    const s = await scan(store, T1, scopeOf([ACCOUNT_A]), [bucket('a')], [result(R1, bucket('a'), 'fail')]);
    expect(await store.finishScan(s.id, 'complete')).toEqual(s);
    await expect(store.finishScan(s.id, 'failed')).rejects.toThrow(/already complete/);
    await expect(store.putResults(s.id, [result(R1, bucket('a'), 'pass')])).rejects.toThrow(/no more writes/);
  });
});

describe('diff', () => {
  it('lists new, resolved (pass, not applicable, gone in scope) and still failing', async () => {
    const store = await open();
    const [a, b, c, d, e, g] = [bucket('a'), bucket('b'), bucket('c'), bucket('d'), bucket('e'), bucket('g')] as const;
    const other = bucket('other', { account: ACCOUNT_B });
    const s1 = await scan(store, T1, scopeOf([ACCOUNT_A, ACCOUNT_B]), [a, b, c, d, e, other], [
      result(R1, a, 'fail'),
      result(R1, b, 'fail'),
      result(R1, c, 'fail'),
      result(R1, d, 'fail'),
      result(R1, e, 'fail'),
      result(R1, other, 'fail'),
    ]);
    const s2 = await scan(store, T2, scopeOf([ACCOUNT_A]), [a, b, c, d, g], [
      result(R1, a, 'fail'), // still failing
      result(R1, b, 'pass'), // resolved
      result(R1, c, 'not_applicable'), // resolved
      result(R1, d, 'unknown'), // neither
      result(R2, a, 'fail'), // new
      result(R1, g, 'fail'), // new
      // e: gone (resolved); other: account B not in s2's scope (neither)
    ]);
    const d12 = await store.diff(s1.id, s2.id);
    expect(d12.from?.id).toBe(s1.id);
    expect(d12.to.id).toBe(s2.id);
    expect(keys(d12.new)).toEqual(['aws.s3.r1 g', 'aws.s3.r2 a']); // high before low
    expect(keys(d12.stillFailing)).toEqual(['aws.s3.r1 a']);
    expect(keys(d12.resolved)).toEqual(['aws.s3.r1 b', 'aws.s3.r1 c', 'aws.s3.r1 e']);
    const gone = d12.resolved.find((f) => f.asset.name === 'e');
    expect(gone).toMatchObject({ status: 'not_applicable', reason: goneReason(s2.id) });

    const d0 = await store.diff(null, s1.id);
    expect(d0.from).toBeNull();
    expect(d0.new).toHaveLength(6);
    expect(d0.resolved).toEqual([]);
    expect(d0.stillFailing).toEqual([]);
    await expect(store.diff('nope', s1.id)).rejects.toThrow(/unknown scan/);
  });
});

describe('findings queries', () => {
  /** Two scans of three buckets over two accounts and regions, with every status and a critical rule. */
  async function twoScans(store: SqliteStore) {
    const a = bucket('a');
    const b = bucket('b', { region: 'eu-west-1' });
    const c = bucket('c', { account: ACCOUNT_B });
    const crit = rule('aws.s3.z-critical', 'critical');
    const scope = scopeOf([ACCOUNT_A, ACCOUNT_B], ['us-east-1', 'eu-west-1']);
    const s1 = await scan(store, T1, scope, [a, b, c], [result(R2, a, 'fail'), result(R1, b, 'fail'), result(R1, a, 'pass'), result(crit, c, 'unknown')]);
    const s2 = await scan(store, T2, scope, [a, b, c], [
      result(R2, a, 'fail'),
      result(R1, b, 'fail'),
      result(R1, a, 'fail'),
      result(crit, c, 'fail'),
      result(R2, b, 'pass'),
    ]);
    return { s1, s2 };
  }

  it('filters by status, severity, rule, account, region, state and newOnly, sorted by severity, rule, asset', async () => {
    const store = await open();
    const { s1, s2 } = await twoScans(store);

    const all = await store.findings({});
    expect(keys(all)).toEqual(['aws.s3.z-critical c', 'aws.s3.r1 a', 'aws.s3.r1 b', 'aws.s3.r2 a', 'aws.s3.r2 b']);
    expect(keys(await store.findings({ status: ['pass'] }))).toEqual(['aws.s3.r2 b']);
    expect(keys(await store.findings({ severity: ['low'] }))).toEqual(['aws.s3.r2 a', 'aws.s3.r2 b']);
    expect(keys(await store.findings({ ruleId: [R1.id] }))).toEqual(['aws.s3.r1 a', 'aws.s3.r1 b']);
    expect(keys(await store.findings({ account: [ACCOUNT_B] }))).toEqual(['aws.s3.z-critical c']);
    expect(keys(await store.findings({ region: ['eu-west-1'] }))).toEqual(['aws.s3.r1 b', 'aws.s3.r2 b']);
    expect(keys(await store.findings({ state: ['resolved'] }))).toEqual(['aws.s3.r2 b']);
    expect(keys(await store.findings({ state: ['open'], severity: ['high', 'critical'], account: [ACCOUNT_A] }))).toEqual(['aws.s3.r1 a', 'aws.s3.r1 b']);

    // Scan 1's verdicts, with their own status and reason.
    const inS1 = await store.findings({ scanId: s1.id });
    expect(keys(inS1)).toEqual(['aws.s3.z-critical c', 'aws.s3.r1 a', 'aws.s3.r1 b', 'aws.s3.r2 a']);
    expect(byKey(inS1).get('aws.s3.r1 a')).toMatchObject({ status: 'pass', reason: 'pass on a', state: 'open' });
    expect(keys(await store.findings({ scanId: s1.id, status: ['fail'] }))).toEqual(['aws.s3.r1 b', 'aws.s3.r2 a']);

    // New in scan 2: failing now, not failing in scan 1 (unknown -> fail counts as new).
    expect(keys(await store.findings({ scanId: s2.id, newOnly: true }))).toEqual(['aws.s3.z-critical c', 'aws.s3.r1 a']);
    expect(keys(await store.findings({ newOnly: true }))).toEqual(['aws.s3.z-critical c', 'aws.s3.r1 a']);
    expect(keys(await store.findings({ scanId: s2.id, newOnly: true, severity: ['high'] }))).toEqual(['aws.s3.r1 a']);
    // Everything failing is new in the first scan.
    expect(keys(await store.findings({ scanId: s1.id, newOnly: true }))).toEqual(['aws.s3.r1 b', 'aws.s3.r2 a']);
  });

  it('streamFindings gives what findings gives, query for query, in order (file and in-memory stores)', async () => {
    const collect = async (it: AsyncIterable<Finding>) => {
      const out: Finding[] = [];
      for await (const f of it) out.push(f);
      return out;
    };
    const memory = await openStore(':memory:');
    stores.push(memory);
    for (const store of [await open(), memory]) {
      const { s1, s2 } = await twoScans(store);
      const queries = [{}, { scanId: s1.id }, { scanId: s2.id, status: ['fail' as const] }, { scanId: s2.id, newOnly: true }, { newOnly: true }, { state: ['resolved' as const] }, { account: [ACCOUNT_B], severity: ['critical' as const] }];
      for (const q of queries) {
        const listed = await store.findings(q);
        expect(listed.length, JSON.stringify(q)).toBeGreaterThan(0);
        expect(await collect(store.streamFindings(q)), JSON.stringify(q)).toEqual(listed);
      }
      expect(await collect(store.streamFindings({ scanId: s1.id, ruleId: ['aws.s3.none'] }))).toEqual([]);
    }
  });

  it('a finding stream reads one snapshot while the store writes, and lets go of it when left early', async () => {
    // A checkpoint blocked by the reader waits this long before it says so.
    const store = await open('parapet.db', { busyTimeoutMs: 50 });
    const a = bucket('a');
    const b = bucket('b');
    const s1 = await scan(store, T1, scopeOf([ACCOUNT_A]), [a, b], [result(R1, a, 'fail'), result(R1, b, 'fail'), result(R2, a, 'fail')]);
    const before = await store.findings({});
    // Files of this database open in this process (Linux; elsewhere 0): the reader's connection adds its own.
    const procFds = existsSync('/proc/self/fd');
    const openFiles = () => (procFds ? readdirSync('/proc/self/fd') : []).filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(join(dir, 'parapet.db'));
      } catch {
        return false;
      }
    }).length;
    const filesBefore = openFiles();
    const stream = store.streamFindings({})[Symbol.asyncIterator]();
    const first = await stream.next();
    expect(first.value).toEqual(before[0]);
    // A later scan resolves everything; the open stream still reads the state it began with.
    await scan(store, T2, scopeOf([ACCOUNT_A]), [a, b], [result(R1, a, 'pass'), result(R1, b, 'pass'), result(R2, a, 'pass')]);
    expect((await store.findings({})).every((f) => f.state === 'resolved')).toBe(true);
    const second = await stream.next();
    expect(second.value).toEqual(before[1]);
    const filesDuring = openFiles();
    if (procFds) expect(filesDuring).toBeGreaterThan(filesBefore);
    // While the reader holds its snapshot the WAL cannot be truncated; once the stream is left, it can.
    const checkpoint = () => (store.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>)[0]!.busy;
    expect(checkpoint()).toBe(1);
    await stream.return?.();
    expect(checkpoint()).toBe(0);
    // Each stream closes its connection (SQLite keeps a closed file's descriptor for the next connection to
    // the same file while this process holds locks on it, so the count stays, but it does not grow).
    for (let i = 0; i < 5; i++) {
      const more = store.streamFindings({})[Symbol.asyncIterator]();
      await more.next();
      await more.return?.();
    }
    expect(openFiles()).toBeLessThanOrEqual(filesDuring);
    expect((await store.findings({ scanId: s1.id })).length).toBe(3);
  });

  it('newOnly compares each account with the previous complete scan that covered it', async () => {
    const store = await open();
    const a = bucket('a');
    const b = bucket('b', { account: ACCOUNT_B });
    await scan(store, T1, scopeOf([ACCOUNT_A, ACCOUNT_B]), [a, b], [result(R1, a, 'fail'), result(R1, b, 'fail')]);
    await scan(store, T2, scopeOf([ACCOUNT_A]), [a], [result(R1, a, 'fail')]);
    // A failed scan is no "previous scan".
    await scan(store, T3, scopeOf([ACCOUNT_B]), [b], [result(R1, b, 'pass')], 'failed');
    const s4 = await scan(store, T4, scopeOf([ACCOUNT_A, ACCOUNT_B]), [a, b], [result(R1, a, 'fail'), result(R1, b, 'fail')]);
    expect(await store.findings({ scanId: s4.id, newOnly: true })).toEqual([]);
  });
});

describe('assets', () => {
  it('keeps one version per distinct configuration', async () => {
    const store = await open();
    const v1 = bucket('a', { config: { versioning: { Status: 'Enabled' }, acl: { Grants: [], Owner: 'me' } } });
    const s1 = await scan(store, T1, scopeOf([ACCOUNT_A]), [v1], []);
    // Same content, other key order and observation time: same version.
    const same = bucket('a', { config: { acl: { Owner: 'me', Grants: [] }, versioning: { Status: 'Enabled' } }, observedAt: T2 });
    const s2 = await scan(store, T2, scopeOf([ACCOUNT_A]), [same], []);
    const count = () => (store.db.prepare('SELECT count(*) AS n FROM asset_versions').get() as { n: number }).n;
    expect(count()).toBe(1);
    const changed = bucket('a', { config: { versioning: { Status: 'Suspended' }, acl: { Grants: [], Owner: 'me' } } });
    const s3 = await scan(store, T3, scopeOf([ACCOUNT_A]), [changed], []);
    expect(count()).toBe(2);
    const links = store.db.prepare('SELECT count(DISTINCT version) AS n FROM scan_assets').get() as { n: number };
    expect(links.n).toBe(2);

    const read = async (id: string) => {
      const out: Asset[] = [];
      for await (const x of store.assets(id)) out.push(x);
      return out;
    };
    expect(await read(s1.id)).toEqual([v1]);
    expect(await read(s2.id)).toEqual([same]);
    expect((await read(s2.id))[0]?.observedAt).toBe(T2);
    expect(await read(s3.id)).toEqual([changed]);
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: undefined }] })).toBe('{"a":[{"d":1}],"b":1}');
  });

  it('streams a scan in id order, page by page, with filters', async () => {
    const store = await open('paged.db', { pageSize: 7 });
    at(T1);
    const s = await store.beginScan('test', scopeOf([ACCOUNT_A, ACCOUNT_B], ['us-east-1', 'eu-west-1']));
    const assets: Asset[] = [];
    for (let i = 0; i < 60; i++) {
      const acct = i % 3 === 0 ? ACCOUNT_B : ACCOUNT_A;
      assets.push(i % 4 === 0 ? user(`u${String(i).padStart(3, '0')}`, acct) : bucket(`b${String(i).padStart(3, '0')}`, { account: acct, region: i % 2 ? 'eu-west-1' : 'us-east-1' }));
    }
    await store.putAssets(s.id, assets.slice(0, 30));
    await store.putAssets(s.id, assets.slice(30));
    const ids = async (filter?: Parameters<SqliteStore['assets']>[1]) => {
      const out: string[] = [];
      for await (const a of store.assets(s.id, filter)) out.push(a.id);
      return out;
    };
    const sorted = (xs: Asset[]) => xs.map((a) => a.id).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(await ids()).toEqual(sorted(assets));
    expect(await ids({ account: ACCOUNT_B })).toEqual(sorted(assets.filter((a) => a.account === ACCOUNT_B)));
    expect(await ids({ type: ['AWS::IAM::User'], account: ACCOUNT_A })).toEqual(sorted(assets.filter((a) => a.type === 'AWS::IAM::User' && a.account === ACCOUNT_A)));
    expect(await ids({ type: ['AWS::IAM::User', 'AWS::S3::Bucket'] })).toHaveLength(60);
    expect(await ids({ region: 'eu-west-1' })).toEqual(sorted(assets.filter((a) => a.region === 'eu-west-1')));
    expect(await ids({ type: [] })).toEqual([]);
    expect((await store.getScan(s.id))?.counts.assets).toBe(60);

    // Pages are read lazily: a consumer that stops early reads one page.
    const spy = vi.spyOn(store.db, 'prepare');
    const it = store.assets(s.id)[Symbol.asyncIterator]();
    await it.next();
    await it.return?.();
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('coverage and errors', () => {
  it('reports listing errors for a type in an account and region', async () => {
    const store = await open();
    at(T1);
    const s = await store.beginScan('test', scopeOf([ACCOUNT_A, ACCOUNT_B], ['us-east-1', 'eu-west-1']));
    const TRAIL = 'AWS::CloudTrail::Trail';
    const BUCKET = 'AWS::S3::Bucket';
    const GROUP = 'AWS::EC2::SecurityGroup';
    const USER = 'AWS::IAM::User';
    await store.putCoverage(s.id, [
      // global collector, entry in region 'global'
      coverage(ACCOUNT_A, 'global', 'aws.s3.buckets', [BUCKET], false),
      // global collector whose entry carries the home region
      coverage(ACCOUNT_A, 'us-east-1', 'aws.iam.users', [USER], false),
      // regional collector: fine in us-east-1, failed in eu-west-1
      coverage(ACCOUNT_A, 'us-east-1', 'aws.ec2.security-groups', [GROUP], true),
      coverage(ACCOUNT_A, 'eu-west-1', 'aws.ec2.security-groups', [GROUP], false),
      coverage(ACCOUNT_A, 'us-east-1', 'aws.cloudtrail.trails', [TRAIL], true),
      coverage(ACCOUNT_B, 'global', 'aws.s3.buckets', [BUCKET], true),
    ]);
    const codes = async (type: string, scope: { account: string; region?: string }) => (await store.coverageErrors(s.id, type, scope)).map((e) => e.message);
    expect(await codes(BUCKET, { account: ACCOUNT_A, region: 'eu-west-1' })).toEqual(['denied aws.s3.buckets global']);
    expect(await codes(BUCKET, { account: ACCOUNT_A })).toEqual(['denied aws.s3.buckets global']);
    expect(await codes(BUCKET, { account: ACCOUNT_B, region: 'eu-west-1' })).toEqual([]);
    expect(await codes(USER, { account: ACCOUNT_A, region: 'eu-west-1' })).toEqual(['denied aws.iam.users us-east-1']);
    expect(await codes(USER, { account: ACCOUNT_A, region: 'global' })).toEqual(['denied aws.iam.users us-east-1']);
    expect(await codes(GROUP, { account: ACCOUNT_A, region: 'us-east-1' })).toEqual([]);
    expect(await codes(GROUP, { account: ACCOUNT_A, region: 'eu-west-1' })).toEqual(['denied aws.ec2.security-groups eu-west-1']);
    expect(await codes(GROUP, { account: ACCOUNT_A })).toEqual(['denied aws.ec2.security-groups eu-west-1']);
    expect(await codes(TRAIL, { account: ACCOUNT_A })).toEqual([]);
    // A later entry for the same collector run replaces the earlier one.
    await store.putCoverage(s.id, [coverage(ACCOUNT_A, 'eu-west-1', 'aws.ec2.security-groups', [GROUP], true)]);
    expect(await codes(GROUP, { account: ACCOUNT_A })).toEqual([]);
    // ok=false without an error still reports something.
    await store.putCoverage(s.id, [{ provider: 'aws', account: ACCOUNT_B, region: 'us-east-1', collector: 'aws.cloudtrail.trails', types: [TRAIL], ok: false }]);
    expect(await store.coverageErrors(s.id, TRAIL, { account: ACCOUNT_B, region: 'us-east-1' })).toEqual([
      expect.objectContaining({ code: 'ListingIncomplete', service: 'cloudtrail', account: ACCOUNT_B }),
    ]);

    const errs = [
      { provider: 'aws' as const, account: ACCOUNT_A, region: 'us-east-1', service: 's3', operation: 'GetBucketPolicy', code: 'AccessDenied', message: 'no', resource: 'b' },
      { provider: 'aws' as const, account: ACCOUNT_A, region: 'us-east-1', service: 'iam', operation: 'ListUsers', code: 'Throttling', message: 'slow' },
    ];
    await store.putErrors(s.id, errs);
    expect(await store.errors(s.id)).toEqual(errs);
  });
});

describe('scans and durability', () => {
  it('lists scans newest first with sortable unique ids', async () => {
    const store = await open();
    const made = [];
    for (let i = 0; i < 5; i++) made.push((await store.beginScan(`t${i}`, [])).id);
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(5);
    expect((await store.listScans()).map((s) => s.id)).toEqual([...made].reverse());
    expect((await store.listScans(2)).map((s) => s.id)).toEqual(made.slice(3).reverse());
    expect(await store.getScan('missing')).toBeNull();
    // Strictly increasing, even within one millisecond.
    const next = scanIdGenerator();
    const a = next(new Date('2099-01-01T00:00:00.000Z'));
    const b = next(new Date('2099-01-01T00:00:00.000Z'));
    expect(a).toMatch(/^20990101T000000000Z-[0-9a-f]{8}$/);
    expect(b).toMatch(/^20990101T000000001Z-[0-9a-f]{8}$/);
  });

  it('marks a scan left running as failed on reopen, keeps history, and the next scan works', async () => {
    const path = join(dir, 'reopen.db');
    const first = await openStore(path);
    const a = bucket('a');
    await scan(first, T1, scopeOf([ACCOUNT_A]), [a], [result(R1, a, 'fail')]);
    at(T2);
    const abandoned = await first.beginScan('test', scopeOf([ACCOUNT_A]));
    await first.putAssets(abandoned.id, []);
    await first.putResults(abandoned.id, [result(R1, a, 'pass')]);
    await first.close();

    const second = await open('reopen.db');
    const got = await second.getScan(abandoned.id);
    expect(got).toMatchObject({ status: 'failed', counts: { pass: 1 } });
    expect(got?.finishedAt).toBeTruthy();
    expect(byKey(await second.findings({})).get('aws.s3.r1 a')).toMatchObject({ state: 'open', lastSeen: T1 });
    const next = await scan(second, T3, scopeOf([ACCOUNT_A]), [a], [result(R1, a, 'pass')]);
    expect(next.status).toBe('complete');
    expect(byKey(await second.findings({})).get('aws.s3.r1 a')).toMatchObject({ state: 'resolved', lastSeen: T3 });
  });

  it('a scan marked interrupted by another opener while its writer is alive is revived by that writer', async () => {
    const writer = await open('shared.db');
    const s = await writer.beginScan('test', scopeOf([ACCOUNT_A]));
    await open('shared.db'); // e.g. a report opening the store mid-scan, in this process
    expect((await writer.getScan(s.id))?.status).toBe('failed');
    const a = bucket('a');
    await writer.putAssets(s.id, [a]);
    expect((await writer.getScan(s.id))?.status).toBe('running');
    await writer.putResults(s.id, [result(R1, a, 'fail')]);
    expect((await writer.finishScan(s.id, 'complete')).status).toBe('complete');
    // Another instance may not write into or complete a scan it did not begin once it has failed.
    const s2 = await writer.beginScan('test', []);
    const other = await open('shared.db');
    await expect(other.putAssets(s2.id, [a])).rejects.toThrow(/interrupted/);
    await expect(other.finishScan(s2.id, 'complete')).rejects.toThrow(/cannot complete/);
  });

  it('leaves running a scan owned by another live process on this host', async () => {
    const store = await open('live.db');
    const s = await store.beginScan('test', []);
    // Pretend the parent process (alive) began it.
    store.db.prepare('UPDATE scans SET owner_pid = ? WHERE id = ?').run(process.ppid, s.id);
    await open('live.db');
    expect((await store.getScan(s.id))?.status).toBe('running');
    store.db.prepare('UPDATE scans SET owner_pid = ? WHERE id = ?').run(2 ** 22 + 12345, s.id); // no such process
    await open('live.db');
    expect((await store.getScan(s.id))?.status).toBe('failed');
  });

  it('upgrades a version 1 file to the latest version, keeping its scans and findings', async () => {
    const store1 = await open('v1.db');
    const scan = await store1.beginScan('aws', scopeOf([ACCOUNT_A]));
    const b = bucket('keep-me');
    await store1.putAssets(scan.id, [b]);
    await store1.putResults(scan.id, [result(rule('r1'), b, 'fail')]);
    await store1.finishScan(scan.id, 'complete');
    await store1.close();
    stores = stores.filter((s) => s !== store1);
    // Make it a version 1 file: drop what migration 2 added.
    const raw = new Database(join(dir, 'v1.db'));
    raw.exec('DROP TABLE evidence; DROP TABLE evidence_anchors; DROP TABLE scan_scores; DROP TABLE scan_controls; DELETE FROM schema_version WHERE version >= 2');
    raw.exec('ALTER TABLE results DROP COLUMN suppression; ALTER TABLE scan_rules DROP COLUMN providers; ALTER TABLE scan_rules DROP COLUMN guidance; ALTER TABLE scans DROP COLUMN suppressed');
    expect(migrate(raw, MIGRATIONS.slice(0, 1))).toBe(1);
    raw.close();
    const store = await open('v1.db');
    expect(store.db.prepare('SELECT max(version) AS v FROM schema_version').get()).toEqual({ v: SCHEMA_VERSION });
    expect((await store.findings({})).map((f) => [f.asset.name, f.status])).toEqual([['keep-me', 'fail']]);
    expect(await store.verifyEvidence()).toMatchObject({ ok: true, records: 0 });
    expect(store.check()).toEqual([]);
  });

  it('records the schema version, sets the pragmas and refuses a newer schema', async () => {
    const store = await open('schema.db');
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(Number(store.db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    expect(store.db.prepare('SELECT max(version) AS v FROM schema_version').get()).toEqual({ v: SCHEMA_VERSION });
    expect(store.check()).toEqual([]);
    await store.close();
    stores = stores.filter((s) => s !== store);
    const raw = new Database(join(dir, 'schema.db'));
    raw.prepare(`INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 'x')`).run();
    raw.close();
    await expect(openStore(join(dir, 'schema.db'))).rejects.toThrow(/newer/);
    // Reopening an up-to-date store is a no-op migration.
    const again = await open('again.db');
    await again.close();
    await open('again.db');
  });
});
