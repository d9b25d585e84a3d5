import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EstateError, loadEstate, parseEstate } from '../aws/estate-loader.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});
function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'parapet-estate-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const SUB = '5b1f0000-0000-4000-8000-000000000002';

describe('estate loader: azure and gcp parts', () => {
  it('merges Azure subscriptions by id and GCP projects by projectId, sections concatenated, unknown keys kept', async () => {
    const path = folder({
      '_a.yaml': `azure:\n  tenantId: 7a1e0000-0000-4000-8000-000000000001\n  clients: [{ clientId: 0a9e7000-0000-4000-8000-0000000000c1, clientSecret: s }]\n  subscriptions:\n    - { subscriptionId: ${SUB}, displayName: prod }\ngcp:\n  projects:\n    - { projectId: parapet-demo, projectNumber: 123456789012 }\n`,
      'b.yaml': `azure:\n  subscriptions:\n    - subscriptionId: ${SUB}\n      resources:\n        storageAccounts: [{ name: a }]\n  extra: kept\nfaults: [{ effect: deny, service: storage }]\ngcp:\n  projects:\n    - projectId: parapet-demo\n      resources: { buckets: [{ name: b1 }] }\n`,
      'c.yaml': `azure:\n  subscriptions:\n    - subscriptionId: ${SUB}\n      resources:\n        storageAccounts: [{ name: b }]\nfaults: [{ effect: throttle }]\ngcp:\n  projects:\n    - projectId: parapet-demo\n      resources: { buckets: [{ name: b2 }] }\n`,
    });
    const e = await loadEstate(path);
    expect(e.accounts).toEqual([]);
    expect(e.azure!.subscriptions).toHaveLength(1);
    expect(e.azure!.subscriptions[0]!.resources.storageAccounts!.map((a: { name: string }) => a.name)).toEqual(['a', 'b']);
    expect((e.azure as unknown as { extra: string }).extra).toBe('kept');
    expect(e.gcp!.projects[0]).toMatchObject({ projectNumber: '123456789012', resources: { buckets: [{ name: 'b1' }, { name: 'b2' }] } });
    expect(e.faults).toHaveLength(2);
  });

  it('reports a bad subscription id with file and line', async () => {
    const path = folder({
      'a.yaml': `azure:\n  tenantId: 7a1e0000-0000-4000-8000-000000000001\n  clients: [{ clientId: 0a9e7000-0000-4000-8000-0000000000c1, clientSecret: s }]\n  subscriptions: []\n`,
      'b.yaml': `azure:\n  subscriptions:\n    - subscriptionId: not-a-guid\n      displayName: x\n`,
    });
    const err = await loadEstate(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EstateError);
    expect((err as EstateError).issues[0]).toMatchObject({ file: join(path, 'b.yaml'), line: 3, path: 'azure.subscriptions.0.subscriptionId' });
  });

  it('requires a displayName and a client, and known subscriptions in management groups', () => {
    expect(() => parseEstate(`azure:\n  tenantId: 7a1e0000-0000-4000-8000-000000000001\n  clients: []\n  subscriptions: [{ subscriptionId: ${SUB} }]\n`)).toThrow(/displayName[\s\S]*|client/);
    expect(() =>
      parseEstate(`azure:\n  tenantId: 7a1e0000-0000-4000-8000-000000000001\n  clients: [{ clientId: 0a9e7000-0000-4000-8000-0000000000c1, clientSecret: s }]\n  managementGroups: [{ id: mg, subscriptions: [${SUB}] }]\n  subscriptions: []\n`),
    ).toThrow(/names unknown subscription/);
    expect(() => parseEstate('settings: { latencyMs: 1 }\n')).toThrow(/at least one account/);
  });
});
