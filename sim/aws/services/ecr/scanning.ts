/**
 * How ECR decides a repository's effective scanning (what BatchGetRepositoryScanningConfiguration
 * answers). With ENHANCED registry scanning, Amazon Inspector scans the repositories a registry rule's
 * filters match, at that rule's frequency, and nothing else; with BASIC scanning, a matching
 * SCAN_ON_PUSH rule or the repository's own legacy scanOnPush setting turns scan on push on.
 * A filter without `*` matches names that contain it; `*` stands for any run of characters.
 */
import type { RegistryScanningRule, RepositoryScanningConfiguration, ScanFrequency } from '@aws-sdk/client-ecr';

export interface RegistryScanning {
  scanType: 'BASIC' | 'ENHANCED';
  rules?: RegistryScanningRule[];
}

export function filterMatches(filter: string, repository: string): boolean {
  if (!filter.includes('*')) return repository.includes(filter);
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(repository);
}

export function effectiveScanning(registry: RegistryScanning | undefined, repository: { name: string; arn: string; scanOnPush: boolean }): RepositoryScanningConfiguration {
  const rules = registry?.rules ?? [];
  const matching = rules.filter((r) => (r.repositoryFilters ?? []).some((f) => filterMatches(f.filter ?? '', repository.name)));
  // The most frequent scanning any matching rule asks for wins.
  const order: ScanFrequency[] = ['CONTINUOUS_SCAN', 'SCAN_ON_PUSH', 'MANUAL'];
  const best = order.find((f) => matching.some((r) => r.scanFrequency === f));
  let frequency: ScanFrequency = best ?? 'MANUAL';
  if (registry?.scanType !== 'ENHANCED' && frequency === 'MANUAL' && repository.scanOnPush) frequency = 'SCAN_ON_PUSH';
  const applied = matching.filter((r) => r.scanFrequency === best).flatMap((r) => r.repositoryFilters ?? []);
  return {
    repositoryArn: repository.arn,
    repositoryName: repository.name,
    scanOnPush: frequency !== 'MANUAL',
    scanFrequency: frequency,
    appliedScanFilters: applied.map((f) => ({ filter: f.filter, filterType: f.filterType ?? 'WILDCARD' })),
  };
}
