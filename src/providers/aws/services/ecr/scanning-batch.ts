import { BatchGetRepositoryScanningConfigurationCommand, ECRClient, type RepositoryScanningConfiguration } from '@aws-sdk/client-ecr';
import type { CollectionError } from '../../../../core/asset.js';
import type { AwsCollectContext } from '../../collector.js';

/** BatchGetRepositoryScanningConfiguration takes at most 25 repository names. */
const BATCH = 25;

/** What ECR says about one repository's effective scanning: its configuration, a failure, or the batch's error. */
export type ScanningOutcome = { kind: 'found'; config: RepositoryScanningConfiguration } | { kind: 'gone' } | { kind: 'failed'; error: CollectionError };

/**
 * The effective scanning configuration (registry rules folded in) of each named repository, in batches
 * sent together. A failed batch fails the aspect of each repository in it; a repository ECR no longer
 * finds (deleted since it was listed) comes back as `gone`.
 */
export async function scanningByRepository(ctx: AwsCollectContext, client: ECRClient, names: string[]): Promise<Map<string, ScanningOutcome>> {
  const out = new Map<string, ScanningOutcome>();
  const batches = Array.from({ length: Math.ceil(names.length / BATCH) }, (_, i) => names.slice(i * BATCH, (i + 1) * BATCH));
  await Promise.all(
    batches.map(async (repositoryNames) => {
      const r = await ctx.call('BatchGetRepositoryScanningConfiguration', () => client.send(new BatchGetRepositoryScanningConfigurationCommand({ repositoryNames })), { resource: repositoryNames.join(',') });
      for (const name of repositoryNames) {
        if (!r.ok) out.set(name, { kind: 'failed', error: r.error });
        else if (r.value?.failures?.some((f) => f.repositoryName === name)) out.set(name, { kind: 'gone' });
        else {
          const config = r.value?.scanningConfigurations?.find((c) => c.repositoryName === name);
          const missing: CollectionError = { provider: 'aws', account: ctx.account, region: ctx.region, service: 'ecr', operation: 'BatchGetRepositoryScanningConfiguration', code: 'MissingFromResponse', message: 'the repository is neither in scanningConfigurations nor in failures', resource: name };
          out.set(name, config ? { kind: 'found', config } : { kind: 'failed', error: missing });
        }
      }
    }),
  );
  return out;
}
