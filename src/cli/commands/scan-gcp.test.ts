import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEstate } from '../../../sim/aws/estate-loader.js';
import { startGcpSimulator, type GcpSimulator } from '../../../sim/gcp/server.js';

// The sources through tsx: bin/parapet.js prefers dist/, which may predate this command.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'parapet-gcp-cli-'));
let sim: GcpSimulator;
let keyFile: string;

// Asynchronous: the simulator answers from this process while the CLI runs.
function parapet(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true', NO_COLOR: '1', GOOGLE_APPLICATION_CREDENTIALS: '', PARAPET_GCP_ENDPOINT: '', ...env }, timeout: 150_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  sim = await startGcpSimulator({ estate: await loadEstate(join(ROOT, 'sim', 'estates', 'demo')) });
  keyFile = join(dir, 'key.json');
  writeFileSync(keyFile, JSON.stringify(sim.keyFile));
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('parapet scan gcp', () => {
  it('scans the organization into a JSON report with GCP assets and the denied call as an error', async () => {
    const out = join(dir, 'gcp.json');
    const r = await parapet(['scan', 'gcp', '--endpoint', sim.endpoint, '--key-file', keyFile, '--organization', '123456789012', '--services', 'storage,compute', '--format', 'json', '--output', out, '--db', join(dir, 'a.db')]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.scan.counts.assets).toBeGreaterThanOrEqual(30);
    expect(doc.errors).toEqual([expect.objectContaining({ provider: 'gcp', account: 'parapet-demo-dev', service: 'storage', operation: 'storage.buckets.getIamPolicy', code: 'forbidden' })]);
  }, 150_000);

  it('bad flags, an unreachable endpoint and a key the endpoint rejects are one-line errors with exit 2', async () => {
    const flag = await parapet(['scan', 'gcp', '--projects', 'Not_A_Project', '--db', join(dir, 'b.db')]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--projects: 'Not_A_Project' is not a project id/);
    const down = await parapet(['scan', 'gcp', '--endpoint', 'http://127.0.0.1:9', '--key-file', keyFile, '--db', join(dir, 'c.db')]);
    expect(down.code).toBe(2);
    expect(down.stderr.trim().split('\n').at(-1)).toMatch(/cannot reach the Resource Manager API: ECONNREFUSED/);
    // The key's token_uri is the simulator; point a copy at the dead port to see the unreachable case.
    const deadKey = join(dir, 'dead.json');
    writeFileSync(deadKey, JSON.stringify({ ...sim.keyFile, token_uri: 'http://127.0.0.1:9/token' }));
    const dead = await parapet(['scan', 'gcp', '--endpoint', 'http://127.0.0.1:9', '--key-file', deadKey, '--db', join(dir, 'd.db')]);
    expect(dead.code).toBe(2);
    expect(dead.stderr.trim().split('\n').at(-1)).toMatch(/cannot reach the GCP token endpoint/);
    const missing = await parapet(['scan', 'gcp', '--key-file', join(dir, 'nope.json'), '--db', join(dir, 'e.db')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--key-file: cannot read/);
  }, 150_000);
});
