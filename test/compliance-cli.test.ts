import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTROL_STATUSES } from '../src/core/framework.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'parapet.js');
const dir = mkdtempSync(join(tmpdir(), 'parapet-compliance-'));
const db = join(dir, 'demo.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parapet(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface FwJson {
  id: string;
  coverage: { automated: number; total: number };
  controlStatus: Record<string, number>;
  score: number | null;
  controls: Array<{ id: string; status: string; resources: number; rules: string[]; failing: Array<{ assetId: string; reason: string; status: string }> }>;
}

describe('parapet compliance and score on the demo', () => {
  beforeAll(() => {
    // Two demo scans: the score history has two points.
    for (let i = 0; i < 2; i++) {
      const r = parapet(['demo', '--db', db, '--format', 'csv', '--output', join(dir, `demo-${i}.csv`)]);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 240_000);

  it('--list shows every shipped framework with its coverage', () => {
    const r = parapet(['compliance', '--list', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout).frameworks as Array<{ id: string; controls: number; automated: number }>;
    expect(list).toHaveLength(11);
    for (const f of list) {
      expect(f.automated, f.id).toBeGreaterThan(0);
      expect(f.automated, f.id).toBeLessThanOrEqual(f.controls);
    }
    expect(parapet(['compliance', '--list']).stdout).toMatch(/pci-dss-v4\.0\.1 .*\d+%/);
  });

  it('every shipped framework reports on the demo, each with its coverage and control statuses', () => {
    const r = parapet(['compliance', '--db', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { providers: string[]; frameworks: FwJson[] };
    expect(doc.providers).toEqual(['aws', 'azure', 'gcp']);
    expect(doc.frameworks).toHaveLength(11);
    for (const fw of doc.frameworks) {
      expect(fw.coverage.automated, fw.id).toBeGreaterThan(0);
      expect(fw.coverage.total).toBe(fw.controls.length);
      expect(Object.values(fw.controlStatus).reduce((a, b) => a + b, 0)).toBe(fw.controls.length);
      for (const c of fw.controls) expect(CONTROL_STATUSES).toContain(c.status);
      // Demo estate is full of mistakes: every framework has failing controls, and judged ones.
      expect(fw.controlStatus.fail, fw.id).toBeGreaterThan(0);
      expect(fw.score, fw.id).toBeGreaterThan(0);
      expect(fw.score, fw.id).toBeLessThan(100);
    }
  });

  it('one framework: a failing control names its failing resources with reasons', () => {
    const r = parapet(['compliance', 'cis-aws', '--db', db, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const fw = (JSON.parse(r.stdout) as { frameworks: FwJson[] }).frameworks[0]!;
    expect(fw.id).toBe('cis-aws-foundations-v5.0.0');
    const rootKeys = fw.controls.find((c) => c.id === '1.3')!;
    expect(rootKeys.rules).toEqual(['aws.iam.root-no-access-keys']);
    expect(rootKeys.status).toBe('fail');
    expect(rootKeys.failing.length).toBeGreaterThan(0);
    expect(rootKeys.failing[0]!.reason).toMatch(/access key/i);
    // --failing caps the resources listed per control; failingTotal keeps the count.
    const capped = (JSON.parse(parapet(['compliance', 'cis-aws', '--db', db, '--format', 'json', '--failing', '0']).stdout) as { frameworks: Array<{ controls: Array<{ id: string; failing: unknown[]; failingTotal: number }> }> }).frameworks[0]!;
    const cappedRootKeys = capped.controls.find((c) => c.id === '1.3')!;
    expect(cappedRootKeys.failing).toEqual([]);
    expect(cappedRootKeys.failingTotal).toBe(rootKeys.failing.length);
    const table = parapet(['compliance', 'cis-aws', '--db', db]);
    expect(table.stdout).toMatch(/1\.3 .*The root user has no access keys.*fail/);
    const csv = parapet(['compliance', 'cis-aws', '--db', db, '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('framework,control,title,section,status,resources,pass,fail,unknown,rule,asset_id,asset_name,provider,account,region,verdict,reason');
    expect(csv.some((l) => l.startsWith('cis-aws-foundations-v5.0.0,1.3,') && l.includes('aws.iam.root-no-access-keys'))).toBe(true);
  });

  it('answers as of a date, and refuses a date before any scan with a clear error', () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(parapet(['compliance', 'gdpr', '--db', db, '--at', tomorrow, '--format', 'json']).code).toBe(0);
    // "Was control X passing on date D, and on which evidence?"
    const asOf = parapet(['compliance', 'cis-aws', '--control', '1.3', '--db', db, '--at', tomorrow]);
    expect(asOf.code, asOf.stderr).toBe(0);
    expect(asOf.stdout).toMatch(/1\.3 .*fail/);
    expect(asOf.stdout).toMatch(/Evidence records of scan \S+ \(\d+\):/);
    expect(asOf.stdout).toMatch(/#\d+ \S+ fail +aws\.iam\.root-no-access-keys v1 \S+ sha256:[0-9a-f]{16}… \[aws:iam:/);
    const r = parapet(['compliance', 'gdpr', '--db', db, '--at', '2001-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no complete scan started at or before 2001-01-01/);
    expect(parapet(['compliance', 'no-such-framework', '--db', db]).stderr).toMatch(/unknown framework 'no-such-framework' \(one of: aws-fsbp, /);
  });

  it('score shows the scan score per scope, and --history the trend over both scans', () => {
    const s = JSON.parse(parapet(['score', '--db', db, '--format', 'json']).stdout) as { scores: Array<{ scope: string; key: string; score: number }> };
    const scopes = new Set(s.scores.map((x) => x.scope));
    expect(scopes).toEqual(new Set(['total', 'provider', 'account', 'framework']));
    expect(s.scores.filter((x) => x.scope === 'provider').map((x) => x.key)).toEqual(['aws', 'azure', 'gcp']);
    const h = JSON.parse(parapet(['score', '--history', '--db', db, '--format', 'json']).stdout) as { history: Array<{ score: number; scanId: string }> };
    expect(h.history).toHaveLength(2);
    expect(h.history[0]!.score).toBe(h.history[1]!.score); // the same estate scanned twice
    expect(parapet(['score', '--history', '--db', db]).stdout).toMatch(/Posture score \(total\), 2 scans/);
    expect(parapet(['score', '--history', '--scope', 'provider', '--db', db]).stderr).toMatch(/needs --key/);
  });

  describe('evidence verify through the CLI', () => {
    /** A copy of the demo database, tampered with as someone with write access to the file would. */
    function tampered(name: string, sql: (db: Database.Database) => void): string {
      const file = join(dir, `${name}.db`);
      const src = new Database(db, { readonly: true });
      src.exec(`VACUUM INTO '${file}'`);
      src.close();
      const t = new Database(file);
      t.exec('DROP TRIGGER evidence_no_update; DROP TRIGGER evidence_no_delete');
      sql(t);
      t.close();
      return file;
    }

    it('passes the intact chain of both demo scans', () => {
      const r = parapet(['evidence', 'verify', '--db', db]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/evidence chain intact: [\d,]+ records/);
    });

    it('names the record someone edited', () => {
      const file = tampered('edited', (t) => {
        const row = t.prepare(`SELECT seq, body FROM evidence WHERE status = 'fail' ORDER BY seq LIMIT 1 OFFSET 10`).get() as { seq: number; body: string };
        // Turn a failing verdict into a passing one in the stored record, as a cover-up would.
        t.prepare('UPDATE evidence SET body = ?, status = ? WHERE seq = ?').run(row.body.replace('"status":"fail"', '"status":"pass"'), 'pass', row.seq);
        (globalThis as { editedSeq?: number }).editedSeq = row.seq;
      });
      const r = parapet(['evidence', 'verify', '--db', file]);
      expect(r.code).toBe(1);
      const seq = (globalThis as { editedSeq?: number }).editedSeq!;
      expect(`${r.stdout}${r.stderr}`).toMatch(new RegExp(`evidence chain broken at seq ${seq} \\(edited\\): record seq ${seq} \\(scan `));
    });

    it('names the record someone deleted', () => {
      const file = tampered('deleted', (t) => t.prepare('DELETE FROM evidence WHERE seq = 42').run());
      const r = parapet(['evidence', 'verify', '--db', file]);
      expect(r.code).toBe(1);
      expect(`${r.stdout}${r.stderr}`).toMatch(/evidence chain broken at seq 4[23] \(missing\):.*\b42\b/);
    });
  });
});

