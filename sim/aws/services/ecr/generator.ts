/**
 * Benchmark ECR repositories for one account and region. About a third of registries use enhanced
 * scanning of everything; elsewhere scan on push is set per repository for about 60%. Around half the
 * repositories have immutable tags and 70% a lifecycle policy; repository policies mostly grant pull to
 * named accounts or the organization, and a few let anyone pull.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName } from '../logs/random.js';
import type { EcrRepositoryEntry, EcrSection } from '../ecr.js';

const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'];
const LIFECYCLE = { rules: [{ rulePriority: 1, description: 'keep last 30 images', selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 30 }, action: { type: 'expire' } }] };

function policyFor(rng: () => number, accountId: string): Record<string, unknown> | undefined {
  const r = rng();
  if (r < 0.04) return { Version: '2012-10-17', Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: PULL }] };
  if (r < 0.2) return { Version: '2012-10-17', Statement: [{ Sid: 'OrgPull', Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }] };
  if (r < 0.4) return { Version: '2012-10-17', Statement: [{ Sid: 'CiPush', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:role/ci-deployer` }, Action: [...PULL, 'ecr:PutImage'] }] };
  return undefined;
}

function buildRepository(rng: () => number, accountId: string, region: string, i: number): EcrRepositoryEntry {
  const repositoryName = `${pick(rng, ['services', 'base-images', 'jobs'])}/${resourceName(rng, i)}`;
  const repo: EcrRepositoryEntry = {
    repositoryName,
    createdAt: new Date(Date.parse('2021-01-01T00:00:00Z') + Math.floor(rng() * 2000) * 86_400_000),
    imageTagMutability: chance(rng, 0.5) ? 'IMMUTABLE' : 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: chance(rng, 0.6) },
    encryptionConfiguration: chance(rng, 0.25) ? { encryptionType: 'KMS', kmsKey: `arn:aws:kms:${region}:${accountId}:key/ecr-${i}` } : { encryptionType: 'AES256' },
  };
  const policy = policyFor(rng, accountId);
  if (policy) repo.policy = policy;
  if (chance(rng, 0.7)) repo.lifecyclePolicy = LIFECYCLE;
  return repo;
}

export const ecrGenerator: ResourceGenerator = {
  service: 'ecr',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const repositories = Array.from({ length: n }, (_, i) => buildRepository(rng, accountId, region, i));
    const section: EcrSection = { repositories };
    if (chance(rng, 0.33)) section.registryScanning = { scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }] };
    return { section, assets: repositories.length };
  },
};
