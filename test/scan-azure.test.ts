import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzureSimulator, type AzureSimulator } from '../sim/azure/server.js';
import { DEMO_DEV, DEMO_MANAGEMENT_GROUP, DEMO_PROD, demoEstate } from './support/azure.js';

// The sources through tsx: bin/parapet.js prefers dist/, which may predate this command.
const MAIN = join(import.meta.dirname, '..', 'src', 'cli', 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'parapet-azure-cli-'));
let sim: AzureSimulator;
let caFile: string;

// Asynchronous: the simulator answers from this process while the CLI runs.
function parapet(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: join(import.meta.dirname, '..'), env: { ...process.env, CI: 'true', NO_COLOR: '1', AZURE_TENANT_ID: '', AZURE_CLIENT_ID: '', AZURE_CLIENT_SECRET: '', ...env }, timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  sim = await startAzureSimulator({ estate: await demoEstate() });
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, sim.ca);
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

const simArgs = () => ['--endpoint', sim.endpoint, '--authority-host', sim.authorityHost, '--ca-file', caFile];
const simEnv = () => ({ AZURE_TENANT_ID: sim.tenantId, AZURE_CLIENT_ID: sim.clientId, AZURE_CLIENT_SECRET: sim.clientSecret });

describe('parapet scan azure', () => {
  it('scans the management group into a JSON report with Azure assets', async () => {
    const out = join(dir, 'azure.json');
    const r = await parapet(['scan', 'azure', ...simArgs(), '--management-group', DEMO_MANAGEMENT_GROUP, '--format', 'json', '--output', out, '--db', join(dir, 'a.db')], simEnv());
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.scan.counts.assets).toBeGreaterThanOrEqual(20);
    // The demo estate denies exactly one call (one SQL server's auditing), and that must be reported.
    expect(doc.errors).toEqual([expect.objectContaining({ provider: 'azure', service: 'sql', operation: 'serverBlobAuditingPolicies.get', code: 'AuthorizationFailed' })]);
  }, 120_000);

  it('--subscriptions and --services narrow the scan', async () => {
    const out = join(dir, 'narrow.json');
    const r = await parapet(['scan', 'azure', ...simArgs(), '--subscriptions', DEMO_DEV, '--services', 'storage', '--format', 'json', '--output', out, '--db', join(dir, 'b.db')], simEnv());
    expect(r.code, r.stderr).toBe(0);
    // stparapetlegacy, its container, and the subscription asset.
    expect(JSON.parse(readFileSync(out, 'utf8')).scan.counts.assets).toBe(3);
  }, 120_000);

  it('a wrong secret, an unreachable endpoint and bad flags are one-line errors with exit 2', async () => {
    const bad = await parapet(['scan', 'azure', ...simArgs(), '--db', join(dir, 'c.db')], { ...simEnv(), AZURE_CLIENT_SECRET: 'wrong' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no usable Azure credentials.*AADSTS7000215/);
    const down = await parapet(['scan', 'azure', '--endpoint', 'https://127.0.0.1:9', '--authority-host', 'https://127.0.0.1:9', '--ca-file', caFile, '--db', join(dir, 'd.db')], simEnv());
    expect(down.code).toBe(2);
    expect(down.stderr.split('\n').filter((l) => l.startsWith('parapet:'))).toEqual([expect.stringMatching(/^parapet: cannot reach Azure at https:\/\/127\.0\.0\.1:9 while listing subscriptions: .*--endpoint/)]);
    const flags = await parapet(['scan', 'azure', '--subscriptions', 'prod', '--db', join(dir, 'e.db')]);
    expect(flags.code).toBe(2);
    expect(flags.stderr).toMatch(/--subscriptions: 'prod' is not a subscription id/);
    expect(DEMO_PROD).toMatch(/0002$/);
  }, 120_000);
});
