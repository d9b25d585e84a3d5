import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { seedEvidence, TEST_FRAMEWORK } from '../../evidence/fixtures/seed.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { EXIT, UsageError } from '../exit-codes.js';
import { registerEvidence } from './evidence.js';

const dir = mkdtempSync(join(tmpdir(), 'parapet-evidence-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store file with two scans of evidence; `tamper` runs SQL on it afterwards (triggers dropped first). */
async function seededDb(name: string, tamper?: string): Promise<string> {
  const path = join(dir, `${name}.db`);
  const store = SqliteStore.open(path);
  await seedEvidence(store);
  if (tamper) store.db.exec(`DROP TRIGGER evidence_no_update; DROP TRIGGER evidence_no_delete; ${tamper}`);
  await store.close();
  return path;
}

/** Runs `parapet evidence …` in process with the test framework; returns stdout and the exit code set. */
async function run(args: string[]): Promise<{ stdout: string; code: number | undefined }> {
  const program = new Command().exitOverride();
  registerEvidence(program, { frameworks: () => [TEST_FRAMEWORK] });
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'parapet', 'evidence', ...args]);
    return { stdout, code: process.exitCode as number | undefined };
  } finally {
    spy.mockRestore();
    process.exitCode = undefined;
  }
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('parapet evidence (in process)', () => {
  it('export writes the package and reports the chain; exit 0', async () => {
    const db = await seededDb('export');
    const out = join(dir, 'pkg');
    const r = await run(['export', '--framework', 'test', '--control', 'S3.1', '--since', '2000-01-01', '--until', '2999-12-31', '--output', out, '--db', db]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^wrote evidence.json, evidence.csv, summary.html, manifest.json to .*pkg: 5 records of test-fw control S3.1\nevidence chain intact: 9 records, head [0-9a-f]{64}\n$/);
    for (const f of ['evidence.json', 'evidence.csv', 'summary.html', 'manifest.json']) expect(existsSync(join(out, f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')).range).toEqual({ since: '2000-01-01T00:00:00.000Z', until: '2999-12-31T23:59:59.999Z' });
  });

  it('export from a broken chain writes the package but exits 1', async () => {
    const db = await seededDb('export-broken', 'DELETE FROM evidence WHERE seq = 4');
    const r = await run(['export', '--framework', 'test-fw', '--output', join(dir, 'pkg-broken'), '--db', db]);
    expect(r.code).toBe(EXIT.policyFailed);
    expect(r.stdout).toContain('evidence chain broken at seq 4 (missing)');
  });

  it.each([
    [['export', '--framework', 'nope'], /^--framework: unknown framework 'nope' \(one of: test-fw\)/],
    [['export', '--framework', 'test-fw', '--control', 'X.9'], /^--control: framework test-fw has no control 'X.9'/],
    [['export', '--framework', 'test-fw', '--since', 'last week'], /^--since: 'last week' is not a date/],
    [['export', '--framework', 'test-fw', '--since', '2026-02-01', '--until', '2026-01-01'], /^--since .* is after --until/],
    [['verify', '--format', 'csv'], /^--format: 'csv' is not one of table, json/],
  ])('%j is a usage error naming the flag', async (args, message) => {
    const db = await seededDb(`usage-${Math.random().toString(36).slice(2)}`);
    await expect(run([...args, '--db', db])).rejects.toThrow(UsageError);
    await expect(run([...args, '--db', db])).rejects.toThrow(message);
  });

  it('verify prints one line and exits 0 when the chain is intact', async () => {
    const r = await run(['verify', '--db', await seededDb('verify-ok')]);
    expect(r).toEqual({ code: EXIT.ok, stdout: expect.stringMatching(/^evidence chain intact: 9 records, head [0-9a-f]{64}\n$/) });
  });

  it('verify --format json gives the chain check', async () => {
    const db = await seededDb('verify-json', `UPDATE evidence SET status = 'pass' WHERE seq = 2`);
    const r = await run(['verify', '--format', 'json', '--db', db]);
    expect(r.code).toBe(EXIT.policyFailed);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, records: 9, problem: { seq: 2, kind: 'edited' } });
  });

  it('refuses a database that does not exist instead of creating it', async () => {
    const db = join(dir, 'absent', 'x.db');
    await expect(run(['verify', '--db', db])).rejects.toThrow(/no database at/);
    expect(existsSync(db)).toBe(false);
  });
});

// One run through bin/parapet.js (registration in main.ts, exit code mapping): each spawn loads the whole CLI.
describe('parapet evidence verify (real CLI)', () => {
  const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'parapet.js');

  it('exits 1 with one line naming the record when the tail was cut', { timeout: 120_000 }, async () => {
    const db = await seededDb('real-truncated', 'DELETE FROM evidence WHERE seq >= 8');
    const r = spawnSync(process.execPath, [BIN, 'evidence', 'verify', '--db', db], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: 'true', NO_COLOR: '1' }, timeout: 110_000 });
    expect(r.status, r.stderr).toBe(EXIT.policyFailed);
    expect(r.stdout).toMatch(/^evidence chain broken at seq 9 \(truncated\): the chain ends at seq 7, but the anchor of scan \S+ .* records 8\.\.9 were removed\n$/);
  });
});
