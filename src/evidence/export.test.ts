import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../cli/version.js';
import { canonicalJson } from '../store/sqlite/canonical.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { EvidenceRecord } from '../store/store.js';
import { exportEvidence } from './export.js';
import { HOSTILE, RULES, seedEvidence, TEST_FRAMEWORK } from './fixtures/seed.js';
import { parseInstant } from './time-range.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let store: SqliteStore;
let scans: { first: string; second: string };
beforeEach(async () => {
  store = SqliteStore.open(':memory:');
  scans = await seedEvidence(store);
});
afterEach(async () => {
  await store.close();
});

let n = 0;
const outDir = () => join(dir, `out-${++n}`);
const read = (d: string, f: string) => readFileSync(join(d, f), 'utf8');
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const parse = (d: string) => JSON.parse(read(d, 'evidence.json')) as { records: EvidenceRecord[]; count: number; chain: { ok: boolean }; [k: string]: unknown };

describe('exportEvidence', () => {
  it('writes the four files; the manifest lists the other three with their sha256 and size, the chain head and the version', async () => {
    const out = outDir();
    const r = await exportEvidence(store, { framework: TEST_FRAMEWORK, outDir: out, now: new Date('2026-11-29T10:00:00Z') });
    expect(r.files.map((f) => f.name)).toEqual(['evidence.json', 'evidence.csv', 'summary.html', 'manifest.json']);
    const manifest = JSON.parse(read(out, 'manifest.json'));
    const chain = await store.verifyEvidence();
    expect(manifest).toMatchObject({ parapet: VERSION, framework: 'test-fw', control: null, records: 7, chain: { ok: true, head: chain.head, records: 9 } });
    expect(manifest.files.map((f: { name: string }) => f.name)).toEqual(['evidence.json', 'evidence.csv', 'summary.html']);
    for (const f of manifest.files as Array<{ name: string; sha256: string; size: number }>) {
      const bytes = readFileSync(join(out, f.name));
      expect(f.sha256, f.name).toBe(sha256(bytes));
      expect(f.size, f.name).toBe(statSync(join(out, f.name)).size);
    }
    expect(r.files[3]!.sha256).toBe(sha256(readFileSync(join(out, 'manifest.json'))));
  });

  it("exports the framework's records verbatim (each hash recomputable), only for the providers a control maps the rule for", async () => {
    const out = outDir();
    await exportEvidence(store, { framework: TEST_FRAMEWORK, outDir: out });
    const doc = parse(out);
    expect(doc).toMatchObject({ parapet: VERSION, framework: { id: 'test-fw' }, control: null, range: { since: null, until: null }, chain: { ok: true }, count: 7 });
    expect(doc.records.map((r) => [r.scanId, r.ruleId, r.provider, r.status])).toEqual([
      [scans.first, RULES.versioning.id, 'aws', 'pass'],
      [scans.first, RULES.versioning.id, 'aws', 'fail'],
      [scans.first, RULES.mfa.id, 'aws', 'fail'],
      [scans.first, RULES.publicBucket.id, 'aws', 'pass'],
      [scans.second, RULES.versioning.id, 'aws', 'pass'],
      [scans.second, RULES.versioning.id, 'aws', 'pass'],
      [scans.second, RULES.mfa.id, 'aws', 'pass'],
    ]);
    for (const { prevHash, hash, ...body } of doc.records) expect(hash).toBe(sha256(prevHash + canonicalJson(body)));
    const csv = read(out, 'evidence.csv').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(8);
    expect(csv[0]).toMatch(/^seq,scanId,at,controls,ruleId,/);
    expect(csv[2]).toContain(`S3.1,${RULES.versioning.id},1,high,fail,`);
  });

  it('one control: only its rules', async () => {
    const out = outDir();
    const r = await exportEvidence(store, { framework: TEST_FRAMEWORK, control: 'IAM.1', outDir: out });
    expect(r.records).toBe(2);
    expect(parse(out).records.every((x) => x.ruleId === RULES.mfa.id)).toBe(true);
    expect(read(out, 'summary.html')).not.toContain('S3.1');
    await expect(exportEvidence(store, { framework: TEST_FRAMEWORK, control: 'NOPE', outDir: outDir() })).rejects.toThrow(/no control 'NOPE' \(controls: S3.1, IAM.1, M.1\)/);
  });

  it('--since/--until select records by evaluation time, inclusive', async () => {
    const all = parse(await (async () => { const o = outDir(); await exportEvidence(store, { framework: TEST_FRAMEWORK, outDir: o }); return o; })()).records;
    const secondAt = all.find((r) => r.scanId === scans.second)!.at;
    const firstAt = all[0]!.at;
    const since = outDir();
    expect((await exportEvidence(store, { framework: TEST_FRAMEWORK, since: secondAt, outDir: since })).records).toBe(3);
    expect(new Set(parse(since).records.map((r) => r.scanId))).toEqual(new Set([scans.second]));
    expect(parse(since).range).toEqual({ since: secondAt, until: null });
    const until = outDir();
    expect((await exportEvidence(store, { framework: TEST_FRAMEWORK, until: firstAt, outDir: until })).records).toBe(4);
    const none = outDir();
    expect((await exportEvidence(store, { framework: TEST_FRAMEWORK, until: '2000-01-01T00:00:00.000Z', outDir: none })).records).toBe(0);
    expect(parse(none)).toMatchObject({ records: [], count: 0 });
  });

  it('summary.html: per control the status per scan, record count and failing assets, all text escaped, self-contained', async () => {
    const out = outDir();
    await exportEvidence(store, { framework: TEST_FRAMEWORK, outDir: out });
    const page = read(out, 'summary.html');
    expect(page).not.toContain('<script');
    expect(page).not.toMatch(/(src|href)="http/);
    expect(page).toContain('S3.1');
    expect(page).toContain('M.1');
    expect(page).toContain('Ask who reads the logs');
    // S3.1: scan 1 fails (beta fails; alpha and the aws baseline record pass), scan 2 passes; IAM.1: fail then pass.
    const s31 = page.slice(page.indexOf('id="c-S3.1"'), page.indexOf('id="c-IAM.1"'));
    expect(s31).toContain('5 records in 2 scans');
    expect(s31).toContain('<td>2</td><td>1</td><td>0</td><td>0</td>');
    expect(s31).toMatch(new RegExp(`${scans.first}</code></td><td>[^<]*</td><td class="s-fail">fail`));
    expect(s31).toMatch(new RegExp(`${scans.second}</code></td><td>[^<]*</td><td class="s-pass">pass`));
    expect(s31).toContain('No failing assets in the latest scan');
    const iam = page.slice(page.indexOf('id="c-IAM.1"'), page.indexOf('id="c-M.1"'));
    expect(iam).toMatch(/class="s-fail">fail.*\n.*class="s-pass">pass/);
  });

  it("summary.html: a scan's stored control status wins over the one derived from evidence; failing assets of the latest scan", async () => {
    // As the engine stores it before the scan completes.
    store.db.prepare(`INSERT INTO scan_controls VALUES ((SELECT seq FROM scans WHERE id = ?), 'test-fw', 'IAM.1', 'unknown', 0, 1, 0, 0)`).run(scans.first);
    const first = (await store.getScan(scans.first))!;
    const out = outDir();
    await exportEvidence(store, { framework: TEST_FRAMEWORK, control: 'IAM.1', until: first.finishedAt!, outDir: out });
    const page = read(out, 'summary.html');
    expect(page).toContain('<td class="s-unknown">unknown</td>');
    expect(page).toContain('Failing in the latest scan (1 failing verdicts)');
    expect(page).toContain('<li><code>arn:aws:iam::111111111111:user/alice</code></li>');
  });

  it('records a broken chain in the package', async () => {
    store.db.exec('DROP TRIGGER evidence_no_delete; DELETE FROM evidence WHERE seq = 2');
    const out = outDir();
    const r = await exportEvidence(store, { framework: TEST_FRAMEWORK, outDir: out });
    expect(r.chain).toMatchObject({ ok: false, problem: { seq: 2, kind: 'missing' } });
    expect(parse(out).chain).toMatchObject({ ok: false });
    expect(JSON.parse(read(out, 'manifest.json')).chain.problem.kind).toBe('missing');
    expect(read(out, 'summary.html')).toContain('BROKEN');
  });

  it('escapes a hostile reason in the CSV and the page', async () => {
    const out = outDir();
    await exportEvidence(store, { framework: TEST_FRAMEWORK, outDir: out });
    expect(parse(out).records[1]!.reason).toBe(HOSTILE);
    expect(read(out, 'evidence.csv')).toContain(`"${HOSTILE.replace(/"/g, '""')}"`);
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-11-01', 'start', '2026-11-01T00:00:00.000Z'],
    ['2026-11-01', 'end', '2026-11-01T23:59:59.999Z'],
    ['2026-11-01T08:00:00Z', 'end', '2026-11-01T08:00:00.000Z'],
    ['2026-11-01T08:00+02:00', 'start', '2026-11-01T06:00:00.000Z'],
  ] as const)('%s as %s is %s', (v, end, want) => {
    expect(parseInstant('--since', v, end)).toBe(want);
  });
  it.each(['yesterday', '2026-13-01', '2026-02-30', '2026-11-01T08:00:00'])('refuses %s naming the flag', (v) => {
    expect(() => parseInstant('--until', v, 'end')).toThrow(/^--until: /);
  });
});
