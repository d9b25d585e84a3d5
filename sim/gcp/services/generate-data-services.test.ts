import { describe, expect, it } from 'vitest';
import { seededRng } from '../../aws/rng.js';
import type { GcpProjectEstate } from '../estate.js';
import type { GcpSimService } from '../service.js';
import { bigquery } from './bigquery.js';
import { cloudkms } from './cloudkms.js';
import { container } from './container.js';
import { dns } from './dns.js';
import { iam } from './iam.js';
import { logging } from './logging.js';
import { sqladmin } from './sqladmin.js';

const project = (): GcpProjectEstate => ({ projectId: 'bench-project-0001', projectNumber: '500000000001', resources: {} });

/** Resources a generator added, counted the way a collector would find them. */
const counted: Array<[string, GcpSimService, (p: GcpProjectEstate) => number]> = [
  ['sqladmin', sqladmin, (p) => p.resources.sqlInstances!.length],
  ['iam', iam, (p) => p.resources.serviceAccounts!.length],
  ['logging', logging, (p) => p.resources.sinks!.length],
  ['cloudkms', cloudkms, (p) => p.resources.keyRings!.reduce((n, r) => n + r.cryptoKeys.length, 0)],
  ['dns', dns, (p) => p.resources.managedZones!.length],
  ['container', container, (p) => p.resources.clusters!.length],
  ['bigquery', bigquery, (p) => p.resources.datasets!.length],
];

describe('generators of the data, identity and logging services', () => {
  it.each(counted)('%s adds what it says, deterministically, JSON-safe', (_name, service, count) => {
    const a = project();
    const b = project();
    const added = service.generate!(a, 25, seededRng(7), ['europe-west1', 'us-central1']);
    service.generate!(b, 25, seededRng(7), ['europe-west1', 'us-central1']);
    expect(added).toBe(25);
    expect(count(a)).toBe(25);
    expect(b).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('counts only assets: bindings, log metrics and alert policies come along uncounted', () => {
    const p = project();
    iam.generate!(p, 40, seededRng(5), ['europe-west1']);
    expect(p.resources.iamBindings!.find((b) => b.role === 'roles/owner')).toBeDefined();
    const bound = p.resources.iamBindings!.flatMap((b) => b.members).filter((m: string) => m.startsWith('serviceAccount:'));
    expect(bound).toHaveLength(40);
    const withMetrics = Array.from({ length: 12 }, (_, i) => {
      const q = project();
      logging.generate!(q, 10, seededRng(100 + i), ['europe-west1']);
      expect(q.resources.sinks).toHaveLength(10);
      return (q.resources.logMetrics?.length ?? 0) > 0;
    });
    expect(withMetrics).toContain(true);
    expect(withMetrics).toContain(false);
  });

  it('mixes good and bad configurations, so benchmark scans have findings of both kinds', () => {
    const p = project();
    sqladmin.generate!(p, 200, seededRng(3), ['europe-west1']);
    const open = p.resources.sqlInstances!.filter((i) => i.settings.ipConfiguration.ipv4Enabled).length;
    expect(open).toBeGreaterThan(0);
    expect(open).toBeLessThan(200);
  });
});
