/** Every GCP collector, and by service for `--services`. */
import type { GcpCollector } from '../collector.js';
import { computeCollectors } from './compute/index.js';
import { storageCollectors } from './storage/index.js';
import { sqladminCollectors } from './sqladmin/index.js';
import { iamCollectors } from './iam/index.js';
import { cloudkmsCollectors } from './cloudkms/index.js';
import { loggingCollectors } from './logging/index.js';
import { dnsCollectors } from './dns/index.js';
import { containerCollectors } from './container/index.js';
import { bigqueryCollectors } from './bigquery/index.js';
import { projectCollectors } from './project/index.js';

export const gcpCollectorsByService: Record<string, GcpCollector[]> = {
  storage: storageCollectors,
  compute: computeCollectors,
  // GCP collectors 2 adds its services below.
  sqladmin: sqladminCollectors,
  iam: iamCollectors,
  cloudkms: cloudkmsCollectors,
  logging: loggingCollectors,
  dns: dnsCollectors,
  container: containerCollectors,
  bigquery: bigqueryCollectors,
  project: projectCollectors,
};

export const gcpCollectors: GcpCollector[] = Object.values(gcpCollectorsByService).flat();

/** The collectors of the named services (all when none are named), and the names that are not services. */
export function gcpCollectorsFor(services: string[] | undefined): { collectors: GcpCollector[]; unknown: string[] } {
  if (!services?.length) return { collectors: gcpCollectors, unknown: [] };
  const unknown = services.filter((s) => !gcpCollectorsByService[s]);
  return { collectors: services.flatMap((s) => gcpCollectorsByService[s] ?? []), unknown };
}
