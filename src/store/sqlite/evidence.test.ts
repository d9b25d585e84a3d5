import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '../store.js';
import { canonicalJson } from './canonical.js';
import { evidenceBody, GENESIS, type EvidenceBody } from './evidence.js';
import { bucket, result, rule, scopeOf, ACCOUNT_A, user } from './fixtures/data.js';
import { SqliteStore } from './sqlite-store.js';

const s3 = rule('aws.s3.bucket-versioning', 'high');
const iam = rule('aws.iam.user-mfa', 'critical');
const [alpha, beta, gamma] = [bucket('alpha'), bucket('beta'), bucket('gamma')];
const alice = user('alice');

let store: SqliteStore;
beforeEach(() => {
  store = SqliteStore.open(':memory:');
});
afterEach(async () => {
  await store.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function all(query: Parameters<SqliteStore['evidence']>[0] = {}): Promise<EvidenceRecord[]> {
  const out: EvidenceRecord[] = [];
  for await (const r of store.evidence(query)) out.push(r);
  return out;
}

/** Two complete scans: 3 records, then 2 in two batches (5 in all). */
async function twoScans(): Promise<[string, string]> {
  const first = await store.beginScan('aws', scopeOf([ACCOUNT_A]));
  await store.putResults(first.id, [result(s3, alpha, 'pass'), result(s3, beta, 'fail'), result(iam, alice, 'unknown')]);
  await store.finishScan(first.id, 'complete');
  await sleep(3); // a later `at` for the second scan
  const second = await store.beginScan('aws', scopeOf([ACCOUNT_A]));
  await store.putResults(second.id, [{ ...result(s3, gamma, 'fail'), sources: ['aws:s3:GetBucketVersioning'] }]);
  await store.putResults(second.id, [result(iam, alice, 'pass')]);
  await store.finishScan(second.id, 'complete');
  return [first.id, second.id];
}

/** What an attacker with write access to the file does first. */
const dropTriggers = () => store.db.exec('DROP TRIGGER evidence_no_update; DROP TRIGGER evidence_no_delete');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('evidence body', () => {
  const base: EvidenceBody = {
    seq: 7, scanId: 'scan-1', at: '2026-11-29T08:15:02.123Z', ruleId: 'aws.s3.x', ruleVersion: 2, severity: 'high',
    assetId: 'arn:aws:s3:::b', provider: 'aws', account: ACCOUNT_A, region: 'us-east-1', assetType: 'AWS::S3::Bucket',
    status: 'fail', reason: 'Versioning is "Suspended"\n<b>', observed: [{ path: 'config.versioning.Status', observed: 'Suspended', expected: 'Enabled' }],
    sources: ['aws:s3:GetBucketVersioning'], compliance: [{ framework: 'aws-fsbp', control: 'S3.14' }],
  };
  const cases: Array<[string, EvidenceBody]> = [
    ['the usual record', base],
    ['nested observed values with unsorted keys', { ...base, observed: [{ path: 'p', observed: { z: 1, a: [{ y: 2, b: null }] }, expected: { ok: true } }] }],
    ['a fact with extra keys and integer-like keys', { ...base, observed: [{ path: 'p', observed: { 10: 'x', 9: 'y', b: 1 }, expected: 1, note: 'n' } as never] }],
    ['undefined, dates, bigints and non-finite numbers', { ...base, observed: [{ path: 'p', observed: undefined, expected: new Date(0) }, { path: 'q', observed: 10n, expected: Number.NaN }] }],
    ['empty lists and missing optional values', { ...base, observed: [], sources: [], compliance: [], ruleVersion: undefined as never }],
    ['unicode', { ...base, reason: 'Ünïcødé ✓ \u2028', assetId: 'arn:aws:s3:::bücket' }],
  ];
  it.each(cases)('is the canonical JSON of the record: %s', (_name, body) => {
    expect(evidenceBody(body)).toBe(canonicalJson(body));
  });
});

describe('evidence log', () => {
  it('chains records across scans: seq without gaps, each hash = sha256(prevHash + canonical body), anchored per scan', async () => {
    const [first, second] = await twoScans();
    const records = await all();
    expect(records.map((r) => [r.seq, r.scanId, r.ruleId, r.assetId, r.status])).toEqual([
      [1, first, s3.id, alpha.id, 'pass'],
      [2, first, s3.id, beta.id, 'fail'],
      [3, first, iam.id, alice.id, 'unknown'],
      [4, second, s3.id, gamma.id, 'fail'],
      [5, second, iam.id, alice.id, 'pass'],
    ]);
    expect(records[0]!.prevHash).toBe(GENESIS);
    for (const [i, r] of records.entries()) {
      const { prevHash, hash, ...body } = r;
      expect(hash).toBe(sha256(prevHash + canonicalJson(body)));
      if (i > 0) expect(prevHash).toBe(records[i - 1]!.hash);
    }
    expect(records[3]).toMatchObject({
      ruleVersion: 1, severity: 'high', provider: 'aws', account: ACCOUNT_A, region: 'us-east-1', assetType: 'AWS::S3::Bucket',
      reason: 'fail on gamma', observed: [{ path: 'config.versioning.Status', observed: 'fail', expected: 'pass' }],
      sources: ['aws:s3:GetBucketVersioning'], compliance: [{ framework: 'aws-fsbp', control: 'AWS.S3.BUCKET-VERSIONING' }],
    });
    expect(records[0]!.sources).toEqual([]);
    const anchors = store.db.prepare('SELECT last_seq, head FROM evidence_anchors ORDER BY scan').all();
    expect(anchors).toEqual([
      { last_seq: 3, head: records[2]!.hash },
      { last_seq: 5, head: records[4]!.hash },
    ]);
    expect(await store.verifyEvidence()).toEqual({ ok: true, records: 5, head: records[4]!.hash });
  });

  it('verifies an empty chain, and anchors a failed scan too', async () => {
    expect(await store.verifyEvidence()).toEqual({ ok: true, records: 0, head: null });
    const s = await store.beginScan('aws', scopeOf([ACCOUNT_A]));
    await store.putResults(s.id, [result(s3, alpha, 'pass')]);
    await store.finishScan(s.id, 'failed');
    expect(store.db.prepare('SELECT last_seq FROM evidence_anchors').all()).toEqual([{ last_seq: 1 }]);
    expect((await store.verifyEvidence()).ok).toBe(true);
  });

  it('anchors a scan marked interrupted when the store is next opened', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parapet-evidence-')), 'x.db');
    const writer = SqliteStore.open(path);
    const s = await writer.beginScan('aws', scopeOf([ACCOUNT_A]));
    await writer.putResults(s.id, [result(s3, alpha, 'pass'), result(s3, beta, 'fail')]);
    await writer.close(); // never finished, as if killed
    const next = SqliteStore.open(path);
    expect((await next.getScan(s.id))?.status).toBe('failed');
    expect(next.db.prepare('SELECT last_seq FROM evidence_anchors').all()).toEqual([{ last_seq: 2 }]);
    expect(await next.verifyEvidence()).toMatchObject({ ok: true, records: 2 });
    await next.close();
    rmSync(dirname(path), { recursive: true, force: true });
  });

  it('filters by scan, rule and time range (inclusive), in seq order', async () => {
    const [first, second] = await twoScans();
    const records = await all();
    const seqs = async (q: Parameters<SqliteStore['evidence']>[0]) => (await all(q)).map((r) => r.seq);
    expect(await seqs({ scanId: second })).toEqual([4, 5]);
    expect(await seqs({ scanId: first, ruleIds: [iam.id] })).toEqual([3]);
    expect(await seqs({ ruleIds: [] })).toEqual([]);
    expect(await seqs({ since: records[3]!.at })).toEqual([4, 5]);
    expect(await seqs({ until: records[2]!.at })).toEqual([1, 2, 3]);
    expect(await seqs({ since: records[0]!.at, until: records[0]!.at })).toEqual([1, 2, 3]);
    await expect(all({ scanId: 'nope' })).rejects.toThrow(/unknown scan nope/);
  });

  it('streams in pages without losing records', async () => {
    const small = SqliteStore.open(':memory:', { pageSize: 2 });
    const s = await small.beginScan('aws', scopeOf([ACCOUNT_A]));
    await small.putResults(s.id, Array.from({ length: 7 }, (_, i) => result(s3, bucket(`b${i}`), 'pass')));
    const seen: number[] = [];
    for await (const r of small.evidence({})) seen.push(r.seq);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await small.close();
  });

  it('refuses UPDATE and DELETE through its triggers', async () => {
    await twoScans();
    expect(() => store.db.exec(`UPDATE evidence SET status = 'pass' WHERE seq = 2`)).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM evidence WHERE seq = 5')).toThrow(/append-only/);
  });
});

describe('verifyEvidence names tampering', () => {
  beforeEach(async () => {
    await twoScans();
    dropTriggers();
  });

  it('an edited body: edited, at its seq, naming scan, rule and asset', async () => {
    store.db.exec(`UPDATE evidence SET body = replace(body, '"status":"fail"', '"status":"pass"') WHERE seq = 2`);
    const check = await store.verifyEvidence();
    expect(check).toMatchObject({ ok: false, records: 5, problem: { seq: 2, kind: 'edited' } });
    expect(check.problem!.message).toContain(`seq 2 (scan `);
    expect(check.problem!.message).toContain(`rule ${s3.id}, asset ${beta.id}`);
  });

  it('an edited column that the body disagrees with: edited, naming the column', async () => {
    store.db.exec(`UPDATE evidence SET status = 'pass' WHERE seq = 4`);
    const check = await store.verifyEvidence();
    expect(check.problem).toMatchObject({ seq: 4, kind: 'edited' });
    expect(check.problem!.message).toMatch(/column status is 'pass', its hashed body says 'fail'/);
  });

  it('an edited record whose hash was recomputed breaks the next link: reordered at the next seq', async () => {
    const row = store.db.prepare('SELECT body, prev_hash FROM evidence WHERE seq = 2').get() as { body: string; prev_hash: string };
    const body = row.body.replace('"status":"fail"', '"status":"pass"');
    store.db.prepare(`UPDATE evidence SET body = ?, status = 'pass', hash = ? WHERE seq = 2`).run(body, sha256(row.prev_hash + body));
    const check = await store.verifyEvidence();
    expect(check.problem).toMatchObject({ seq: 3, kind: 'reordered' });
    expect(check.problem!.message).toMatch(/does not follow record seq 2/);
  });

  it('a deleted record: missing, naming the seq', async () => {
    store.db.exec('DELETE FROM evidence WHERE seq = 3');
    const check = await store.verifyEvidence();
    expect(check).toMatchObject({ ok: false, records: 4, problem: { seq: 3, kind: 'missing' } });
    expect(check.problem!.message).toMatch(/^record seq 3 is missing \(between seq 2 .* and seq 4 /);
  });

  it('deleted records at the start: missing from seq 1', async () => {
    store.db.exec('DELETE FROM evidence WHERE seq <= 2');
    expect((await store.verifyEvidence()).problem).toMatchObject({ seq: 1, kind: 'missing', message: expect.stringMatching(/seqs 1\.\.2 are missing/) });
  });

  it('two records swapped whole (body, links and hashes): reordered', async () => {
    store.db.exec(`
      CREATE TEMP TABLE s AS SELECT * FROM evidence WHERE seq IN (2, 4);
      UPDATE evidence SET scan = (SELECT scan FROM s WHERE seq = 6 - evidence.seq), at = (SELECT at FROM s WHERE seq = 6 - evidence.seq),
        rule_id = (SELECT rule_id FROM s WHERE seq = 6 - evidence.seq), asset_id = (SELECT asset_id FROM s WHERE seq = 6 - evidence.seq),
        status = (SELECT status FROM s WHERE seq = 6 - evidence.seq), body = (SELECT body FROM s WHERE seq = 6 - evidence.seq),
        prev_hash = (SELECT prev_hash FROM s WHERE seq = 6 - evidence.seq), hash = (SELECT hash FROM s WHERE seq = 6 - evidence.seq)
      WHERE seq IN (2, 4);`);
    const check = await store.verifyEvidence();
    expect(check.problem).toMatchObject({ seq: 2, kind: 'reordered' });
    expect(check.problem!.message).toMatch(/its hashed body is record seq 4/);
  });

  it('two bodies swapped (hashes left): edited', async () => {
    store.db.exec(`
      CREATE TEMP TABLE s AS SELECT seq, body FROM evidence WHERE seq IN (1, 2);
      UPDATE evidence SET body = (SELECT body FROM s WHERE seq = 3 - evidence.seq) WHERE seq IN (1, 2);`);
    expect((await store.verifyEvidence()).problem).toMatchObject({ seq: 1, kind: 'edited' });
  });

  it('the tail deleted: truncated, through the last scan anchor', async () => {
    const [, second] = (await store.listScans()).map((s) => s.id).reverse();
    store.db.exec('DELETE FROM evidence WHERE seq >= 4');
    const check = await store.verifyEvidence();
    expect(check).toMatchObject({ ok: false, records: 3, problem: { seq: 5, kind: 'truncated' } });
    expect(check.problem!.message).toContain(`the chain ends at seq 3, but the anchor of scan ${second}`);
    expect(check.problem!.message).toContain('records 4..5 were removed');
  });

  it('the tail deleted and new records appended over it: truncated, at the anchored seq', async () => {
    store.db.exec('DELETE FROM evidence WHERE seq >= 4');
    const third = await store.beginScan('aws', scopeOf([ACCOUNT_A]));
    await store.putResults(third.id, [result(s3, alpha, 'fail'), result(s3, beta, 'fail')]);
    await store.finishScan(third.id, 'complete');
    const check = await store.verifyEvidence();
    expect(check.problem).toMatchObject({ seq: 5, kind: 'truncated' });
    expect(check.problem!.message).toMatch(/recorded head .* at this seq/);
  });
});
