import { DescribeRepositoriesCommand, ECRClient, GetLifecyclePolicyCommand, GetRepositoryPolicyCommand, type Repository } from '@aws-sdk/client-ecr';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { parsedJson } from '../lambda/support/json-aspect.js';
import { mapInOrder } from '../../map-in-order.js';
import { scanningByRepository, type ScanningOutcome } from './scanning-batch.js';

/** DescribeRepositories' maximum page size (the default is 100). */
const PAGE_SIZE = 1000;
/** Repositories hydrated at once (two calls each); the limiter's ECR bucket sets the pace. */
const IN_FLIGHT = 16;

type ListedRepository = Repository & { repositoryName: string; repositoryArn: string };

async function repositoryAsset(ctx: AwsCollectContext, client: ECRClient, repo: ListedRepository, scanning: ScanningOutcome): Promise<Asset> {
  const repositoryName = repo.repositoryName;
  const where = (operation: string) => ({ service: 'ecr', operation, resource: repositoryName });
  const [policy, lifecycle] = await Promise.all([
    ctx.call('GetRepositoryPolicy', () => client.send(new GetRepositoryPolicyCommand({ repositoryName })), { resource: repositoryName, absentOn: ['RepositoryPolicyNotFoundException'] }),
    ctx.call('GetLifecyclePolicy', () => client.send(new GetLifecyclePolicyCommand({ repositoryName })), { resource: repositoryName, absentOn: ['LifecyclePolicyNotFoundException'] }),
  ]);
  const asset = ctx.asset({ id: repo.repositoryArn, type: 'AWS::ECR::Repository', kind: 'container.registry', name: repositoryName });
  asset.config.repository = repo;
  if (scanning.kind === 'failed') asset.gaps.scanningConfiguration = scanning.error;
  else if (scanning.kind === 'found') asset.config.scanningConfiguration = scanning.config;
  ctx.aspect(asset, 'policy', parsedJson(ctx, policy, (o) => o.policyText, where('GetRepositoryPolicy')));
  // The lifecycle aspect keeps the policy's rules and when ECR last applied them.
  const lastEvaluatedAt = lifecycle.ok ? lifecycle.value?.lastEvaluatedAt : undefined;
  const document = parsedJson(ctx, lifecycle, (o) => o.lifecyclePolicyText, where('GetLifecyclePolicy'));
  ctx.aspect(asset, 'lifecyclePolicy', document, (doc) => ({ rules: (doc as { rules?: unknown[] }).rules ?? [], ...(lastEvaluatedAt ? { lastEvaluatedAt } : {}) }));
  return asset;
}

/**
 * ECR private repositories of the region (DescribeRepositories) with their effective scanning
 * configuration (BatchGetRepositoryScanningConfiguration, 25 repositories a call), repository policy
 * (GetRepositoryPolicy, null when none) and lifecycle policy (GetLifecyclePolicy, null when none).
 */
export function makeRepositoriesCollector({ pageSize = PAGE_SIZE, inFlight = IN_FLIGHT } = {}): AwsCollector {
  return {
    id: 'aws.ecr.repositories',
    service: 'ecr',
    scope: 'regional',
    types: ['AWS::ECR::Repository'],
    permissions: ['ecr:DescribeRepositories', 'ecr:BatchGetRepositoryScanningConfiguration', 'ecr:GetRepositoryPolicy', 'ecr:GetLifecyclePolicy'],
    async *collect(ctx) {
      const client = ctx.client(ECRClient);
      for await (const page of ctx.pages(
        'DescribeRepositories',
        (nextToken) => client.send(new DescribeRepositoriesCommand({ maxResults: pageSize, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
      )) {
        const repos = (page.repositories ?? []).filter((r): r is ListedRepository => !!r.repositoryName && !!r.repositoryArn);
        ctx.progress(repos.length);
        const scanning = await scanningByRepository(ctx, client, repos.map((r) => r.repositoryName));
        // Repositories ECR reports as deleted since the listing are left out.
        const present = repos.filter((r) => scanning.get(r.repositoryName)?.kind !== 'gone');
        yield* mapInOrder(present, inFlight, (r) => repositoryAsset(ctx, client, r, scanning.get(r.repositoryName)!));
      }
    },
  };
}

export const repositoriesCollector = makeRepositoriesCollector();
