import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { EcrRepositoryEntry, EcrSection } from '../../../../../sim/aws/services/ecr.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as scanningEnabled } from '../../../../rules/aws/ecr/image-scanning-enabled.js';
import { rule as lifecycleConfigured } from '../../../../rules/aws/ecr/lifecycle-policy-configured.js';
import { rule as notPublic } from '../../../../rules/aws/ecr/repository-policy-not-public.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from '../lambda/support/test-estate.js';
import { makeRepositoriesCollector, repositoriesCollector } from './repositories.js';

const estate = (repositories: EcrRepositoryEntry[], extra: Partial<EcrSection> = {}) => regionalEstate('ecr', { repositories, ...extra });
const PUBLIC_PULL = { Version: '2012-10-17', Statement: [{ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }] };
const LIFECYCLE = { rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: { type: 'expire' } }] };

describe('aws.ecr.repositories collector', () => {
  it('pages through DescribeRepositories, batches scanning lookups by 25 and reads both policies per repository', async () => {
    const sim = await startSimulator({ estate: estate(names('repo', 60).map((repositoryName) => ({ repositoryName }))) });
    try {
      const out = await scanWith(sim, [makeRepositoriesCollector({ pageSize: 40 })]);
      expect(out.errors).toEqual([]);
      expect(out.assets.map((a) => a.name)).toEqual(names('repo', 60));
      const calls = sim.stats().byOperation;
      expect(calls['ecr:DescribeRepositories']).toBe(2);
      // Pages of 40 and 20 repositories: 2 + 1 batches.
      expect(calls['ecr:BatchGetRepositoryScanningConfiguration']).toBe(3);
      expect(calls['ecr:GetRepositoryPolicy']).toBe(60);
      expect(calls['ecr:GetLifecyclePolicy']).toBe(60);
    } finally {
      await sim.close();
    }
  });

  it('fills the aspects the rules read, with registry-level scanning folded in', async () => {
    const out = await collectFrom(
      estate(
        [
          { repositoryName: 'services/api', imageTagMutability: 'IMMUTABLE', policy: PUBLIC_PULL, lifecyclePolicy: LIFECYCLE },
          { repositoryName: 'jobs/batch', imageScanningConfiguration: { scanOnPush: true } },
        ],
        { registryScanning: { scanType: 'ENHANCED', rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: 'services/*', filterType: 'WILDCARD' }] }] } },
      ),
      repositoriesCollector,
    );
    expect(out.errors).toEqual([]);
    const api = byName(out.assets, 'services/api');
    expect(api).toMatchObject({ id: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/services/api`, type: 'AWS::ECR::Repository', kind: 'container.registry' });
    expect(api.config.repository).toMatchObject({ imageTagMutability: 'IMMUTABLE', encryptionConfiguration: { encryptionType: 'AES256' } });
    expect(api.config.scanningConfiguration).toMatchObject({ scanFrequency: 'CONTINUOUS_SCAN', appliedScanFilters: [{ filter: 'services/*' }] });
    expect(api.config.policy).toEqual(PUBLIC_PULL);
    expect(api.config.lifecyclePolicy).toMatchObject({ rules: LIFECYCLE.rules });
    const batch = byName(out.assets, 'jobs/batch');
    expect(batch.config).toMatchObject({ policy: null, lifecyclePolicy: null, scanningConfiguration: { scanFrequency: 'MANUAL' } });

    const ctx = fixtureContext(out.assets);
    // Enhanced scanning ignores the repository's own scanOnPush: jobs/batch matches no registry rule.
    expect([runRule(scanningEnabled, api, ctx).status, runRule(scanningEnabled, batch, ctx).status]).toEqual(['pass', 'fail']);
    expect([runRule(notPublic, api, ctx).status, runRule(notPublic, batch, ctx).status]).toEqual(['fail', 'pass']);
    expect([runRule(lifecycleConfigured, api, ctx).status, runRule(lifecycleConfigured, batch, ctx).status]).toEqual(['pass', 'fail']);
  });

  it('a denied GetRepositoryPolicy leaves a gap on that repository and its policy rule unknown', async () => {
    const out = await collectFrom(estate([{ repositoryName: 'a', policy: PUBLIC_PULL }, { repositoryName: 'b' }]), repositoriesCollector, {
      faults: [{ effect: 'deny', service: 'ecr', operation: 'GetRepositoryPolicy', resource: 'a' }],
    });
    const a = byName(out.assets, 'a');
    expect(a.gaps.policy).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'ecr', operation: 'GetRepositoryPolicy', code: 'AccessDeniedException', resource: 'a' });
    expect(out.errors).toEqual([a.gaps.policy]);
    expect(a.config.lifecyclePolicy).toBeNull();
    expect(runRule(notPublic, a, fixtureContext(out.assets)).status).toBe('unknown');
    expect(runRule(notPublic, byName(out.assets, 'b'), fixtureContext(out.assets)).status).toBe('pass');
  });

  it('a denied scanning batch leaves a gap on every repository of the batch', async () => {
    const out = await collectFrom(estate([{ repositoryName: 'a' }, { repositoryName: 'b' }]), repositoriesCollector, {
      faults: [{ effect: 'deny', service: 'ecr', operation: 'BatchGetRepositoryScanningConfiguration' }],
    });
    expect(out.errors).toHaveLength(1);
    for (const name of ['a', 'b']) {
      const repo = byName(out.assets, name);
      expect(repo.gaps.scanningConfiguration).toMatchObject({ operation: 'BatchGetRepositoryScanningConfiguration', code: 'AccessDeniedException' });
      expect(runRule(scanningEnabled, repo, fixtureContext(out.assets)).status).toBe('unknown');
    }
  });
});
