import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseFramework } from '../../compliance/load.js';
import { openStore } from '../../store/open.js';
import { bucket, result, rule, scopeOf } from '../../store/sqlite/fixtures/data.js';
import { registerReport } from './report.js';

const framework = (id: string, name: string) =>
  parseFramework(
    `id: ${id}
name: ${name}
version: '1'
publisher: Parapet tests
url: https://example.com/${id}
providers: [aws]
scope: A one-control framework for the report command test.
controls:
  - id: '1'
    title: Buckets are private
    section: '1 Storage'
    rules: { aws: [aws.s3.r1] }
`,
    `<${id}>`,
  );
const FRAMEWORKS = [framework('alpha-fw', 'Alpha Framework'), framework('beta-fw', 'Beta Framework')];

const dir = mkdtempSync(join(tmpdir(), 'parapet-report-cmd-'));
const db = join(dir, 'p.db');
let scanId = '';
beforeAll(async () => {
  const store = await openStore(db);
  const a = bucket('alpha');
  const s = await store.beginScan('test', scopeOf([a.account]));
  await store.putAssets(s.id, [a]);
  await store.putResults(s.id, [result(rule('aws.s3.r1', 'high'), a, 'fail')]);
  scanId = (await store.finishScan(s.id, 'complete')).id;
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `parapet report ...` in-process with the test frameworks; returns what it printed. */
async function report(args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerReport(program, { frameworks: () => FRAMEWORKS });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'parapet', 'report', ...args]);
    return out.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    out.mockRestore();
  }
}

describe('parapet report', () => {
  it('writes the report of the latest scan with every framework and prints its path', async () => {
    const file = join(dir, 'out', 'all.html');
    expect(await report(['--db', db, '--output', file])).toBe(`${file}\n`);
    const page = readFileSync(file, 'utf8');
    expect(page).toContain(scanId);
    expect(page).toContain('Alpha Framework');
    expect(page).toContain('Beta Framework');
  });

  it('limits the framework tables to --framework (ids or unique prefixes)', async () => {
    const file = join(dir, 'beta.html');
    await report(['--db', db, '--output', file, '--framework', 'beta', '--scan', scanId]);
    const page = readFileSync(file, 'utf8');
    expect(page).toContain('Beta Framework');
    expect(page).not.toContain('Alpha Framework');
  });

  it.each([
    [['--framework', 'gamma'], /--framework: unknown framework 'gamma' \(one of: alpha-fw, beta-fw\)/],
    [['--scan', 'missing'], /--scan: no scan 'missing'/],
  ])('%j is a usage error naming the problem', async (args, message) => {
    await expect(report(['--db', db, '--output', join(dir, 'x.html'), ...args])).rejects.toThrow(message);
  });

  it('says to run a scan first when the database has none', async () => {
    await expect(report(['--db', join(dir, 'empty.db'), '--output', join(dir, 'x.html')])).rejects.toThrow(/no complete scan in .*empty\.db: run/);
  });
});
