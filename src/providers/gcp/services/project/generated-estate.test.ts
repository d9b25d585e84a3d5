import { describe, expect, it } from 'vitest';
import { generateGcpEstate } from '../../../../../sim/gcp/generate.js';
import { bigquery } from '../../../../../sim/gcp/services/bigquery.js';
import { cloudkms } from '../../../../../sim/gcp/services/cloudkms.js';
import { container } from '../../../../../sim/gcp/services/container.js';
import { dns } from '../../../../../sim/gcp/services/dns.js';
import { iam } from '../../../../../sim/gcp/services/iam.js';
import { logging } from '../../../../../sim/gcp/services/logging.js';
import { sqladmin } from '../../../../../sim/gcp/services/sqladmin.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { bigqueryCollectors } from '../bigquery/index.js';
import { cloudkmsCollectors } from '../cloudkms/index.js';
import { containerCollectors } from '../container/index.js';
import { dnsCollectors } from '../dns/index.js';
import { iamCollectors } from '../iam/index.js';
import { loggingCollectors } from '../logging/index.js';
import { sqladminCollectors } from '../sqladmin/index.js';
import { PROJECT_TYPE } from './project.js';
import { projectCollectors } from './index.js';

describe('a generated benchmark estate, scanned by these collectors', () => {
  it('finds every resource the generators say they added, with no errors', async () => {
    const { estate, expectedResources } = generateGcpEstate({ projects: 2, resources: 140, services: [sqladmin, iam, logging, cloudkms, dns, container, bigquery] });
    const out = await collectGcp(estate, [...projectCollectors, ...sqladminCollectors, ...iamCollectors, ...loggingCollectors, ...cloudkmsCollectors, ...dnsCollectors, ...containerCollectors, ...bigqueryCollectors]);
    expect(out.errors).toEqual([]);
    expect(out.coverage.every((c) => c.ok)).toBe(true);
    expect(out.assets.filter((a) => a.type !== PROJECT_TYPE)).toHaveLength(expectedResources);
    const projects = out.assets.filter((a) => a.type === PROJECT_TYPE);
    expect(projects).toHaveLength(2);
    for (const p of projects) expect((p.config.iamPolicy as { bindings: unknown[] }).bindings.length).toBeGreaterThan(1);
  }, 60_000);
});
