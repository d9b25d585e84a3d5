import { describe, expect, it } from 'vitest';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { bigqueryCollectors } from '../bigquery/index.js';
import { cloudkmsCollectors } from '../cloudkms/index.js';
import { containerCollectors } from '../container/index.js';
import { dnsCollectors } from '../dns/index.js';
import { iamCollectors } from '../iam/index.js';
import { loggingCollectors } from '../logging/index.js';
import { sqladminCollectors } from '../sqladmin/index.js';
import { projectCollectors } from './index.js';

const collectors = [...projectCollectors, ...sqladminCollectors, ...iamCollectors, ...cloudkmsCollectors, ...loggingCollectors, ...dnsCollectors, ...containerCollectors, ...bigqueryCollectors];

describe('the GCP demo estate, scanned by the project, SQL, IAM, KMS, logging, DNS, GKE and BigQuery collectors', () => {
  it('finds every demo resource, and the only failure is the KMS policy the demo denies on purpose', async () => {
    const out = await collectGcp(await loadEstate('sim/estates/demo'), collectors);
    const count = (type: string) => out.assets.filter((a) => a.type === type).length;
    expect(count('cloudresourcemanager.googleapis.com/Project')).toBe(2);
    expect(count('sqladmin.googleapis.com/Instance')).toBe(3);
    expect(count('iam.googleapis.com/ServiceAccount')).toBe(5);
    expect(count('cloudkms.googleapis.com/CryptoKey')).toBe(6);
    expect(count('logging.googleapis.com/LogSink')).toBe(6);
    expect(count('dns.googleapis.com/ManagedZone')).toBe(4);
    expect(count('container.googleapis.com/Cluster')).toBe(2);
    expect(count('bigquery.googleapis.com/Dataset')).toBe(3);
    expect(out.errors).toEqual([
      expect.objectContaining({ provider: 'gcp', account: 'parapet-demo-prod', region: 'europe-west1', service: 'cloudkms', operation: 'cloudkms.projects.locations.keyRings.cryptoKeys.getIamPolicy', code: 'forbidden' }),
    ]);
    expect(out.coverage.every((c) => c.ok)).toBe(true);
  }, 60_000);
});
